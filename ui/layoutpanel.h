// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include <QWidget>

class QLabel;

namespace ts::ui {

class VisibleRefresh;

class BestLayoutsPanel;
class ScenarioController;
class StageChart;
class TimeBreakdownChart;

// The "Parallelism" view (docs/formulas.md §8.9–§8.11): the GPUs' layout in one line, which
// link each group talks over, the modelled end-to-end MFU, where a step's time goes, the memory
// of every pipeline stage's GPU, and below them the best layouts. Redrawn from each new valid
// estimate while visible.
class LayoutPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LayoutPanel(ScenarioController *controller, QWidget *parent = nullptr);

    void setTextZoom(double zoom);
    void setDark(bool dark);
    [[nodiscard]] TimeBreakdownChart *timeChart() const { return m_time; }
    [[nodiscard]] StageChart *stageChart() const { return m_stages; }
    [[nodiscard]] BestLayoutsPanel *bestLayouts() const { return m_best; }
    [[nodiscard]] QString summary() const;

    // The layout in words: "t = 2 × p = 4 × cp = 1 × DP = 2 = 16 GPUs", with the schedule,
    // micro-batches, bubble, links and modelled MFU.
    [[nodiscard]] static QString describe(const Scenario &s, const Estimate &e);

private:
    void showSnapshot(const Snapshot &snapshot);
    void refresh(); // draws now if shown, else when next shown
    void draw();

    DrawnEstimate m_drawn; // the estimate the view shows
    QLabel *m_summary;
    TimeBreakdownChart *m_time;
    QLabel *m_parts; // the time's parts, named with their seconds and shares
    BestLayoutsPanel *m_best;
    StageChart *m_stages;
    VisibleRefresh *m_refresh; // draws only while shown
};

} // namespace ts::ui
