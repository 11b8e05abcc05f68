// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "axisrange.h"

#include <cmath>
#include <initializer_list>
#include <limits>

namespace ts::ui::axisrange {

std::int64_t niceWhole(std::int64_t need)
{
    if (need <= 1)
        return 1;
    constexpr std::int64_t kLargest = std::numeric_limits<std::int64_t>::max() / 10;
    for (std::int64_t power = 1;; power *= 10) {
        for (std::int64_t mantissa : { 1, 2, 5 }) {
            if (mantissa * power >= need)
                return mantissa * power;
        }
        if (power > kLargest / 10)
            return need; // beyond the last power of ten that fits: the bound itself
    }
}

double niceReal(double need)
{
    if (!(need > 0) || !std::isfinite(need))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(need)));
    for (double mantissa : { 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0 }) {
        // A relative tolerance: need = 3·10⁻¹ may come out of log10 as 2.9999…·10⁻¹.
        if (mantissa * power >= need * (1 - 1e-12))
            return mantissa * power;
    }
    return 10 * power;
}

std::int64_t stableWhole(std::int64_t need, std::int64_t previous, double slack)
{
    if (previous >= need && double(previous) <= slack * double(need))
        return previous;
    return niceWhole(need);
}

double stableReal(double need, double previous, double slack)
{
    if (previous >= need && previous <= slack * need)
        return previous;
    return niceReal(need);
}

} // namespace ts::ui::axisrange
