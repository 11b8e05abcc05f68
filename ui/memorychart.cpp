// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorychart.h"

#include "axisrange.h"
#include "chartsampler.h"
#include "chartstyle.h"
#include "format.h"
#include "palette.h"

#include <algorithm>

namespace ts::ui {

namespace {

struct LayerStyle
{
    const char *name;        // full training
    const char *adapterName; // LoRA and QLoRA
    QColor colour;
};

std::array<LayerStyle, MemoryChart::kLayerCount> layerStyles()
{
    return { {
            { QT_TRANSLATE_NOOP("ts::ui::MemoryChart", "Frozen weights"),
              QT_TRANSLATE_NOOP("ts::ui::MemoryChart", "Frozen weights"),
              palette::frozenWeights() },
            { QT_TRANSLATE_NOOP("ts::ui::MemoryChart", "Parameters"),
              QT_TRANSLATE_NOOP("ts::ui::MemoryChart", "Adapters"), palette::parameters() },
            { QT_TRANSLATE_NOOP("ts::ui::MemoryChart", "Gradients"),
              QT_TRANSLATE_NOOP("ts::ui::MemoryChart", "Adapter gradients"), palette::gradients() },
            { QT_TRANSLATE_NOOP("ts::ui::MemoryChart", "Optimizer"),
              QT_TRANSLATE_NOOP("ts::ui::MemoryChart", "Adapter optimizer"),
              palette::optimizerStates() },
            { QT_TRANSLATE_NOOP("ts::ui::MemoryChart", "Attention b·h·c²"),
              QT_TRANSLATE_NOOP("ts::ui::MemoryChart", "Attention b·h·c²"),
              palette::attentionScores() },
            { QT_TRANSLATE_NOOP("ts::ui::MemoryChart", "Other activations"),
              QT_TRANSLATE_NOOP("ts::ui::MemoryChart", "Other activations"),
              palette::blockOther() },
            { QT_TRANSLATE_NOOP("ts::ui::MemoryChart", "Norm + logits"),
              QT_TRANSLATE_NOOP("ts::ui::MemoryChart", "Norm + logits"), palette::head() },
    } };
}

// The bytes of a layer at point i: the weights' layer is the trained ones, the frozen ones
// having their own.
double layerBytes(const SweepSeries &s, int layer, std::size_t i)
{
    switch (layer) {
    case MemoryChart::FrozenWeights: return s.frozenWeights[i];
    case MemoryChart::Parameters: return s.parameters[i] - s.frozenWeights[i];
    case MemoryChart::Gradients: return s.gradients[i];
    case MemoryChart::OptimizerStates: return s.optimizerStates[i];
    case MemoryChart::AttentionScores: return s.attentionScores[i];
    case MemoryChart::BlockOther: return s.blockOther[i];
    default: return s.head[i];
    }
}

QPen markPen(const QColor &colour, Qt::PenStyle style)
{
    return QPen(colour, 2, style);
}

} // namespace

MemoryChart::MemoryChart(QWidget *parent)
    : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("memoryChart"));
    chartstyle::setUp(this, tr("Peak memory per GPU"));
    // The layer edges are straight or gently curved and sit on opaque fills, where smoothing
    // is hardly visible but costs a third of a millisecond per replot.
    setNotAntialiasedElements(QCP::aeFills | QCP::aePlottables);

    const auto styles = layerStyles();
    for (int i = 0; i < kLayerCount; ++i) {
        QCPGraph *g = addGraph();
        QColor fill = styles[std::size_t(i)].colour;
        // Width 0 is Qt's cosmetic one-pixel pen, drawn without the path stroker: stroking
        // the six edges was the largest single cost of a replot.
        g->setPen(QPen(fill.darker(130), 0));
        g->setBrush(fill);
        if (i > 0)
            g->setChannelFillGraph(m_layers[std::size_t(i - 1)]);
        m_layers[std::size_t(i)] = g;
    }
    m_gpu = addGraph();
    m_gpu->setPen(QPen(palette::gpuLimit(), 3, Qt::DashLine));
    m_ghosts = std::make_unique<GhostCurves>(
            this, [this](const SweepSeries &s, std::size_t i) { return s.peak[i] / m_perUnit; },
            true);

    chartstyle::moveLegendAboveAxes(this, 4);

    m_marks = chartstyle::addMarksLayer(this);
    setCurrentLayer(m_marks); // the items below are the marks
    m_current = new QCPItemStraightLine(this);
    m_current->setPen(markPen(palette::current(), Qt::SolidLine));
    m_current->setAntialiased(false); // vertical lines gain nothing from smoothing
    m_currentLabel = new QCPItemText(this);
    m_largest = new QCPItemStraightLine(this);
    m_largest->setPen(markPen(palette::largestFitting(), Qt::DotLine));
    m_largest->setAntialiased(false);
    m_largestDot = new QCPItemTracer(this);
    m_largestDot->setStyle(QCPItemTracer::tsCircle);
    m_largestDot->setSize(11);
    m_largestDot->setPen(QPen(palette::largestFitting(), 2));
    m_largestDot->setBrush(Qt::white);
    m_largestLabel = new QCPItemText(this);
    for (QCPItemText *label : { m_currentLabel, m_largestLabel }) {
        QFont f = xAxis->tickLabelFont();
        f.setBold(true);
        label->setFont(f);
        label->setBrush(QColor(255, 255, 255, 225));
        label->setPadding(QMargins(4, 2, 4, 2));
        label->setClipToAxisRect(true);
    }
    m_currentLabel->setColor(palette::current());
    m_largestLabel->setColor(palette::largestFitting());
    m_veil = std::make_unique<chartstyle::StaleVeil>(this, m_marks);
    setCurrentLayer(QStringLiteral("main"));
}

