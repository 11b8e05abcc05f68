// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fitmapchart.h"

#include "fitmapsampler.h"
#include "format.h"
#include "palette.h"

#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ts::ui {

namespace {

constexpr double kShareTop = 2.0; // the memory scale ends at 200 %; beyond is as red as it gets

QCPColorGradient memoryGradient()
{
    // Positions are on 0..200 %: a blue ramp to 100 %, then a red one.
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorStopAt(0.0, palette::mapFitsLow());
    g.setColorStopAt(0.25, palette::mapFitsMid());
    g.setColorStopAt(0.4999, palette::mapFitsHigh());
    g.setColorStopAt(0.5, palette::mapOverLow());
    g.setColorStopAt(1.0, palette::mapOverHigh());
    g.setLevelCount(400); // 0.5 % per level: the switch at 100 % falls between two levels
    g.setNanHandling(QCPColorGradient::nhNanColor);
    g.setNanColor(palette::mapNothing());
    return g;
}

QCPColorGradient timeGradient()
{
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorStopAt(0.0, palette::mapTimeLow());
    g.setColorStopAt(0.5, palette::mapTimeMid());
    g.setColorStopAt(1.0, palette::mapTimeHigh());
    g.setLevelCount(256);
    g.setNanHandling(QCPColorGradient::nhNanColor);
    g.setNanColor(palette::mapNothing());
    return g;
}

QString powerOfTwo(int k)
{
    return Format::count(std::int64_t(1) << std::clamp(k, 0, 62));
}

} // namespace

FitMapChart::FitMapChart(QWidget *parent)
    : QCustomPlot(parent)
    , m_ink(chartstyle::ink(false))
{
    setObjectName(QStringLiteral("fitMapChart"));
    chartstyle::setUp(this, tr("Peak memory as a share of the GPU's"));
    setMouseTracking(true);
    setCursor(Qt::CrossCursor);
    for (QCPAxis *axis : { xAxis, yAxis }) {
        axis->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
        axis->grid()->setVisible(false); // the cells are the grid
    }
    xAxis->setLabel(tr("Batch size b (sequences, log₂ scale)"));
    yAxis->setLabel(tr("Sequence length c (tokens, log₂)"));

    m_map = new QCPColorMap(xAxis, yAxis);
    m_map->setInterpolate(false); // crisp cells: the 100 % edge must not blur
    m_map->setTightBoundary(false);
    m_scale = new QCPColorScale(this);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(16);
    plotLayout()->addElement(1, 1, m_scale);
    auto *group = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    m_map->setColorScale(m_scale);

    m_marks = chartstyle::addMarksLayer(this);
    setCurrentLayer(m_marks);
    m_halo = new QCPCurve(xAxis, yAxis);
    m_boundary = new QCPCurve(xAxis, yAxis);
    for (QCPCurve *curve : { m_halo, m_boundary }) {
        curve->setLayer(m_marks);
        curve->setBrush(Qt::NoBrush);
        curve->setSelectable(QCP::stNone);
    }
    m_boundary->setName(tr("largest b that fits"));
    m_boundaryLabel = new QCPItemText(this);
    m_boundaryLabel->setText(tr("largest b that fits"));
    m_boundaryLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_boundaryLabel->setPadding(QMargins(4, 2, 4, 2));
    m_boundaryLabel->setClipToAxisRect(true);
    m_current = new QCPItemTracer(this);
    m_current->setStyle(QCPItemTracer::tsCircle);
    m_current->setSize(15);
    m_currentLabel = new QCPItemText(this);
    m_currentLabel->position->setParentAnchor(m_current->position);
    m_currentLabel->setPadding(QMargins(4, 2, 4, 2));
    m_currentLabel->setClipToAxisRect(true);
    m_veil = std::make_unique<chartstyle::StaleVeil>(this, m_marks);
    setCurrentLayer(QStringLiteral("main"));
    setDark(false);
    styleScale();
    setTextZoom(1.0); // the labels' and the scale's fonts at the window's sizes
}

FitMapChart::~FitMapChart() = default;

