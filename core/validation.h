// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputs.h"
#include "scenario.h"

#include <string>
#include <vector>

namespace ts {

enum class ProblemCode {
    TooSmall,           // below the input's minimum (core/inputs.cpp)
    TooLarge,           // above the input's maximum
    NotFinite,          // NaN or infinity
    HeadsMustDivideD,   // h must divide d so that d_head = d/h is whole
    KvHeadsMustDivideH, // K/V heads must divide the query heads
    Overflow,           // an exact count does not fit in 64 bits
    BeyondEagerModel,   // pytorch-eager accounting models only the lecture's configuration
    NoPeakForPrecision, // the GPU preset has no peak for the precision (never from validate():
                        // a Scenario has no preset; the window and CLI that apply them report it)
    TensorParallelMustDivide,  // t must divide the heads, the K/V heads and d_ff
    BeyondTensorParallelModel, // t, p or cp > 1 is modelled for full training without offload
    LayoutMustDivideGpus,      // t·p·cp must divide the GPUs
    PipelineMustDivideLayers,  // p (p·v interleaved) must divide the layers
    InterleavedMicroBatches,   // the interleaved schedule needs m to be a multiple of p
    ContextParallelMustDivide, // cp must divide the sequence length
    TopKBeyondExperts,         // k must not exceed E
    ExpertParallelMustDivide,  // ep must divide E and DP (and needs experts)
    BeyondMoeModel,            // experts are modelled for full training without offload
};

struct Problem
{
    Field field;
    ProblemCode code;
    friend bool operator==(const Problem &a, const Problem &b)
    {
        return a.field == b.field && a.code == b.code;
    }
};

// Every problem with the scenario's inputs: each input against its bounds in core/inputs.cpp,
// then the bounds that depend on other inputs. Empty when the estimate can be computed.
[[nodiscard]] std::vector<Problem> validate(const Scenario &s);

// The command-line flag name of a field ("batch", "seq-len", ...); "result" for Field::Result.
[[nodiscard]] const char *fieldKey(Field field);

// A plain English sentence for the command line; the window uses its own translated texts.
[[nodiscard]] std::string describe(const Problem &problem);

} // namespace ts
