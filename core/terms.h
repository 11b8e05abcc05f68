// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
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
    PCast,         // autocast: the 16-bit cast of the fp32 probabilities that P·V saves: b·h·c²
    LogSoftmax,    // autocast: the fp32 log-softmax the cross-entropy saves: b·c·v
    RouterLogits,  // mixture of experts: the router's fp32 scores, saved by its softmax: b·c·E
    ExpertInputs,  // the tokens dispatched to their k experts, input of W1 (and W3): k·b·c·d
    ExpertOutputs, // the experts' outputs, kept for the gate weights' gradient: k·b·c·d
};
inline constexpr std::size_t kActivationCount = 27;
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

// The tables are in the header so that the estimate's loops over the tensors inline them.
namespace detail {
// clang-format off
inline constexpr std::array<ActivationInfo, kActivationCount> kActivations = { {
        { "x", "x", "b·c·d", true, ActivationGroup::BlockOther },
        { "x_norm", "x_norm", "b·c·d", true, ActivationGroup::BlockOther },
        { "q_k", "Q, K", "b·c·d + b·c·d_kv", true, ActivationGroup::BlockOther },
        { "p", "P", "b·h·c²", true, ActivationGroup::AttentionScores },
        { "v", "V", "b·c·d_kv", true, ActivationGroup::BlockOther },
        { "o", "O", "b·c·d", true, ActivationGroup::BlockOther },
        { "x_res", "x_res", "b·c·d", true, ActivationGroup::BlockOther },
        { "x_ffin", "x_ffin", "b·c·d", true, ActivationGroup::BlockOther },
        { "g_v_ff", "G, V_ff", "2·b·c·d_ff", true, ActivationGroup::BlockOther },
        { "h", "H", "b·c·d_ff", true, ActivationGroup::BlockOther },
        { "final_norm_input", "x_final", "b·c·d", false, ActivationGroup::Head },
        { "x_final_norm", "X_final", "b·c·d", false, ActivationGroup::Head },
        { "logits", "Logits", "b·c·v", false, ActivationGroup::Head },
        { "gelu_input", "U", "b·c·d_ff", true, ActivationGroup::BlockOther },
        { "log_sum_exp", "LSE", "b·h·c (fp32)", true, ActivationGroup::BlockOther },
        { "block_inputs", "x (checkpoint)", "b·c·d", true, ActivationGroup::BlockOther },
        { "attention_dropout_mask", "mask(P)", "b·h·c² (1 byte)", true,
          ActivationGroup::AttentionScores },
        { "attention_dropout_output", "dropout(P)", "b·h·c²", true,
          ActivationGroup::AttentionScores },
        { "attention_output_mask", "mask(attn)", "b·c·d (1 byte)", true,
          ActivationGroup::BlockOther },
        { "ffn_output_mask", "mask(ffn)", "b·c·d (1 byte)", true, ActivationGroup::BlockOther },
        { "embedding_mask", "mask(emb)", "b·c·d (1 byte)", false, ActivationGroup::BlockOther },
        { "lora_intermediate", "A·x", "b·c·r per adapted layer", true,
          ActivationGroup::BlockOther },
        { "probabilities_cast", "P (16-bit)", "b·h·c²", true, ActivationGroup::AttentionScores },
        { "log_softmax", "log_softmax", "b·c·v (fp32)", false, ActivationGroup::Head },
        { "router_logits", "router", "b·c·E (fp32)", true, ActivationGroup::BlockOther },
        { "expert_inputs", "x_expert", "k·b·c·d", true, ActivationGroup::BlockOther },
        { "expert_outputs", "y_expert", "k·b·c·d", true, ActivationGroup::BlockOther },
} };

// clang-format on
} // namespace detail

[[nodiscard]] inline const ActivationInfo &activationInfo(Activation a)
{
    return detail::kActivations[static_cast<std::size_t>(a)];
}

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
    Router,       // mixture of experts: x_ffin·W_router, 2·b·c·d·E per block
};
inline constexpr std::size_t kMatmulCount = 9;

struct MatmulInfo
{
    const char *key;
    const char *formula; // FLOPs per block (per-block products) or in all (LM head)
    bool perBlock;
};

namespace detail {
// clang-format off
inline constexpr std::array<MatmulInfo, kMatmulCount> kMatmuls = { {
        { "qkv_projection", "2·b·c·d·(d + 2·d_kv)", true },
        { "attention_scores", "2·b·c²·d", true },
        { "attention_values", "2·b·c²·d", true },
        { "output_projection", "2·b·c·d²", true },
        { "ffn_w1_w3", "4·b·c·d·d_ff (SwiGLU), 2·b·c·d·d_ff (GELU); MoE: (k + s)·d_e for d_ff",
          true },
        { "ffn_w2", "2·b·c·d_ff·d; MoE: (k + s)·d_e for d_ff", true },
        { "lm_head", "2·b·c·d·v", false },
        { "lora_adapters", "2·b·c·r·(in + out) per adapted layer", true },
        { "router", "2·b·c·d·E", true },
} };
// clang-format on
} // namespace detail

[[nodiscard]] inline const MatmulInfo &matmulInfo(Matmul m)
{
    return detail::kMatmuls[static_cast<std::size_t>(m)];
}

} // namespace ts
