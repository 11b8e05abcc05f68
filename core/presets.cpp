// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presets.h"

// Marks the lecture's GPU name for Qt Linguist (context "ts::Presets"); core needs no Qt.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace ts {

std::optional<double> peakFor(const GpuPreset &gpu, Precision p)
{
    switch (p) {
    case Precision::Fp32: return gpu.fp32;
    case Precision::Tf32: return gpu.tf32;
    case Precision::Bf16Mixed:
    case Precision::Bf16: return gpu.bf16;
    case Precision::Fp16Mixed: return gpu.fp16;
    case Precision::Fp8Mixed: return gpu.fp8;
    }
    return std::nullopt;
}

PeakKind peakKindFor(Precision p)
{
    switch (p) {
    case Precision::Fp32: return PeakKind::Fp32;
    case Precision::Tf32: return PeakKind::Tf32Tensor;
    case Precision::Bf16Mixed:
    case Precision::Bf16: return PeakKind::Bf16Tensor;
    case Precision::Fp16Mixed: return PeakKind::Fp16Tensor;
    case Precision::Fp8Mixed: return PeakKind::Fp8Tensor;
    }
    return PeakKind::Fp32;
}

const char *keyOf(PeakKind kind)
{
    switch (kind) {
    case PeakKind::Fp32: return "FP32";
    case PeakKind::Tf32Tensor: return "TF32 tensor";
    case PeakKind::Bf16Tensor: return "BF16 tensor";
    case PeakKind::Fp16Tensor: return "FP16 tensor";
    case PeakKind::Fp8Tensor: return "FP8 tensor";
    case PeakKind::AsGiven: return "as given";
    }
    return "FP32";
}

std::optional<ResolvedPeak> resolvePeak(const GpuPreset &gpu, Precision p,
                                        std::optional<double> userFlops)
{
    if (userFlops)
        return ResolvedPeak { *userFlops, PeakKind::AsGiven };
    if (const auto peak = peakFor(gpu, p))
        return ResolvedPeak { *peak, peakKindFor(p) };
    return std::nullopt;
}

GpuPreset lectureGpu()
{
    GpuPreset g;
    g.id = "lecture-rtx-3090";
    g.name = QT_TRANSLATE_NOOP("ts::Presets", "NVIDIA GeForce RTX 3090 (as in the lecture)");
    g.memoryBytes = std::int64_t(24) << 30;
    g.memoryLabel = "24 GB GDDR6X";
    g.fp32 = 35.6e12;  // lecture: 4 × 3090 = 1.424·10¹⁴ FLOP/s
    g.tf32 = 35.58e12; // GeForce Ampere: TF32 tensor = FP32 rate (docs/reference-data.md §1.2)
    g.bf16 = 71.2e12;  // half-rate fp32-accumulate tensor math on GeForce (llm.c mfu.h scaling)
    g.fp16 = 71.2e12;
    g.hostLinkBytesPerSecond = 31.5e9; // PCIe 4.0 x16, as the rtx-3090 preset
    g.hostLink = "PCIe 4.0 x16";
    g.gpuLinkBytesPerSecond = 31.5e9; // four cards talk over PCIe (the bridge joins pairs)
    g.gpuLink = "PCIe 4.0 x16";
    g.source = "CS190C Lec9 part 4 (24 GB, 1.424e14 FLOP/s for four); tensor peaks as the "
               "rtx-3090 preset";
    return g;
}

bool sameArchitecture(const ModelShape &a, const ModelShape &b)
{
    Scenario x, y;
    x.model = a;
    y.model = b;
    for (Field field : inputsOf(PresetKind::Model)) {
        if (field != Field::SeqLen && input(field).shown(x) != input(field).shown(y))
            return false;
    }
    return true;
}

void applyModel(ModelShape &shape, const ModelPreset &preset)
{
    const std::int64_t batch = shape.batch;
    shape = preset.shape;
    shape.batch = batch;
}

std::vector<Field> keptPresetFields(const ModelShape &preset, const ModelShape &now)
{
    std::vector<Field> kept;
    if (preset.dFf > 0 && now.dFf == preset.dFf && now.dModel != preset.dModel)
        kept.push_back(Field::DFf);
    if (preset.kvHeads > 0 && now.kvHeads == preset.kvHeads && now.heads != preset.heads)
        kept.push_back(Field::KvHeads);
    return kept;
}

} // namespace ts
