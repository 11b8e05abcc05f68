// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "presets.h"
#include "scenario.h"

#include <QJsonObject>

namespace ts::cli {

// The whole estimate as the JSON document `trainscope --json` prints (schema in the README).
// Counts are JSON integers and exact; FLOPs and times are JSON numbers.
[[nodiscard]] QJsonObject toJson(const Scenario &s, const PresetSelection &selection,
                                 const Estimate &e);

// Where one optimizer step's time goes, in seconds (docs/formulas.md §8.10): `--json`'s
// training.breakdown_seconds_per_step and each `--search` row's.
[[nodiscard]] QJsonObject breakdownJson(const StepTimeBreakdown &b);

} // namespace ts::cli
