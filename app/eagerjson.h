// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "scenario.h"

#include <QJsonObject>

namespace ts::cli {

// "pytorch_eager": every term PyTorch eager keeps and the step's peak, for an estimate made with
// --accounting pytorch-eager.
[[nodiscard]] QJsonObject eagerToJson(const Estimate &e);

// "comparison": the lecture's count beside PyTorch eager's, per term, with the reason; whatever
// the accounting chosen, or {"available": false, "reason": ...} where the eager model does not
// apply.
[[nodiscard]] QJsonObject comparisonToJson(const Scenario &s);

} // namespace ts::cli
