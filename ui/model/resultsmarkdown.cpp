// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsmarkdown.h"

#include "exportnaming.h"
#include "format.h"

#include <QCoreApplication>
#include <QStringList>

namespace ts::ui {

namespace {

// The file's own translation context, declared so that lupdate files its texts under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ts::ui::resultsmarkdown)
};

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
    row(Text::tr("Parameters N"), Format::count(e.params.total));
    row(Text::tr("Peak memory per GPU"),
        Text::tr("%1 of %2 (%3)")
                .arg(bytes(m.peak), bytes(s.hardware.gpuMemoryBytes),
                     Format::share(double(m.peak) / double(s.hardware.gpuMemoryBytes))));
    row(Text::tr("Fits"),
        e.fits ? Text::tr("yes, %1 to spare").arg(bytes(e.marginBytes))
               : Text::tr("no, %1 over").arg(bytes(-e.marginBytes)));
    row(Text::tr("Weights"), bytes(m.parameters));
    row(Text::tr("Gradients"), bytes(m.gradients));
    row(Text::tr("Optimizer states"), bytes(m.optimizerStates));
    row(Text::tr("Activations"), bytes(m.activations));
    row(Text::tr("Largest batch that fits"), Format::count(e.maxBatch.exact));
    row(Text::tr("FLOPs per step (forward + backward + optimizer)"), Format::flops(e.flops.total));
    row(Text::tr("Optimizer steps"), Format::count(e.training.optimizerSteps));
    row(Text::tr("Training time"),
        Text::tr("%1 (%2 h)")
                .arg(Format::duration(e.training.seconds), Format::decimal(e.training.hours, 2)));
    return exportCaption(s, presets, version)
            + QStringLiteral("\n\n| %1 | %2 |\n|---|---:|\n")
                      .arg(Text::tr("Figure"), Text::tr("Value"))
            + rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ts::ui
