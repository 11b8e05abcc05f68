// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "terms.h"
#include "validation.h"

#include <array>
#include <cstdint>
#include <vector>

namespace ts {

// Parameter counts, in parameters (lecture part 1.1).
struct ParameterCounts
{
    std::int64_t embedding = 0;        // v·d, input embedding
    std::int64_t blockNorms = 0;       // 2d per block, two RMSNorm gains
    std::int64_t blockAttention = 0;   // 4d² per block, W_Q, W_K, W_V, W_O
    std::int64_t blockFfn = 0;         // 12d² per block, W1, W3, W2 (3·d·4d)
    std::int64_t perBlock = 0;         // 2d + 16d²
    std::int64_t allBlocks = 0;        // L·(2d + 16d²)
    std::int64_t finalNorm = 0;        // d, final RMSNorm gain
    std::int64_t outputProjection = 0; // d·v, untied LM head
    std::int64_t total = 0;            // N_p = 2dv + d + L(2d + 16d²)
};

// Activation elements saved for backward (lecture part 1.2).
struct ActivationCounts
{
    // Elements of each tensor over the whole model: per-block tensors are multiplied by L.
    std::array<std::int64_t, kActivationCount> elements {};
    std::int64_t perBlock = 0;        // N_B = 20bcd + bhc²
    std::int64_t attentionScores = 0; // L·b·h·c², the P tensors
    std::int64_t blockOther = 0;      // L·20bcd, every other per-block tensor
    std::int64_t head = 0;            // 2bcd + bcv, final norm input, X_final and logits
    std::int64_t total = 0;           // N_A = L·N_B + 2bcd + bcv

    [[nodiscard]] std::int64_t of(Activation a) const
    {
        return elements[static_cast<std::size_t>(a)];
    }
};

// Bytes of one GPU at the peak of a step (lecture part 1): fp32 everywhere, AdamW.
struct MemoryBreakdown
{
    std::int64_t parameters = 0;      // 4·N_p, fp32 weights
    std::int64_t gradients = 0;       // 4·N_p, fp32 gradients (part 1.3)
    std::int64_t optimizerStates = 0; // 8·N_p, AdamW m and v (part 1.4)
    std::int64_t activations = 0;     // 4·N_A
    std::int64_t attentionScores = 0; // 4·L·b·h·c², part of activations
    std::int64_t blockOther = 0;      // 4·L·20bcd, part of activations
    std::int64_t head = 0;            // 4·(2bcd + bcv), part of activations
    std::int64_t peak = 0;            // 16·N_p + 4·N_A
    std::int64_t staticBytes = 0;     // M_static = 16·N_p, independent of b
    std::int64_t perSampleBytes = 0;  // M_per_sample = 4·N_A / b
};

// FLOPs of one optimizer step (lecture part 2). Doubles: these are estimates, not counts.
struct FlopsBreakdown
{
    std::array<double, kMatmulCount> forwardTerms {}; // each matmul, summed over the L blocks
    double forward = 0;   // F_fwd = L(32bcd² + 4bc²d) + 2bcdv
    double backward = 0;  // 2·F_fwd (part 2.2)
    double optimizer = 0; // 15·N_p, AdamW (part 2.3)
    double total = 0;     // 3·F_fwd + 15·N_p

    [[nodiscard]] double of(Matmul m) const { return forwardTerms[static_cast<std::size_t>(m)]; }
};

// Largest batch that fits one GPU (lecture part 3).
struct MaxBatch
{
    std::int64_t exact = 0;   // floor((M − M_static) / M_per_sample); 0 when nothing fits
    double lectureApprox = 0; // (M − (256Ld² + 32dv)) / (4Lc(20d + hc)), the slide's shortcut
};

// Wall-clock training time (lecture part 4).
struct TrainingTime
{
    double tokensPerStep = 0;  // b·c
    double steps = 0;          // tokens·epochs / (b·c), not rounded, as on the slide
    double totalFlops = 0;     // steps · F_step
    double secondsPerStep = 0; // F_step / (GPUs · peak · MFU)
    double seconds = 0;        // steps · secondsPerStep
    double hours = 0;          // seconds / 3600
};

struct Estimate
{
    std::vector<Problem> problems; // empty when the figures below are valid
    ParameterCounts params;
    ActivationCounts activations;
    MemoryBreakdown memory;
    FlopsBreakdown flops;
    MaxBatch maxBatch;
    TrainingTime training;
    bool fits = false;           // peak ≤ GPU memory
    std::int64_t marginBytes = 0; // GPU memory − peak; negative when it does not fit

    [[nodiscard]] bool ok() const { return problems.empty(); }
};

// The whole estimate for a scenario. Invalid inputs or an overflowing count give an estimate
// whose problems are non-empty and whose figures are zero; it never throws.
[[nodiscard]] Estimate estimate(const Scenario &s);

// The pieces, for tests and sweeps. All assume a validated scenario and report overflow through
// the returned flag rather than wrapping.
[[nodiscard]] ParameterCounts countParameters(const ModelShape &m, bool *overflow);
[[nodiscard]] ActivationCounts countActivations(const ModelShape &m, bool *overflow);
[[nodiscard]] FlopsBreakdown countFlops(const ModelShape &m, std::int64_t parameters);

} // namespace ts
