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

} // namespace ts::cli
