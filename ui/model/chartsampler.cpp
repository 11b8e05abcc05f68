// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsampler.h"

#include "axisrange.h"

#include <algorithm>
#include <cmath>

namespace ts::ui {

std::int64_t ChartSampler::upperBound(std::int64_t current, std::int64_t largest,
                                      std::int64_t previous)
{
    const auto beyondLargest = std::int64_t(std::ceil(1.3 * double(largest)));
    const auto beyondCurrent = std::int64_t(std::ceil(1.1 * double(current))) + 1;
    const std::int64_t need
            = std::min(std::max({ beyondCurrent, beyondLargest, std::int64_t(8) }), kAxisLimit);
    return std::min(axisrange::stableWhole(need, previous, 4.0), kAxisLimit);
}

const ChartFrame &ChartSampler::sample(const Scenario &scenario, const Estimate &e, SweepAxis axis,
                                       MemoryUnit unit, const std::vector<PinnedEstimate> &pins,
                                       std::uint64_t pinsRevision)
{
    m_frame.axis = axis;
    m_frame.unit = unit;
    m_frame.current = axisValue(scenario, axis);
    // The largest fitting batch is the estimate's own; c needs a search (core/sweep.h).
    m_frame.largest = axis == SweepAxis::Batch ? (e.ok() ? e.maxBatch.exact : 0)
                                               : largestFitting(scenario, axis);
    m_frame.gpuBytes = scenario.hardware.gpuMemoryBytes;
    m_frame.currentSeconds = e.training.seconds;
    m_frame.adapters = scenario.options.finetune != FineTuning::Full;
    m_frame.lo = 1;
    // A new x-axis variable starts its range afresh.
    const std::int64_t previous = axis == m_axis ? m_hi : 0;
    m_axis = axis;
    m_frame.hi = upperBound(m_frame.current, m_frame.largest, previous);
    if (m_frame.lo != m_lo || m_frame.hi != m_hi) {
        m_xs = axisPoints(m_frame.lo, m_frame.hi, kPoints);
        m_lo = m_frame.lo;
        m_hi = m_frame.hi;
    }
    sweep(scenario, axis, m_xs, m_series);
    m_frame.series = &m_series;
    const GhostKey key { pinsRevision, axis, m_lo, m_hi };
    if (key == m_ghostKey && m_frame.ghosts.size() <= pins.size())
        return m_frame;
    m_ghostKey = key;
    if (m_ghostSeries.size() < pins.size())
        m_ghostSeries.resize(pins.size());
    m_frame.ghosts.clear();
    for (std::size_t i = 0; i < pins.size(); ++i) {
        if (!pins[i].estimate.ok())
            continue;
        sweep(pins[i].scenario, axis, m_xs, m_ghostSeries[i]);
        m_frame.ghosts.push_back({ pins[i].name, pins[i].slot, &m_ghostSeries[i] });
    }
    return m_frame;
}

std::optional<std::size_t> ChartSampler::nearest(const SweepSeries &series, double x)
{
    const std::vector<double> &xs = series.x;
    if (xs.empty() || !std::isfinite(x))
        return std::nullopt;
    const auto above = std::lower_bound(xs.begin(), xs.end(), x);
    if (above == xs.begin())
        return 0;
    if (above == xs.end())
        return xs.size() - 1;
    const auto below = above - 1;
    return std::size_t((x - *below <= *above - x ? below : above) - xs.begin());
}

} // namespace ts::ui
