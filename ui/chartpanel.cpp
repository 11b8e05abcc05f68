// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"

#include "visiblerefresh.h"

#include "chartreader.h"
#include "chartstyle.h"
#include "palette.h"
#include "theme.h"

#include "memorychart.h"
#include "scenariocontroller.h"
#include "timechart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace ts::ui {

ChartPanel::ChartPanel(ScenarioController *controller, QWidget *parent)
    : QWidget(parent)
    , m_axisCombo(new QComboBox)
    , m_memory(new MemoryChart(this))
    , m_time(new TimeChart(this))
{
    setObjectName(QStringLiteral("chartPanel"));
    m_refresh = new VisibleRefresh(this, [this] { draw(); });
    m_axisCombo->setObjectName(QStringLiteral("xAxisCombo"));
    m_axisCombo->addItem(tr("Batch size b"), int(SweepAxis::Batch));
    m_axisCombo->addItem(tr("Sequence length c"), int(SweepAxis::SeqLen));
    auto *axisLabel = new QLabel(tr("&X axis:"));
    axisLabel->setBuddy(m_axisCombo);

    m_axisBar = new QWidget(this);
    m_axisBar->setObjectName(QStringLiteral("xAxisBar"));
    auto *bar = new QHBoxLayout(m_axisBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(axisLabel);
    bar->addWidget(m_axisCombo);
    bar->addStretch(1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("chartSplitter"));
    splitter->addWidget(m_memory);
    splitter->addWidget(m_time);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 300, 220 }); // the memory chart carries a two-row legend
    splitter->setChildrenCollapsible(false);
    chartstyle::alignLeftEdges(m_memory, m_time);
    if (theme::isDark()) // a dark system palette: dark paper from the start
        setDark(true);
    m_memory->setMinimumHeight(180);
    m_time->setMinimumHeight(140);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_axisBar);
    // The pins' names on one line over the charts rather than in the memory chart's legend,
    // which would take the plot two rows of height on a projector (exports list them there).
    m_pinStrip = new QLabel(this);
    m_pinStrip->setObjectName(QStringLiteral("pinStrip"));
    m_pinStrip->setWordWrap(true);
    m_pinStrip->hide();
    m_memory->ghosts().setInLegend(false);
    layout->addWidget(m_pinStrip);
    layout->addWidget(splitter, 1);

    // Hover to read every band at an x; click to set b or c there.
    for (auto *reader : { new ChartReader(m_memory, &m_sampler, &MemoryChart::readout),
                          new ChartReader(m_time, &m_sampler, &TimeChart::readout) })
        connect(reader, &ChartReader::picked, this, [this, controller](std::int64_t x) {
            controller->set(m_axis == SweepAxis::Batch ? Field::Batch : Field::SeqLen, x);
        });

    connect(m_axisCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { setAxis(SweepAxis(m_axisCombo->itemData(index).toInt())); });
    m_scenario = controller->snapshot().validScenario;
    m_estimate = controller->snapshot().estimate;
    m_unit = controller->snapshot().unit;
    m_pins = controller->snapshot().pins;
    m_pinsRevision = controller->snapshot().pinsRevision;
    showPinStrip();
    connect(controller, &ScenarioController::changed, this, &ChartPanel::showSnapshot);
}

void ChartPanel::showSnapshot(const Snapshot &s)
{
    // While an input is invalid the charts keep the last valid estimate, veiled.
    m_memory->setStale(!s.valid());
    m_time->setStale(!s.valid());
    // Redraw for a new valid estimate or unit only: invalid edits keep the last valid charts.
    if (s.revision == m_revision && s.unit == m_unit)
        return;
    m_revision = s.revision;
    m_unit = s.unit;
    m_scenario = s.validScenario;
    m_estimate = s.estimate;
    m_pins = s.pins;
    m_pinsRevision = s.pinsRevision;
    showPinStrip();
    refresh();
}

void ChartPanel::setTextZoom(double zoom)
{
    m_memory->setTextZoom(zoom);
    m_time->setTextZoom(zoom);
    refresh();
}

void ChartPanel::showPinStrip()
{
    if (!m_pinStrip)
        return;
    // Each pin's line drawn in text: its colour, and a pattern like its dashes.
    static const char *const patterns[] = { "———", "– – –", "–·–·–", "· · · ·" };
    QStringList names;
    for (const PinnedEstimate &p : m_pins)
        names << QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>&nbsp;%3")
                         .arg(palette::pin(p.slot, m_dark).name(),
                              QString::fromUtf8(patterns[p.slot & 3]), p.name.toHtmlEscaped());
    m_pinStrip->setText(tr("Pinned: %1").arg(names.join(QStringLiteral(" &nbsp; "))));
    m_pinStrip->setVisible(!m_pins.empty());
}

void ChartPanel::setDark(bool dark)
{
    m_dark = dark;
    showPinStrip();
    m_memory->setDark(dark);
    m_time->setDark(dark);
}

void ChartPanel::setAxis(SweepAxis axis)
{
    if (axis == m_axis)
        return;
    m_axis = axis;
    m_axisCombo->setCurrentIndex(m_axisCombo->findData(int(axis)));
    refresh();
    emit axisChanged(axis);
}

void ChartPanel::refresh()
{
    m_refresh->request();
}

void ChartPanel::draw()
{
    const ChartFrame &frame
            = m_sampler.sample(m_scenario, m_estimate, m_axis, m_unit, m_pins, m_pinsRevision);
    m_memory->showFrame(frame);
    m_time->showFrame(frame);
}

} // namespace ts::ui
