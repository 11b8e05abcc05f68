// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "expr.h"

#include <string>
#include <vector>

// The working behind every figure (lecture order): each step the formula as the slides write it
// (or the generalised one the options need, with a note saying how it differs), the same formula
// with the scenario's numbers, and the estimate's figure. Rendered as text, Markdown or LaTeX for
// the window's Working tab and `trainscope --explain`.
namespace ts {

// The memory band a step is (the charts' and results' colour); None for the rest.
enum class WorkingBand { None, Weights, Gradients, Optimizer, Attention, BlockOther, Head };

struct WorkingStep
{
    std::string section; // "Parameters", "Activations", "Peak memory", "FLOPs per step", ...
    std::string title;   // what the step computes: "parameters of one block"
    std::string name;    // the left-hand side: "N_p"
    std::string latexName;
    expr::Expr formula;     // symbolic; substituted by printing its symbols' values
    long double result = 0; // the estimate's own figure, which the formula must give
    bool whole = true;      // the figure is a count
    int decimals = 2;       // of a real figure of 1 or more
    std::string unit;       // "parameters", "bytes", "FLOPs", "s"
    std::string note;       // how it differs from the slide; empty where it is the slide's
    WorkingBand band = WorkingBand::None;
};

// For a valid estimate of s (e.ok()).
[[nodiscard]] std::vector<WorkingStep> working(const Scenario &s, const Estimate &e);

// A step's figure as the working prints it: 266,888,192 or 10,460.76.
[[nodiscard]] std::string workingResult(const WorkingStep &step);

enum class WorkingFormat { Text, Markdown, Latex };

// Every step in three lines: the formula, the numbers, the result with its unit; sections as
// headings. Markdown is GitHub-flavoured with $…$ maths; LaTeX is a fragment to \input.
[[nodiscard]] std::string renderWorking(const std::vector<WorkingStep> &steps,
                                        WorkingFormat format);

} // namespace ts
