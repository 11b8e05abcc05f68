// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace ts {

// The largest n ≥ 1 with fits(n), for a predicate that holds on a prefix [1, answer] (peak memory
// grows with b and with c); 0 when fits(1) is false. Doubles, then bisects: O(log answer) calls.
template<typename Fits>
[[nodiscard]] std::int64_t largestFittingPrefix(Fits fits)
{
    constexpr std::int64_t kLimit = std::int64_t(1) << 40;
    if (!fits(1))
        return 0;
    std::int64_t lo = 1, hi = 2;
    while (hi < kLimit && fits(hi)) {
        lo = hi;
        hi *= 2;
    }
    while (hi - lo > 1) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        (fits(mid) ? lo : hi) = mid;
    }
    return lo;
}

} // namespace ts
