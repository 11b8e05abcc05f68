// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sweep.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QCPAxis;
class QCPGraph;
class QCPItemRect;
class QCPItemText;
class QCPLayer;
class QCPRange;
class QCPTextElement;
class QCustomPlot;

// Looks and data plumbing shared by the memory and time charts.
namespace ts::ui::chartstyle {

// Fonts readable from the back of a lecture room, a bold title above the axis rect, no
// antialiasing of fills (the costly part of a replot; the curves stay smooth).
QCPTextElement *setUp(QCustomPlot *plot, const QString &title);

// Sets the chart's fonts to the window's sizes (ticks 11, captions 12, title 14 points) times
// zoom: the window's text zoom (Ctrl+=, presentation mode).
void applyTextZoom(QCustomPlot *plot, double zoom);
// The tick labels' font at that zoom, for the marks' labels.
[[nodiscard]] QFont tickFont(const QCustomPlot *plot, double zoom);

// The colours of a chart that depend on light or dark: the paper, the text and axes, the grid,
// the boxes behind the marks' labels, and the marks that would vanish on a dark paper.
struct Ink
{
    QColor paper;
    QColor text;
    QColor grid;
    QColor labelPaper;
    QColor current;      // the "now" line and label
    QColor gpuLimit;     // the GPU's memory line
    QColor trainingTime; // the time curve and its label
    QColor largest;      // the largest that fits
    QColor doesNotFit;   // the "does not fit" label
};
[[nodiscard]] Ink ink(bool dark);
// Paper, axes, ticks, captions, grid, legend and title in the ink's colours.
void applyInk(QCustomPlot *plot, const Ink &ink);

// Puts the legend in a band between the title and the axes, wrapped after `columns` entries.
void moveLegendAboveAxes(QCustomPlot *plot, int columns);

// The x-axis caption for a sweep axis.
[[nodiscard]] QString axisLabel(SweepAxis axis);
// "b" or "c", the symbol the slides use.
[[nodiscard]] QString axisSymbol(SweepAxis axis);

// Replaces a graph's points, writing into its existing storage when the point count is the same,
// so that a redraw while a slider moves does not allocate. keys must be increasing. Returns
// whether any point differs from what the graph held.
bool setGraphData(QCPGraph *graph, const std::vector<double> &keys,
                  const std::vector<double> &values);

// A buffered layer above everything for the marks at the current value. Moving the slider of the
// x-axis variable moves only the marks, and redrawing this one layer costs a fraction of a
// replot (QCPLayer::replot).
QCPLayer *addMarksLayer(QCustomPlot *plot);

// Lines up the left edges of two stacked charts' axis rects (each takes the wider of the two
// left margins), so that the same x falls at the same pixel in both.
void alignLeftEdges(QCustomPlot *a, QCustomPlot *b);

// A veil over the axis rect, with a line of text, on the marks layer: while the inputs are
// invalid the charts show the last valid estimate, and must look it.
class StaleVeil
{
public:
    StaleVeil(QCustomPlot *plot, QCPLayer *marks);
    // Shows or hides the veil; returns whether that changed anything (then replot the marks).
    bool show(bool stale);
    void setFont(const QFont &font);
    void setInk(const Ink &ink);

private:
    QCPItemRect *m_veil = nullptr;
    QCPItemText *m_text = nullptr;
};

// As many value ticks as the axis rect's height holds with room between their labels (at least
// 2, at most 5): a short chart, a projector at 150 % or a wide slide, never crowds them.
// Returns whether the count changed.
bool fitValueTicks(QCustomPlot *plot);

// A text item's box in pixels, from its anchor, alignment, text and padding: to keep labels
// from covering each other.
[[nodiscard]] QRectF labelRect(const QCPItemText *label);

// Sets an axis range or caption; returns whether it changed (and so the chart needs a replot).
bool setRange(QCPAxis *axis, const QCPRange &range);
bool setLabel(QCPAxis *axis, const QString &label);

} // namespace ts::ui::chartstyle
