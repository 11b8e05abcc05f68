// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"
#include "ghostcurves.h"

#include <qcustomplot.h>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace ts::ui {

struct ChartFrame;

// Peak memory per GPU against batch size or sequence length, stacked by term, with the GPU's
// memory as a line, the current value and the largest value that still fits marked.
class MemoryChart : public QCustomPlot
{
    Q_OBJECT

public:
    // The stacked areas, bottom first. Under LoRA the weights split into the frozen ones and
    // the adapters, and the gradients and optimizer states are the adapters'.
    enum Layer {
        FrozenWeights,
        Parameters,
        Gradients,
        OptimizerStates,
        AttentionScores,
        BlockOther,
        Head
    };
    static constexpr int kLayerCount = 7;

    explicit MemoryChart(QWidget *parent = nullptr);

    // Redraws from a frame (queued, so several changes in one event-loop pass draw once).
    void showFrame(const ChartFrame &frame);
    // Light or dark paper and the marks' colours to go with it (exports stay light).
    void setDark(bool dark);
    // Text at the window's zoom (1 = the window's sizes), for Ctrl+= and presentation mode.
    void setTextZoom(double zoom);
    // Veils the chart while the inputs are invalid and it shows the last valid estimate.
    void setStale(bool stale);
    [[nodiscard]] bool isStale() const { return m_staleShown; }

    [[nodiscard]] QCPGraph *layerGraph(Layer layer) const { return m_layers[layer]; }
    [[nodiscard]] QCPGraph *gpuGraph() const { return m_gpu; }
    // The pinned configurations' peaks.
    [[nodiscard]] const GhostCurves &ghosts() const { return *m_ghosts; }
    [[nodiscard]] GhostCurves &ghosts() { return *m_ghosts; }
    // The marks' labels and their boxes in pixels: "now" must never sit under "largest".
    [[nodiscard]] QCPItemText *currentLabel() const { return m_currentLabel; }
    [[nodiscard]] QCPItemText *largestLabel() const { return m_largestLabel; }
    [[nodiscard]] QRectF labelRect(const QCPItemText *label) const;
    // What the chart says at sample i (the hover tooltip): x, the peak against the GPU, and
    // every band with any bytes, top first, each with its colour.
    [[nodiscard]] static QString readout(const ChartFrame &frame, std::size_t i);

private:
    void resizeEvent(QResizeEvent *event) override;
    // As many legend columns as the width holds (4 in the window, fewer in half a slide).
    void fitLegend();
    // Names the layers for the training (adapters or full) and lists in the legend only the
    // layers with any bytes, bottom first, then the GPU line.
    bool updateLegend(const ChartFrame &frame);
    // Places the marks; returns false when they are already where the frame puts them.
    bool placeMarks(const ChartFrame &frame, double gpu, double top);

    // What the marks depend on, to skip redrawing marks that did not move.
    struct MarksKey
    {
        std::int64_t current = -1, largest = -1, lo = -1, hi = -1;
        double gpu = -1, top = -1;
        int width = -1; // of the axis rect: the labels' overlap is a matter of pixels
        bool operator==(const MarksKey &o) const
        {
            return current == o.current && largest == o.largest && lo == o.lo && hi == o.hi
                    && gpu == o.gpu && top == o.top && width == o.width;
        }
    };

    std::array<QCPGraph *, kLayerCount> m_layers {};
    int m_legendKey = -1; // the layers listed in the legend, one bit each, and the naming
    QCPLayer *m_marks = nullptr;
    std::unique_ptr<chartstyle::StaleVeil> m_veil;
    bool m_staleShown = false;
    MarksKey m_marksKey;
    QCPGraph *m_gpu = nullptr;
    std::unique_ptr<GhostCurves> m_ghosts;
    double m_perUnit = 1; // bytes per unit of the y-axis
    QCPItemStraightLine *m_current = nullptr;
    QCPItemText *m_currentLabel = nullptr;
    QCPItemStraightLine *m_largest = nullptr;
    QCPItemTracer *m_largestDot = nullptr;
    QCPItemText *m_largestLabel = nullptr;
    std::vector<double> m_stack; // running sum of the layers, reused between redraws
    double m_top = 0;            // the y-axis top, kept while it still suits (axisrange.h)
    std::vector<double> m_gpuKeys;
    std::vector<double> m_gpuValues;
};

} // namespace ts::ui
