// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ts {

// Bytes per element that each precision stores (docs/formulas.md, "Precision").
struct PrecisionBytes
{
    int weight;         // the weights the forward pass reads
    int gradient;       // gradients
    int master;         // fp32 master copy of the weights kept by the optimizer (mixed only)
    int activation;     // saved activations
    int optimizerState; // each optimizer moment (8-bit Adam overrides this with 1)
};

[[nodiscard]] PrecisionBytes precisionBytes(Precision p);
// The same as the options run it: under torch.autocast a mixed precision keeps fp32 weights,
// gradients and moments, no master copy, and 16-bit activations.
[[nodiscard]] PrecisionBytes precisionBytes(const TrainingOptions &o);
// Whether torch.autocast's accounting applies: --amp autocast with bf16-mixed or fp16-mixed.
[[nodiscard]] bool autocastApplies(const TrainingOptions &o);

// Per-parameter cost of one optimizer update.
struct OptimizerCost
{
    int states;        // moments kept per parameter
    int flopsPerParam; // FLOPs of one update per parameter
};

[[nodiscard]] OptimizerCost optimizerCost(Optimizer o);

// 8-bit Adam quantises its moments block-wise with one fp32 scale per block of this many elements
// (Dettmers et al. 2022, "8-bit Optimizers via Block-wise Quantization").
inline constexpr std::int64_t kAdam8bitBlock = 2048;

// Command-line and JSON names ("fp32", "bf16-mixed", "adamw", "selective", "swiglu", ...).
[[nodiscard]] const char *keyOf(Precision p);
[[nodiscard]] const char *keyOf(Amp a); // "plain", "autocast"
[[nodiscard]] const char *keyOf(Optimizer o);
[[nodiscard]] const char *keyOf(Checkpointing c);
[[nodiscard]] const char *keyOf(FfnKind f);
[[nodiscard]] const char *keyOf(Accounting a); // "lecture", "pytorch-eager"
[[nodiscard]] const char *keyOf(Offload o);    // "none", "optimizer", "optimizer+params"
[[nodiscard]] std::optional<Precision> parsePrecision(const std::string &key);
[[nodiscard]] std::optional<Optimizer> parseOptimizer(const std::string &key);
[[nodiscard]] std::optional<Checkpointing> parseCheckpointing(const std::string &key);
[[nodiscard]] std::optional<FfnKind> parseFfn(const std::string &key);
[[nodiscard]] std::optional<Accounting> parseAccounting(const std::string &key);

} // namespace ts
