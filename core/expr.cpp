// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "expr.h"

#include "inputs.h"

#include <cmath>
#include <vector>

namespace ts::expr {

enum class Op { Whole, Real, Symbol, Add, Sub, Mul, Div, Pow, Floor, Ceil };

struct Expr::Node
{
    Op op = Op::Whole;
    long double value = 0; // Whole, Real, Symbol
    bool whole = true;     // Symbol: prints as an integer when substituted
    std::string text, latex;
    std::vector<Expr> args;
    int exponent = 0;
};

namespace {

int precedence(Op op)
{
    switch (op) {
    case Op::Add:
    case Op::Sub: return 1;
    case Op::Mul:
    case Op::Div: return 2;
    case Op::Pow: return 3;
    default: return 4;
    }
}

const char *const kSuperscripts[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };

std::string superscript(int n)
{
    std::string digits = std::to_string(n), out;
    for (char ch : digits)
        out += kSuperscripts[ch - '0'];
    return out;
}

std::string wholeText(long double v)
{
    return std::to_string(std::int64_t(std::llround(v)));
}

std::string realLatex(double x)
{
    const std::string text = realText(x);
    const auto e = text.find('e');
    if (e == std::string::npos)
        return text;
    return text.substr(0, e) + "\\times 10^{" + text.substr(e + 1) + "}";
}

} // namespace

Expr::Expr()
    : Expr(whole(0))
{ }

Expr::Expr(std::shared_ptr<const Node> node)
    : m_node(std::move(node))
{ }

Expr Expr::whole(std::int64_t n)
{
    auto node = std::make_shared<Node>();
    node->op = Op::Whole;
    node->value = static_cast<long double>(n);
    return Expr(node);
}

Expr Expr::real(double x)
{
    auto node = std::make_shared<Node>();
    node->op = Op::Real;
    node->value = x;
    return Expr(node);
}

Expr Expr::symbol(std::string text, std::string latex, long double value, bool whole)
{
    auto node = std::make_shared<Node>();
    node->op = Op::Symbol;
    node->text = std::move(text);
    node->latex = std::move(latex);
    node->value = value;
    node->whole = whole;
    return Expr(node);
}

Expr Expr::pow(const Expr &base, int exponent)
{
    auto node = std::make_shared<Node>();
    node->op = Op::Pow;
    node->args = { base };
    node->exponent = exponent;
    return Expr(node);
}

Expr Expr::floor(const Expr &x)
{
    auto node = std::make_shared<Node>();
    node->op = Op::Floor;
    node->args = { x };
    return Expr(node);
}

Expr Expr::ceil(const Expr &x)
{
    auto node = std::make_shared<Node>();
    node->op = Op::Ceil;
    node->args = { x };
    return Expr(node);
}

Expr operator+(const Expr &a, const Expr &b)
{
    return Expr::binary(int(Op::Add), a, b);
}

Expr operator-(const Expr &a, const Expr &b)
{
    return Expr::binary(int(Op::Sub), a, b);
}

Expr operator*(const Expr &a, const Expr &b)
{
    return Expr::binary(int(Op::Mul), a, b);
}

Expr operator/(const Expr &a, const Expr &b)
{
    return Expr::binary(int(Op::Div), a, b);
}

Expr Expr::binary(int op, const Expr &a, const Expr &b)
{
    auto node = std::make_shared<Node>();
    node->op = Op(op);
    node->args = { a, b };
    return Expr(node);
}

long double Expr::value() const
{
    const Node &n = *m_node;
    switch (n.op) {
    case Op::Whole:
    case Op::Real:
    case Op::Symbol: return n.value;
    case Op::Add: return n.args[0].value() + n.args[1].value();
    case Op::Sub: return n.args[0].value() - n.args[1].value();
    case Op::Mul: return n.args[0].value() * n.args[1].value();
    case Op::Div: return n.args[0].value() / n.args[1].value();
    case Op::Pow: return std::pow(n.args[0].value(), (long double)n.exponent);
    case Op::Floor: return std::floor(n.args[0].value());
    case Op::Ceil: return std::ceil(n.args[0].value());
    }
    return 0;
}

std::string Expr::render(bool substitute, bool latex, int parent, bool right) const
{
    const Node &n = *m_node;
    const int own = precedence(n.op);
    // Parentheses where the child binds less tightly than its parent, and on the right of − and
    // / at equal precedence (a − (b + c), a / (b·c)); + and · need none on either side.
    const bool paren = own < parent || (right && own == parent && own < 3);
    std::string out;
    switch (n.op) {
    case Op::Whole: out = wholeText(n.value); break;
    case Op::Real: out = latex ? realLatex(double(n.value)) : realText(double(n.value)); break;
    case Op::Symbol:
        if (!substitute)
            out = latex ? n.latex : n.text;
        else if (n.whole)
            out = wholeText(n.value);
        else
            out = latex ? realLatex(double(n.value)) : realText(double(n.value));
        break;
    case Op::Add:
    case Op::Sub: {
        const char *sign = n.op == Op::Add ? " + " : " - ";
        out = n.args[0].render(substitute, latex, own, false) + sign
                + n.args[1].render(substitute, latex, own, n.op == Op::Sub);
        break;
    }
    case Op::Mul:
        out = n.args[0].render(substitute, latex, own, false) + (latex ? " \\cdot " : "·")
                + n.args[1].render(substitute, latex, own, false);
        break;
    case Op::Div:
        if (latex)
            return "\\frac{" + n.args[0].render(substitute, latex, 0, false) + "}{"
                    + n.args[1].render(substitute, latex, 0, false) + "}";
        out = n.args[0].render(substitute, latex, own, false) + " / "
                + n.args[1].render(substitute, latex, own, true);
        break;
    case Op::Pow:
        out = n.args[0].render(substitute, latex, own + 1, false)
                + (latex ? "^{" + std::to_string(n.exponent) + "}" : superscript(n.exponent));
        break;
    case Op::Floor:
        return latex ? "\\left\\lfloor " + n.args[0].render(substitute, latex, 0, false)
                        + " \\right\\rfloor"
                     : "⌊" + n.args[0].render(substitute, latex, 0, false) + "⌋";
    case Op::Ceil:
        return latex ? "\\left\\lceil " + n.args[0].render(substitute, latex, 0, false)
                        + " \\right\\rceil"
                     : "⌈" + n.args[0].render(substitute, latex, 0, false) + "⌉";
    }
    if (!paren)
        return out;
    return latex ? "\\left(" + out + "\\right)" : "(" + out + ")";
}

std::string Expr::text(bool substitute) const
{
    return render(substitute, false, 0, false);
}

std::string Expr::latex(bool substitute) const
{
    return render(substitute, true, 0, false);
}

std::string grouped(long double value, bool whole)
{
    if (!whole)
        return realText(double(value));
    const std::int64_t n = std::llround(value);
    std::string digits = std::to_string(n < 0 ? -n : n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

} // namespace ts::expr
