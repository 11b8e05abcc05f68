// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"

#include <qcustomplot.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace ts::ui {

struct FitMapFrame;

// "What fits": peak memory as a share of the GPU (or the training time where it fits) over
// batch size b and sequence length c, both on log₂ axes, with the largest b that fits at each c
// as a line and the current (b, c) marked. Hovering names a cell's figures; clicking one emits
// its b and c.
class FitMapChart : public QCustomPlot
{
    Q_OBJECT

public:
    enum class Mode { Memory, Time };
    // The memory scale: 0 to 200 % of the GPU (beyond is as red as it gets), in 400 levels.
    static constexpr double kShareTop = 2.0;
    static constexpr int kMemoryLevels = 400;

    explicit FitMapChart(QWidget *parent = nullptr);
    ~FitMapChart() override;

    // Redraws from a frame, which must stay valid until the next call (the sampler owns it).
    void showFrame(const FitMapFrame &frame);
    [[nodiscard]] Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    void setDark(bool dark);
    void setTextZoom(double zoom);
    void setStale(bool stale);
    [[nodiscard]] bool isStale() const { return m_staleShown; }

    // The cell under a pixel of the widget; false outside the map or before any frame.
    bool cellAt(const QPointF &pixel, std::size_t *column, std::size_t *row) const;
    // The pixel at the centre of a cell.
    [[nodiscard]] QPointF cellCentre(std::size_t column, std::size_t row) const;
    // What hovering over that pixel shows: b, c, the peak, the margin and the time.
    [[nodiscard]] QString textAt(const QPointF &pixel) const;

    [[nodiscard]] QCPColorMap *colorMap() const { return m_map; }
    [[nodiscard]] QCPColorScale *colorScale() const { return m_scale; }
    [[nodiscard]] QCPCurve *boundary() const { return m_boundary; }
    [[nodiscard]] QCPItemTracer *currentMark() const { return m_current; }
    [[nodiscard]] QCPItemText *currentLabel() const { return m_currentLabel; }
    [[nodiscard]] QCPItemText *boundaryLabel() const { return m_boundaryLabel; }

signals:
    void cellClicked(qint64 batch, qint64 seqLen);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillMap();
    void placeMarks();
    // Makes the cells without an estimate show as "no figure" rather than as 0 %.
    void showMissing(bool any);
    void placeBoundaryLabel();
    // The time scale over the fitting cells' hours, lo to hi.
    void fitTimeScale(double lo, double hi);
    void styleScale();
    // Labels every octave, or every second, third… one, as many as the axis holds; captions as
    // long as the axis holds.
    // Returns whether anything changed (then the whole chart needs a replot).
    bool fitTicks();

    const FitMapFrame *m_frame = nullptr;
    Mode m_mode = Mode::Memory;
    double m_zoom = 1;
    chartstyle::Ink m_ink;
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QCPCurve *m_halo = nullptr; // a light band under the boundary, readable on any colour
    QCPCurve *m_boundary = nullptr;
    QCPItemTracer *m_current = nullptr;
    QCPItemText *m_currentLabel = nullptr;
    QCPItemText *m_boundaryLabel = nullptr;
    QCPLayer *m_marks = nullptr;
    std::unique_ptr<chartstyle::StaleVeil> m_veil;
    bool m_staleShown = false;
    QSize m_laidOut; // the widget's size at the last layout, for fitTicks() between layouts
    std::array<int, 3> m_xTicks {}, m_yTicks {}; // the ticks' first and last octave and step
    bool m_timeDecades = true;        // the time scale spans whole decades (a log ticker)
    QVector<double> m_keys, m_values; // the boundary's points, reused
    // What the memory map's cells were drawn from, to skip redrawing cells that did not change.
    bool m_shownValid = false;
    std::int64_t m_shownGpu = 0;
    std::vector<std::int64_t> m_shownBatches, m_shownSeqLens, m_shownPeaks;
};

} // namespace ts::ui
