// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartsampler.h"
#include "snapshot.h"
#include "sweep.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace ts::ui {

class VisibleRefresh;

class MemoryChart;
class ScenarioController;
class TimeChart;

// The memory and time charts over a shared x-axis (batch size or sequence length), redrawn from
// each new valid estimate the controller's snapshots bring.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(ScenarioController *controller, QWidget *parent = nullptr);

    [[nodiscard]] SweepAxis axis() const { return m_axis; }
    void setAxis(SweepAxis axis);
    // The charts' text at the window's zoom (1 = their own sizes).
    void setTextZoom(double zoom);
    // The charts on dark paper (the window's dark theme) or light.
    void setDark(bool dark);

    // The "X axis" picker over the charts; a container may move it elsewhere (e.g. beside tabs).
    [[nodiscard]] QWidget *axisBar() const { return m_axisBar; }
    [[nodiscard]] MemoryChart *memoryChart() const { return m_memory; }
    [[nodiscard]] TimeChart *timeChart() const { return m_time; }
    // The frame last drawn; its series is valid until the next redraw.
    [[nodiscard]] const ChartFrame &frame() const { return m_sampler.frame(); }

signals:
    void axisChanged(ts::SweepAxis axis);

private:
    void showSnapshot(const Snapshot &snapshot);
    void refresh(); // draws now if shown, else when next shown
    void draw();
    void showPinStrip();

    Scenario m_scenario; // the last valid scenario and its estimate, as the snapshot gave them
    Estimate m_estimate;
    std::vector<PinnedEstimate> m_pins; // drawn as ghost curves
    std::uint64_t m_pinsRevision = 0;
    QLabel *m_pinStrip = nullptr;
    bool m_dark = false;
    MemoryUnit m_unit = MemoryUnit::GiB;
    std::uint64_t m_revision = 0;
    QWidget *m_axisBar = nullptr;
    QComboBox *m_axisCombo;
    MemoryChart *m_memory;
    TimeChart *m_time;
    ChartSampler m_sampler;
    SweepAxis m_axis = SweepAxis::Batch;
    VisibleRefresh *m_refresh; // draws only while shown
};

} // namespace ts::ui
