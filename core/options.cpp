// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include "inputs.h"

namespace ts {

namespace {

// Every option's names live once, in the input table (core/inputs.cpp).
template<typename Enum>
const char *keyIn(Field field, Enum value)
{
    const std::vector<InputChoice> &choices = input(field).choices;
    const auto i = std::size_t(value);
    return i < choices.size() ? choices[i].key : "?";
}

template<typename Enum>
std::optional<Enum> parseIn(Field field, const std::string &key)
{
    const std::optional<InputValue> v = parseValue(input(field), key);
    if (!v)
        return std::nullopt;
    return Enum(std::get<std::int64_t>(*v));
}

} // namespace

PrecisionBytes precisionBytes(Precision p)
{
    switch (p) {
    case Precision::Fp32:
    case Precision::Tf32: return { 4, 4, 0, 4, 4 };
    case Precision::Bf16Mixed:
    case Precision::Fp16Mixed:
        // ZeRO (Rajbhandari et al. 2020, section 3.1): 2Ψ + 2Ψ + 12Ψ = 16Ψ bytes with Adam.
        return { 2, 2, 4, 2, 4 };
    case Precision::Bf16: return { 2, 2, 0, 2, 2 };
    case Precision::Fp8Mixed:
        // bf16 weights and gradients, fp32 master copy and moments; activations in bf16 but for
        // the fp8 inputs of the blocks' linear layers (core/counts.cpp).
        return { 2, 2, 4, 2, 4 };
    }
    return { 4, 4, 0, 4, 4 };
}

bool autocastApplies(const TrainingOptions &o)
{
    return o.amp == Amp::Autocast
            && (o.precision == Precision::Bf16Mixed || o.precision == Precision::Fp16Mixed);
}

PrecisionBytes precisionBytes(const TrainingOptions &o)
{
    // PyTorch's AMP recipe: the parameters stay fp32, so do their .grad and Adam's moments; the
    // optimizer updates the fp32 parameters themselves, with no separate master copy.
    if (autocastApplies(o))
        return { 4, 4, 0, 2, 4 };
    return precisionBytes(o.precision);
}

OptimizerCost optimizerCost(Optimizer o)
{
    switch (o) {
    case Optimizer::AdamW: return { 2, 15 };      // the lecture's 3 + 4 + 5 + 3 (part 2.3)
    case Optimizer::SgdMomentum: return { 1, 4 }; // buf = μ·buf + g (2), θ −= lr·buf (2)
    case Optimizer::Sgd: return { 0, 2 };         // θ −= lr·g (2)
    case Optimizer::Adam8bit:
        return { 2, 19 }; // AdamW's 15 + dequantise and requantise both moments (4)
    }
    return { 2, 15 };
}

const char *keyOf(Precision p)
{
    return keyIn(Field::Precision, p);
}
const char *keyOf(Amp a)
{
    return keyIn(Field::Amp, a);
}
const char *keyOf(Optimizer o)
{
    return keyIn(Field::Optimizer, o);
}
const char *keyOf(Checkpointing c)
{
    return keyIn(Field::Checkpointing, c);
}
const char *keyOf(FfnKind f)
{
    return keyIn(Field::Ffn, f);
}
const char *keyOf(Accounting a)
{
    return keyIn(Field::Accounting, a);
}
const char *keyOf(Offload o)
{
    return keyIn(Field::Offload, o);
}

std::optional<Precision> parsePrecision(const std::string &key)
{
    return parseIn<Precision>(Field::Precision, key);
}
std::optional<Optimizer> parseOptimizer(const std::string &key)
{
    return parseIn<Optimizer>(Field::Optimizer, key);
}
std::optional<Checkpointing> parseCheckpointing(const std::string &key)
{
    return parseIn<Checkpointing>(Field::Checkpointing, key);
}
std::optional<FfnKind> parseFfn(const std::string &key)
{
    return parseIn<FfnKind>(Field::Ffn, key);
}
std::optional<Accounting> parseAccounting(const std::string &key)
{
    return parseIn<Accounting>(Field::Accounting, key);
}

} // namespace ts
