// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"
#include "ghostcurves.h"

#include <qcustomplot.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace ts::ui {

struct ChartFrame;

// Training time in hours against batch size or sequence length, on a log axis when the curve
// spans more than a decade and a half, with the current value marked and the values that do not
// fit the GPU shaded.
class TimeChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit TimeChart(QWidget *parent = nullptr);

    // Redraws from a frame (queued, so several changes in one event-loop pass draw once).
    void showFrame(const ChartFrame &frame);
    // Light or dark paper and the marks' colours to go with it (exports stay light).
    void setDark(bool dark);
    // Text at the window's zoom (1 = the window's sizes), for Ctrl+= and presentation mode.
    void setTextZoom(double zoom);
    // Veils the chart while the inputs are invalid and it shows the last valid estimate.
    void setStale(bool stale);
    [[nodiscard]] bool isStale() const { return m_staleShown; }

    [[nodiscard]] QCPGraph *timeGraph() const { return m_time; }
    // The pinned configurations' times.
    [[nodiscard]] const GhostCurves &ghosts() const { return *m_ghosts; }
    // What the chart says at sample i (the hover tooltip): x, the time, and whether it fits.
    [[nodiscard]] static QString readout(const ChartFrame &frame, std::size_t i);
    [[nodiscard]] bool logScale() const { return yAxis->scaleType() == QCPAxis::stLogarithmic; }

    // The ratio of largest to smallest time beyond which the y-axis becomes logarithmic.
    static constexpr double kLogRatio = 30.0;

private:
    // Places the marks; returns false when they are already where the frame puts them.
    bool placeMarks(const ChartFrame &frame);

    // What the marks depend on, to skip redrawing marks that did not move.
    struct MarksKey
    {
        std::int64_t current = -1, largest = -1, lo = -1, hi = -1;
        double seconds = -1, yLower = -1, yUpper = -1;
        bool operator==(const MarksKey &o) const
        {
            return current == o.current && largest == o.largest && lo == o.lo && hi == o.hi
                    && seconds == o.seconds && yLower == o.yLower && yUpper == o.yUpper;
        }
    };

    QCPGraph *m_time = nullptr;
    std::unique_ptr<GhostCurves> m_ghosts;
    QCPLayer *m_marks = nullptr;
    std::unique_ptr<chartstyle::StaleVeil> m_veil;
    bool m_staleShown = false;
    MarksKey m_marksKey;
    QCPItemStraightLine *m_current = nullptr;
    QCPItemTracer *m_currentDot = nullptr;
    QCPItemText *m_currentLabel = nullptr;
    QCPItemRect *m_noFit = nullptr;
    QCPItemText *m_noFitLabel = nullptr;
    QSharedPointer<QCPAxisTicker> m_linearTicker;
    QSharedPointer<QCPAxisTickerLog> m_logTicker;
    std::vector<double> m_hours; // reused between redraws
    double m_top = 0;            // the linear y-axis top, kept while it still suits
};

} // namespace ts::ui
