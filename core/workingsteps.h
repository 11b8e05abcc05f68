// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "expr.h"
#include "working.h"

#include <vector>

// The pieces the working's sections share (core/working.cpp, core/workingsteps.cpp): numbers and
// named symbols, the scenario's symbols, and the list the steps are appended to.
namespace ts::workingsteps {

[[nodiscard]] expr::Expr n(std::int64_t value);
[[nodiscard]] expr::Expr sym(const char *text, const char *latex, long double value,
                             bool whole = true);

struct Symbols
{
    expr::Expr b, c, d, L, h, v, dff, dkv, G, mfu, peak, tokens, epochs;
};

[[nodiscard]] Symbols symbolsOf(const Scenario &s);

// The steps so far; later steps refer to earlier ones, so the list must not reallocate while a
// section runs (the working reserves room for all of them).
class StepList
{
public:
    explicit StepList(std::vector<WorkingStep> &steps)
        : m_steps(steps)
    { }

    WorkingStep &add(const char *section, const char *title, const char *name,
                     const char *latexName, expr::Expr formula, long double result,
                     const char *unit, bool whole = true);
    [[nodiscard]] WorkingStep &back() { return m_steps.back(); }
    // A figure computed elsewhere in the working, as a symbol for later steps.
    [[nodiscard]] static expr::Expr named(const WorkingStep &step);

private:
    std::vector<WorkingStep> &m_steps;
};

// What the time section needs of the earlier ones.
struct TimeContext
{
    const Scenario &s;
    const Estimate &e;
    const Symbols &x;
    const Layout &layout;
    bool split;             // tensor, pipeline or context parallelism
    const expr::Expr &dp;   // the data-parallel replicas (G without model parallelism)
    const expr::Expr &t;    // tensor parallelism t
    const expr::Expr &fb;   // F_fwd + F_bwd of one micro-batch
    const expr::Expr &fopt; // F_opt
    const expr::Expr &step; // F_step
};

// The training time (lecture part 4; docs/formulas.md §8.5, §8.9, §8.10).
void addTrainingTime(StepList &list, const TimeContext &c);

} // namespace ts::workingsteps