void MemoryChart::setStale(bool stale)
{
    m_staleShown = stale;
    if (m_veil->show(stale))
        m_marks->replot();
}

void MemoryChart::showFrame(const ChartFrame &frame)
{
    const SweepSeries &s = *frame.series;
    const double perUnit = double(bytesPerUnit(frame.unit));
    m_perUnit = perUnit;
    bool changed = false;
    m_stack.assign(s.size(), 0.0);
    for (int layer = 0; layer < kLayerCount; ++layer) {
        for (std::size_t i = 0; i < s.size(); ++i)
            m_stack[i] += layerBytes(s, layer, i) / perUnit;
        changed |= chartstyle::setGraphData(m_layers[std::size_t(layer)], s.x, m_stack);
    }
    changed |= updateLegend(frame);
    if (m_ghosts->show(frame)) { // after the legend: they list themselves in it
        fitLegend();
        changed = true;
    }
    changed |= chartstyle::fitValueTicks(this);
    const double gpu = double(frame.gpuBytes) / perUnit;
    m_gpuKeys.assign({ double(frame.lo), double(frame.hi) });
    m_gpuValues.assign({ gpu, gpu });
    changed |= chartstyle::setGraphData(m_gpu, m_gpuKeys, m_gpuValues);
    const QString gpuName = tr("GPU: %1").arg(Format::bytes(double(frame.gpuBytes), frame.unit));
    if (m_gpu->name() != gpuName) {
        m_gpu->setName(gpuName);
        changed = true;
    }

    const double peakMax
            = std::max(m_stack.empty() ? 0.0 : *std::max_element(m_stack.begin(), m_stack.end()),
                       m_ghosts->highest());
    // The top moves in steps (axisrange.h), so that dragging a slider moves the curves and the
    // marks, not the whole picture.
    m_top = axisrange::stableReal(std::max(peakMax, gpu) * 1.05, m_top, 1.6);
    const double top = m_top;
    changed |= chartstyle::setRange(xAxis, QCPRange(double(frame.lo), double(frame.hi)));
    changed |= chartstyle::setRange(yAxis, QCPRange(0.0, top > 0 ? top : 1.0));
    changed |= chartstyle::setLabel(xAxis, chartstyle::axisLabel(frame.axis));
    changed |= chartstyle::setLabel(yAxis, tr("Memory (%1)").arg(Format::unitName(frame.unit)));
    const bool marksMoved = placeMarks(frame, gpu, top);
    // Moving the x-axis variable leaves every curve where it was: redraw the marks alone.
    if (changed)
        replot(rpQueuedReplot);
    else if (marksMoved)
        m_marks->replot();
}

