// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "memorysize.h"
#include "pins.h"
#include "presets.h"
#include "scenario.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts::ui {

// Everything the window shows, as one value: the controller emits it after every change and
// the panels draw from it alone.
struct Snapshot
{
    Scenario scenario;                 // the inputs as edited; may be invalid
    std::vector<Problem> problems;     // of scenario, and a GPU without a peak for the precision
    Scenario validScenario;            // the last valid scenario; scenario itself when valid
    Estimate estimate;                 // of validScenario
    std::uint64_t revision = 0;        // grows with each new valid estimate, so views can skip work
    PresetSelection presets;           // GPU, dataset and model presets; which peak the time uses
    std::optional<double> presetPeak;  // the GPU preset's own peak for the precision, if any
    bool peakMissing = false;          // the GPU has no peak for the precision and none was typed
    MemoryUnit unit = MemoryUnit::GiB; // the unit the GPU memory was entered in, for every figure
    std::string modelOrigin;           // the model preset the architecture last came from
    std::vector<Field> keptFromModel;  // its explicit figures kept although d or h moved
    std::vector<PinnedEstimate> pins;  // the pinned configurations, resolved (pins.h)
    std::uint64_t pinsRevision = 0;    // grows with each change of the pins

    [[nodiscard]] bool valid() const { return problems.empty(); }
    [[nodiscard]] bool peakAsGiven() const { return presets.peakKind == PeakKind::AsGiven; }
    [[nodiscard]] bool customGpu() const { return presets.gpu.id.empty(); }
};

// The last valid estimate a view draws, taken from a snapshot only when it is new (another
// revision or memory unit): every slider step brings a snapshot, and a view that redrew for
// each would redo work the estimate has not changed.
struct DrawnEstimate
{
    Scenario scenario;
    Estimate estimate;
    MemoryUnit unit = MemoryUnit::GiB;
    std::uint64_t revision = 0;

    // Copies the snapshot's estimate (a view's starting state; the revision stays unknown, so
    // the first snapshot it is sent is taken).
    void adopt(const Snapshot &s)
    {
        scenario = s.validScenario;
        estimate = s.estimate;
        unit = s.unit;
    }
    // Takes the snapshot's estimate if it is new; false when the view already has it.
    bool take(const Snapshot &s)
    {
        if (s.revision == revision && s.unit == unit)
            return false;
        revision = s.revision;
        adopt(s);
        return true;
    }
};

} // namespace ts::ui
