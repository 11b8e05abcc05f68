// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <cstdint>
#include <vector>

namespace ts {

// The input a chart puts on its x-axis.
enum class SweepAxis { Batch, SeqLen };

// One curve per quantity the charts draw, index-aligned with x. Memory in bytes, time in seconds.
// Points whose scenario is invalid or overflows are left out, so every vector has the same size.
struct SweepSeries
{
    std::vector<double> x;
    std::vector<double> parameters;    // every weight on the GPU, frozen ones included
    std::vector<double> frozenWeights; // LoRA: the frozen weights among them
    std::vector<double> gradients;
    std::vector<double> optimizerStates;
    std::vector<double> attentionScores; // activations: the P tensors, L·b·h·c²
    std::vector<double> blockOther;      // activations: the rest of each block, L·20bcd
    std::vector<double> head;            // activations: final norm input, X_final, logits
    std::vector<double> peak;
    std::vector<double> seconds; // training time at that point

    void clear();
    void reserve(std::size_t n);
    [[nodiscard]] std::size_t size() const { return x.size(); }
};

[[nodiscard]] std::int64_t axisValue(const Scenario &s, SweepAxis axis);
void setAxisValue(Scenario &s, SweepAxis axis, std::int64_t value);

// Up to maxPoints whole numbers from lo to hi inclusive, evenly spaced and strictly increasing.
[[nodiscard]] std::vector<std::int64_t> axisPoints(std::int64_t lo, std::int64_t hi,
                                                   std::size_t maxPoints);

// Evaluates the estimate at each x, reusing out's storage so that repeated sweeps do not
// allocate once the vectors have grown.
void sweep(const Scenario &base, SweepAxis axis, const std::vector<std::int64_t> &xs,
           SweepSeries &out);

// The largest batch (exact formula) or sequence length (binary search, peak memory grows with c)
// whose peak fits the GPU; 0 when even 1 does not fit.
[[nodiscard]] std::int64_t largestFitting(const Scenario &s, SweepAxis axis);

} // namespace ts
