// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QString>

#include <functional>
#include <vector>

namespace ts::cli {

// One flag that sets a field of the scenario: its name, help, the values it allows, and a setter
// that returns false when the text is not one of them. Switches take no value.
struct ScenarioFlag
{
    QString name;
    QString valueName; // empty for a switch
    QString help;
    QString allowed; // what the error message says is allowed
    std::function<bool(Scenario &, const QString &)> apply;
};

// Every model, hardware, run and training-option flag, in --help order.
[[nodiscard]] const std::vector<ScenarioFlag> &scenarioFlags();

} // namespace ts::cli
