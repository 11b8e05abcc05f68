// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fitmap.h"

#include "checkedint.h"
#include "inputs.h"
#include "validation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ts {

namespace {

bool inBounds(Field field, std::int64_t x)
{
    return checkRange(input(field), InputValue(x)) == RangeCheck::Ok;
}

std::int64_t powerOfTwoAtLeast(std::int64_t x)
{
    std::int64_t p = 1;
    while (p < x && p < (std::int64_t(1) << 62))
        p *= 2;
    return p;
}

std::int64_t powerOfTwoAtMost(std::int64_t x)
{
    std::int64_t p = 1;
    while (p * 2 <= x)
        p *= 2;
    return p;
}

void storeCell(FitMapGrid &out, std::size_t at, const Estimate &e)
{
    out.peakBytes[at] = e.memory.peak;
    out.seconds[at] = e.training.seconds;
}

// One estimate per cell: for accountings whose peak is not affine in b.
void fillRowPerCell(Scenario &s, FitMapGrid &out, std::size_t row)
{
    for (std::size_t col = 0; col < out.columns(); ++col) {
        const std::int64_t b = out.batches[col];
        if (!inBounds(Field::Batch, b))
            continue;
        s.model.batch = b;
        const Estimate e = estimateValid(s);
        if (!e.ok())
            continue;
        storeCell(out, out.index(row, col), e);
        if (out.largestBatch[row] < 0)
            out.largestBatch[row] = e.maxBatch.exact;
    }
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
}

// Two estimates for the row, at its first and last valid b, and the cells derived from them.
// The lecture's peak is M_static + b·M_per_sample exactly (formulas.md §5), and its time is
// optimizer steps × the step's FLOPs / (peak·MFU), with steps·b fixed and the step's FLOPs
// grad_accum·(F_fwd + F_bwd) + F_opt affine in b (F_fwd and F_bwd ∝ b), so seconds·b is affine in
// b. Both are checked on the estimates' own figures at the two ends; false when either fails.
bool fillRowAffine(Scenario &s, FitMapGrid &out, std::size_t row)
{
    // PyTorch eager's peak is the worst of several moments of the step, each affine in b: only
    // piecewise linear (core/pytorcheager.cpp), so it is estimated cell by cell.
    if (s.options.accounting != Accounting::Lecture)
        return false;
    std::size_t first = 0, last = out.columns();
    while (first < last && !inBounds(Field::Batch, out.batches[first]))
        ++first;
    while (last > first && !inBounds(Field::Batch, out.batches[last - 1]))
        --last;
    if (first == last)
        return true; // no b of this row is a valid input: the row stays empty
    const std::int64_t ends[2] = { out.batches[first], out.batches[last - 1] };
    Estimate e[2];
    for (int i = 0; i < 2; ++i) {
        s.model.batch = ends[i];
        e[i] = estimateValid(s);
        if (!e[i].ok())
            return false;
    }
    const std::int64_t fixed = e[0].memory.staticBytes;
    const std::int64_t perSample = e[0].memory.perSampleBytes;
    for (int i = 0; i < 2; ++i) {
        const CheckedInt affine = CheckedInt(fixed) + CheckedInt(ends[i]) * perSample;
        if (e[i].memory.staticBytes != fixed || e[i].memory.perSampleBytes != perSample
            || affine.overflowed() || e[i].memory.peak != affine.value())
            return false;
    }
    const double b0 = double(ends[0]), b1 = double(ends[1]);
    const FlopsBreakdown &f0 = e[0].flops, &f1 = e[1].flops;
    if (!near(f0.forward * b1, f1.forward * b0) || !near(f0.backward * b1, f1.backward * b0)
        || f0.optimizer != f1.optimizer
        || !near(e[0].training.optimizerSteps * b0, e[1].training.optimizerSteps * b1))
        return false;
    const double g0 = e[0].training.seconds * b0, g1 = e[1].training.seconds * b1;
    const double slope = b1 > b0 ? (g1 - g0) / (b1 - b0) : 0.0;
    // Between ends that did not overflow, no cell does: every count grows with b.
    for (std::size_t col = first; col < last; ++col) {
        const std::int64_t b = out.batches[col];
        const std::size_t at = out.index(row, col);
        out.peakBytes[at] = fixed + b * perSample;
        out.seconds[at] = (g0 + slope * (double(b) - b0)) / double(b);
    }
    out.largestBatch[row] = e[0].maxBatch.exact;
    ++out.affineRows;
    return true;
}

} // namespace

FitMapRange fitMapRange(const Scenario &s, const Estimate &e)
{
    // b_max is at most the GPU's bytes (2⁵⁰), so 4·b_max stays far inside 64 bits.
    const std::int64_t batchMax = input(Field::Batch).maxWhole;
    const std::int64_t seqLenMax = input(Field::SeqLen).maxWhole;
    FitMapRange r;
    const std::int64_t b
            = std::min(std::max(s.model.batch, e.ok() ? e.maxBatch.exact : 0), batchMax);
    r.batchLo = 1;
    r.batchHi = std::max<std::int64_t>(
            2, std::min(powerOfTwoAtLeast(std::max<std::int64_t>(4 * b, 1024)), batchMax));
    const std::int64_t c = std::min(s.model.seqLen, seqLenMax);
    r.seqLenLo = std::min<std::int64_t>(16, powerOfTwoAtMost(std::max<std::int64_t>(c, 1)));
    r.seqLenHi
            = std::max(r.seqLenLo + 1,
                       std::min(powerOfTwoAtLeast(std::max<std::int64_t>(4 * c, 4096)), seqLenMax));
    return r;
}

std::vector<std::int64_t> log2Samples(std::int64_t lo, std::int64_t hi, std::size_t n)
{
    std::vector<std::int64_t> out;
    if (lo < 1 || hi < lo || n == 0)
        return out;
    out.reserve(n);
    const double a = std::log2(double(lo)), span = std::log2(double(hi)) - a;
    for (std::size_t i = 0; i < n; ++i) {
        const double t = n == 1 ? 0.0 : double(i) / double(n - 1);
        const auto value = std::int64_t(std::llround(std::exp2(a + t * span)));
        out.push_back(std::clamp(value, out.empty() ? lo : out.back(), hi));
    }
    return out;
}

void fitMap(const Scenario &base, const std::vector<std::int64_t> &batches,
            const std::vector<std::int64_t> &seqLens, FitMapGrid &out)
{
    out.batches = batches;
    out.seqLens = seqLens;
    out.gpuBytes = base.hardware.gpuMemoryBytes;
    out.affineRows = 0;
    const std::size_t cells = batches.size() * seqLens.size();
    out.peakBytes.assign(cells, -1);
    out.seconds.assign(cells, std::numeric_limits<double>::quiet_NaN());
    out.largestBatch.assign(seqLens.size(), -1);
    // b and c are the only inputs that vary, and no other input's validity depends on them
    // (core/validation.cpp), so the base is validated once and each b and c against its bounds.
    if (!validate(base).empty())
        return;
    Scenario s = base;
    for (std::size_t row = 0; row < seqLens.size(); ++row) {
        if (!inBounds(Field::SeqLen, seqLens[row]))
            continue;
        s.model.seqLen = seqLens[row];
        if (!fillRowAffine(s, out, row))
            fillRowPerCell(s, out, row);
    }
}

} // namespace ts
