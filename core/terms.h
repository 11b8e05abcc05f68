// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace ts {

// Tensors saved for backward. The first thirteen are the lecture's list (part 1.2) in the order
// the slides give them; the rest appear only with options beyond the lecture. Formulas use
// d_ff (4d in the lecture) and d_kv = kv_heads·d/h (d in the lecture). Dropout masks take one
// byte per element whatever the precision (Korthikanti et al. 2022, §4.1).
enum class Activation : std::size_t {
    X,              // block input, saved by the first RMSNorm: b·c·d
    XNorm,          // RMSNorm output, input of W_Q, W_K, W_V: b·c·d
    QK,             // Q and K, saved for S = QKᵀ/√d_k: b·c·d + b·c·d_kv
    P,              // softmax probabilities: b·h·c²
    V,              // V, saved for O = P·V: b·c·d_kv
    O,              // attention output before W_O: b·c·d
    XRes,           // residual x + y, saved by the second RMSNorm: b·c·d
    XFfin,          // second RMSNorm output, input of W1 (and W3): b·c·d
    GVff,           // SwiGLU: G = W1·x_ffin and V_ff = W3·x_ffin: 2·b·c·d_ff
    H,              // FFN hidden, input of W2: b·c·d_ff
    FinalNormInput, // input of the final RMSNorm: b·c·d
    XFinal,         // final RMSNorm output, input of the LM head: b·c·d
    Logits,         // LM head output, saved by the cross-entropy: b·c·v
    GeluInput,      // GELU FFN: U = W1·x_ffin, saved for GELU's backward: b·c·d_ff
    LogSumExp,      // FlashAttention: one fp32 log-sum-exp per row and head: b·h·c
    BlockInputs,    // full checkpointing: each block's input, kept for the re-run: b·c·d
    AttnDropMask,   // dropout on P: its mask, b·h·c² bytes
    AttnDropOut,    // dropout on P: the dropped-out probabilities, input of P·V: b·h·c²
    AttnOutMask,    // dropout after the attention's output projection: b·c·d bytes
    FfnOutMask,     // dropout after the FFN: b·c·d bytes
    EmbedMask,      // dropout after the embedding (once, not per block): b·c·d bytes
    LoraInter,      // LoRA: A·x of each adapted layer, input of B: b·c·r per adapted layer
    PCast,      // autocast: the 16-bit cast of the fp32 probabilities that P·V saves: b·h·c²
    LogSoftmax, // autocast: the fp32 log-softmax the cross-entropy saves: b·c·v
};
inline constexpr std::size_t kActivationCount = 24;
inline constexpr std::size_t kLectureActivationCount = 13;

// How tensor parallelism (t GPUs) splits a tensor (Korthikanti et al. 2022, §4.2.2 and Table 2):
// by heads or FFN columns (each GPU keeps 1/t), by vocabulary (the logits, ⌈v/t⌉ columns each), or
// not at all — the norms' and dropouts' tensors and the first linear layers' inputs — unless the
// sequence is split as well (sequence parallelism: 1/t of the tokens each).
enum class TensorSplit { Heads, Vocab, Sequence };
[[nodiscard]] TensorSplit tensorSplit(Activation a);

// Which stack of the memory plot a tensor belongs to.
enum class ActivationGroup { AttentionScores, BlockOther, Head };

struct ActivationInfo
{
    const char *key;     // JSON and table key
    const char *symbol;  // name on the slides
    const char *formula; // elements per block (per-block tensors) or in all (the rest)
    bool perBlock;       // one per block (but see full checkpointing)
    ActivationGroup group;
};

[[nodiscard]] const ActivationInfo &activationInfo(Activation a);

// Matrix products of one forward pass (lecture part 2.1); each costs 2·m·n·k FLOPs.
enum class Matmul : std::size_t {
    QkvProjection, // x_norm·W_Q, W_K, W_V: 2·b·c·d·(d + 2·d_kv) per block (6·b·c·d² in the lecture)
    Scores,        // Q·Kᵀ per head: 2·b·c²·d per block
    AttnValues,    // P·V per head: 2·b·c²·d per block
    OutProjection, // O·W_O: 2·b·c·d² per block
    W1W3,          // x_ffin·W1 (and ·W3 for SwiGLU): 4·b·c·d·d_ff per block (2· for GELU)
    W2,            // H·W2: 2·b·c·d_ff·d per block
    LmHead,        // X_final·W_vocab: 2·b·c·d·v once
    LoraAdapters, // LoRA: A·x and B·(A·x) of each adapted layer, 2·b·c·r·(in + out) per block
};
inline constexpr std::size_t kMatmulCount = 8;

struct MatmulInfo
{
    const char *key;
    const char *formula; // FLOPs per block (per-block products) or in all (LM head)
    bool perBlock;
};

[[nodiscard]] const MatmulInfo &matmulInfo(Matmul m);

} // namespace ts
