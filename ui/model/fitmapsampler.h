// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "fitmap.h"
#include "memorysize.h"
#include "scenario.h"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace ts::ui {

// What the fit map shows: the grid around the scenario and the scenario's own (b, c).
struct FitMapFrame
{
    FitMapGrid grid;
    std::int64_t batch = 0;  // the current b
    std::int64_t seqLen = 0; // the current c
    MemoryUnit unit = MemoryUnit::GiB;
};

// Samples the map (core/fitmap.h) over fitMapRange(), evenly in log₂ on both axes. Keeps its
// vectors between calls, so redrawing while a slider moves does not allocate.
class FitMapSampler
{
public:
    // Cells per axis; the accountings that need one estimate per cell get fewer.
    static constexpr std::size_t kCells = 256;
    static constexpr std::size_t kPerCellCells = 48; // PyTorch eager: ~20 ms per map, not 37 at 64

    // e is estimate(scenario), which the caller already has.
    const FitMapFrame &sample(const Scenario &scenario, const Estimate &e, MemoryUnit unit,
                              std::size_t cells = kCells);
    [[nodiscard]] const FitMapFrame &frame() const { return m_frame; }

private:
    std::vector<std::int64_t> m_batches;
    std::vector<std::int64_t> m_seqLens;
    FitMapFrame m_frame;
};

// What hovering over a cell shows: its b and c, the peak and its share of the GPU, the margin,
// and the training time where it fits; one line each.
[[nodiscard]] QString fitMapCellText(const FitMapFrame &frame, std::size_t column, std::size_t row);

} // namespace ts::ui
