// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutpanel.h"

#include "visiblerefresh.h"

#include "bestlayoutspanel.h"
#include "communication.h"
#include "format.h"
#include "layout.h"
#include "scenariocontroller.h"
#include "stagechart.h"
#include "theme.h"
#include "timebreakdownchart.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace ts::ui {

namespace {

// "inside a node at 300 GB/s" or "over the network at 25 GB/s".
QString linkText(const Hardware &h, std::int64_t span)
{
    const Link link = linkFor(h, span);
    const QString rate = Format::decimal(link.bytesPerSecond / 1e9, 1);
    return link.bytesPerSecond <= 0 ? LayoutPanel::tr("an unknown link (no time)")
            : link.interNode        ? LayoutPanel::tr("the network at %1 GB/s").arg(rate)
                                    : LayoutPanel::tr("the GPU link at %1 GB/s").arg(rate);
}

} // namespace

LayoutPanel::LayoutPanel(ScenarioController *controller, QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_time(new TimeBreakdownChart(this))
    , m_parts(new QLabel(this))
    , m_best(new BestLayoutsPanel(controller, this))
    , m_stages(new StageChart(this))
{
    setObjectName(QStringLiteral("layoutPanel"));
    m_refresh = new VisibleRefresh(this, [this] { draw(); });
    m_summary->setObjectName(QStringLiteral("layoutSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    // The time and the stages side by side above the best layouts, the split adjustable: on a
    // 1024×768 projector each keeps a readable height.
    auto *charts = new QWidget(this);
    auto *row = new QHBoxLayout(charts);
    row->setContentsMargins(0, 0, 0, 0);
    auto *time = new QVBoxLayout;
    time->addWidget(m_time, 1);
    m_parts->setObjectName(QStringLiteral("timeParts"));
    m_parts->setTextFormat(Qt::RichText);
    m_parts->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_parts->setWordWrap(true);
    // The list wraps to the room it has rather than widening the window.
    m_parts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    time->addWidget(m_parts);
    row->addLayout(time, 1);
    row->addWidget(m_stages, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("layoutSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(charts);
    split->addWidget(m_best);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    if (theme::isDark())
        setDark(true);
    m_drawn.adopt(controller->snapshot());
    connect(controller, &ScenarioController::changed, this, &LayoutPanel::showSnapshot);
}

QString LayoutPanel::describe(const Scenario &s, const Estimate &e)
{
    const Layout l = layoutOf(s);
    const QString schedule = l.chunks > 1 ? tr("interleaved, v = %1").arg(l.chunks) : tr("1F1B");
    QStringList lines;
    //: the layout: tensor × pipeline × context × data parallel = GPUs
    lines << tr("t = %1 × p = %2 × cp = %3 × DP = %4 = %5 GPUs")
                     .arg(l.tp)
                     .arg(l.pp)
                     .arg(l.cp)
                     .arg(l.dp)
                     .arg(s.hardware.gpus);
    if (l.pp > 1)
        lines << tr("Pipeline: %1, m = %2 micro-batches, bubble %3 of the compute")
                         .arg(schedule)
                         .arg(l.microBatches)
                         .arg(Format::share(l.bubbleFraction()));
    QStringList links;
    if (l.tp > 1)
        links << tr("tensor parallel over %1").arg(linkText(s.hardware, l.tp));
    if (l.cp > 1)
        links << tr("context parallel over %1").arg(linkText(s.hardware, l.tp * l.cp));
    if (l.ep > 1)
        links << tr("expert parallel over %1").arg(linkText(s.hardware, l.tp * l.cp * l.ep));
    if (l.shardGroup() > 1)
        links << tr("data parallel over %1").arg(linkText(s.hardware, l.tp * l.cp * l.dp));
    if (l.pp > 1)
        links << tr("pipeline over %1").arg(linkText(s.hardware, s.hardware.gpus));
    if (!links.isEmpty())
        lines << links.join(QStringLiteral("; "));
    lines << tr("Modelled MFU %1 (kernels at %2): %3 per optimizer step")
                     .arg(Format::share(e.training.modelledMfu), Format::share(s.hardware.mfu),
                          Format::shortTime(e.training.secondsPerStep));
    return lines.join(QLatin1Char('\n'));
}

QString LayoutPanel::summary() const
{
    return m_summary->text();
}

void LayoutPanel::setTextZoom(double zoom)
{
    m_time->setTextZoom(zoom);
    m_stages->setTextZoom(zoom);
}

void LayoutPanel::setDark(bool dark)
{
    m_time->setDark(dark);
    m_stages->setDark(dark);
}

void LayoutPanel::showSnapshot(const Snapshot &s)
{
    if (m_drawn.take(s))
        refresh();
}

void LayoutPanel::refresh()
{
    m_refresh->request();
}

void LayoutPanel::draw()
{
    m_summary->setText(describe(m_drawn.scenario, m_drawn.estimate));
    m_time->showBreakdown(m_drawn.estimate.training.breakdown);
    m_parts->setText(m_time->partsHtml());
    m_stages->showStages(stageMemories(m_drawn.scenario), m_drawn.estimate.pipeline.peakStage,
                         m_drawn.scenario.hardware.gpuMemoryBytes, m_drawn.unit);
}

} // namespace ts::ui
