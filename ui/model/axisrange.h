// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

// Axis bounds that move in steps: a chart whose range follows every slider step jumps as a whole,
// while one whose range changes only now and then lets the eye follow the marker.
namespace ts::ui::axisrange {

// The smallest of 1, 2 and 5 times a power of ten that is at least need (need ≥ 1).
[[nodiscard]] std::int64_t niceWhole(std::int64_t need);

// The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 and 8 times a power of ten that is at least
// need (need > 0): finer steps for a value axis, so it wastes little height.
[[nodiscard]] double niceReal(double need);

// Keeps previous while it still holds need and is not more than slack times need (so a small
// move keeps the axis still), else the nice bound of need. previous ≤ 0 means none yet.
[[nodiscard]] std::int64_t stableWhole(std::int64_t need, std::int64_t previous, double slack);
[[nodiscard]] double stableReal(double need, double previous, double slack);

} // namespace ts::ui::axisrange
