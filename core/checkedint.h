// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace ts {

// A signed 64-bit count that remembers whether any operation producing it overflowed, so that
// element and byte counts are either exact or reported as overflowed, never silently wrapped.
class CheckedInt
{
public:
    constexpr CheckedInt() = default;
    constexpr CheckedInt(std::int64_t value)
        : m_value(value)
    { } // NOLINT: implicit on purpose

    [[nodiscard]] constexpr std::int64_t value() const { return m_value; }
    [[nodiscard]] constexpr bool overflowed() const { return m_overflow; }

    friend CheckedInt operator+(CheckedInt a, CheckedInt b)
    {
        CheckedInt r;
        r.m_overflow = a.m_overflow || b.m_overflow
                || __builtin_add_overflow(a.m_value, b.m_value, &r.m_value);
        return r;
    }
    friend CheckedInt operator-(CheckedInt a, CheckedInt b)
    {
        CheckedInt r;
        r.m_overflow = a.m_overflow || b.m_overflow
                || __builtin_sub_overflow(a.m_value, b.m_value, &r.m_value);
        return r;
    }
    friend CheckedInt operator*(CheckedInt a, CheckedInt b)
    {
        CheckedInt r;
        r.m_overflow = a.m_overflow || b.m_overflow
                || __builtin_mul_overflow(a.m_value, b.m_value, &r.m_value);
        return r;
    }
    CheckedInt &operator+=(CheckedInt o) { return *this = *this + o; }

private:
    std::int64_t m_value = 0;
    bool m_overflow = false;
};

// a / b rounded up, for b > 0, without forming a + b − 1 (which can pass 2⁶³ for a near it).
[[nodiscard]] inline CheckedInt ceilDiv(CheckedInt a, std::int64_t b)
{
    return a.overflowed() ? a : CheckedInt(a.value() / b + (a.value() % b != 0 ? 1 : 0));
}

} // namespace ts
