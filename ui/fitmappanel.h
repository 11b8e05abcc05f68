// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fitmapchart.h"
#include "fitmapsampler.h"
#include "snapshot.h"

#include <QWidget>

class QComboBox;

namespace ts::ui {

class VisibleRefresh;

class ScenarioController;

// The "Fit map" view: the b × c map of the current scenario, recomputed from each new valid
// estimate while it is visible, with a picker for what the colour shows. A click on a cell sets
// b and c.
class FitMapPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FitMapPanel(ScenarioController *controller, QWidget *parent = nullptr);

    [[nodiscard]] FitMapChart *chart() const { return m_chart; }
    [[nodiscard]] FitMapChart::Mode mode() const { return m_chart->mode(); }
    void setMode(FitMapChart::Mode mode);
    // The mode picker; a container may move it elsewhere (beside the tabs).
    [[nodiscard]] QWidget *modeBar() const { return m_modeBar; }
    void setTextZoom(double zoom);
    void setDark(bool dark);
    // The frame last drawn.
    [[nodiscard]] const FitMapFrame &frame() const { return m_sampler.frame(); }

private:
    void showSnapshot(const Snapshot &snapshot);
    void refresh(); // draws now if shown, else when next shown
    void draw();

    DrawnEstimate m_drawn; // the estimate the view shows
    QWidget *m_modeBar = nullptr;
    QComboBox *m_modeCombo;
    FitMapChart *m_chart;
    FitMapSampler m_sampler;
    VisibleRefresh *m_refresh; // draws only while shown
};

} // namespace ts::ui
