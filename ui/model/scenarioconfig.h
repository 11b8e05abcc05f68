// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputs.h"
#include "presets.h"
#include "scenario.h"

#include <QString>

#include <vector>

namespace ts::ui {

// The GPU preset id that means "no preset": the memory and the peak are the user's own.
inline const QString kCustomGpu = QStringLiteral("custom");

// What a configuration file, the command line or the window gives: values for some inputs and
// preset ids. resolve() turns it into a scenario with the one precedence they all share: the
// model preset first, then the given values, then what the GPU preset (memory, the peak for the
// precision) and the dataset preset (tokens) fill in where no value was given.
struct ScenarioConfig
{
    Scenario values;       // the given inputs' values; every other field keeps its default
    FieldSet given;        // the inputs given explicitly
    QString gpuPreset;     // empty: the lecture's RTX 3090; kCustomGpu: none
    QString datasetPreset; // empty: none
    QString modelPreset;   // empty: none

    // Sets one input and marks it given.
    void give(Field field, const InputValue &value);
    // Gives one input its value in `from`.
    void take(Field field, const Scenario &from) { give(field, input(field).get(from)); }
    // Layers `over` on top (explicit flags over a file): each of its presets replaces ours along
    // with the inputs that preset covers; each of its inputs replaces ours.
    void overlay(const ScenarioConfig &over);
    // Forgets given values that only repeat what the presets give, so that a preset chosen
    // later replaces them (files of version 1 hold every figure; docs/config-format.md).
    void dropValuesOfPresets();

    // The configuration a whole scenario and the presets it came from stand for: every value
    // given except those the presets supply (a peak equal to the GPU's, unless marked as
    // given; d_ff = 4d and kv_heads = h without a model preset).
    [[nodiscard]] static ScenarioConfig infer(const Scenario &scenario,
                                              const PresetSelection &presets);

    // The same presets and the same given inputs with the same values (values not given do not
    // count: they are not part of the configuration).
    friend bool operator==(const ScenarioConfig &a, const ScenarioConfig &b);
    friend bool operator!=(const ScenarioConfig &a, const ScenarioConfig &b) { return !(a == b); }
};

// The inputs each kind of preset sets (InputSpec::preset): the model's architecture and
// context, the GPU's memory and peak, the dataset's tokens.
[[nodiscard]] FieldSet modelPresetFields();
[[nodiscard]] FieldSet gpuPresetFields();
[[nodiscard]] FieldSet datasetPresetFields();

struct ResolvedConfig
{
    Scenario scenario;
    PresetSelection selection;
    bool peakMissing = false;         // the GPU has no peak for the precision and none was given
    std::vector<Field> keptFromModel; // explicit model-preset figures kept although d or h moved
};

// Unknown preset ids are ignored; callers check them first and name the key or flag.
[[nodiscard]] ResolvedConfig resolve(const ScenarioConfig &config);

// The inputs a selected preset supplies in this configuration (and so not given).
[[nodiscard]] FieldSet suppliedByPresets(const ScenarioConfig &config);

} // namespace ts::ui
