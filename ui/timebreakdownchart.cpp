// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timebreakdownchart.h"

#include "format.h"
#include "palette.h"

namespace ts::ui {

namespace {

struct Part
{
    const char *name;
    QColor (*colour)();
    double StepTimeBreakdown::*seconds;
};

const std::array<Part, TimeBreakdownChart::kParts> &parts()
{
    static const std::array<Part, TimeBreakdownChart::kParts> list = { {
            { QT_TRANSLATE_NOOP("ts::ui::TimeBreakdownChart", "compute"), palette::trainingTime,
              &StepTimeBreakdown::compute },
            { QT_TRANSLATE_NOOP("ts::ui::TimeBreakdownChart", "recompute"), palette::recompute,
              &StepTimeBreakdown::recompute },
            { QT_TRANSLATE_NOOP("ts::ui::TimeBreakdownChart", "optimizer"),
              palette::optimizerStates, &StepTimeBreakdown::optimizer },
            { QT_TRANSLATE_NOOP("ts::ui::TimeBreakdownChart", "pipeline bubble"), palette::bubble,
              &StepTimeBreakdown::bubble },
            { QT_TRANSLATE_NOOP("ts::ui::TimeBreakdownChart", "tensor-parallel all-reduces"),
              palette::tensorComm, &StepTimeBreakdown::tensorParallel },
            { QT_TRANSLATE_NOOP("ts::ui::TimeBreakdownChart", "pipeline sends"),
              palette::pipelineComm, &StepTimeBreakdown::pipelineParallel },
            { QT_TRANSLATE_NOOP("ts::ui::TimeBreakdownChart", "context-parallel ring"),
              palette::contextComm, &StepTimeBreakdown::contextParallel },
            { QT_TRANSLATE_NOOP("ts::ui::TimeBreakdownChart", "expert all-to-alls"),
              palette::expertComm, &StepTimeBreakdown::expertParallel },
            { QT_TRANSLATE_NOOP("ts::ui::TimeBreakdownChart", "gradient reduction"),
              palette::dataComm, &StepTimeBreakdown::dataParallel },
    } };
    return list;
}

} // namespace

TimeBreakdownChart::TimeBreakdownChart(QWidget *parent)
    : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("timeBreakdownChart"));
    chartstyle::setUp(this, tr("Seconds per optimizer step"));
    legend->setVisible(false); // the parts are listed beside the bar (partsHtml)
    QCPBars *below = nullptr;
    for (std::size_t i = 0; i < kParts; ++i) {
        auto *bars = new QCPBars(yAxis, xAxis); // horizontal: the key runs up the y-axis
        bars->setBrush(parts()[i].colour());
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.8);
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_bars[i] = bars;
    }
    yAxis->setRange(0.4, 1.6);
    yAxis->setTicks(false);
    yAxis->setTickLabels(false);
    xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker)); // seconds, not counts
    xAxis->ticker()->setTickCount(4);
    setMinimumHeight(100);
}

void TimeBreakdownChart::showBreakdown(const StepTimeBreakdown &b)
{
    double total = 0;
    for (const Part &p : parts())
        total += b.*p.seconds;
    for (std::size_t i = 0; i < kParts; ++i) {
        const double seconds = b.*parts()[i].seconds;
        QCPBars *bars = m_bars[i];
        bars->data()->clear();
        bars->addData(1, seconds);
        //: a part of a step's time: its name, seconds and share of the step
        bars->setName(tr("%1: %2 (%3)")
                              .arg(tr(parts()[i].name), Format::shortTime(seconds),
                                   Format::share(total > 0 ? seconds / total : 0)));
        // Only the parts that add time are listed; the rest would crowd the list.
        bars->setVisible(seconds > 0 || i == 0);
    }
    xAxis->setRange(0, total > 0 ? total * 1.02 : 1);
    replot(QCustomPlot::rpQueuedReplot);
}

QStringList TimeBreakdownChart::partTexts() const
{
    QStringList out;
    for (QCPBars *bars : m_bars)
        if (bars->visible())
            out << bars->name();
    return out;
}

QString TimeBreakdownChart::partsHtml() const
{
    QString html;
    for (QCPBars *bars : m_bars) {
        if (!bars->visible())
            continue;
        html += QStringLiteral("<span style=\"color:%1\">\u25a0</span> %2<br>")
                        .arg(bars->brush().color().name(), bars->name().toHtmlEscaped());
    }
    return html;
}

void TimeBreakdownChart::setDark(bool dark)
{
    chartstyle::applyInk(this, chartstyle::ink(dark));
    replot(QCustomPlot::rpQueuedReplot);
}

void TimeBreakdownChart::setTextZoom(double zoom)
{
    chartstyle::applyTextZoom(this, zoom);
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ts::ui
