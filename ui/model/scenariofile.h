// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pins.h"
#include "presets.h"
#include "scenario.h"
#include "scenarioconfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ts::ui {

// A TrainScope configuration file (docs/config-format.md): {"trainscope_config": 2, "model": {...},
// "hardware": {...}, "run": {...}, "options": {...}, "presets": {"gpu", "dataset", "model"}}.
// Every section and key is optional; keys are those of --json's `config` (core/inputs.cpp).
// Version 2 writes every input except those a chosen preset supplies, so a file reads back as
// exactly the configuration it was written from; version 1 files (every figure) still load.
namespace scenariofile {

inline constexpr int kVersion = 2;
inline constexpr qint64 kMaxBytes = qint64(1) << 20; // larger files are refused unread

struct ReadResult
{
    std::optional<ScenarioConfig> config; // empty on error
    QString error;         // "FILE: model.heads: expected a whole number >= 1, got \"x\""
    QStringList warnings;  // "FILE: unknown key model.colour ignored"
    std::vector<Pin> pins; // the optional "pins" list: [{"name": …, "model": {…}, …}], ≤ 4
};

// Parses a file's bytes; `name` is how messages call the file. Never throws; unknown keys are
// warnings, anything else that cannot be read exactly is an error naming its key path.
[[nodiscard]] ReadResult parse(const QByteArray &bytes, const QString &name);
// Reads and parses a file (refusing one over kMaxBytes).
[[nodiscard]] ReadResult read(const QString &path);

// Resolves a read configuration and validates it with ts::validate. On failure returns empty and
// sets *error to one line naming the file and the key.
[[nodiscard]] std::optional<ResolvedConfig> resolveChecked(const ScenarioConfig &config,
                                                           const QString &name, QString *error);

// The file's JSON for a configuration: its presets and every input they do not supply.
[[nodiscard]] QJsonObject toJson(const ScenarioConfig &config);
// With a "pins" list when there are pins.
[[nodiscard]] QJsonObject toJson(const ScenarioConfig &config, const std::vector<Pin> &pins);
// Writes atomically (QSaveFile): the old file stays whole if anything fails.
[[nodiscard]] bool write(const QString &path, const ScenarioConfig &config, QString *error);
[[nodiscard]] bool write(const QString &path, const ScenarioConfig &config,
                         const std::vector<Pin> &pins, QString *error);

} // namespace scenariofile

} // namespace ts::ui
