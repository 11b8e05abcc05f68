// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "validation.h"

#include <QJsonValue>
#include <QString>

#include <functional>
#include <vector>

namespace ts::ui {

// One scenario field as a configuration file names it ("model.d_model"), with the command-line
// flag that sets the same field ("d-model"). Key names follow the `config` object of --json.
struct ConfigKey
{
    QString section;  // "model", "hardware", "run" or "options"
    QString name;     // "d_model"
    QString flag;     // "d-model"
    QString expected; // what an error says is allowed, "a whole number >= 1"
    // The field as JSON (integers exact; d_ff and kv_heads resolved, 4d and h when 0).
    std::function<QJsonValue(const Scenario &)> get;
    // Sets the field from JSON; false when the value is not one that `expected` allows.
    std::function<bool(Scenario &, const QJsonValue &)> set;

    [[nodiscard]] QString path() const { return section + QLatin1Char('.') + name; }
};

// Every key of the model, hardware, run and options sections, in file order.
[[nodiscard]] const std::vector<ConfigKey> &configKeys();
[[nodiscard]] const ConfigKey *configKeyByPath(const QString &path);
[[nodiscard]] const ConfigKey *configKeyByFlag(const QString &flag);
// The key path of a validation field ("model.heads"); "result" for Field::Result.
[[nodiscard]] QString configPathOf(Field field);

} // namespace ts::ui
