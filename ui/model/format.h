// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memorysize.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace ts::ui {

// Every number the window shows becomes text here, and only here. Uses the default QLocale for
// digit grouping and the decimal mark.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(ts::ui::Format)

public:
    // Bytes in the given unit, at least four significant digits: "5.23 GiB", "123.4 GB",
    // "33,686 GB".
    [[nodiscard]] static QString bytes(double bytes, MemoryUnit unit);
    // Bytes divided by the unit, for chart axes.
    [[nodiscard]] static double inUnit(double bytes, MemoryUnit unit);
    [[nodiscard]] static QString unitName(MemoryUnit unit);
    // FLOPs with an SI prefix and three significant digits: "1.48 PFLOP".
    [[nodiscard]] static QString flops(double flops);
    // A peak in TFLOP/s with up to two decimals, as the presets give it: "35.58 TFLOP/s",
    // "989.4 TFLOP/s", "2,250 TFLOP/s".
    [[nodiscard]] static QString flopsPerSecond(double flopsPerSecond);
    // Wall-clock time as h:mm:ss, with whole days in front when it is a day or more.
    [[nodiscard]] static QString duration(double seconds);
    // Seconds as a grouped whole number: "10,462 s".
    [[nodiscard]] static QString seconds(double seconds);
    // A short time with three significant digits: "10.2 ms", "0.856 s", "12.1 s"; whole
    // seconds from 1,000 s on.
    [[nodiscard]] static QString shortTime(double seconds);
    // Whole numbers with digit grouping: "124,438,528".
    [[nodiscard]] static QString count(std::int64_t n);
    [[nodiscard]] static QString count(double n);
    // Large counts in words of a projector slide: "124.4 M", "1.3 B".
    [[nodiscard]] static QString compact(double n);
    // A fraction as a percentage with one decimal: 0.4321 -> "43.2%".
    [[nodiscard]] static QString percent(double fraction);
    // A share of a whole: a percentage up to 1000%, then a multiple ("1,404×"), which stays
    // short and readable when a configuration is far too large.
    [[nodiscard]] static QString share(double fraction);
    [[nodiscard]] static QString decimal(double value, int decimals);
};

} // namespace ts::ui
