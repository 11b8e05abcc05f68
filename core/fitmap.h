// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "scenario.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ts {

// The b × c map ("What fits"): peak memory and training time over a grid of batch sizes
// (columns) and sequence lengths (rows), and the largest batch that fits at each row's c.
struct FitMapGrid
{
    std::vector<std::int64_t> batches; // b of each column, sequences, non-decreasing
    std::vector<std::int64_t> seqLens; // c of each row, tokens, non-decreasing
    // Row-major, row · batches.size() + column. −1 where the scenario is invalid or overflows.
    std::vector<std::int64_t> peakBytes; // bytes per GPU at the peak (estimate().memory.peak)
    std::vector<double> seconds;         // training time (estimate().training.seconds); NaN: none
    // Per row: the largest b that fits at that c (estimate().maxBatch.exact, formulas.md §5); 0
    // when nothing fits, −1 when the row has no valid estimate.
    std::vector<std::int64_t> largestBatch;
    std::int64_t gpuBytes = 0;  // the GPU's memory, bytes
    std::size_t affineRows = 0; // rows derived from two estimates; the others, one per cell

    [[nodiscard]] std::size_t columns() const { return batches.size(); }
    [[nodiscard]] std::size_t rows() const { return seqLens.size(); }
    [[nodiscard]] std::size_t index(std::size_t row, std::size_t column) const
    {
        return row * batches.size() + column;
    }
};

// The map's default bounds: powers of two around the scenario, so that the axes move in steps.
struct FitMapRange
{
    std::int64_t batchLo = 1, batchHi = 1024;    // sequences
    std::int64_t seqLenLo = 16, seqLenHi = 4096; // tokens
};
// b from 1 to the power of two at or above 4 × max(largest fitting b, b) and at least 2¹⁰;
// c from 16 (or c, if smaller) to the power of two at or above 4·c and at least 2¹²; each
// within its input's bounds, so that the current b and c are always on the map.
[[nodiscard]] FitMapRange fitMapRange(const Scenario &s, const Estimate &e);

// n whole numbers from lo to hi (1 ≤ lo ≤ hi), evenly spaced in log₂ and rounded, so
// non-decreasing; neighbours repeat where the spacing is finer than one.
[[nodiscard]] std::vector<std::int64_t> log2Samples(std::int64_t lo, std::int64_t hi,
                                                    std::size_t n);

// Fills the map for base at every (b, c) of the sample vectors, reusing out's storage. Every
// cell equals estimate() of base with that b and c: bytes exactly, seconds to rounding.
void fitMap(const Scenario &base, const std::vector<std::int64_t> &batches,
            const std::vector<std::int64_t> &seqLens, FitMapGrid &out);

} // namespace ts
