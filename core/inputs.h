// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ts {

// One input's value: a whole number (counts, bytes, the ZeRO stage, a choice's index), a real
// number (FLOP/s, MFU, tokens, epochs) or a switch.
using InputValue = std::variant<std::int64_t, double, bool>;

enum class InputKind {
    Count,  // a whole number in [minWhole, maxWhole]
    Bytes,  // a whole number of bytes in [minWhole, maxWhole]; flags also take 24GiB or 24GB
    Number, // a finite real number in [minReal, maxReal]
    Choice, // one of choices, held as its index (the enum's value)
    Switch, // on or off; the command-line switch takes no value and turns it on
};

// Which kind of preset supplies an input's value (scenarioconfig.h resolves them).
enum class PresetKind { None, Model, Gpu, Dataset };

// A named value of an input: a Choice's options, or the stages of a small Count (ZeRO).
struct InputChoice
{
    const char *key;  // command line, files and JSON: "bf16-mixed"
    const char *name; // the window's short name: "SGD with momentum"
    const char *help; // what it stores and computes, with its source
};

// Everything about one input, once: how files, the command line, --json and the window name
// it, what it allows, and how it reads and writes the Scenario field. Bounds that depend on
// other inputs (h divides d, kv-heads divides h) are checked by validate(), not here.
struct InputSpec
{
    Field field = Field::Result;
    InputKind kind = InputKind::Count;
    const char *section = "";        // configuration-file section: model, hardware, run or options
    const char *key = "";            // configuration-file and --json key: "d_model"
    const char *flag = "";           // command-line flag without its dashes: "d-model"
    const char *aliasFlag = nullptr; // a second flag for the same input ("micro-batches")
    const char *aliasKey = nullptr;  // and a second configuration-file key ("micro_batches")
    const char *valueName = "";      // the flag's value in --help: "D"; empty for a switch
    const char *unit = ""; // unit of the value: "sequences", "bytes", "FLOP/s"; may be empty
    const char *help = ""; // one sentence for --help and the window's tooltip
    const char *defaultNote = nullptr; // --help's default when not simply the value ("the GPU's")
    std::int64_t minWhole = 0;         // Count, Bytes: inclusive bounds
    std::int64_t maxWhole = 0;
    double minReal = 0; // Number: inclusive bounds
    double maxReal = 0;
    const char *zeroMeans = nullptr;  // Count: what 0 stands for ("4·d"), when 0 is allowed
    std::vector<InputChoice> choices; // Choice: one per index; Count: names from minWhole up
    std::int64_t sliderMax = 0;       // the window's slider spans [minWhole, sliderMax]; 0: none
    bool log2Slider = false;          // each slider step doubles the value
    PresetKind preset = PresetKind::None; // the preset that supplies it, if any
    InputValue (*get)(const Scenario &) = nullptr;
    void (*set)(Scenario &, const InputValue &) = nullptr;
    InputValue (*resolved)(const Scenario &) = nullptr; // what 0 stands for, for reports

    [[nodiscard]] InputValue defaultValue() const { return get(Scenario {}); }
    // The value as reports show it: 0 resolved to what it stands for (d_ff 0 -> 4d).
    [[nodiscard]] InputValue shown(const Scenario &s) const
    {
        return resolved ? resolved(s) : get(s);
    }
};

// Every input, indexed by Field.
[[nodiscard]] const std::array<InputSpec, kInputCount> &inputs();
[[nodiscard]] const InputSpec &input(Field field);
// The inputs a kind of preset supplies.
[[nodiscard]] std::vector<Field> inputsOf(PresetKind preset);

enum class RangeCheck { Ok, WrongKind, NotFinite, TooSmall, TooLarge };

// Whether v has the input's kind and lies within its bounds.
[[nodiscard]] RangeCheck checkRange(const InputSpec &spec, const InputValue &v);

// What the input allows, in words: "a whole number from 1 to 2147483647", "swiglu or gelu".
[[nodiscard]] std::string allowedText(const InputSpec &spec);

// A value as the command line spells it: "4", "24GiB", "3.56e13", "bf16-mixed", "true".
[[nodiscard]] std::string valueText(const InputSpec &spec, const InputValue &v);

// Parses a flag's text (already trimmed): a whole number, a memory size, a real number or a
// choice's key. Empty when the text is malformed; bounds are checked by checkRange.
[[nodiscard]] std::optional<InputValue> parseValue(const InputSpec &spec, const std::string &text);

// A real number in the shortest form that reads back exactly, exponents without "+" or
// leading zeros: 0.5, 1e6, 3.56e13.
[[nodiscard]] std::string realText(double x);

// A set of inputs, such as those a configuration file gives explicitly.
class FieldSet
{
public:
    FieldSet() = default;
    FieldSet(std::initializer_list<Field> fields);

    void insert(Field f) { m_bits |= bit(f); }
    void erase(Field f) { m_bits &= ~bit(f); }
    void insert(const FieldSet &other) { m_bits |= other.m_bits; }
    void erase(const FieldSet &other) { m_bits &= ~other.m_bits; }
    [[nodiscard]] bool contains(Field f) const { return (m_bits & bit(f)) != 0; }
    [[nodiscard]] bool empty() const { return m_bits == 0; }
    [[nodiscard]] std::vector<Field> fields() const;
    friend bool operator==(FieldSet a, FieldSet b) { return a.m_bits == b.m_bits; }
    friend bool operator!=(FieldSet a, FieldSet b) { return a.m_bits != b.m_bits; }

private:
    static std::uint64_t bit(Field f) { return std::uint64_t(1) << unsigned(f); }
    std::uint64_t m_bits = 0;
};

} // namespace ts
