// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The working as text, GitHub Markdown or LaTeX (core/working.h); the steps come from working.cpp.
#include "working.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ts {

namespace {

std::string resultText(const WorkingStep &s)
{
    if (s.whole)
        return expr::grouped(s.result, true);
    char buffer[64];
    const long double x = s.result;
    if (std::fabs(double(x)) >= 1 && std::fabs(double(x)) < 1e15) {
        // Rounded first, then grouped: 10,461.997, not 10,461 and the rounding's digits.
        std::snprintf(buffer, sizeof buffer, "%.*Lf", s.decimals, x);
        std::string text = buffer;
        const auto dot = text.find('.');
        std::string whole = text.substr(0, dot);
        const bool negative = !whole.empty() && whole[0] == '-';
        if (negative)
            whole.erase(0, 1);
        for (int i = int(whole.size()) - 3; i > 0; i -= 3)
            whole.insert(std::size_t(i), ",");
        return (negative ? "-" : "") + whole + (dot == std::string::npos ? "" : text.substr(dot));
    }
    std::snprintf(buffer, sizeof buffer, "%.5Lg", x);
    return buffer;
}

std::string latexNumber(const std::string &text)
{
    std::string out;
    for (char ch : text)
        out += ch == ',' ? std::string("{,}") : std::string(1, ch);
    const auto e = out.find('e');
    if (e != std::string::npos)
        out = out.substr(0, e) + "\\times 10^{" + out.substr(e + 1) + "}";
    return out;
}

} // namespace

std::string workingResult(const WorkingStep &step)
{
    return resultText(step);
}

std::string renderWorking(const std::vector<WorkingStep> &steps, WorkingFormat format)
{
    std::string out, section;
    for (const WorkingStep &s : steps) {
        if (s.section != section) {
            section = s.section;
            switch (format) {
            case WorkingFormat::Text: out += (out.empty() ? "" : "\n") + section + "\n"; break;
            case WorkingFormat::Markdown: out += "\n### " + section + "\n\n"; break;
            case WorkingFormat::Latex: out += "\n\\subsection*{" + section + "}\n"; break;
            }
        }
        const std::string result = resultText(s);
        switch (format) {
        case WorkingFormat::Text: {
            // The continuation lines' "=" under the first one's.
            const auto chars = std::count_if(s.name.begin(), s.name.end(),
                                             [](char c) { return (c & 0xC0) != 0x80; });
            const std::string pad(std::size_t(chars) + 1, ' ');
            out += "  " + s.title + "\n";
            out += "    " + s.name + " = " + s.formula.text(false) + "\n";
            out += "    " + pad + "= " + s.formula.text(true) + "\n";
            out += "    " + pad + "= " + result + " " + s.unit + "\n";
            if (!s.note.empty())
                out += "    (" + s.note + ")\n";
            break;
        }
        case WorkingFormat::Markdown:
            out += "*" + s.title + "*  \n";
            out += "$" + s.latexName + " = " + s.formula.latex(false) + "$  \n";
            out += "$\\phantom{" + s.latexName + "} = " + s.formula.latex(true) + "$  \n";
            out += "$\\phantom{" + s.latexName + "} = " + latexNumber(result) + "$ " + s.unit
                    + "\n";
            if (!s.note.empty())
                out += "> " + s.note + "\n";
            out += "\n";
            break;
        case WorkingFormat::Latex:
            out += "% " + s.title + "\n\\begin{align*}\n";
            out += "  " + s.latexName + " &= " + s.formula.latex(false) + " \\\\\n";
            out += "  &= " + s.formula.latex(true) + " \\\\\n";
            out += "  &= " + latexNumber(result) + "\\ \\text{" + s.unit + "}\n";
            out += "\\end{align*}\n";
            if (!s.note.empty())
                out += s.note + "\n";
            break;
        }
    }
    return out;
}

} // namespace ts
