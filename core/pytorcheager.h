// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "terms.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace ts {

// What one training step of PyTorch eager keeps, modelled on the reference implementation
// tests/validation/reference.py (docs/formulas.md, "PyTorch eager accounting"): the lecture's
// model written as a student would, one CPU step in fp32 with AdamW, gradients kept between steps.
inline constexpr const char *kPytorchEagerVersion = "1.13.1";

// Every tensor the step keeps besides the weights, their gradients and the AdamW moments. The
// first thirteen are the lecture's tensors as PyTorch keeps them, in the slides' order; the rest
// are what the lecture leaves out.
enum class EagerTerm : std::size_t {
    BlockInput,      // x, saved by the first RMSNorm's pow and div
    XNorm,           // x_norm, saved by the W_Q, W_K, W_V products
    QK,              // contiguous copies of Q and Kᵀ, saved by bmm
    P,               // softmax output
    V,               // contiguous copy of V, saved by bmm
    O,               // attention output, saved by the W_O product
    XRes,            // x_res, saved by the second RMSNorm
    XFfin,           // x_ffin, saved by the W1 and W3 products
    GVff,            // G (saved by SiLU) and V_ff (saved by the SwiGLU product)
    H,               // SwiGLU output, saved by the W2 product
    FinalNormInput,  // last block's output, saved by the final RMSNorm
    XFinal,          // final RMSNorm output, saved by the LM head product
    LogProbs,        // log_softmax output, saved by log_softmax and nll_loss (the lecture's logits)
    NormSquares,     // x², saved by mean() in each block's two RMSNorms
    NormRms,         // the per-token RMS, saved by sqrt and div in each block's two RMSNorms
    NormScaled,      // x / rms, saved by the gain multiply in each block's two RMSNorms
    FinalNormExtras, // the final RMSNorm's x², x / rms and RMS
    SiluOut,         // SiLU(G), saved by the SwiGLU product
    CausalMask,      // the bool c×c mask, saved by masked_fill, built in every block
    AttentionScale,  // 1/√d_head as a 0-dim float64 tensor, saved by the division
    TokenIds,        // int64 token ids, saved by the embedding
    TargetIds,       // int64 targets, saved by nll_loss
    NllTotalWeight,  // nll_loss's 0-dim fp32 total weight
    LoraIntermediate, // LoRA: A·x, saved by B's product, per adapter
    LoraScale,        // LoRA: α/r as a 0-dim float64 tensor, saved by the multiply, per adapter
    StepCounters,     // AdamW's state['step'], a 0-dim fp32 tensor per parameter tensor
    HeldLogits,       // the training loop's logits variable: not saved, but alive all step
};
inline constexpr std::size_t kEagerTermCount = 27;
inline constexpr std::size_t kEagerLectureTermCount = 13; // the first 13 mirror Activation

enum class EagerKind {
    Saved,          // saved for backward: part of memory_bytes.activations
    OptimizerState, // part of memory_bytes.optimizer_states
    Held,           // alive during the step, counted only in the peak
};

struct EagerTermInfo
{
    const char *key;     // JSON and table key
    const char *symbol;  // short name
    const char *formula; // bytes over the whole model (fp32 = 4 bytes, int64 = 8, bool = 1)
    const char *why;     // one line: why PyTorch keeps it
    EagerKind kind;
    ActivationGroup group; // stack of the memory chart
};

[[nodiscard]] const EagerTermInfo &eagerTermInfo(EagerTerm t);

// The lecture's tensor that term t stands for; only for the first kEagerLectureTermCount terms.
[[nodiscard]] inline Activation lectureCounterpart(EagerTerm t)
{
    return static_cast<Activation>(static_cast<std::size_t>(t));
}

// Moments of the step, in order; the peak is found at one of them.
enum class EagerMoment : std::size_t {
    ForwardLastBlock,  // forward of the last block (every earlier block's tensors saved)
    ForwardHead,       // final RMSNorm, LM head, cross-entropy
    BackwardLoss,      // backward of nll_loss and log_softmax: three b·c·v tensors alive
    BackwardLmHead,    // backward of the LM head product
    BackwardFinalNorm, // backward of the final RMSNorm
    BackwardFfn,       // backward of the last block's SwiGLU
    BackwardNorm2,     // backward of the last block's second RMSNorm
    BackwardAttention, // backward of the last block's attention
    BackwardNorm1,     // backward of the last block's first RMSNorm
    BackwardEmbedding, // backward of the embedding: a dense v×d gradient
    OptimizerStep,     // AdamW: sqrt(v) and the denominator of two parameter tensors
};
inline constexpr std::size_t kEagerMomentCount = 11;

[[nodiscard]] const char *eagerMomentKey(EagerMoment m);
[[nodiscard]] const char *eagerMomentDescription(EagerMoment m);

// Live bytes at the worst moment of the step, and what they are.
struct EagerPeak
{
    std::int64_t bytes = 0; // the peak of live allocated bytes during the step
    EagerMoment moment = EagerMoment::ForwardLastBlock;
    std::int64_t staticBytes = 0;    // weights, gradients, AdamW m, v and step counters
    std::int64_t heldBytes = 0;      // the loop's token ids, targets, logits and loss
    std::int64_t savedBytes = 0;     // saved activations not yet released (ids excluded)
    std::int64_t transientBytes = 0; // gradients in flight and temporaries of the running op
};

// The PyTorch eager figures for one scenario; zero unless its accounting is PytorchEager.
struct EagerAccounting
{
    std::array<std::int64_t, kEagerTermCount> bytes {}; // each term over the whole model
    std::int64_t savedActivations = 0; // every Saved term [memory_bytes.activations]
    std::int64_t optimizerStates = 0;  // AdamW m and v, 8·N_p, plus the step counters
    EagerPeak peak;
    std::array<double, kMatmulCount> backwardTerms {}; // input- and weight-gradient products

    [[nodiscard]] std::int64_t of(EagerTerm t) const { return bytes[static_cast<std::size_t>(t)]; }
};

// The terms' bytes for a validated lecture-configuration shape, trained in full or with LoRA
// (the harness's LoRALinear: every weight frozen, adapters on o.loraTargets); trainable is the
// parameters AdamW updates. Overflow is reported, not wrapped.
[[nodiscard]] EagerAccounting countEager(const ModelShape &m, const TrainingOptions &o,
                                         std::int64_t trainable, bool *overflow);

// What PyTorch eager saves for backward, for the scenarios the term model covers: the lecture's
// configuration in full training (as --accounting pytorch-eager) or with LoRA, whose peak is not
// modelled. Empty for any other scenario.
[[nodiscard]] std::optional<std::int64_t> eagerSavedActivations(const Scenario &s);

// The live bytes at the step's worst moment, from a replay of the step's allocations and frees.
[[nodiscard]] EagerPeak eagerPeak(const ModelShape &m, std::int64_t parameters, bool *overflow);

} // namespace ts
