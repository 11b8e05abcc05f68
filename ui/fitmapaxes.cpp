// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fit map's axes and colour scale: what the colours mean, and ticks that fit.
#include "fitmapchart.h"

#include "chartstyle.h"
#include "format.h"
#include "palette.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ts::ui {

namespace {

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
    g.setLevelCount(FitMapChart::kMemoryLevels); // fillMap() puts every cell beyond 100 % on red
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

void FitMapChart::styleScale()
{
    auto *title = qobject_cast<QCPTextElement *>(plotLayout()->element(0, 0));
    if (m_mode == Mode::Memory) {
        if (title)
            title->setText(tr("Peak memory as a share of the GPU's"));
        m_scale->setDataScaleType(QCPAxis::stLinear);
        m_scale->setGradient(memoryGradient());
        m_scale->setDataRange(QCPRange(0, FitMapChart::kShareTop));
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

bool FitMapChart::fitTicks()
{
    const auto fit = [](QCPAxis *axis, int pixels, bool horizontal, std::array<int, 3> *shown) {
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
        const std::array<int, 3> key { first, last, step };
        if (key == *shown)
            return false;
        *shown = key;
        auto ticker = axis->ticker().dynamicCast<QCPAxisTickerText>();
        ticker->clear();
        for (int k = first; k <= last; ++k) {
            if (k % step == 0)
                ticker->addTick(k, powerOfTwo(k));
        }
        return true;
    };
    // The axis rect as the next layout will size it: the margins stay, and what the widget grew
    // since the last layout (a resize, or an export's size) goes to the map.
    const QSize grown = m_laidOut.isValid() ? size() - m_laidOut : QSize(0, 0);
    const int across
            = (axisRect()->width() > 1 ? axisRect()->width() : width() - 160) + grown.width();
    const int up
            = (axisRect()->height() > 1 ? axisRect()->height() : height() - 120) + grown.height();
    bool changed = fit(xAxis, across, true, &m_xTicks);
    changed |= fit(yAxis, up, false, &m_yTicks);
    // The longest caption the axis holds: a short map (a projector at 150 %) gets a short one.
    const auto caption = [](QCPAxis *axis, int room, const QStringList &candidates) {
        const QFontMetrics metrics(axis->labelFont());
        for (const QString &text : candidates) {
            if (metrics.horizontalAdvance(text) <= room || text == candidates.back())
                return chartstyle::setLabel(axis, text);
        }
        return false;
    };
    changed |= caption(
            xAxis, across,
            { tr("Batch size b (sequences, log₂ scale)"), tr("Batch size b (log₂)"), tr("b") });
    changed |= caption(
            yAxis, up,
            { tr("Sequence length c (tokens, log₂)"), tr("Sequence length c"), tr("c") });
    return changed;
}

} // namespace ts::ui
