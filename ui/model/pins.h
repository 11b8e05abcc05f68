// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "presets.h"
#include "scenario.h"
#include "scenarioconfig.h"

#include <QString>

#include <vector>

// Pinned configurations: what a lecturer keeps beside the current one to compare (none vs
// selective vs full checkpointing vs FlashAttention). Each is a configuration, as a file holds
// it, under a name; the window draws them as ghost curves and in the comparison table.
namespace ts::ui {

inline constexpr int kMaxPins = 4;
inline constexpr int kMaxPinNameLength = 40;

struct Pin
{
    QString name;
    ScenarioConfig config;
    friend bool operator==(const Pin &a, const Pin &b)
    {
        return a.name == b.name && a.config == b.config;
    }
    friend bool operator!=(const Pin &a, const Pin &b) { return !(a == b); }
};

// A pin resolved: its scenario and estimate, and its slot (its colour) among the pins.
struct PinnedEstimate
{
    QString name;
    int slot = 0;
    Scenario scenario;
    PresetSelection presets;
    Estimate estimate; // ok() false when the pin is not a valid configuration
};

// A name for a new pin that says what it is at a glance: the model (preset or d and L), the
// precision, and the options beyond the lecture's that are on ("GPT-2 small · bf16-mixed ·
// full ckpt"), at most kMaxPinNameLength characters.
[[nodiscard]] QString pinName(const Scenario &s, const PresetSelection &presets);

// A name as kept: trimmed, inner whitespace runs as one space, at most kMaxPinNameLength
// characters; empty names become "Pin n" (n = slot + 1).
[[nodiscard]] QString cleanPinName(const QString &name, int slot);

[[nodiscard]] std::vector<PinnedEstimate> resolvePins(const std::vector<Pin> &pins);

} // namespace ts::ui
