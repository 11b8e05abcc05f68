// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presets.h"

namespace ts {

std::optional<double> peakFor(const GpuPreset &gpu, Precision p)
{
    switch (p) {
    case Precision::Fp32: return gpu.fp32;
    case Precision::Tf32: return gpu.tf32;
    case Precision::Bf16Mixed:
    case Precision::Bf16: return gpu.bf16;
    case Precision::Fp16Mixed: return gpu.fp16;
    }
    return std::nullopt;
}

const char *peakKind(Precision p)
{
    switch (p) {
    case Precision::Fp32: return "FP32";
    case Precision::Tf32: return "TF32 tensor";
    case Precision::Bf16Mixed:
    case Precision::Bf16: return "BF16 tensor";
    case Precision::Fp16Mixed: return "FP16 tensor";
    }
    return "FP32";
}

std::optional<ResolvedPeak> resolvePeak(const GpuPreset &gpu, Precision p,
                                        std::optional<double> userFlops)
{
    if (userFlops)
        return ResolvedPeak { *userFlops, "as given" };
    if (const auto peak = peakFor(gpu, p))
        return ResolvedPeak { *peak, peakKind(p) };
    return std::nullopt;
}

GpuPreset lectureGpu()
{
    GpuPreset g;
    g.id = "lecture-rtx-3090";
    g.name = "NVIDIA GeForce RTX 3090 (as in the lecture)";
    g.memoryBytes = std::int64_t(24) << 30;
    g.memoryLabel = "24 GB GDDR6X";
    g.fp32 = 35.6e12;  // lecture: 4 × 3090 = 1.424·10¹⁴ FLOP/s
    g.tf32 = 35.58e12; // GeForce Ampere: TF32 tensor = FP32 rate (reference-data.md §1.2)
    g.bf16 = 71.2e12;  // half-rate fp32-accumulate tensor math on GeForce (llm.c mfu.h scaling)
    g.fp16 = 71.2e12;
    g.source = "CS190C Lec9 part 4 (24 GB, 1.424e14 FLOP/s for four); tensor peaks as the "
               "rtx-3090 preset";
    return g;
}

void applyModel(ModelShape &shape, const ModelPreset &preset)
{
    const std::int64_t batch = shape.batch;
    shape = preset.shape;
    shape.batch = batch;
}

} // namespace ts
