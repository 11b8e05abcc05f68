// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading, checking and writing one input's value; the table itself is core/inputs.cpp.
#include "inputs.h"

#include "memorysize.h"

#include <charconv>
#include <cmath>

namespace ts {

namespace {

bool parseWhole(const std::string &text, std::int64_t *out)
{
    const char *first = text.data();
    const char *last = first + text.size();
    if (first != last && *first == '+')
        ++first;
    const auto [end, ec] = std::from_chars(first, last, *out);
    return ec == std::errc() && end == last && first != last;
}

} // namespace

RangeCheck checkRange(const InputSpec &spec, const InputValue &v)
{
    switch (spec.kind) {
    case InputKind::Count:
    case InputKind::Bytes:
    case InputKind::Choice: {
        const std::int64_t *n = std::get_if<std::int64_t>(&v);
        if (!n)
            return RangeCheck::WrongKind;
        const std::int64_t lo = spec.kind == InputKind::Choice ? 0 : spec.minWhole;
        const std::int64_t hi = spec.kind == InputKind::Choice
                ? std::int64_t(spec.choices.size()) - 1
                : spec.maxWhole;
        return *n < lo ? RangeCheck::TooSmall : *n > hi ? RangeCheck::TooLarge : RangeCheck::Ok;
    }
    case InputKind::Number: {
        const double *x = std::get_if<double>(&v);
        if (!x)
            return RangeCheck::WrongKind;
        if (!std::isfinite(*x))
            return RangeCheck::NotFinite;
        return *x < spec.minReal    ? RangeCheck::TooSmall
                : *x > spec.maxReal ? RangeCheck::TooLarge
                                    : RangeCheck::Ok;
    }
    case InputKind::Switch:
        return std::holds_alternative<bool>(v) ? RangeCheck::Ok : RangeCheck::WrongKind;
    }
    return RangeCheck::WrongKind;
}

std::string realText(double x)
{
    // std::to_chars: the shortest text that reads back exactly, whatever the C locale says.
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, x);
    std::string text(buffer, result.ptr);
    const auto e = text.find('e');
    if (e == std::string::npos)
        return text;
    std::string exponent = text.substr(e + 1);
    const bool negative = !exponent.empty() && exponent[0] == '-';
    if (!exponent.empty() && (exponent[0] == '+' || exponent[0] == '-'))
        exponent.erase(0, 1);
    while (exponent.size() > 1 && exponent[0] == '0')
        exponent.erase(0, 1);
    return text.substr(0, e + 1) + (negative ? "-" : "") + exponent;
}

std::string valueText(const InputSpec &spec, const InputValue &v)
{
    if (const bool *b = std::get_if<bool>(&v))
        return *b ? "true" : "false";
    if (const double *x = std::get_if<double>(&v))
        return realText(*x);
    const std::int64_t n = std::get<std::int64_t>(v);
    if (spec.kind == InputKind::Choice)
        return n >= 0 && n < std::int64_t(spec.choices.size()) ? spec.choices[std::size_t(n)].key
                                                               : std::to_string(n);
    if (spec.kind == InputKind::Bytes) {
        for (const auto &[unit, symbol] :
             { std::pair { MemoryUnit::GiB, "GiB" }, std::pair { MemoryUnit::GB, "GB" } }) {
            if (n > 0 && n % bytesPerUnit(unit) == 0)
                return std::to_string(n / bytesPerUnit(unit)) + symbol;
        }
    }
    return std::to_string(n);
}

std::string allowedText(const InputSpec &spec)
{
    switch (spec.kind) {
    case InputKind::Count:
        return "a whole number from " + std::to_string(spec.minWhole) + " to "
                + std::to_string(spec.maxWhole)
                + (spec.zeroMeans ? std::string(" (0 means ") + spec.zeroMeans + ")" : "");
    case InputKind::Bytes:
        return "a size from 1 byte to " + valueText(spec, InputValue(spec.maxWhole))
                + ", such as 24GiB, 24GB, 80 GiB or a byte count";
    case InputKind::Number:
        return "a number from " + realText(spec.minReal) + " to " + realText(spec.maxReal);
    case InputKind::Choice: {
        std::string text;
        for (std::size_t i = 0; i < spec.choices.size(); ++i) {
            if (i > 0)
                text += i + 1 == spec.choices.size() ? " or " : ", ";
            text += spec.choices[i].key;
        }
        return text;
    }
    case InputKind::Switch: return "true or false";
    }
    return {};
}

std::optional<InputValue> parseValue(const InputSpec &spec, const std::string &text)
{
    switch (spec.kind) {
    case InputKind::Count: {
        std::int64_t n = 0;
        if (!parseWhole(text, &n))
            return std::nullopt;
        return InputValue(n);
    }
    case InputKind::Bytes:
        if (const auto bytes = parseMemorySize(text))
            return InputValue(*bytes);
        return std::nullopt;
    case InputKind::Number: {
        // std::from_chars: "1.5" means 1.5 in every locale; NaN and infinity parse and are
        // refused by checkRange.
        const char *first = text.data();
        const char *last = first + text.size();
        if (first != last && *first == '+')
            ++first;
        double x = 0;
        const auto [end, ec] = std::from_chars(first, last, x);
        if (ec != std::errc() || end != last || first == last)
            return std::nullopt;
        return InputValue(x);
    }
    case InputKind::Choice:
        for (std::size_t i = 0; i < spec.choices.size(); ++i) {
            if (text == spec.choices[i].key)
                return InputValue(std::int64_t(i));
        }
        return std::nullopt;
    case InputKind::Switch:
        if (text == "true" || text == "false")
            return InputValue(text == "true");
        return std::nullopt;
    }
    return std::nullopt;
}

FieldSet::FieldSet(std::initializer_list<Field> fields)
{
    for (Field f : fields)
        insert(f);
}

std::vector<Field> FieldSet::fields() const
{
    std::vector<Field> out;
    for (std::size_t i = 0; i < kInputCount; ++i) {
        if (contains(Field(i)))
            out.push_back(Field(i));
    }
    return out;
}

} // namespace ts
