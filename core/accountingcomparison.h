// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"

#include <cstdint>
#include <vector>

namespace ts {

// One tensor or total, as the lecture counts it and as PyTorch eager keeps it.
struct ComparisonRow
{
    const char *key;          // the eager term's key, or the total's ("peak", "gradients", ...)
    const char *name;         // short name for tables
    std::int64_t lecture = 0; // bytes in the lecture's count; 0 when the lecture has no such term
    std::int64_t eager = 0;   // bytes PyTorch 1.13.1 eager keeps
    const char *reason = "";  // why PyTorch keeps it, or why the two differ

    [[nodiscard]] std::int64_t difference() const { return eager - lecture; }
};

struct FlopsComparisonRow
{
    const char *key; // "forward", "backward"
    double lecture = 0;
    double eager = 0;
    const char *reason = "";
};

// The lecture's count beside PyTorch eager's for one scenario, whatever its accounting option.
struct AccountingComparison
{
    std::vector<Problem> problems;     // non-empty when either estimate cannot be made
    Estimate lecture;                  // the scenario with Accounting::Lecture
    Estimate eager;                    // the scenario with Accounting::PytorchEager
    std::vector<ComparisonRow> terms;  // the lecture's 13 tensors, then what only PyTorch keeps
                                       // (the terms it has bytes of)
    std::vector<ComparisonRow> totals; // parameters, gradients, optimizer states, activations, peak
    std::vector<FlopsComparisonRow> flops;

    [[nodiscard]] bool ok() const { return problems.empty(); }
};

// Allocates; for the command line and the comparison view, not for sliders' hot path.
[[nodiscard]] AccountingComparison compareAccounting(const Scenario &s);

} // namespace ts
