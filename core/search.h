// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"

#include <array>
#include <cstdint>
#include <vector>

namespace ts {

// Why a candidate layout was left out (docs/formulas.md §8.11).
enum class Exclusion : std::size_t {
    TensorParallelDivides,   // t does not divide the heads, the K/V heads or d_ff
    PipelineDivides,         // p (p·v interleaved) does not divide the layers
    ContextDivides,          // cp does not divide the sequence length
    BatchDivides,            // DP does not divide the global batch
    InterleavedMicroBatches, // interleaved: m is not a multiple of p
    DoesNotFit,              // the peak exceeds the GPU's memory
};
inline constexpr std::size_t kExclusionCount = 6;

// One layout of the GPUs and its figures.
struct LayoutCandidate
{
    std::int64_t tp = 1, pp = 1, chunks = 1, cp = 1, dp = 1; // chunks v: 1 is 1F1B
    std::int64_t ep = 1;           // expert parallelism, within DP (1 for a dense FFN)
    std::int64_t microBatch = 1;   // b, sequences per micro-batch
    std::int64_t microBatches = 1; // m per optimizer step
    int zeroStage = 0;
    Checkpointing checkpointing = Checkpointing::None;
    bool flashAttention = false;
    std::int64_t peakBytes = 0;
    double secondsPerStep = 0;
    double hours = 0;
    double modelledMfu = 0;
    StepTimeBreakdown breakdown;
};

struct LayoutSearch
{
    std::int64_t globalBatch = 0; // sequences per optimizer step, b·m·DP, the same for all
    std::int64_t candidates = 0;  // layouts considered
    std::int64_t fitting = 0;     // of them valid and fitting
    std::array<std::int64_t, kExclusionCount> excluded {}; // the rest, by reason
    std::vector<LayoutCandidate> best; // the fastest fitting ones, fastest first
    bool supported = true; // false for a base the layouts do not model (LoRA, QLoRA, offload,
                           // PyTorch eager accounting), an invalid one, or a global batch over
                           // 2²⁴ sequences: nothing searched
};

// Every layout of base's GPUs for base's model, GPU and global batch (b·m·DP of base): tensor
// parallelism t (with sequence parallelism when t > 1), pipeline p with 1F1B or interleaved with
// v ∈ [2, 8] chunks, context parallelism cp, data parallelism DP = G/(t·p·cp) (and for a mixture
// of experts every expert parallelism ep dividing DP and E), the micro-batch
// size b and count m = global batch/(DP·b), ZeRO 0–3, no/selective/full recompute, FlashAttention
// off or on; the `top` fastest that fit, by time per optimizer step. The rest of base (precision,
// optimizer, links, MFU, the run) stays. base must be valid, in full training without offload.
// globalBatch > 0 replaces base's.
[[nodiscard]] LayoutSearch searchLayouts(const Scenario &base, std::size_t top = 20,
                                         std::int64_t globalBatch = 0);

// base with a candidate's layout.
[[nodiscard]] Scenario withLayout(const Scenario &base, const LayoutCandidate &c);

[[nodiscard]] const char *keyOf(Exclusion e); // "tp_divides", ..., "does_not_fit"

} // namespace ts
