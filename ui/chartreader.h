// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPoint>
#include <QString>

#include <cstdint>
#include <functional>

class QCustomPlot;

namespace ts::ui {

class ChartSampler;
struct ChartFrame;

// Reads a sweep chart with the mouse: hovering shows, in a tooltip, what the chart says at the
// sample nearest the pointer (every band's value, the time); a click picks that sample's x, for
// the window to set b or c to it. The frame is the sampler's current one.
class ChartReader : public QObject
{
    Q_OBJECT

public:
    // The text for sample i of the frame's series.
    using Describe = std::function<QString(const ChartFrame &frame, std::size_t i)>;

    ChartReader(QCustomPlot *plot, const ChartSampler *sampler, Describe describe);

    // The tooltip's text with the pointer at the pixel column x (empty outside the data).
    [[nodiscard]] QString readout(double pixelX) const;

signals:
    void picked(std::int64_t x);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The sample under the pixel column, or -1.
    [[nodiscard]] std::ptrdiff_t sampleAt(double pixelX) const;

    QCustomPlot *m_plot;
    const ChartSampler *m_sampler;
    Describe m_describe;
    QPoint m_pressed { -1, -1 };
};

} // namespace ts::ui