void FitMapChart::showFrame(const FitMapFrame &frame)
{
    m_frame = &frame;
    // Moving b, or MFU in memory mode, leaves every cell as it was: redraw the marks alone, as
    // the memory chart does.
    const FitMapGrid &g = frame.grid;
    if (m_mode == Mode::Memory && m_shownValid && g.gpuBytes == m_shownGpu
        && g.batches == m_shownBatches && g.seqLens == m_shownSeqLens
        && g.peakBytes == m_shownPeaks) {
        placeMarks();
        m_marks->replot();
        return;
    }
    fillMap();
    placeMarks();
    fitTicks();
    replot(rpQueuedReplot);
}

void FitMapChart::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    styleScale();
    if (m_frame)
        fillMap();
    replot(rpQueuedReplot);
}

void FitMapChart::styleScale()
{
    auto *title = qobject_cast<QCPTextElement *>(plotLayout()->element(0, 0));
    if (m_mode == Mode::Memory) {
        if (title)
            title->setText(tr("Peak memory as a share of the GPU's"));
        m_scale->setDataScaleType(QCPAxis::stLinear);
        m_scale->setGradient(memoryGradient());
        m_scale->setDataRange(QCPRange(0, kShareTop));
        auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
        for (int p = 0; p <= 200; p += 50)
            ticker->addTick(p / 100.0, p == 200 ? tr("≥ 200 %") : tr("%1 %").arg(p));
        m_scale->axis()->setTicker(ticker);
        m_scale->axis()->setLabel(tr("Peak / GPU memory"));
    } else {
        if (title)
            title->setText(tr("Training time where it fits (grey: does not fit)"));
        m_scale->setDataScaleType(QCPAxis::stLogarithmic);
        m_scale->setGradient(timeGradient());
        m_timeDecades = true;
        m_scale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        m_scale->axis()->setNumberFormat(QStringLiteral("g"));
        m_scale->axis()->setNumberPrecision(3);
        m_scale->axis()->setLabel(tr("Training time (hours)"));
    }
}

void FitMapChart::fillMap()
{
    const FitMapGrid &g = m_frame->grid;
    m_shownValid = m_mode == Mode::Memory;
    m_shownGpu = g.gpuBytes;
    m_shownBatches = g.batches;
    m_shownSeqLens = g.seqLens;
    m_shownPeaks = g.peakBytes;
    QCPColorMapData *data = m_map->data();
    if (g.columns() < 2 || g.rows() < 2) {
        data->clear();
        return;
    }
    data->setSize(int(g.columns()), int(g.rows()));
    data->setRange(
            QCPRange(std::log2(double(g.batches.front())), std::log2(double(g.batches.back()))),
            QCPRange(std::log2(double(g.seqLens.front())), std::log2(double(g.seqLens.back()))));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double gpu = double(g.gpuBytes);
    double lo = std::numeric_limits<double>::infinity(), hi = 0;
    for (std::size_t row = 0; row < g.rows(); ++row) {
        for (std::size_t col = 0; col < g.columns(); ++col) {
            const std::size_t at = g.index(row, col);
            const std::int64_t peak = g.peakBytes[at];
            double z = nan;
            if (m_mode == Mode::Memory) {
                if (peak >= 0)
                    z = double(peak) / gpu;
            } else if (peak >= 0 && peak <= g.gpuBytes && g.seconds[at] > 0) {
                z = g.seconds[at] / 3600.0;
                lo = std::min(lo, z);
                hi = std::max(hi, z);
            }
            data->setCell(int(col), int(row), z);
        }
    }
    if (m_mode == Mode::Time)
        fitTimeScale(lo, hi);
    // Each cell is centred on its b and c: the axes show the outer cells whole.
    const double halfKey = (data->keyRange().size()) / double(2 * (g.columns() - 1));
    const double halfValue = (data->valueRange().size()) / double(2 * (g.rows() - 1));
    xAxis->setRange(data->keyRange().lower - halfKey, data->keyRange().upper + halfKey);
    yAxis->setRange(data->valueRange().lower - halfValue, data->valueRange().upper + halfValue);
}

