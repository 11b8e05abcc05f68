// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliparser.h"
#include "scenario.h"

#include <QString>

class QCommandLineParser;

#include <cstdint>

namespace ts::cli {

// `trainscope --search [--json]`: the fastest layouts that fit (docs/formulas.md §8.11), as a
// Markdown table or as JSON with each one's memory, time breakdown and the flags that load it,
// and the excluded candidates counted by reason. globalBatch 0 keeps the scenario's b·m·DP.
[[nodiscard]] QString searchReport(const Scenario &s, std::int64_t globalBatch, bool json);

// Reads --search and --global-batch into request; an error line, or empty.
[[nodiscard]] QString parseSearch(const QCommandLineParser &parser, Request &request);

} // namespace ts::cli
