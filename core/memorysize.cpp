// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorysize.h"

#include <array>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <utility>

namespace ts {

namespace {

constexpr std::array<std::pair<const char *, MemoryUnit>, 9> kSuffixes = { {
        { "b", MemoryUnit::Bytes },
        { "mb", MemoryUnit::MB },
        { "mib", MemoryUnit::MiB },
        { "gb", MemoryUnit::GB },
        { "gib", MemoryUnit::GiB },
        { "tb", MemoryUnit::TB },
        { "tib", MemoryUnit::TiB },
        { "", MemoryUnit::Bytes },
        { "bytes", MemoryUnit::Bytes },
} };

std::string lowerTrimmed(const std::string &s)
{
    std::string out;
    for (char ch : s) {
        if (!std::isspace(static_cast<unsigned char>(ch)))
            out.push_back(char(std::tolower(static_cast<unsigned char>(ch))));
    }
    return out;
}

} // namespace

std::int64_t bytesPerUnit(MemoryUnit unit)
{
    switch (unit) {
    case MemoryUnit::Bytes: return 1;
    case MemoryUnit::MB: return 1000 * 1000;
    case MemoryUnit::MiB: return std::int64_t(1) << 20;
    case MemoryUnit::GB: return 1000 * 1000 * 1000;
    case MemoryUnit::GiB: return std::int64_t(1) << 30;
    case MemoryUnit::TB: return std::int64_t(1000) * 1000 * 1000 * 1000;
    case MemoryUnit::TiB: return std::int64_t(1) << 40;
    }
    return 1;
}

const char *unitSymbol(MemoryUnit unit)
{
    switch (unit) {
    case MemoryUnit::Bytes: return "B";
    case MemoryUnit::MB: return "MB";
    case MemoryUnit::MiB: return "MiB";
    case MemoryUnit::GB: return "GB";
    case MemoryUnit::GiB: return "GiB";
    case MemoryUnit::TB: return "TB";
    case MemoryUnit::TiB: return "TiB";
    }
    return "B";
}

std::optional<std::int64_t> parseMemorySize(const std::string &text)
{
    const std::string s = lowerTrimmed(text);
    std::size_t numberEnd = 0;
    while (numberEnd < s.size()
           && (std::isdigit(static_cast<unsigned char>(s[numberEnd])) || s[numberEnd] == '.'))
        ++numberEnd;
    if (numberEnd == 0)
        return std::nullopt;
    const std::string number = s.substr(0, numberEnd);
    const std::string suffix = s.substr(numberEnd);

    std::optional<MemoryUnit> unit;
    for (const auto &[name, u] : kSuffixes) {
        if (suffix == name)
            unit = u;
    }
    if (!unit)
        return std::nullopt;

    if (number.find('.') == std::string::npos) {
        // Whole numbers stay exact: "25769803776" or "24GiB" without a trip through double.
        errno = 0;
        char *end = nullptr;
        const long long whole = std::strtoll(number.c_str(), &end, 10);
        std::int64_t bytes = 0;
        if (errno == ERANGE || *end != '\0' || whole <= 0
            || __builtin_mul_overflow(std::int64_t(whole), bytesPerUnit(*unit), &bytes))
            return std::nullopt;
        return bytes;
    }
    char *end = nullptr;
    const double value = std::strtod(number.c_str(), &end);
    if (*end != '\0' || !(value > 0))
        return std::nullopt;
    const double bytes = std::round(value * double(bytesPerUnit(*unit)));
    if (!(bytes >= 1) || bytes >= 9.2e18)
        return std::nullopt;
    return std::int64_t(bytes);
}

} // namespace ts
