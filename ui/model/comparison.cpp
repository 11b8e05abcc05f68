// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "format.h"

#include <cmath>

namespace ts::ui {

const std::vector<Metric> &comparisonMetrics()
{
    static const std::vector<Metric> metrics = {
        { "parameters", QT_TRANSLATE_NOOP("ts::ui::Comparison", "Parameters"), MetricKind::Count,
          [](const Estimate &e) { return double(e.params.total); } },
        { "peak_bytes", QT_TRANSLATE_NOOP("ts::ui::Comparison", "Peak memory per GPU"),
          MetricKind::Bytes, [](const Estimate &e) { return double(e.memory.peak); } },
        { "weights_bytes", QT_TRANSLATE_NOOP("ts::ui::Comparison", "  weights"), MetricKind::Bytes,
          [](const Estimate &e) { return double(e.memory.parameters); } },
        { "gradients_bytes", QT_TRANSLATE_NOOP("ts::ui::Comparison", "  gradients"),
          MetricKind::Bytes, [](const Estimate &e) { return double(e.memory.gradients); } },
        { "optimizer_states_bytes", QT_TRANSLATE_NOOP("ts::ui::Comparison", "  optimizer states"),
          MetricKind::Bytes, [](const Estimate &e) { return double(e.memory.optimizerStates); } },
        { "activations_bytes", QT_TRANSLATE_NOOP("ts::ui::Comparison", "  activations"),
          MetricKind::Bytes, [](const Estimate &e) { return double(e.memory.activations); } },
        { "margin_bytes", QT_TRANSLATE_NOOP("ts::ui::Comparison", "Margin (GPU − peak)"),
          MetricKind::Bytes, [](const Estimate &e) { return double(e.marginBytes); } },
        { "max_batch", QT_TRANSLATE_NOOP("ts::ui::Comparison", "Max batch (exact)"),
          MetricKind::Count, [](const Estimate &e) { return double(e.maxBatch.exact); } },
        { "flops_per_step", QT_TRANSLATE_NOOP("ts::ui::Comparison", "FLOPs per step"),
          MetricKind::Flops, [](const Estimate &e) { return e.flops.total; } },
        { "training_seconds", QT_TRANSLATE_NOOP("ts::ui::Comparison", "Training time"),
          MetricKind::Seconds, [](const Estimate &e) { return e.training.seconds; } },
    };
#undef N
    return metrics;
}

Difference difference(double value, double base)
{
    Difference d { value - base, std::nullopt };
    if (base != 0)
        d.relative = (value - base) / std::fabs(base);
    return d;
}

QString Comparison::value(const Metric &m, double v, MemoryUnit unit)
{
    switch (m.kind) {
    case MetricKind::Count: return Format::count(v);
    case MetricKind::Bytes:
        return v < 0 ? QStringLiteral("−") + Format::bytes(-v, unit) : Format::bytes(v, unit);
    case MetricKind::Flops: return Format::flops(v);
    case MetricKind::Seconds: return Format::duration(v);
    }
    return {};
}

QString Comparison::difference(const Metric &m, double value, double base, MemoryUnit unit)
{
    const Difference d = ts::ui::difference(value, base);
    if (d.absolute == 0)
        return QStringLiteral("±0");
    const QString sign = d.absolute > 0 ? QStringLiteral("+") : QStringLiteral("−");
    QString magnitude = Comparison::value(m, std::fabs(d.absolute), unit);
    if (m.kind == MetricKind::Seconds)
        magnitude = Format::duration(std::fabs(d.absolute));
    QString text = sign + magnitude;
    if (d.relative)
        text += QStringLiteral(" (%1%2)").arg(sign, Format::percent(std::fabs(*d.relative)));
    return text;
}

std::vector<QStringList> Comparison::table(const std::vector<Compared> &columns, int base,
                                           MemoryUnit unit)
{
    std::vector<QStringList> rows;
    QStringList header { QString() };
    for (const Compared &c : columns)
        header << c.name;
    rows.push_back(header);
    const bool haveBase = base >= 0 && base < int(columns.size());
    for (const Metric &m : comparisonMetrics()) {
        QStringList row { tr(m.label) };
        for (int i = 0; i < int(columns.size()); ++i) {
            const double v = m.get(*columns[std::size_t(i)].estimate);
            QString cell = value(m, v, unit);
            if (haveBase && i != base)
                cell += QLatin1Char('\n')
                        + difference(m, v, m.get(*columns[std::size_t(base)].estimate), unit);
            row << cell;
        }
        rows.push_back(row);
    }
    QStringList verdict { tr("Fits the GPU") };
    for (const Compared &c : columns)
        verdict << (c.estimate->fits ? tr("yes") : tr("no"));
    rows.push_back(verdict);
    return rows;
}

QString Comparison::markdown(const std::vector<Compared> &columns, int base, MemoryUnit unit)
{
    const std::vector<QStringList> rows = table(columns, base, unit);
    const auto line = [](const QStringList &cells) {
        QStringList escaped;
        for (const QString &c : cells)
            escaped << QString(c)
                               .replace(QLatin1Char('|'), QLatin1String("\\|"))
                               .replace(QLatin1Char('\n'), QLatin1Char(' '))
                               .trimmed();
        return QStringLiteral("| %1 |\n").arg(escaped.join(QStringLiteral(" | ")));
    };
    QString out = line(rows.front());
    QStringList rule { QStringLiteral("---") };
    for (int i = 1; i < rows.front().size(); ++i)
        rule << QStringLiteral("---:");
    out += line(rule);
    for (std::size_t r = 1; r < rows.size(); ++r)
        out += line(rows[r]);
    return out;
}

} // namespace ts::ui
