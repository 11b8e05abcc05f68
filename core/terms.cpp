// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "terms.h"

#include <array>

namespace ts {

namespace {

constexpr std::array<ActivationInfo, kActivationCount> kActivations = { {
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
} };

constexpr std::array<MatmulInfo, kMatmulCount> kMatmuls = { {
        { "qkv_projection", "2·b·c·d·(d + 2·d_kv)", true },
        { "attention_scores", "2·b·c²·d", true },
        { "attention_values", "2·b·c²·d", true },
        { "output_projection", "2·b·c·d²", true },
        { "ffn_w1_w3", "4·b·c·d·d_ff (SwiGLU), 2·b·c·d·d_ff (GELU)", true },
        { "ffn_w2", "2·b·c·d_ff·d", true },
        { "lm_head", "2·b·c·d·v", false },
        { "lora_adapters", "2·b·c·r·(in + out) per adapted layer", true },
} };

} // namespace

const ActivationInfo &activationInfo(Activation a)
{
    return kActivations[static_cast<std::size_t>(a)];
}

const MatmulInfo &matmulInfo(Matmul m)
{
    return kMatmuls[static_cast<std::size_t>(m)];
}

TensorSplit tensorSplit(Activation a)
{
    switch (a) {
    case Activation::QK:
    case Activation::P:
    case Activation::V:
    case Activation::O: // the input of the row-parallel W_O: each GPU's heads
    case Activation::GVff:
    case Activation::H:
    case Activation::GeluInput:
    case Activation::LogSumExp:
    case Activation::AttnDropMask:
    case Activation::AttnDropOut:
    case Activation::LoraInter:
    case Activation::PCast: return TensorSplit::Heads;
    case Activation::Logits:
    case Activation::LogSoftmax: return TensorSplit::Vocab;
    default: return TensorSplit::Sequence;
    }
}

} // namespace ts
