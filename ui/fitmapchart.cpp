// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fitmapchart.h"

#include "chartstyle.h"
#include "fitmapsampler.h"
#include "format.h"
#include "palette.h"

#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ts::ui {

FitMapChart::FitMapChart(QWidget *parent)
    : QCustomPlot(parent)
    , m_ink(chartstyle::ink(false))
{
    setObjectName(QStringLiteral("fitMapChart"));
    chartstyle::setUp(this, tr("Peak memory as a share of the GPU's"));
    setMouseTracking(true);
    setCursor(Qt::CrossCursor);
    connect(this, &QCustomPlot::afterLayout, this, [this] { m_laidOut = viewport().size(); });
    for (QCPAxis *axis : { xAxis, yAxis }) {
        axis->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
        axis->grid()->setVisible(false); // the cells are the grid
    }

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
    // The halo lies under the smooth line: drawn without antialiasing it looks the same and
    // costs half as much to stroke.
    m_halo->setAntialiased(false);
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
    m_current->setClipToAxisRect(true);
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
        if (fitTicks()) // the same cells on a new size (an export lays the chart out again)
            replot(rpQueuedReplot);
        else
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
    const double firstRed = (kMemoryLevels / 2 + 0.5) * kShareTop / (kMemoryLevels - 1);
    double lo = std::numeric_limits<double>::infinity(), hi = 0;
    bool missing = false;
    for (std::size_t row = 0; row < g.rows(); ++row) {
        for (std::size_t col = 0; col < g.columns(); ++col) {
            const std::size_t at = g.index(row, col);
            const std::int64_t peak = g.peakBytes[at];
            double z = nan;
            missing |= peak < 0;
            if (m_mode == Mode::Memory) {
                // Beyond the scale's top every cell is the same red; clamping also keeps the
                // gradient's conversion to a level index inside an int.
                if (peak >= 0)
                    z = std::min(double(peak) / gpu, kShareTop);
                // The gradient truncates to a level, so a share just above 100 % would take the
                // last blue one: a cell that does not fit is at least in the first red level.
                if (peak > g.gpuBytes)
                    z = std::max(z, firstRed);
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
    showMissing(missing);
    // Each cell is centred on its b and c: the axes show the outer cells whole.
    const double halfKey = (data->keyRange().size()) / double(2 * (g.columns() - 1));
    const double halfValue = (data->valueRange().size()) / double(2 * (g.rows() - 1));
    xAxis->setRange(data->keyRange().lower - halfKey, data->keyRange().upper + halfKey);
    yAxis->setRange(data->valueRange().lower - halfValue, data->valueRange().upper + halfValue);
}

void FitMapChart::showMissing(bool any)
{
    // A linear gradient gives NaN its lowest colour, as if the cell held nothing: cells with no
    // estimate (a count beyond 64 bits) are left transparent over the grey of the axis rect.
    QCPColorMapData *data = m_map->data();
    if (!any) {
        data->clearAlpha();
        return;
    }
    data->fillAlpha(255);
    const FitMapGrid &g = m_frame->grid;
    for (std::size_t row = 0; row < g.rows(); ++row) {
        for (std::size_t col = 0; col < g.columns(); ++col) {
            if (g.peakBytes[g.index(row, col)] < 0)
                data->setAlpha(int(col), int(row), 0);
        }
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
    placeBoundaryLabel();
}

void FitMapChart::placeBoundaryLabel()
{
    // On the line, from a third of the way up, where it is inside the map (on its fitting
    // side) and clear of the "now" label and ring.
    const QCPRange keys = xAxis->range();
    const QRectF now = chartstyle::labelRect(m_currentLabel);
    const QPointF ring = m_current->position->pixelPosition();
    const QRectF ringBox(ring - QPointF(12, 12), QSizeF(24, 24));
    const int rows = m_keys.size();
    for (int i = 0; i < rows; ++i) {
        const int row = (rows / 3 + i) % rows;
        const double x = m_keys[row];
        if (std::isnan(x) || x < keys.lower + 0.3 * keys.size() || x > keys.upper - 0.05)
            continue;
        m_boundaryLabel->position->setCoords(x, m_values[row]);
        const QRectF box = chartstyle::labelRect(m_boundaryLabel);
        if (box.intersects(now) || box.intersects(ringBox)
            || !QRectF(axisRect()->rect()).contains(box))
            continue;
        m_boundaryLabel->setVisible(true);
        return;
    }
    m_boundaryLabel->setVisible(false);
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
    axisRect()->setBackground(palette::mapNothing()); // seen only where a cell has no figure
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
