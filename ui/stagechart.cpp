// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagechart.h"

#include "palette.h"

#include <algorithm>

namespace ts::ui {

StageChart::StageChart(QWidget *parent)
    : QCustomPlot(parent)
    , m_static(new QCPBars(xAxis, yAxis))
    , m_activations(new QCPBars(xAxis, yAxis))
    , m_gpu(new QCPItemStraightLine(this))
    , m_peak(new QCPItemText(this))
    , m_ink(chartstyle::ink(false))
{
    setObjectName(QStringLiteral("stageChart"));
    chartstyle::setUp(this, tr("Memory per stage"));
    m_static->setName(tr("Weights + states"));
    m_static->setBrush(palette::parameters());
    m_static->setPen(Qt::NoPen);
    m_activations->setName(tr("Activations"));
    m_activations->setBrush(palette::activations());
    m_activations->setPen(Qt::NoPen);
    m_activations->moveAbove(m_static);
    m_gpu->setPen(QPen(palette::gpuLimit(), 2, Qt::DashLine));
    // From the bar's left edge up, so that the first stage's label clears the axis.
    m_peak->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_peak->position->setType(QCPItemPosition::ptPlotCoords);
    xAxis->setLabel(tr("Pipeline stage"));
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(ticker);
    legend->setVisible(true);
    chartstyle::moveLegendAboveAxes(this, 2);
    setMinimumHeight(150);
}

void StageChart::showStages(const std::vector<StageMemory> &stages, std::int64_t peakStage,
                            std::int64_t gpuBytes, MemoryUnit unit)
{
    QVector<double> keys, statics, activations;
    double top = Format::inUnit(double(gpuBytes), unit);
    for (const StageMemory &s : stages) {
        keys << double(s.stage + 1);
        statics << Format::inUnit(double(s.staticBytes), unit);
        activations << Format::inUnit(double(s.activationBytes), unit);
        top = std::max(top, statics.back() + activations.back());
    }
    m_static->setData(keys, statics, true);
    m_activations->setData(keys, activations, true);
    const double width = stages.size() > 64 ? 1.0 : 0.7;
    m_static->setWidth(width);
    m_activations->setWidth(width);
    xAxis->setRange(0.4, double(std::max<std::size_t>(stages.size(), 1)) + 0.6);
    yAxis->setRange(0, top * 1.18);
    yAxis->setLabel(tr("Memory (%1)").arg(Format::unitName(unit)));
    const double gpu = Format::inUnit(double(gpuBytes), unit);
    m_gpu->point1->setCoords(0, gpu);
    m_gpu->point2->setCoords(1, gpu);
    if (!stages.empty()) {
        const StageMemory &peak = stages[std::size_t(
                std::clamp<std::int64_t>(peakStage, 0, std::int64_t(stages.size()) - 1))];
        const double height = Format::inUnit(double(peak.peak), unit);
        m_peak->position->setCoords(double(peak.stage + 1) - width / 2, height);
        m_peak->setText(tr("peak: stage %1, %2")
                                .arg(peak.stage + 1)
                                .arg(Format::bytes(double(peak.peak), unit)));
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void StageChart::setDark(bool dark)
{
    m_ink = chartstyle::ink(dark);
    chartstyle::applyInk(this, m_ink);
    m_gpu->setPen(QPen(m_ink.gpuLimit, 2, Qt::DashLine));
    m_peak->setColor(m_ink.text);
    replot(QCustomPlot::rpQueuedReplot);
}

void StageChart::setTextZoom(double zoom)
{
    chartstyle::applyTextZoom(this, zoom);
    m_peak->setFont(chartstyle::tickFont(this, zoom));
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ts::ui
