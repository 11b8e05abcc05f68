// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include "palette.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

#include <qcustomplot.h>

namespace ts::ui::chartstyle {

namespace {

constexpr int kTickPointSize = 11;
constexpr int kLabelPointSize = 12;
constexpr int kTitlePointSize = 14;

// The file's own translation context, declared so that lupdate files its texts under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ts::ui::chartstyle)
};

// Ticks at whole numbers only: b and c have no 2.5.
class WholeTicker : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange &range) override
    {
        const double step = QCPAxisTicker::getTickStep(range);
        if (step <= 1)
            return 1;
        // QCPAxisTicker picks 1, 2, 2.5 or 5 times a power of ten; 2.5 is the one fraction.
        return std::floor(step) == step ? step : std::floor(step);
    }
};

// A left margin shared with a partner chart: each chart's group takes the larger of its own
// natural margin and the partner's.
class LinkedMarginGroup : public QCPMarginGroup
{
public:
    explicit LinkedMarginGroup(QCustomPlot *plot)
        : QCPMarginGroup(plot)
    { }
    void link(LinkedMarginGroup *partner) { m_partner = partner; }
    [[nodiscard]] int natural(QCP::MarginSide side) const
    {
        return QCPMarginGroup::commonMargin(side);
    }

protected:
    int commonMargin(QCP::MarginSide side) const override
    {
        const int own = QCPMarginGroup::commonMargin(side);
        return m_partner ? std::max(own, m_partner->natural(side)) : own;
    }

private:
    LinkedMarginGroup *m_partner = nullptr;
};

} // namespace

void alignLeftEdges(QCustomPlot *a, QCustomPlot *b)
{
    auto *groupA = new LinkedMarginGroup(a);
    auto *groupB = new LinkedMarginGroup(b);
    groupA->link(groupB);
    groupB->link(groupA);
    a->axisRect()->setMarginGroup(QCP::msLeft, groupA);
    b->axisRect()->setMarginGroup(QCP::msLeft, groupB);
    // A change of one chart's margin reaches the other at its next layout: replot it when the
    // two differ, which stops as soon as they agree.
    const auto follow = [](QCustomPlot *from, QCustomPlot *to) {
        QObject::connect(
                from, &QCustomPlot::afterReplot, to,
                [from, to] {
                    if (from->axisRect()->margins().left() != to->axisRect()->margins().left())
                        to->replot(QCustomPlot::rpQueuedReplot);
                },
                Qt::QueuedConnection);
    };
    follow(a, b);
    follow(b, a);
}

QFont tickFont(const QCustomPlot *plot, double zoom)
{
    QFont tick = plot->font();
    tick.setPointSizeF(kTickPointSize * zoom);
    return tick;
}

void applyTextZoom(QCustomPlot *plot, double zoom)
{
    const QFont tick = tickFont(plot, zoom);
    QFont label = tick;
    label.setPointSizeF(kLabelPointSize * zoom);
    label.setBold(true);
    for (QCPAxis *axis : { plot->xAxis, plot->yAxis }) {
        axis->setTickLabelFont(tick);
        axis->setLabelFont(label);
    }
    plot->legend->setFont(tick);
    for (int i = 0; i < plot->legend->itemCount(); ++i) {
        if (QCPAbstractLegendItem *item = plot->legend->item(i))
            item->setFont(tick);
    }
    if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0))) {
        QFont titleFont = label;
        titleFont.setPointSizeF(kTitlePointSize * zoom);
        title->setFont(titleFont);
    }
}

Ink ink(bool dark)
{
    if (!dark)
        return { Qt::white,
                 Qt::black,
                 QColor(0, 0, 0, 40),
                 QColor(255, 255, 255, 225),
                 palette::current(),
                 palette::gpuLimit(),
                 palette::trainingTime(),
                 palette::largestFitting(),
                 palette::doesNotFit() };
    // The same meanings, lighter, on a dark paper: each keeps 4.5:1 against it.
    return { QColor(0x1E, 0x1E, 0x1E),      QColor(0xE8, 0xE8, 0xE8), QColor(255, 255, 255, 50),
             QColor(0x1E, 0x1E, 0x1E, 225), QColor(0xBB, 0xBB, 0xBB), QColor(0xE8, 0xE8, 0xE8),
             QColor(0xA9, 0x9B, 0xF0),      QColor(0xFF, 0x7A, 0x8C), QColor(0xFF, 0x8A, 0x80) };
}

