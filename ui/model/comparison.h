// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "memorysize.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Configurations side by side: the figures a comparison shows and their differences to a
// baseline (the first pin), for the window's Compare tab, `--compare`'s JSON and its Markdown.
namespace ts::ui {

enum class MetricKind { Count, Bytes, Flops, Seconds };

struct Metric
{
    const char *key;   // JSON: "peak_bytes"
    const char *label; // "Peak memory", translated in the "ts::ui::Comparison" context
    MetricKind kind;
    double (*get)(const Estimate &e);
};

// Parameters, peak memory and its parts, margin, max batch, FLOPs per step, training time.
[[nodiscard]] const std::vector<Metric> &comparisonMetrics();

struct Compared
{
    QString name;
    const Estimate *estimate = nullptr; // valid (ok())
};

// A difference to the baseline: absolute, and relative when the baseline is not 0.
struct Difference
{
    double absolute = 0;
    std::optional<double> relative; // (value − base) / |base|
};
[[nodiscard]] Difference difference(double value, double base);

class Comparison
{
    Q_DECLARE_TR_FUNCTIONS(ts::ui::Comparison)

public:
    // A metric's value as the results show it ("5.23 GiB", "266,888,192", "2:54:21").
    [[nodiscard]] static QString value(const Metric &m, double v, MemoryUnit unit);
    // "+1.20 GiB (+23.1%)", "−63 (−100.0%)", "±0"; empty for the baseline itself.
    [[nodiscard]] static QString difference(const Metric &m, double value, double base,
                                            MemoryUnit unit);
    // One row per metric, a column per configuration, each cell the value and (beyond the
    // baseline column `base`) its difference on a second line; plus the verdict row. Header
    // first.
    [[nodiscard]] static std::vector<QStringList> table(const std::vector<Compared> &columns,
                                                        int base, MemoryUnit unit);
    // The table as GitHub Markdown.
    [[nodiscard]] static QString markdown(const std::vector<Compared> &columns, int base,
                                          MemoryUnit unit);
};

} // namespace ts::ui
