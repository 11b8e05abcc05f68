// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "memorysize.h"
#include "pins.h"
#include "scenario.h"
#include "sweep.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace ts::ui {

// What one redraw of the charts shows: the curves and the marks on them.
struct ChartFrame
{
    SweepAxis axis = SweepAxis::Batch;
    MemoryUnit unit = MemoryUnit::GiB; // memory axis unit
    std::int64_t current = 0;          // the scenario's value on the x-axis
    std::int64_t largest = 0;          // largest fitting x (ts::largestFitting), 0 when none fits
    std::int64_t gpuBytes = 0;         // memory of one GPU, bytes
    double currentSeconds = 0;         // training time at the current value
    bool adapters = false;             // LoRA or QLoRA: the trained weights are adapters
    std::int64_t lo = 1;               // x range shown
    std::int64_t hi = 1;
    const SweepSeries *series = nullptr; // bytes and seconds at each x, owned by the sampler

    // A pinned configuration over the same x values, drawn as a thin ghost curve.
    struct Ghost
    {
        QString name;
        int slot = 0; // its colour
        const SweepSeries *series = nullptr;
    };
    std::vector<Ghost> ghosts;
};

// Chooses the x range around the current value and the GPU limit and sweeps the scenario over
// it. Keeps its vectors between calls, so redrawing while a slider moves does not allocate.
class ChartSampler
{
public:
    static constexpr std::size_t kPoints = 256;
    static constexpr std::int64_t kAxisLimit = std::int64_t(1) << 22;

    // e is estimate(scenario), which the caller already has.
    // Pins (valid ones) are swept over the same x values as ghosts, again only when the pins
    // (their revision), the axis or its range changed: the pinned curves do not follow sliders.
    const ChartFrame &sample(const Scenario &scenario, const Estimate &e, SweepAxis axis,
                             MemoryUnit unit, const std::vector<PinnedEstimate> &pins = {},
                             std::uint64_t pinsRevision = 0);
    [[nodiscard]] const ChartFrame &frame() const { return m_frame; }

    // The index of the sample whose x is nearest x (the series' x increase); none when empty.
    [[nodiscard]] static std::optional<std::size_t> nearest(const SweepSeries &series, double x);

    // The x range is 1 .. a nice bound (1, 2 or 5 × 10^k) holding 1.1·current + 1, 1.3·largest
    // and 8, at most kAxisLimit. The previous bound stays while it holds them and is at most 4
    // times what they need, so the axis moves in steps rather than on every slider step.
    [[nodiscard]] static std::int64_t upperBound(std::int64_t current, std::int64_t largest,
                                                 std::int64_t previous = 0);

private:
    std::vector<std::int64_t> m_xs;
    std::int64_t m_lo = 0;
    std::int64_t m_hi = 0;
    SweepAxis m_axis = SweepAxis::Batch;
    SweepSeries m_series;
    std::vector<SweepSeries> m_ghostSeries; // one per pin, reused between sweeps
    struct GhostKey
    {
        std::uint64_t pins = ~std::uint64_t(0);
        SweepAxis axis = SweepAxis::Batch;
        std::int64_t lo = 0, hi = 0;
        bool operator==(const GhostKey &o) const
        {
            return pins == o.pins && axis == o.axis && lo == o.lo && hi == o.hi;
        }
    } m_ghostKey;
    ChartFrame m_frame;
};

} // namespace ts::ui
