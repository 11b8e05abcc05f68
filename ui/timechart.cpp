// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timechart.h"

#include "axisrange.h"
#include "chartsampler.h"
#include "chartstyle.h"
#include "format.h"
#include "palette.h"

#include <algorithm>
#include <cmath>

namespace ts::ui {

namespace {

constexpr double kSecondsPerHour = 3600.0;

} // namespace

TimeChart::TimeChart(QWidget *parent)
    : QCustomPlot(parent)
    , m_linearTicker(new QCPAxisTicker)
    , m_logTicker(new QCPAxisTickerLog)
{
    setObjectName(QStringLiteral("timeChart"));
    chartstyle::setUp(this, tr("Training time"));
    yAxis->setLabel(tr("Hours"));
    m_logTicker->setLogBase(10);
    m_logTicker->setSubTickCount(8);
    yAxis->setNumberFormat(QStringLiteral("gb"));

    m_marks = chartstyle::addMarksLayer(this);
    setCurrentLayer(m_marks); // every item is a mark of the current value or the GPU limit
    m_noFit = new QCPItemRect(this);
    QColor shade = palette::doesNotFit();
    shade.setAlpha(28);
    m_noFit->setBrush(shade);
    m_noFit->setPen(Qt::NoPen);
    m_noFit->setAntialiased(false); // axis-aligned: smoothing would only cost time
    m_noFit->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_noFit->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_noFitLabel = new QCPItemText(this);
    m_noFitLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_noFitLabel->setPositionAlignment(Qt::AlignBottom | Qt::AlignRight);
    m_noFitLabel->setColor(palette::doesNotFit());
    m_noFitLabel->setText(tr("does not fit the GPU"));
    m_noFitLabel->setClipToAxisRect(true);
    m_noFitLabel->setPadding(QMargins(4, 2, 8, 2)); // clear of the axis rect's right edge

    setCurrentLayer(QStringLiteral("main"));
    m_time = addGraph();
    m_time->setName(tr("Training time"));
    m_time->setPen(QPen(palette::trainingTime(), 3));
    m_ghosts = std::make_unique<GhostCurves>(
            this,
            [](const SweepSeries &s, std::size_t i) { return s.seconds[i] / kSecondsPerHour; },
            false);

    setCurrentLayer(m_marks);
    m_current = new QCPItemStraightLine(this);
    m_current->setPen(QPen(palette::current(), 2));
    m_current->setAntialiased(false); // vertical
    m_currentDot = new QCPItemTracer(this);
    m_currentDot->setInterpolating(true);
    m_currentDot->setStyle(QCPItemTracer::tsCircle);
    m_currentDot->setSize(11);
    m_currentDot->setPen(QPen(palette::trainingTime(), 2));
    m_currentDot->setBrush(Qt::white);
    m_currentLabel = new QCPItemText(this);
    m_currentLabel->position->setParentAnchor(m_currentDot->position);
    m_currentLabel->position->setType(QCPItemPosition::ptAbsolute); // pixels from the dot
    m_currentLabel->setColor(palette::trainingTime());
    m_currentLabel->setBrush(QColor(255, 255, 255, 225));
    m_currentLabel->setPadding(QMargins(4, 2, 4, 2));
    m_currentLabel->setClipToAxisRect(true);
    QFont f = xAxis->tickLabelFont();
    f.setBold(true);
    m_currentLabel->setFont(f);
    m_noFitLabel->setFont(f);
    m_veil = std::make_unique<chartstyle::StaleVeil>(this, m_marks);
    setCurrentLayer(QStringLiteral("main"));
}

void TimeChart::setStale(bool stale)
{
    m_staleShown = stale;
    if (m_veil->show(stale))
        m_marks->replot();
}

void TimeChart::setDark(bool dark)
{
    const chartstyle::Ink ink = chartstyle::ink(dark);
    chartstyle::applyInk(this, ink);
    m_time->setPen(QPen(ink.trainingTime, 3));
    m_current->setPen(QPen(ink.current, 2));
    m_currentDot->setPen(QPen(ink.trainingTime, 2));
    m_currentDot->setBrush(ink.paper);
    m_currentLabel->setColor(ink.trainingTime);
    m_currentLabel->setBrush(ink.labelPaper);
    m_noFitLabel->setColor(ink.doesNotFit);
    m_veil->setInk(ink);
    m_ghosts->setDark(dark);
    replot(rpQueuedReplot);
}

void TimeChart::setTextZoom(double zoom)
{
    chartstyle::applyTextZoom(this, zoom);
    m_ghosts->setTextZoom(zoom);
    QFont f = chartstyle::tickFont(this, zoom);
    f.setBold(true);
    m_currentLabel->setFont(f);
    m_noFitLabel->setFont(f);
    m_veil->setFont(f);
    m_marksKey = {};
    replot(rpQueuedReplot);
}

void TimeChart::showFrame(const ChartFrame &frame)
{
    const SweepSeries &s = *frame.series;
    m_hours.resize(s.size());
    std::transform(s.seconds.begin(), s.seconds.end(), m_hours.begin(),
                   [](double seconds) { return seconds / kSecondsPerHour; });
    bool changed = chartstyle::setGraphData(m_time, s.x, m_hours);
    changed |= m_ghosts->show(frame);
    changed |= chartstyle::fitValueTicks(this);

    double lowest = 0, highest = 1;
    if (!m_hours.empty()) {
        const auto [lo, hi] = std::minmax_element(m_hours.begin(), m_hours.end());
        lowest = *lo;
        highest = *hi;
    }
    if (!frame.ghosts.empty()) { // the pinned times stay in view too
        lowest = std::min(lowest, m_ghosts->lowest());
        highest = std::max(highest, m_ghosts->highest());
    }
    const bool useLog = lowest > 0 && highest / lowest > kLogRatio;
    if (useLog != logScale()) {
        yAxis->setScaleType(useLog ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        yAxis->setTicker(useLog ? QSharedPointer<QCPAxisTicker>(m_logTicker) : m_linearTicker);
        changed = true;
    }
    // Bounds that move in steps: whole decades on the log scale, nice values on the linear one.
    if (useLog) {
        const double lower = std::pow(10.0, std::floor(std::log10(lowest / 1.2)));
        const double upper = std::pow(10.0, std::ceil(std::log10(highest * 1.2)));
        changed |= chartstyle::setRange(yAxis, QCPRange(lower, upper));
    } else {
        m_top = axisrange::stableReal(highest > 0 ? highest * 1.08 : 1.0, m_top, 1.6);
        changed |= chartstyle::setRange(yAxis, QCPRange(0.0, m_top));
    }
    changed |= chartstyle::setRange(xAxis, QCPRange(double(frame.lo), double(frame.hi)));
    changed |= chartstyle::setLabel(xAxis, chartstyle::axisLabel(frame.axis));
    const bool marksMoved = placeMarks(frame);
    // Moving the x-axis variable leaves the curve where it was: redraw the marks alone.
    if (changed)
        replot(rpQueuedReplot);
    else if (marksMoved)
        m_marks->replot();
}

QString TimeChart::readout(const ChartFrame &frame, std::size_t i)
{
    const SweepSeries &s = *frame.series;
    const double seconds = s.seconds[i];
    const bool fits = s.peak[i] <= double(frame.gpuBytes);
    return QStringLiteral("<b>%1 = %2</b><br>%3<br>%4")
            .arg(chartstyle::axisSymbol(frame.axis), Format::count(s.x[i]),
                 tr("Training time %1 (%2 s)")
                         .arg(Format::duration(seconds), Format::count(std::round(seconds))),
                 fits ? tr("fits the GPU") : tr("does not fit the GPU: the time if it did"));
}

bool TimeChart::placeMarks(const ChartFrame &frame)
{
    const MarksKey key {
        frame.current,        frame.largest,       frame.lo, frame.hi, frame.currentSeconds,
        yAxis->range().lower, yAxis->range().upper
    };
    if (key == m_marksKey)
        return false;
    m_marksKey = key;
    const auto x = double(frame.current);
    m_current->point1->setCoords(x, 1);
    m_current->point2->setCoords(x, 2);
    m_currentDot->setGraph(m_time); // only now that it has data, or the tracer complains
    m_currentDot->setGraphKey(x);
    // Put the label on the side of the dot with more room, so the axis rect does not clip it.
    const bool rightHalf = x > double(frame.lo + frame.hi) / 2;
    const double hours = frame.currentSeconds / kSecondsPerHour;
    const QCPRange range = yAxis->range();
    const double height = logScale()
            ? std::log(hours / range.lower) / std::log(range.upper / range.lower)
            : (hours - range.lower) / range.size();
    const bool upperHalf = height > 0.5;
    m_currentLabel->setPositionAlignment((upperHalf ? Qt::AlignTop : Qt::AlignBottom)
                                         | (rightHalf ? Qt::AlignRight : Qt::AlignLeft));
    m_currentLabel->position->setCoords(rightHalf ? -10 : 10, upperHalf ? 10 : -10);
    const QString symbol = chartstyle::axisSymbol(frame.axis);
    m_currentLabel->setText(tr("%1 = %2: %3")
                                    .arg(symbol, Format::count(frame.current),
                                         Format::duration(frame.currentSeconds)));

    // Shade the x values beyond the largest that fits: their times are hypothetical.
    const bool shade = frame.largest < frame.hi;
    m_noFit->setVisible(shade);
    m_noFitLabel->setVisible(shade);
    const double from = double(std::max<std::int64_t>(frame.largest, frame.lo - 1)) + 0.5;
    m_noFit->topLeft->setCoords(from, 0);
    m_noFit->bottomRight->setCoords(double(frame.hi) + 1, 1);
    m_noFitLabel->position->setCoords(double(frame.hi), 0.97);
    return true;
}

} // namespace ts::ui
