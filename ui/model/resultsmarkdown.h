// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "memorysize.h"
#include "presets.h"
#include "scenario.h"

#include <QString>

namespace ts::ui {

// The results as a GitHub-flavoured Markdown table for a report (Ctrl+C on the results): the
// configuration in a line above, then each figure the window shows with its value.
[[nodiscard]] QString resultsMarkdown(const Scenario &s, const PresetSelection &presets,
                                      const Estimate &e, MemoryUnit unit, const QString &version);

} // namespace ts::ui
