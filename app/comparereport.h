// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pins.h"

#include <QJsonObject>

#include <vector>

namespace ts::cli {

// `trainscope --json --compare A.json B.json …`: each file's whole report (as --json prints it)
// under "compare", and under "differences" each later file's figures against the first's
// (value, baseline, absolute difference, and relative where the baseline is not 0).
[[nodiscard]] QJsonObject compareJson(const std::vector<ui::PinnedEstimate> &compared);

} // namespace ts::cli
