// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fitmappanel.h"

#include "visiblerefresh.h"

#include "scenariocontroller.h"
#include "theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ts::ui {

FitMapPanel::FitMapPanel(ScenarioController *controller, QWidget *parent)
    : QWidget(parent)
    , m_modeCombo(new QComboBox)
    , m_chart(new FitMapChart(this))
{
    setObjectName(QStringLiteral("fitMap"));
    m_refresh = new VisibleRefresh(this, [this] { draw(); });
    m_modeCombo->setObjectName(QStringLiteral("fitMapMode"));
    m_modeCombo->addItem(tr("Peak memory"), int(FitMapChart::Mode::Memory));
    m_modeCombo->addItem(tr("Training time"), int(FitMapChart::Mode::Time));
    m_modeCombo->setToolTip(tr("What the map's colour shows: peak memory as a share of the GPU's, "
                               "or the training time where it fits"));
    // No mnemonic: every free letter is taken by an input (Alt+L is the layers).
    auto *label = new QLabel(tr("Colour:"));
    label->setBuddy(m_modeCombo);

    m_modeBar = new QWidget(this);
    m_modeBar->setObjectName(QStringLiteral("fitMapModeBar"));
    auto *bar = new QHBoxLayout(m_modeBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(label);
    bar->addWidget(m_modeCombo);

    m_chart->setMinimumHeight(220);
    if (theme::isDark())
        m_chart->setDark(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_modeBar);
    layout->addWidget(m_chart, 1);

    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        setMode(FitMapChart::Mode(m_modeCombo->itemData(index).toInt()));
    });
    connect(m_chart, &FitMapChart::cellClicked, controller,
            [controller](qint64 b, qint64 c) { controller->setBatchAndSeqLen(b, c); });
    m_drawn.adopt(controller->snapshot());
    connect(controller, &ScenarioController::changed, this, &FitMapPanel::showSnapshot);
}

void FitMapPanel::setMode(FitMapChart::Mode mode)
{
    m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(mode)));
    m_chart->setMode(mode);
}

void FitMapPanel::setTextZoom(double zoom)
{
    m_chart->setTextZoom(zoom);
}

void FitMapPanel::setDark(bool dark)
{
    m_chart->setDark(dark);
}

void FitMapPanel::showSnapshot(const Snapshot &s)
{
    m_chart->setStale(!s.valid());
    if (m_drawn.take(s))
        refresh();
}

void FitMapPanel::refresh()
{
    m_refresh->request();
}

void FitMapPanel::draw()
{
    m_chart->showFrame(m_sampler.sample(m_drawn.scenario, m_drawn.estimate, m_drawn.unit));
}

} // namespace ts::ui