void applyInk(QCustomPlot *plot, const Ink &ink)
{
    plot->setBackground(ink.paper);
    plot->axisRect()->setBackground(ink.paper);
    for (QCPAxis *axis : { plot->xAxis, plot->yAxis, plot->xAxis2, plot->yAxis2 }) {
        axis->setBasePen(QPen(ink.text, 1));
        axis->setTickPen(QPen(ink.text, 1));
        axis->setSubTickPen(QPen(ink.text, 1));
        axis->setTickLabelColor(ink.text);
        axis->setLabelColor(ink.text);
        axis->grid()->setPen(QPen(ink.grid, 1, Qt::DotLine));
    }
    plot->legend->setTextColor(ink.text);
    for (int i = 0; i < plot->legend->itemCount(); ++i) {
        if (QCPAbstractLegendItem *item = plot->legend->item(i))
            item->setTextColor(ink.text);
    }
    if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0)))
        title->setTextColor(ink.text);
}

QCPTextElement *setUp(QCustomPlot *plot, const QString &title)
{
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new WholeTicker));
    for (QCPAxis *axis : { plot->xAxis, plot->yAxis }) {
        axis->grid()->setSubGridVisible(false);
        axis->grid()->setPen(QPen(QColor(0, 0, 0, 40), 1, Qt::DotLine));
    }
    plot->legend->setIconSize(18, 14);
    plot->legend->setBorderPen(QPen(QColor(0, 0, 0, 80)));
    plot->setNotAntialiasedElements(QCP::aeFills);
    plot->setAntialiasedElements(QCP::aePlottables);
    plot->setNoAntialiasingOnDrag(true);
    plot->setPlottingHint(QCP::phCacheLabels, true);
    // Curves change direction gently, so joining segments without the path stroker looks the
    // same and halves the cost of the time curve, the one thick antialiased line.
    plot->setPlottingHint(QCP::phFastPolylines, true);
    // The overlay layer (used for selection rectangles, which these charts do not offer) has its
    // own full-size buffer, cleared and blended on every replot; fold it into the shared one.
    if (QCPLayer *overlay = plot->layer(QStringLiteral("overlay")))
        overlay->setMode(QCPLayer::lmLogical);

    plot->plotLayout()->insertRow(0);
    auto *element = new QCPTextElement(plot, title);
    element->setMargins(QMargins(2, 6, 2, 2)); // clear of the top edge, in a window or a picture
    plot->plotLayout()->addElement(0, 0, element);
    plot->plotLayout()->setRowSpacing(0);
    applyTextZoom(plot, 1.0); // the window's sizes; a zoom or an export scales them later
    return element;
}

QString axisLabel(SweepAxis axis)
{
    return axis == SweepAxis::Batch ? Text::tr("Batch size b (sequences per step)")
                                    : Text::tr("Sequence length c (tokens)");
}

QString axisSymbol(SweepAxis axis)
{
    return axis == SweepAxis::Batch ? QStringLiteral("b") : QStringLiteral("c");
}

void moveLegendAboveAxes(QCustomPlot *plot, int columns)
{
    // Between the title and the axis rect, in rows of `columns`, so it never hides a curve.
    QCPLegend *legend = plot->legend;
    legend->setVisible(true);
    plot->axisRect()->insetLayout()->take(legend);
    plot->plotLayout()->insertRow(1);
    plot->plotLayout()->addElement(1, 0, legend);
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // re-flows the items added so far
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setMargins(QMargins(4, 0, 4, 0));
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
}

