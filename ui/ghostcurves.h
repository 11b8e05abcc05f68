// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartsampler.h"

#include <array>
#include <functional>
#include <vector>

class QCustomPlot;
class QCPGraph;

namespace ts::ui {

// The pinned configurations on a sweep chart: one thin dashed line each, in its slot's colour,
// over the same x values as the current configuration's curves.
class GhostCurves
{
public:
    // The value a ghost draws at point i of its series, in the chart's y units.
    using Value = std::function<double(const SweepSeries &series, std::size_t i)>;

    GhostCurves(QCustomPlot *plot, Value value, bool inLegend);

    // Draws the frame's ghosts (hiding the unused curves); true when anything changed.
    bool show(const ChartFrame &frame);
    // The largest and smallest value drawn (for the y range); none without ghosts.
    [[nodiscard]] double highest() const { return m_highest; }
    [[nodiscard]] double lowest() const { return m_lowest; }
    void setDark(bool dark);
    void setTextZoom(double zoom);
    // Whether the ghosts are listed in the plot's legend (exports) or named elsewhere (the
    // window's pin strip, which costs the chart no height).
    void setInLegend(bool inLegend);
    [[nodiscard]] QCPGraph *graph(int slot) const { return m_graphs[std::size_t(slot)]; }

private:
    void applyPens();

    std::array<QCPGraph *, kMaxPins> m_graphs {};
    Value m_value;
    bool m_inLegend;
    bool m_dark = false;
    double m_zoom = 1.0;
    std::vector<double> m_values; // reused between redraws
    double m_highest = 0;
    double m_lowest = 0;
};

} // namespace ts::ui
