// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchreport.h"

#include "format.h"
#include "jsonreport.h"
#include "options.h"
#include "search.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ts::cli {

namespace {

QJsonValue integer(std::int64_t n)
{
    return QJsonValue(qint64(n));
}

// The flags that load a candidate on top of the others: what the window's row click sets.
QString flagsOf(const LayoutCandidate &c)
{
    QString flags = QStringLiteral("--tp %1 --pp %2 --cp %3 --batch %4 --micro-batches %5 "
                                   "--zero %6 --checkpointing %7")
                            .arg(c.tp)
                            .arg(c.pp)
                            .arg(c.cp)
                            .arg(c.microBatch)
                            .arg(c.microBatches)
                            .arg(c.zeroStage)
                            .arg(QLatin1String(keyOf(c.checkpointing)));
    if (c.tp > 1)
        flags += QStringLiteral(" --sp");
    if (c.chunks > 1)
        flags += QStringLiteral(" --pp-schedule interleaved --pp-chunks %1").arg(c.chunks);
    if (c.flashAttention)
        flags += QStringLiteral(" --flash-attention");
    if (c.ep > 1)
        flags += QStringLiteral(" --ep %1").arg(c.ep);
    return flags;
}

QJsonObject candidateJson(const LayoutCandidate &c)
{
    return {
        { "tensor_parallel", integer(c.tp) },
        { "sequence_parallel", c.tp > 1 },
        { "pipeline_parallel", integer(c.pp) },
        { "pipeline_schedule", c.chunks > 1 ? "interleaved" : "1f1b" },
        { "pipeline_chunks", integer(c.chunks) },
        { "context_parallel", integer(c.cp) },
        { "data_parallel", integer(c.dp) },
        { "expert_parallel", integer(c.ep) },
        { "batch", integer(c.microBatch) },
        { "micro_batches", integer(c.microBatches) },
        { "zero", c.zeroStage },
        { "checkpointing", QLatin1String(keyOf(c.checkpointing)) },
        { "flash_attention", c.flashAttention },
        { "peak_bytes", integer(c.peakBytes) },
        { "seconds_per_step", c.secondsPerStep },
        { "hours", c.hours },
        { "modelled_mfu", c.modelledMfu },
        { "breakdown_seconds_per_step", breakdownJson(c.breakdown) },
        { "flags", flagsOf(c) },
    };
}

QString table(const LayoutSearch &r)
{
    QStringList lines;
    lines << QStringLiteral("%1 layouts of a global batch of %2 sequences: %3 fit.")
                     .arg(r.candidates)
                     .arg(r.globalBatch)
                     .arg(r.fitting);
    lines << QString();
    lines << QStringLiteral("| # | t | p | v | cp | DP | ep | b | m | ZeRO | recompute | flash | "
                            "peak/GPU | s/step | MFU | hours |");
    lines << QStringLiteral("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    int rank = 0;
    for (const LayoutCandidate &c : r.best)
        lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 | "
                                "%13 | %14 | %15 | %16 |")
                         .arg(++rank)
                         .arg(c.tp)
                         .arg(c.pp)
                         .arg(c.chunks)
                         .arg(c.cp)
                         .arg(c.dp)
                         .arg(c.ep)
                         .arg(c.microBatch)
                         .arg(c.microBatches)
                         .arg(c.zeroStage)
                         .arg(QLatin1String(keyOf(c.checkpointing)),
                              c.flashAttention ? QStringLiteral("on") : QStringLiteral("off"),
                              ui::Format::bytes(double(c.peakBytes), MemoryUnit::GiB),
                              QString::number(c.secondsPerStep, 'g', 4),
                              QString::number(c.modelledMfu * 100, 'f', 1) + QLatin1Char('%'),
                              QString::number(c.hours, 'f', 1));
    lines << QString();
    QStringList excluded;
    for (std::size_t i = 0; i < kExclusionCount; ++i)
        excluded << QStringLiteral("%1 %2")
                            .arg(r.excluded[i])
                            .arg(QLatin1String(keyOf(Exclusion(i))));
    lines << QStringLiteral("Excluded: ") + excluded.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (!r.best.empty())
        lines << QStringLiteral("The fastest, as flags: ") + flagsOf(r.best.front());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString parseSearch(const QCommandLineParser &parser, Request &request)
{
    request.search = parser.isSet(QStringLiteral("search"));
    const bool batchGiven = parser.isSet(QStringLiteral("global-batch"));
    if (batchGiven && !request.search)
        return QStringLiteral("--global-batch: only valid together with --search");
    if (request.search && request.explain)
        return QStringLiteral("--search: not together with --explain");
    if (request.search && parser.isSet(QStringLiteral("compare")))
        return QStringLiteral("--search: not together with --compare");
    if (batchGiven) {
        bool ok = false;
        const QString text = parser.value(QStringLiteral("global-batch"));
        const qlonglong n = text.trimmed().toLongLong(&ok);
        if (!ok || n < 1 || n > (qlonglong(1) << 40))
            return QStringLiteral("--global-batch: '%1' is not valid; expected a whole number "
                                  "from 1 to 1099511627776")
                    .arg(text);
        request.globalBatch = n;
    }
    return {};
}

QString searchReport(const Scenario &s, std::int64_t globalBatch, bool json)
{
    const LayoutSearch r = searchLayouts(s, 20, globalBatch);
    if (!json)
        return table(r);
    QJsonArray best;
    for (const LayoutCandidate &c : r.best)
        best.append(candidateJson(c));
    QJsonObject excluded;
    for (std::size_t i = 0; i < kExclusionCount; ++i)
        excluded.insert(QLatin1String(keyOf(Exclusion(i))), integer(r.excluded[i]));
    const QJsonObject out {
        { "global_batch", integer(r.globalBatch) },
        { "gpus", integer(s.hardware.gpus) },
        { "candidates", integer(r.candidates) },
        { "fitting", integer(r.fitting) },
        { "excluded", excluded },
        { "best", best },
    };
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace ts::cli
