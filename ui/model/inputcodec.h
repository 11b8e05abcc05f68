// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputs.h"
#include "scenario.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace ts::ui {

// The input table (core/inputs.h) in Qt's terms: key paths of configuration files
// ("model.d_model"), command-line flags ("d-model"), and values as JSON and as flag text.
namespace inputcodec {

[[nodiscard]] QString path(const InputSpec &spec);          // "model.d_model"
[[nodiscard]] QString pathOf(Field field);                  // "model.heads"; "result" for Result
[[nodiscard]] const InputSpec *byPath(const QString &path); // null when no input has it
[[nodiscard]] const InputSpec *byFlag(const QString &flag); // "d-model"; null when none
[[nodiscard]] QString flag(const InputSpec &spec);          // "d-model"
[[nodiscard]] QString allowed(const InputSpec &spec);       // allowedText()

// A value as JSON: whole numbers exact (Qt 6 keeps 64-bit integers), a choice by its key.
[[nodiscard]] QJsonValue toJson(const InputSpec &spec, const InputValue &value);
// A JSON value of the input's kind within its bounds; empty for anything else (a fraction
// for a count, 1 for a switch, an unknown key, a number out of range).
[[nodiscard]] std::optional<InputValue> fromJson(const InputSpec &spec, const QJsonValue &json);
// A flag's text within the input's bounds; empty when malformed or out of bounds.
[[nodiscard]] std::optional<InputValue> fromText(const InputSpec &spec, const QString &text);

// The `config` object of --json: every input's value as reports show it (d_ff 0 as 4d).
[[nodiscard]] QJsonObject configJson(const Scenario &s);

} // namespace inputcodec

} // namespace ts::ui
