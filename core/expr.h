// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <string>

// Arithmetic written out for the working (core/working.h): a formula over symbols with values,
// printed as the slides write it, with the values substituted, or as LaTeX, and evaluated. The
// working's tests parse the substituted text back and check that it gives the result shown.
namespace ts::expr {

class Expr
{
public:
    Expr(); // 0

    [[nodiscard]] static Expr whole(std::int64_t n);
    [[nodiscard]] static Expr real(double x);
    // A named quantity: its text ("d", "N_p"), its LaTeX ("N_p", "\\mathrm{MFU}") and its value;
    // whole says whether the value prints as an integer when substituted.
    [[nodiscard]] static Expr symbol(std::string text, std::string latex, long double value,
                                     bool whole = true);
    [[nodiscard]] static Expr pow(const Expr &base, int exponent);
    [[nodiscard]] static Expr floor(const Expr &x);
    [[nodiscard]] static Expr ceil(const Expr &x);

    friend Expr operator+(const Expr &a, const Expr &b);
    friend Expr operator-(const Expr &a, const Expr &b);
    friend Expr operator*(const Expr &a, const Expr &b);
    friend Expr operator/(const Expr &a, const Expr &b);

    [[nodiscard]] long double value() const;
    // Unicode text: 2·d·v, d², ⌊x⌋, a / b; substitute prints each symbol's value instead.
    [[nodiscard]] std::string text(bool substitute) const;
    [[nodiscard]] std::string latex(bool substitute) const;

    struct Node;

private:
    explicit Expr(std::shared_ptr<const Node> node);
    [[nodiscard]] static Expr binary(int op, const Expr &a, const Expr &b);
    // parent: the precedence of the enclosing operation; right: the right operand of − or /.
    [[nodiscard]] std::string render(bool substitute, bool latex, int parent, bool right) const;
    std::shared_ptr<const Node> m_node;
};

// Whole numbers with thousands separators, reals in the shortest exact form: for results.
[[nodiscard]] std::string grouped(long double value, bool whole);

} // namespace ts::expr
