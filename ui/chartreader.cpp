// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartreader.h"

#include "chartsampler.h"

#include <QMouseEvent>
#include <QToolTip>
#include <qcustomplot.h>

namespace ts::ui {

ChartReader::ChartReader(QCustomPlot *plot, const ChartSampler *sampler, Describe describe)
    : QObject(plot)
    , m_plot(plot)
    , m_sampler(sampler)
    , m_describe(std::move(describe))
{
    plot->setMouseTracking(true);
    plot->setCursor(Qt::CrossCursor); // a point to read, and to pick
    plot->installEventFilter(this);
}

std::ptrdiff_t ChartReader::sampleAt(double pixelX) const
{
    const ChartFrame &frame = m_sampler->frame();
    if (!frame.series || frame.series->size() == 0)
        return -1;
    const QRect area = m_plot->axisRect()->rect();
    if (pixelX < area.left() || pixelX > area.right())
        return -1;
    const std::optional<std::size_t> i
            = ChartSampler::nearest(*frame.series, m_plot->xAxis->pixelToCoord(pixelX));
    return i ? std::ptrdiff_t(*i) : -1;
}

QString ChartReader::readout(double pixelX) const
{
    const std::ptrdiff_t i = sampleAt(pixelX);
    return i < 0 ? QString() : m_describe(m_sampler->frame(), std::size_t(i));
}

bool ChartReader::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_plot)
        return false;
    switch (event->type()) {
    case QEvent::MouseMove: {
        const auto *e = static_cast<QMouseEvent *>(event);
        const bool inside = m_plot->axisRect()->rect().contains(e->position().toPoint());
        const QString text = inside ? readout(e->position().x()) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(e->globalPosition().toPoint(), text, m_plot);
        break;
    }
    case QEvent::Leave: QToolTip::hideText(); break;
    case QEvent::MouseButtonPress: {
        const auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton)
            m_pressed = e->position().toPoint();
        break;
    }
    case QEvent::MouseButtonRelease: {
        // A click, not a drag: the pointer stayed within a few pixels.
        const auto *e = static_cast<QMouseEvent *>(event);
        const QPoint at = e->position().toPoint();
        const bool click = e->button() == Qt::LeftButton && m_pressed.x() >= 0
                && (at - m_pressed).manhattanLength() <= 4
                && m_plot->axisRect()->rect().contains(at);
        m_pressed = { -1, -1 };
        if (!click)
            break;
        const std::ptrdiff_t i = sampleAt(at.x());
        if (i >= 0)
            emit picked(std::int64_t(m_sampler->frame().series->x[std::size_t(i)]));
        break;
    }
    default: break;
    }
    return false;
}

} // namespace ts::ui
