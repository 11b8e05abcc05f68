// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsmarkdown.h"

#include "exportnaming.h"
#include "format.h"

#include <QCoreApplication>
#include <QStringList>

namespace ts::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ts::ui::resultsmarkdown", text);
}

} // namespace

QString resultsMarkdown(const Scenario &s, const PresetSelection &presets, const Estimate &e,
                        MemoryUnit unit, const QString &version)
{
    const MemoryBreakdown &m = e.memory;
    const auto bytes = [unit](std::int64_t n) { return Format::bytes(double(n), unit); };
    QStringList rows;
    const auto row = [&rows](const QString &name, const QString &value) {
        rows << QStringLiteral("| %1 | %2 |").arg(name, value);
    };
    row(tr("Parameters N"), Format::count(e.params.total));
    row(tr("Peak memory per GPU"),
        tr("%1 of %2 (%3)")
                .arg(bytes(m.peak), bytes(s.hardware.gpuMemoryBytes),
                     Format::share(double(m.peak) / double(s.hardware.gpuMemoryBytes))));
    row(tr("Fits"),
        e.fits ? tr("yes, %1 to spare").arg(bytes(e.marginBytes))
               : tr("no, %1 over").arg(bytes(-e.marginBytes)));
    row(tr("Weights"), bytes(m.parameters));
    row(tr("Gradients"), bytes(m.gradients));
    row(tr("Optimizer states"), bytes(m.optimizerStates));
    row(tr("Activations"), bytes(m.activations));
    row(tr("Largest batch that fits"), Format::count(e.maxBatch.exact));
    row(tr("FLOPs per step (forward + backward + optimizer)"), Format::flops(e.flops.total));
    row(tr("Optimizer steps"), Format::count(e.training.optimizerSteps));
    row(tr("Training time"),
        tr("%1 (%2 h)")
                .arg(Format::duration(e.training.seconds), Format::decimal(e.training.hours, 2)));
    return exportCaption(s, presets, version)
            + QStringLiteral("\n\n| %1 | %2 |\n|---|---:|\n").arg(tr("Figure"), tr("Value"))
            + rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ts::ui
