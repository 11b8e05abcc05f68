// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkedint.h"
#include "scenario.h"

#include <cstdint>

namespace ts {

struct ParameterCounts;

// The training state one GPU holds between steps, in bytes (with ZeRO, its shards).
struct TrainingState
{
    CheckedInt weights;   // trainable weights at the precision's width
    CheckedInt frozen;    // frozen weights under LoRA (NF4 blocks under QLoRA)
    CheckedInt gradients; // gradients of the trainable weights
    CheckedInt optimizer; // fp32 master weights and moments
    CheckedInt updated;   // the parameters this GPU's optimizer updates (its ZeRO ≥ 1 partition)
};

// What offloading keeps in host memory and moves over the host link (docs/formulas.md §8.8).
struct OffloadCost
{
    std::int64_t hostBytesPerGpu = 0;  // the state one GPU's process keeps in host memory
    std::int64_t gpusPerNode = 0;      // GPUs whose processes share a host
    std::int64_t hostBytesPerNode = 0; // hostBytesPerGpu × gpusPerNode
    std::int64_t toHostBytes = 0;      // over one GPU's link in one optimizer step
    std::int64_t toGpuBytes = 0;
    double linkSeconds = 0; // max(toHostBytes, toGpuBytes) / bandwidth (full duplex); 0 when
                            // nothing moves or the bandwidth is unknown
};

// Moves what s.options.offload offloads out of gpu (ZeRO-Offload: gradients, master weights and
// moments; ZeRO-Infinity's CPU offload: the weights too, the GPU keeping the largest module
// gathered for its matrix products) and returns where it went and what crosses the link.
[[nodiscard]] OffloadCost offload(const Scenario &s, const ParameterCounts &p, TrainingState &gpu,
                                  bool *overflow);

} // namespace ts
