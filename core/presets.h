// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputs.h"
#include "scenario.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts {

// A GPU from resources/presets/gpus.json. Peaks are dense (no 2:4 sparsity), in FLOP/s; a
// missing peak means the vendor publishes none or the GPU lacks that format.
struct GpuPreset
{
    std::string id;
    std::string name;
    std::int64_t memoryBytes = 0; // the vendor's label × 2³⁰ (vendors print GB for GiB)
    std::string memoryLabel;
    std::optional<double> fp32; // FP32 CUDA-core (non-tensor) peak
    std::optional<double> tf32; // TF32 tensor peak
    std::optional<double> bf16; // BF16 tensor peak, fp32 accumulate
    std::optional<double> fp16; // FP16 tensor peak, fp32 accumulate
    std::optional<double> fp8;
    double hostLinkBytesPerSecond = 0; // to or from the host, each direction; 0: not published
    std::string hostLink;              // the link: "PCIe 4.0 x16"
    double gpuLinkBytesPerSecond = 0;  // to the node's other GPUs, each direction; 0: none
    std::string gpuLink;               // "NVLink 4 (18 links)", or the PCIe link without NVLink
    std::string source;
};

struct DatasetPreset
{
    std::string id;
    std::string name;
    double tokens = 0;
    std::string tokenizer;
    std::string source;
};

struct ModelPreset
{
    std::string id;
    std::string name;
    ModelShape shape; // batch is left at its default; seqLen is the model's context
    std::string source;
    std::string notes;
};

// Which of a GPU's peaks the time uses: the one the precision trains at (FP32 for fp32, TF32
// tensor for tf32, BF16 tensor for bf16 and bf16-mixed, FP16 tensor for fp16-mixed;
// docs/reference-data.md, GPU conventions), or a figure the user typed.
enum class PeakKind { Fp32, Tf32Tensor, Bf16Tensor, Fp16Tensor, Fp8Tensor, AsGiven };

[[nodiscard]] PeakKind peakKindFor(Precision p);
[[nodiscard]] const char *keyOf(PeakKind kind); // "FP32", "TF32 tensor", ..., "as given"
[[nodiscard]] std::optional<double> peakFor(const GpuPreset &gpu, Precision p);

// The peak the time estimate uses: the user's own figure when given, else the GPU's peak for the
// precision. Empty when the GPU has no peak for that precision (a V100 has no BF16).
struct ResolvedPeak
{
    double flopsPerSecond = 0;
    PeakKind kind = PeakKind::Fp32;
};
[[nodiscard]] std::optional<ResolvedPeak> resolvePeak(const GpuPreset &gpu, Precision p,
                                                      std::optional<double> userFlops);

// The lecture's GPU: an RTX 3090 with 24 GiB and, as the lecture rounds it, 35.6·10¹² FLOP/s
// FP32; its tensor peaks are the rtx-3090 preset's.
[[nodiscard]] GpuPreset lectureGpu();

// What the user picked, echoed in the JSON and the window beside the figures they produced.
struct PresetSelection
{
    GpuPreset gpu = lectureGpu();
    PeakKind peakKind = PeakKind::Fp32; // which of the GPU's peaks the time uses
    std::optional<DatasetPreset> dataset;
    std::optional<ModelPreset> model;
};

// Whether two models have the same architecture: every input a model preset supplies but the
// context c, compared as reports show them (d_ff 0 and 4d alike).
[[nodiscard]] bool sameArchitecture(const ModelShape &a, const ModelShape &b);

// Copies the preset's architecture (and context as c) into the scenario's model. A preset's
// d_ff and kv_heads of 0 are derived (4d and h) and so follow later changes of d and h.
void applyModel(ModelShape &shape, const ModelPreset &preset);

// The figures a model preset states explicitly (d_ff, kv_heads) that stay while the figure they
// are usually derived from (d, h) has moved away from the preset's: LLaMA-7B's d_ff = 11008
// with d = 2048. Empty when nothing of the kind happened.
[[nodiscard]] std::vector<Field> keptPresetFields(const ModelShape &preset, const ModelShape &now);

} // namespace ts