void FitMapChart::fitTimeScale(double lo, double hi)
{
    if (!(hi > 0))
        lo = hi = 1;
    // Across a decade or more, whole decades with log ticks; within one (the lecture's time
    // hardly moves with b), the span itself, so that its differences show.
    const bool decades = hi / lo >= 10;
    const QCPRange range = decades ? QCPRange(std::pow(10.0, std::floor(std::log10(lo))),
                                              std::pow(10.0, std::ceil(std::log10(hi))))
                                   : QCPRange(lo / 1.02, hi * 1.02);
    m_scale->setDataRange(range);
    if (decades != m_timeDecades) {
        m_timeDecades = decades;
        if (decades)
            m_scale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        else
            m_scale->axis()->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }
}

void FitMapChart::placeMarks()
{
    const FitMapGrid &g = m_frame->grid;
    m_keys.resize(int(g.rows()));
    m_values.resize(int(g.rows()));
    for (std::size_t row = 0; row < g.rows(); ++row) {
        const std::int64_t largest = g.largestBatch[row];
        // Between the columns of b = largest and largest + 1: a column shows the b nearest its
        // position (log2Samples rounds), so that edge is at b = largest + ½. A gap where nothing
        // fits at this c (or there is no figure).
        m_keys[int(row)] = largest >= 1 ? std::log2(double(largest) + 0.5)
                                        : std::numeric_limits<double>::quiet_NaN();
        m_values[int(row)] = std::log2(double(g.seqLens[row]));
    }
    m_boundary->setData(m_keys, m_values);
    m_halo->setData(m_keys, m_values);

    placeBoundaryLabel();

    const double x = std::log2(double(std::max<std::int64_t>(1, m_frame->batch)));
    const double y = std::log2(double(std::max<std::int64_t>(1, m_frame->seqLen)));
    m_current->position->setCoords(x, y);
    m_currentLabel->setText(
            tr("now: b = %1, c = %2")
                    .arg(Format::count(m_frame->batch), Format::count(m_frame->seqLen)));
    // Beside the ring, towards the middle of the map, so that it stays inside.
    const QCPRange keys = xAxis->range(), values = yAxis->range();
    const bool right = x > keys.center(), top = y > values.center();
    m_currentLabel->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft)
                                         | (top ? Qt::AlignTop : Qt::AlignBottom));
    m_currentLabel->position->setCoords(right ? -11 : 11, top ? 11 : -11);
}

void FitMapChart::placeBoundaryLabel()
{
    // On the line a third of the way up, where it is inside the map, on its fitting side.
    const QCPRange keys = xAxis->range();
    const int rows = m_keys.size();
    for (int row = rows / 3; row < rows; ++row) {
        const double x = m_keys[row];
        if (std::isnan(x) || x < keys.lower + 0.3 * keys.size() || x > keys.upper - 0.05)
            continue;
        m_boundaryLabel->position->setCoords(x, m_values[row]);
        m_boundaryLabel->setVisible(true);
        return;
    }
    m_boundaryLabel->setVisible(false);
}

void FitMapChart::fitTicks()
{
    const auto fit = [](QCPAxis *axis, int pixels, bool horizontal) {
        const QCPRange range = axis->range();
        const int first = int(std::ceil(range.lower - 1e-9));
        const int last = int(std::floor(range.upper + 1e-9));
        const QFontMetrics metrics(axis->tickLabelFont());
        int need = metrics.height() + 8;
        if (horizontal) {
            need = 0;
            for (int k = first; k <= last; ++k)
                need = std::max(need, metrics.horizontalAdvance(powerOfTwo(k)) + 16);
        }
        const double perOctave = double(std::max(pixels, 1)) / std::max(range.size(), 1e-9);
        const int step = std::max(1, int(std::ceil(need / perOctave)));
        auto ticker = axis->ticker().dynamicCast<QCPAxisTickerText>();
        ticker->clear();
        for (int k = first; k <= last; ++k) {
            if (k % step == 0)
                ticker->addTick(k, powerOfTwo(k));
        }
    };
    fit(xAxis, axisRect()->width() > 1 ? axisRect()->width() : width() - 160, true);
    fit(yAxis, axisRect()->height() > 1 ? axisRect()->height() : height() - 120, false);
}

