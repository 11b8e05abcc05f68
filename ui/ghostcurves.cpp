// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghostcurves.h"

#include "chartstyle.h"
#include "palette.h"

#include <qcustomplot.h>

#include <algorithm>
#include <limits>

namespace ts::ui {

GhostCurves::GhostCurves(QCustomPlot *plot, Value value, bool inLegend)
    : m_value(std::move(value))
    , m_inLegend(inLegend)
{
    for (QCPGraph *&graph : m_graphs) {
        graph = plot->addGraph();
        graph->setVisible(false);
        graph->removeFromLegend();
        graph->setAntialiased(true);
    }
    applyPens();
}

bool GhostCurves::show(const ChartFrame &frame)
{
    bool changed = false;
    m_highest = 0;
    m_lowest = std::numeric_limits<double>::infinity();
    std::array<bool, kMaxPins> used {};
    for (const ChartFrame::Ghost &ghost : frame.ghosts) {
        const int slot = std::clamp(ghost.slot, 0, kMaxPins - 1);
        QCPGraph *graph = m_graphs[std::size_t(slot)];
        used[std::size_t(slot)] = true;
        const SweepSeries &s = *ghost.series;
        m_values.resize(s.size());
        for (std::size_t i = 0; i < s.size(); ++i) {
            m_values[i] = m_value(s, i);
            m_highest = std::max(m_highest, m_values[i]);
            m_lowest = std::min(m_lowest, m_values[i]);
        }
        changed |= chartstyle::setGraphData(graph, s.x, m_values);
        if (graph->name() != ghost.name) {
            graph->setName(ghost.name);
            changed = true;
        }
        if (!graph->visible()) {
            graph->setVisible(true);
            changed = true;
        }
    }
    for (int slot = 0; slot < kMaxPins; ++slot) {
        QCPGraph *graph = m_graphs[std::size_t(slot)];
        if (!used[std::size_t(slot)] && graph->visible()) {
            graph->setVisible(false);
            changed = true;
        }
        // In the legend exactly while drawn (a legend rebuilt elsewhere drops them).
        {
            const bool listed = graph->parentPlot()->legend->hasItemWithPlottable(graph);
            if (m_inLegend && graph->visible() && !listed) {
                graph->addToLegend();
                changed = true;
            } else if ((!m_inLegend || !graph->visible()) && listed) {
                graph->removeFromLegend();
                changed = true;
            }
        }
    }
    if (frame.ghosts.empty())
        m_lowest = 0;
    return changed;
}

void GhostCurves::setInLegend(bool inLegend)
{
    m_inLegend = inLegend;
}

void GhostCurves::setDark(bool dark)
{
    m_dark = dark;
    applyPens();
}

void GhostCurves::setTextZoom(double zoom)
{
    m_zoom = zoom;
    applyPens();
}

void GhostCurves::applyPens()
{
    for (int slot = 0; slot < kMaxPins; ++slot) {
        QPen pen(palette::pin(slot, m_dark), 2.5 * std::max(1.0, m_zoom));
        pen.setCapStyle(Qt::FlatCap);
        if (!palette::pinDash(slot).isEmpty())
            pen.setDashPattern(palette::pinDash(slot));
        m_graphs[std::size_t(slot)]->setPen(pen);
    }
}

} // namespace ts::ui
