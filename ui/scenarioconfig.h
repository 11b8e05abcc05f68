// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presets.h"
#include "scenario.h"

#include <QSet>
#include <QString>

namespace ts::ui {

// What a configuration file or the command line gives: values for some keys and preset ids.
// resolve() turns it into a scenario with the one precedence the CLI and the window share:
// the model preset first, then the given values, then what the GPU preset (memory, the peak for
// the precision) and the dataset preset (tokens) fill in where no value was given.
struct ScenarioConfig
{
    Scenario values;     // the given keys' values; every other field keeps its default
    QSet<QString> given; // key paths of configkeys.h that were given, "model.d_model", ...
    QString gpuPreset;   // preset ids; empty: none (the lecture's GPU for gpuPreset)
    QString datasetPreset;
    QString modelPreset;

    // Sets one key (a path of configKeys()) to its value in `from` and marks it given.
    void take(const QString &path, const Scenario &from);
    // Layers `over` on top (explicit flags over a file): each of its presets replaces ours along
    // with the keys that preset covers; each of its keys replaces ours.
    void overlay(const ScenarioConfig &over);
    // Forgets given values that only repeat what the presets give (a saved file holds every
    // figure), so that a preset chosen later replaces them.
    void dropValuesOfPresets();
};

// The key paths a preset sets: the model's architecture and context, the GPU's memory and peak,
// the dataset's tokens.
[[nodiscard]] const QStringList &modelPresetKeys();
[[nodiscard]] const QStringList &gpuPresetKeys();
[[nodiscard]] const QStringList &datasetPresetKeys();

struct ResolvedConfig
{
    Scenario scenario;
    PresetSelection selection;
    bool peakMissing = false; // the GPU has no peak for the precision and none was given
};

// Unknown preset ids are ignored; callers check them first and name the key or flag.
[[nodiscard]] ResolvedConfig resolve(const ScenarioConfig &config);

} // namespace ts::ui