void MemoryChart::setDark(bool dark)
{
    const chartstyle::Ink ink = chartstyle::ink(dark);
    chartstyle::applyInk(this, ink);
    m_gpu->setPen(QPen(ink.gpuLimit, 3, Qt::DashLine));
    m_current->setPen(markPen(ink.current, Qt::SolidLine));
    m_currentLabel->setColor(ink.current);
    m_largest->setPen(markPen(ink.largest, Qt::DotLine));
    m_largestDot->setPen(QPen(ink.largest, 2));
    m_largestDot->setBrush(ink.paper);
    m_largestLabel->setColor(ink.largest);
    for (QCPItemText *label : { m_currentLabel, m_largestLabel })
        label->setBrush(ink.labelPaper);
    m_veil->setInk(ink);
    m_ghosts->setDark(dark);
    replot(rpQueuedReplot);
}

void MemoryChart::setTextZoom(double zoom)
{
    chartstyle::applyTextZoom(this, zoom);
    m_ghosts->setTextZoom(zoom);
    QFont f = chartstyle::tickFont(this, zoom);
    f.setBold(true);
    for (QCPItemText *label : { m_currentLabel, m_largestLabel })
        label->setFont(f);
    m_veil->setFont(f);
    fitLegend();
    m_marksKey = {}; // the labels' boxes changed size: place them again
    replot(rpQueuedReplot);
}

void MemoryChart::resizeEvent(QResizeEvent *event)
{
    QCustomPlot::resizeEvent(event);
    fitLegend();
}

void MemoryChart::fitLegend()
{
    int widest = 1;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (const QCPAbstractLegendItem *item = legend->item(i)) // a wrapped grid has gaps
            widest = std::max(widest, item->minimumOuterSizeHint().width());
    }
    const int room = std::max(1, width() - 16);
    const int columns = std::clamp(room / (widest + legend->columnSpacing()), 1, 4);
    if (legend->wrap() != columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
}

bool MemoryChart::updateLegend(const ChartFrame &frame)
{
    const SweepSeries &s = *frame.series;
    int key = frame.adapters ? 1 << kLayerCount : 0;
    for (int layer = 0; layer < kLayerCount; ++layer) {
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (layerBytes(s, layer, i) > 0) {
                key |= 1 << layer;
                break;
            }
        }
    }
    if (key == m_legendKey)
        return false;
    m_legendKey = key;
    const auto styles = layerStyles();
    legend->clearItems();
    for (int layer = 0; layer < kLayerCount; ++layer) {
        const LayerStyle &style = styles[std::size_t(layer)];
        QCPGraph *graph = m_layers[std::size_t(layer)];
        graph->setName(tr(frame.adapters ? style.adapterName : style.name));
        if (key & (1 << layer))
            legend->addItem(new QCPPlottableLegendItem(legend, graph));
    }
    legend->addItem(new QCPPlottableLegendItem(legend, m_gpu));
    fitLegend();
    return true;
}

