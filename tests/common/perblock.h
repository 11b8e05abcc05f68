// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"

#include <cstdint>

namespace ts::testing {

// Bytes of one block's saved tensors on one GPU: the per-block tensors over all blocks, / L.
inline std::int64_t perBlockBytes(const Scenario &s, const Estimate &e)
{
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        if (activationInfo(Activation(i)).perBlock)
            sum += e.activations.bytes[i];
    }
    return sum / s.model.layers;
}

} // namespace ts::testing