void FitMapChart::setDark(bool dark)
{
    m_ink = chartstyle::ink(dark);
    chartstyle::applyInk(this, m_ink);
    QCPAxis *axis = m_scale->axis();
    axis->setBasePen(QPen(m_ink.text, 1));
    axis->setTickPen(QPen(m_ink.text, 1));
    axis->setSubTickPen(QPen(m_ink.text, 1));
    axis->setTickLabelColor(m_ink.text);
    axis->setLabelColor(m_ink.text);
    m_halo->setPen(QPen(m_ink.paper, 6));
    m_boundary->setPen(QPen(m_ink.gpuLimit, 2.5));
    m_current->setPen(QPen(m_ink.text, 2.5));
    m_current->setBrush(QColor(m_ink.paper.red(), m_ink.paper.green(), m_ink.paper.blue(), 160));
    for (QCPItemText *label : { m_currentLabel, m_boundaryLabel }) {
        label->setColor(m_ink.text);
        label->setBrush(m_ink.labelPaper);
    }
    m_veil->setInk(m_ink);
    replot(rpQueuedReplot);
}

void FitMapChart::setTextZoom(double zoom)
{
    m_zoom = zoom;
    chartstyle::applyTextZoom(this, zoom);
    QFont tick = chartstyle::tickFont(this, zoom);
    m_scale->axis()->setTickLabelFont(tick);
    m_scale->axis()->setLabelFont(xAxis->labelFont());
    m_scale->setBarWidth(int(std::lround(16 * zoom)));
    tick.setBold(true);
    m_currentLabel->setFont(tick);
    m_boundaryLabel->setFont(tick);
    m_veil->setFont(tick);
    if (m_frame)
        fitTicks();
    replot(rpQueuedReplot);
}

void FitMapChart::setStale(bool stale)
{
    m_staleShown = stale;
    if (m_veil->show(stale))
        m_marks->replot();
}

bool FitMapChart::cellAt(const QPointF &pixel, std::size_t *column, std::size_t *row) const
{
    if (!m_frame || m_frame->grid.columns() < 2 || m_frame->grid.rows() < 2
        || !axisRect()->rect().contains(pixel.toPoint()))
        return false;
    int key = -1, value = -1;
    m_map->data()->coordToCell(xAxis->pixelToCoord(pixel.x()), yAxis->pixelToCoord(pixel.y()), &key,
                               &value);
    if (key < 0 || value < 0 || key >= int(m_frame->grid.columns())
        || value >= int(m_frame->grid.rows()))
        return false;
    *column = std::size_t(key);
    *row = std::size_t(value);
    return true;
}

QPointF FitMapChart::cellCentre(std::size_t column, std::size_t row) const
{
    double key = 0, value = 0;
    m_map->data()->cellToCoord(int(column), int(row), &key, &value);
    return { xAxis->coordToPixel(key), yAxis->coordToPixel(value) };
}

QString FitMapChart::textAt(const QPointF &pixel) const
{
    std::size_t col = 0, row = 0;
    return cellAt(pixel, &col, &row) ? fitMapCellText(*m_frame, col, row) : QString();
}

void FitMapChart::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    const QString text = textAt(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void FitMapChart::mouseReleaseEvent(QMouseEvent *event)
{
    QCustomPlot::mouseReleaseEvent(event);
    std::size_t col = 0, row = 0;
    if (event->button() == Qt::LeftButton && cellAt(event->position(), &col, &row))
        emit cellClicked(m_frame->grid.batches[col], m_frame->grid.seqLens[row]);
}

void FitMapChart::resizeEvent(QResizeEvent *event)
{
    QCustomPlot::resizeEvent(event);
    if (m_frame)
        fitTicks();
}

} // namespace ts::ui
