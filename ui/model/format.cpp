// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QLocale>

#include <array>
#include <cmath>

namespace ts::ui {

namespace {

constexpr const char *kDash = "\u2013";

// Three significant digits, the precision a slide can carry.
QString significant3(double value)
{
    const double a = std::abs(value);
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : 2;
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

double Format::inUnit(double bytes, MemoryUnit unit)
{
    return bytes / double(bytesPerUnit(unit));
}

QString Format::unitName(MemoryUnit unit)
{
    return QString::fromLatin1(unitSymbol(unit));
}

QString Format::bytes(double bytes, MemoryUnit unit)
{
    if (!std::isfinite(bytes))
        return QString::fromUtf8(kDash);
    const double value = inUnit(bytes, unit);
    const double a = std::abs(value);
    const int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : 2;
    //: %1 is a number, %2 a memory unit such as GiB or GB
    return tr("%1 %2").arg(QLocale().toString(value, 'f', decimals), unitName(unit));
}

QString Format::flops(double flops)
{
    if (!std::isfinite(flops))
        return QString::fromUtf8(kDash);
    struct Prefix
    {
        double scale;
        const char *name;
    };
    static constexpr std::array<Prefix, 7> prefixes { { { 1e21, "ZFLOP" },
                                                        { 1e18, "EFLOP" },
                                                        { 1e15, "PFLOP" },
                                                        { 1e12, "TFLOP" },
                                                        { 1e9, "GFLOP" },
                                                        { 1e6, "MFLOP" },
                                                        { 1e3, "kFLOP" } } };
    for (const Prefix &p : prefixes) {
        // Compare after rounding so that 999.6 TFLOP is shown as 1.00 PFLOP, not "1000 TFLOP".
        if (std::abs(flops) >= p.scale * 0.9995)
            return tr("%1 %2").arg(significant3(flops / p.scale), QString::fromLatin1(p.name));
    }
    return tr("%1 FLOP").arg(significant3(flops));
}

QString Format::flopsPerSecond(double flopsPerSecond)
{
    if (!std::isfinite(flopsPerSecond))
        return QString::fromUtf8(kDash);
    const double tera = flopsPerSecond / 1e12;
    // Up to two decimals, without trailing zeros: the presets' own precision.
    QString digits = QLocale().toString(tera, 'f', 2);
    const QChar point = QLocale().decimalPoint().front();
    while (digits.endsWith(QLatin1Char('0')) && digits.contains(point))
        digits.chop(1);
    if (digits.endsWith(point))
        digits.chop(1);
    //: a peak FLOP/s figure in TFLOP/s
    return tr("%1 TFLOP/s").arg(digits);
}

QString Format::duration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QString::fromUtf8(kDash);
    if (seconds >= 9.0e15) // beyond exact whole seconds in a double
        return tr("%1 years").arg(compact(seconds / (365.25 * 86400)));
    const auto total = std::int64_t(std::llround(seconds));
    const std::int64_t days = total / 86400;
    const std::int64_t h = (total % 86400) / 3600;
    const std::int64_t m = (total % 3600) / 60;
    const std::int64_t s = total % 60;
    const QString mmss = QStringLiteral("%1:%2")
                                 .arg(m, 2, 10, QLatin1Char('0'))
                                 .arg(s, 2, 10, QLatin1Char('0'));
    if (days == 0)
        return QStringLiteral("%1:%2").arg(h).arg(mmss);
    //: days, then hours:minutes:seconds
    return tr("%1 d %2:%3").arg(count(days)).arg(h, 2, 10, QLatin1Char('0')).arg(mmss);
}

QString Format::seconds(double seconds)
{
    return tr("%1 s").arg(count(seconds));
}

QString Format::shortTime(double seconds)
{
    if (!std::isfinite(seconds))
        return tr("%1 s").arg(count(seconds));
    if (seconds >= 1000)
        return Format::seconds(seconds);
    if (seconds < 0.1)
        return tr("%1 ms").arg(QLocale().toString(seconds * 1000, 'g', 3));
    return tr("%1 s").arg(QLocale().toString(seconds, 'g', 3));
}

QString Format::count(std::int64_t n)
{
    return QLocale().toString(qlonglong(n));
}

QString Format::count(double n)
{
    if (!std::isfinite(n))
        return QString::fromUtf8(kDash);
    return QLocale().toString(std::round(n), 'f', 0);
}

QString Format::compact(double n)
{
    if (!std::isfinite(n))
        return QString::fromUtf8(kDash);
    const double a = std::abs(n);
    if (a >= 0.9995e12)
        return tr("%1 T").arg(significant3(n / 1e12));
    if (a >= 0.9995e9)
        return tr("%1 B").arg(significant3(n / 1e9));
    if (a >= 0.9995e6)
        return tr("%1 M").arg(significant3(n / 1e6));
    if (a >= 0.9995e3)
        return tr("%1 k").arg(significant3(n / 1e3));
    return count(n);
}

QString Format::percent(double fraction)
{
    if (!std::isfinite(fraction))
        return QString::fromUtf8(kDash);
    return tr("%1%").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString Format::share(double fraction)
{
    if (!std::isfinite(fraction) || std::abs(fraction) < 10)
        return percent(fraction);
    //: a multiple of a whole, e.g. "1,404×"
    return tr("%1×").arg(count(fraction));
}

QString Format::decimal(double value, int decimals)
{
    if (!std::isfinite(value))
        return QString::fromUtf8(kDash);
    return QLocale().toString(value, 'f', decimals);
}

} // namespace ts::ui
