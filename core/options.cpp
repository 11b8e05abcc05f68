// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include <array>
#include <cstring>
#include <utility>

namespace ts {

namespace {

template<typename Enum, std::size_t N>
const char *keyIn(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return key;
    }
    return "?";
}

template<typename Enum, std::size_t N>
std::optional<Enum> parseIn(const std::array<std::pair<Enum, const char *>, N> &table,
                            const std::string &key)
{
    for (const auto &[e, name] : table) {
        if (key == name)
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Precision, const char *>, 5> kPrecisions = { {
        { Precision::Fp32, "fp32" },
        { Precision::Tf32, "tf32" },
        { Precision::Bf16Mixed, "bf16-mixed" },
        { Precision::Fp16Mixed, "fp16-mixed" },
        { Precision::Bf16, "bf16" },
} };

constexpr std::array<std::pair<Optimizer, const char *>, 4> kOptimizers = { {
        { Optimizer::AdamW, "adamw" },
        { Optimizer::SgdMomentum, "sgd-momentum" },
        { Optimizer::Sgd, "sgd" },
        { Optimizer::Adam8bit, "adam-8bit" },
} };

constexpr std::array<std::pair<Checkpointing, const char *>, 3> kCheckpointing = { {
        { Checkpointing::None, "none" },
        { Checkpointing::Selective, "selective" },
        { Checkpointing::Full, "full" },
} };

constexpr std::array<std::pair<FfnKind, const char *>, 2> kFfns = { {
        { FfnKind::SwiGlu, "swiglu" },
        { FfnKind::Gelu, "gelu" },
} };

constexpr std::array<std::pair<Accounting, const char *>, 2> kAccountings = { {
        { Accounting::Lecture, "lecture" },
        { Accounting::PytorchEager, "pytorch-eager" },
} };

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
    }
    return { 4, 4, 0, 4, 4 };
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
    return keyIn(kPrecisions, p);
}
const char *keyOf(Optimizer o)
{
    return keyIn(kOptimizers, o);
}
const char *keyOf(Checkpointing c)
{
    return keyIn(kCheckpointing, c);
}
const char *keyOf(FfnKind f)
{
    return keyIn(kFfns, f);
}
const char *keyOf(Accounting a)
{
    return keyIn(kAccountings, a);
}

std::optional<Precision> parsePrecision(const std::string &key)
{
    return parseIn(kPrecisions, key);
}
std::optional<Optimizer> parseOptimizer(const std::string &key)
{
    return parseIn(kOptimizers, key);
}
std::optional<Checkpointing> parseCheckpointing(const std::string &key)
{
    return parseIn(kCheckpointing, key);
}
std::optional<FfnKind> parseFfn(const std::string &key)
{
    return parseIn(kFfns, key);
}
std::optional<Accounting> parseAccounting(const std::string &key)
{
    return parseIn(kAccountings, key);
}

} // namespace ts