bool setGraphData(QCPGraph *graph, const std::vector<double> &keys,
                  const std::vector<double> &values)
{
    QCPGraphDataContainer *data = graph->data().data();
    const auto n = int(keys.size());
    if (data->size() == n) {
        bool changed = false;
        int i = 0;
        for (auto it = data->begin(); it != data->end(); ++it, ++i) {
            const double key = keys[std::size_t(i)], value = values[std::size_t(i)];
            if (it->key != key || it->value != value) {
                changed = true;
                it->key = key;
                it->value = value;
            }
        }
        return changed;
    }
    QVector<QCPGraphData> points(n);
    for (int i = 0; i < n; ++i)
        points[i] = QCPGraphData(keys[std::size_t(i)], values[std::size_t(i)]);
    data->set(points, true);
    return true;
}

QCPLayer *addMarksLayer(QCustomPlot *plot)
{
    const QString name = QStringLiteral("marks");
    plot->addLayer(name, plot->layer(plot->layerCount() - 1), QCustomPlot::limAbove);
    QCPLayer *marks = plot->layer(name);
    marks->setMode(QCPLayer::lmBuffered);
    return marks;
}

StaleVeil::StaleVeil(QCustomPlot *plot, QCPLayer *marks)
    : m_veil(new QCPItemRect(plot))
    , m_text(new QCPItemText(plot))
{
    for (QCPAbstractItem *item :
         { static_cast<QCPAbstractItem *>(m_veil), static_cast<QCPAbstractItem *>(m_text) }) {
        item->setLayer(marks);
        item->setVisible(false);
    }
    m_veil->topLeft->setType(QCPItemPosition::ptAxisRectRatio);
    m_veil->bottomRight->setType(QCPItemPosition::ptAxisRectRatio);
    m_veil->topLeft->setCoords(0, 0);
    m_veil->bottomRight->setCoords(1, 1);
    m_veil->setPen(Qt::NoPen);
    m_veil->setBrush(QColor(255, 255, 255, 190));
    m_text->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_text->position->setCoords(0.5, 0.5);
    m_text->setPositionAlignment(Qt::AlignCenter);
    QFont f = plot->xAxis->tickLabelFont();
    f.setBold(true);
    m_text->setFont(f);
    m_text->setColor(QColor(0x55, 0x55, 0x55));
    m_text->setText(Text::tr("Inputs invalid: this is the last valid estimate"));
}

void StaleVeil::setInk(const Ink &ink)
{
    QColor veil = ink.paper;
    veil.setAlpha(190);
    m_veil->setBrush(veil);
    m_text->setColor(ink.text);
}

void StaleVeil::setFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    m_text->setFont(bold);
}

bool StaleVeil::show(bool stale)
{
    if (m_veil->visible() == stale)
        return false;
    m_veil->setVisible(stale);
    m_text->setVisible(stale);
    return true;
}

bool fitValueTicks(QCustomPlot *plot)
{
    const int line = QFontMetrics(plot->yAxis->tickLabelFont()).height();
    const int count = std::clamp(plot->axisRect()->height() / (line * 3), 2, 5);
    QCPAxisTicker *ticker = plot->yAxis->ticker().data();
    if (!ticker || ticker->tickCount() == count)
        return false;
    ticker->setTickCount(count);
    return true;
}

bool setRange(QCPAxis *axis, const QCPRange &range)
{
    if (axis->range() == range)
        return false;
    axis->setRange(range);
    return true;
}

bool setLabel(QCPAxis *axis, const QString &label)
{
    if (axis->label() == label)
        return false;
    axis->setLabel(label);
    return true;
}

QRectF labelRect(const QCPItemText *label)
{
    // The label's box in pixels, from its anchor, alignment, text and padding.
    const QPointF anchor = label->position->pixelPosition();
    const QFontMetricsF metrics(label->font());
    const QMarginsF padding = label->padding();
    const QSizeF size(metrics.horizontalAdvance(label->text()) + padding.left() + padding.right(),
                      metrics.height() + padding.top() + padding.bottom());
    const Qt::Alignment a = label->positionAlignment();
    const double left = a & Qt::AlignRight ? anchor.x() - size.width()
            : a & Qt::AlignHCenter         ? anchor.x() - size.width() / 2
                                           : anchor.x();
    const double topEdge = a & Qt::AlignBottom ? anchor.y() - size.height()
            : a & Qt::AlignVCenter             ? anchor.y() - size.height() / 2
                                               : anchor.y();
    return { QPointF(left, topEdge), size };
}

} // namespace ts::ui::chartstyle
