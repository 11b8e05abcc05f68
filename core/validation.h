// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <string>
#include <vector>

namespace ts {

enum class Field {
    Batch,
    SeqLen,
    DModel,
    Layers,
    Heads,
    Vocab,
    Mfu,
    Gpus,
    GpuMemory,
    PeakFlops,
    Tokens,
    Epochs,
    DFf,
    KvHeads,
    ZeroStage,
    GradAccum,
    Accounting,
    Result, // a problem of the whole estimate, not of one input
};

enum class ProblemCode {
    NotPositive,         // must be ≥ 1 (counts) or > 0 (quantities)
    NotFinite,           // NaN or infinity
    HeadsMustDivideD,    // h must divide d so that d_head = d/h is whole
    MfuOutOfRange,       // MFU must lie in (0, 1]
    KvHeadsMustDivideH,  // K/V heads must divide the query heads
    ZeroStageOutOfRange, // ZeRO stages are 0, 1, 2 and 3
    Overflow,            // an exact count does not fit in 64 bits
    BeyondEagerModel,    // pytorch-eager accounting models only the lecture's configuration
    NoPeakForPrecision,  // the GPU preset has no peak for the precision (never from validate():
                         // a Scenario has no preset; the window and CLI that apply them report it)
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

// Every problem with the scenario's inputs; empty when the estimate can be computed.
[[nodiscard]] std::vector<Problem> validate(const Scenario &s);

// The command-line flag name of a field ("batch", "seq-len", ...).
[[nodiscard]] const char *fieldKey(Field field);

// A plain English sentence for the command line; the window uses its own translated texts.
[[nodiscard]] std::string describe(const Problem &problem);

} // namespace ts