QString MemoryChart::readout(const ChartFrame &frame, std::size_t i)
{
    const SweepSeries &s = *frame.series;
    const double peak = s.peak[i];
    const double gpu = double(frame.gpuBytes);
    const double margin = gpu - peak;
    QString rows;
    const auto styles = layerStyles();
    for (int layer = kLayerCount - 1; layer >= 0; --layer) {
        const double bytes = layerBytes(s, layer, i);
        if (bytes <= 0)
            continue;
        const LayerStyle &style = styles[std::size_t(layer)];
        rows += QStringLiteral("<tr><td><span style=\"color:%1\">&#9632;</span> %2</td>"
                               "<td align=\"right\">&nbsp;&nbsp;%3</td></tr>")
                        .arg(style.colour.name(),
                             tr(frame.adapters ? style.adapterName : style.name).toHtmlEscaped(),
                             Format::bytes(bytes, frame.unit));
    }
    const QString verdict = margin >= 0
            ? tr("fits, %1 to spare").arg(Format::bytes(margin, frame.unit))
            : tr("does not fit, %1 over").arg(Format::bytes(-margin, frame.unit));
    return QStringLiteral("<b>%1 = %2</b><br>%3<br>%4<table>%5</table>")
            .arg(chartstyle::axisSymbol(frame.axis), Format::count(s.x[i]),
                 tr("Peak %1 of %2 (%3)")
                         .arg(Format::bytes(peak, frame.unit), Format::bytes(gpu, frame.unit),
                              Format::share(peak / gpu)),
                 verdict, rows);
}

bool MemoryChart::placeMarks(const ChartFrame &frame, double gpu, double top)
{
    const MarksKey key { frame.current, frame.largest, frame.lo,           frame.hi,
                         gpu,           top,           axisRect()->width() };
    if (key == m_marksKey)
        return false;
    m_marksKey = key;
    const QString symbol = chartstyle::axisSymbol(frame.axis);
    const auto x = double(frame.current);
    m_current->point1->setCoords(x, 0);
    m_current->point2->setCoords(x, 1);
    m_currentLabel->setText(tr("now: %1 = %2").arg(symbol, Format::count(frame.current)));
    // Keep the label inside the plot: left of the line when the line is in the right half.
    const bool rightHalf = x > double(frame.lo + frame.hi) / 2;
    const Qt::Alignment side = rightHalf ? Qt::AlignRight : Qt::AlignLeft;
    m_currentLabel->position->setCoords(x, top * 0.97);
    m_currentLabel->setPositionAlignment(Qt::AlignTop | side);

    const bool anyFits = frame.largest > 0;
    m_largest->setVisible(anyFits);
    m_largestDot->setVisible(anyFits);
    if (!anyFits) {
        // Say so on the GPU line: the static memory alone already exceeds it.
        m_largestLabel->position->setCoords(double(frame.lo), gpu);
        m_largestLabel->setPositionAlignment(Qt::AlignBottom | Qt::AlignLeft);
        m_largestLabel->setText(tr("nothing fits: even %1 = 1 exceeds the GPU").arg(symbol));
    } else {
        const auto xl = double(frame.largest);
        m_largest->point1->setCoords(xl, 0);
        m_largest->point2->setCoords(xl, 1);
        m_largestDot->position->setCoords(xl, gpu);
        m_largestLabel->position->setCoords(xl, gpu);
        m_largestLabel->setText(
                tr("largest that fits: %1 = %2").arg(symbol, Format::count(frame.largest)));
        const bool largestRight = xl > double(frame.lo + frame.hi) / 2;
        m_largestLabel->setPositionAlignment(Qt::AlignBottom
                                             | (largestRight ? Qt::AlignRight : Qt::AlignLeft));
    }
    // The two labels share the top of the plot when the GPU line is near it: move "now" down to
    // the x axis rather than hide one under the other.
    if (labelRect(m_currentLabel).intersects(labelRect(m_largestLabel))) {
        m_currentLabel->position->setCoords(x, top * 0.03);
        m_currentLabel->setPositionAlignment(Qt::AlignBottom | side);
    }
    return true;
}

QRectF MemoryChart::labelRect(const QCPItemText *label) const
{
    return chartstyle::labelRect(label);
}

} // namespace ts::ui
