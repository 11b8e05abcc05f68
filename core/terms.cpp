// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "terms.h"

#include <array>

namespace ts {

namespace {

constexpr std::array<ActivationInfo, kActivationCount> kActivations = { {
        { "x", "x", "b·c·d", true, ActivationGroup::BlockOther },
        { "x_norm", "x_norm", "b·c·d", true, ActivationGroup::BlockOther },
        { "q_k", "Q, K", "2·b·c·d", true, ActivationGroup::BlockOther },
        { "p", "P", "b·h·c²", true, ActivationGroup::AttentionScores },
        { "v", "V", "b·c·d", true, ActivationGroup::BlockOther },
        { "o", "O", "b·c·d", true, ActivationGroup::BlockOther },
        { "x_res", "x_res", "b·c·d", true, ActivationGroup::BlockOther },
        { "x_ffin", "x_ffin", "b·c·d", true, ActivationGroup::BlockOther },
        { "g_v_ff", "G, V_ff", "8·b·c·d", true, ActivationGroup::BlockOther },
        { "h", "H", "4·b·c·d", true, ActivationGroup::BlockOther },
        { "final_norm_input", "x_final", "b·c·d", false, ActivationGroup::Head },
        { "x_final_norm", "X_final", "b·c·d", false, ActivationGroup::Head },
        { "logits", "Logits", "b·c·v", false, ActivationGroup::Head },
} };

constexpr std::array<MatmulInfo, kMatmulCount> kMatmuls = { {
        { "qkv_projection", "6·b·c·d²", true },
        { "attention_scores", "2·b·c²·d", true },
        { "attention_values", "2·b·c²·d", true },
        { "output_projection", "2·b·c·d²", true },
        { "ffn_w1_w3", "16·b·c·d²", true },
        { "ffn_w2", "8·b·c·d²", true },
        { "lm_head", "2·b·c·d·v", false },
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

} // namespace ts
