// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweep.h"

#include "estimate.h"
#include "prefixsearch.h"

#include <algorithm>

namespace ts {

void SweepSeries::clear()
{
    for (auto *v : { &x, &parameters, &frozenWeights, &gradients, &optimizerStates,
                     &attentionScores, &blockOther, &head, &peak, &seconds })
        v->clear();
}

void SweepSeries::reserve(std::size_t n)
{
    for (auto *v : { &x, &parameters, &frozenWeights, &gradients, &optimizerStates,
                     &attentionScores, &blockOther, &head, &peak, &seconds })
        v->reserve(n);
}

std::int64_t axisValue(const Scenario &s, SweepAxis axis)
{
    return axis == SweepAxis::Batch ? s.model.batch : s.model.seqLen;
}

void setAxisValue(Scenario &s, SweepAxis axis, std::int64_t value)
{
    (axis == SweepAxis::Batch ? s.model.batch : s.model.seqLen) = value;
}

std::vector<std::int64_t> axisPoints(std::int64_t lo, std::int64_t hi, std::size_t maxPoints)
{
    std::vector<std::int64_t> out;
    if (hi < lo || maxPoints == 0)
        return out;
    const double span = double(hi) - double(lo);
    const std::size_t n = std::size_t(std::min<double>(double(maxPoints), span + 1));
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double t = n == 1 ? 0.0 : double(i) / double(n - 1);
        const auto value = std::int64_t(double(lo) + t * span + 0.5);
        if (out.empty() || value > out.back())
            out.push_back(std::min(value, hi));
    }
    return out;
}

namespace {

// Whether s with its axis at x is valid, given that s itself is: no other input depends on b or c
// (core/validation.cpp), so x within the axis input's bounds is enough.
bool validAt(SweepAxis axis, std::int64_t x)
{
    const Field field = axis == SweepAxis::Batch ? Field::Batch : Field::SeqLen;
    return checkRange(input(field), InputValue(x)) == RangeCheck::Ok;
}

} // namespace

void sweep(const Scenario &base, SweepAxis axis, const std::vector<std::int64_t> &xs,
           SweepSeries &out)
{
    out.clear();
    out.reserve(xs.size());
    if (!validate(base).empty())
        return;
    Scenario s = base;
    for (std::int64_t value : xs) {
        if (!validAt(axis, value))
            continue;
        setAxisValue(s, axis, value);
        const Estimate e = estimateValid(s);
        if (!e.ok())
            continue;
        out.x.push_back(double(value));
        out.parameters.push_back(double(e.memory.parameters));
        out.frozenWeights.push_back(double(e.memory.frozenWeights));
        out.gradients.push_back(double(e.memory.gradients));
        out.optimizerStates.push_back(double(e.memory.optimizerStates));
        out.attentionScores.push_back(double(e.memory.attentionScores));
        out.blockOther.push_back(double(e.memory.blockOther));
        out.head.push_back(double(e.memory.head));
        out.peak.push_back(double(e.memory.peak));
        out.seconds.push_back(e.training.seconds);
    }
}

std::int64_t largestFitting(const Scenario &s, SweepAxis axis)
{
    if (!validate(s).empty())
        return 0;
    if (axis == SweepAxis::Batch) {
        const Estimate e = estimateValid(s);
        return e.ok() ? e.maxBatch.exact : 0;
    }
    // Peak memory grows strictly with c, so the fitting lengths form a prefix [1, answer].
    Scenario t = s;
    return largestFittingPrefix([&t, axis](std::int64_t c) {
        if (!validAt(axis, c))
            return false;
        t.model.seqLen = c;
        const Estimate e = estimateValid(t);
        return e.ok() && e.fits;
    });
}

} // namespace ts
