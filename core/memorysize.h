// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace ts {

// Decimal (GB = 10⁹ bytes) and binary (GiB = 2³⁰ bytes) units. The lecture writes
// "24GB = 24·1024³" and then uses 24·10⁹; TrainScope keeps the two apart and lets the user choose.
enum class MemoryUnit { Bytes, MB, MiB, GB, GiB, TB, TiB };

[[nodiscard]] std::int64_t bytesPerUnit(MemoryUnit unit);
[[nodiscard]] const char *unitSymbol(MemoryUnit unit);

// Parses "24GiB", "24 GB", "80gib", "1.5TB" or a plain byte count "25769803776". Returns nothing
// for malformed text, a missing number, an unknown unit, a value ≤ 0 or one beyond 2⁶³ bytes.
[[nodiscard]] std::optional<std::int64_t> parseMemorySize(const std::string &text);

} // namespace ts
