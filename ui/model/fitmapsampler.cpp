// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fitmapsampler.h"

#include "format.h"

#include <QCoreApplication>

#include <algorithm>

namespace ts::ui {

const FitMapFrame &FitMapSampler::sample(const Scenario &scenario, const Estimate &e,
                                         MemoryUnit unit, std::size_t cells)
{
    // PyTorch eager's peak takes one estimate per cell (core/fitmap.cpp): a coarser grid keeps
    // a slider's drag smooth.
    if (scenario.options.accounting != Accounting::Lecture)
        cells = std::min(cells, kPerCellCells);
    const FitMapRange r = fitMapRange(scenario, e);
    m_batches = log2Samples(r.batchLo, r.batchHi, cells);
    m_seqLens = log2Samples(r.seqLenLo, r.seqLenHi, cells);
    fitMap(scenario, m_batches, m_seqLens, m_frame.grid);
    m_frame.batch = scenario.model.batch;
    m_frame.seqLen = scenario.model.seqLen;
    m_frame.unit = unit;
    return m_frame;
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ts::ui::FitMap", text);
}

} // namespace

QString fitMapCellText(const FitMapFrame &frame, std::size_t column, std::size_t row)
{
    const FitMapGrid &g = frame.grid;
    const std::size_t at = g.index(row, column);
    QString text = tr("b = %1, c = %2")
                           .arg(Format::count(g.batches[column]), Format::count(g.seqLens[row]));
    const std::int64_t peak = g.peakBytes[at];
    if (peak < 0)
        return text + QLatin1Char('\n') + tr("no estimate: a count overflows");
    const MemoryUnit unit = frame.unit;
    text += QLatin1Char('\n')
            + tr("peak %1, %2 of %3")
                      .arg(Format::bytes(double(peak), unit),
                           Format::share(double(peak) / double(g.gpuBytes)),
                           Format::bytes(double(g.gpuBytes), unit));
    const std::int64_t margin = g.gpuBytes - peak;
    if (margin < 0)
        return text + QLatin1Char('\n')
                + tr("does not fit: margin −%1").arg(Format::bytes(double(-margin), unit));
    return text + QLatin1Char('\n') + tr("fits: margin %1").arg(Format::bytes(double(margin), unit))
            + QLatin1Char('\n') + tr("training time %1").arg(Format::duration(g.seconds[at]));
}

} // namespace ts::ui
