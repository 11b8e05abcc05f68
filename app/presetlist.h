// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ts::cli {

// `trainscope --list-presets`: every GPU (the lecture's first), dataset and model preset, with
// the figures it supplies.
[[nodiscard]] QString presetList();

} // namespace ts::cli
