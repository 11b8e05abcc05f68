// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkedint.h"
#include "scenario.h"

namespace ts {

// The LoRA adapters of one block (docs/formulas.md §8.7): which linear layers have one, and what
// they add. Everything is zero under full training.
struct Adapters
{
    bool q = false, k = false, v = false, o = false; // the attention's projections
    bool w1 = false, w3 = false, w2 = false;         // the FFN's (W3 only in SwiGLU)
    CheckedInt parameters; // r·(in + out) over the adapted layers, one block
    CheckedInt layers;     // adapted layers per block
    CheckedInt widths; // Σ (in + out) over the adapted layers: FLOPs are 2·b·c·r·(in + out)

    [[nodiscard]] bool any() const { return q || k || v || o || w1 || w3 || w2; }
};

[[nodiscard]] Adapters adaptersOf(const ModelShape &m, const TrainingOptions &o);

// Whether a block's weight has a gradient (full training) or an adapter on its input: backward
// then needs that input saved. Frozen weights need only their output's gradient.
[[nodiscard]] inline bool inputNeeded(bool adapted, const TrainingOptions &o)
{
    return o.finetune == FineTuning::Full || adapted;
}

// Bytes of n weights in 4-bit NF4 with double quantisation, as the QLoRA paper counts them:
// 4 bits per weight, an 8-bit scale per block of 64 and an fp32 scale per 256 of those,
// 4 + 8/64 + 32/(64·256) = 4.127 bits per weight (Dettmers et al. 2023, §3), rounded up to bytes.
[[nodiscard]] CheckedInt nf4Bytes(CheckedInt n);

// The weights of one block's matrices (W_Q, W_K, W_V, W_O and the FFN's), which QLoRA stores in
// NF4, and their bytes there, matrix by matrix; embeddings, norms, biases and the LM head stay at
// the precision's width.
[[nodiscard]] CheckedInt blockMatrixWeights(const ModelShape &m);
[[nodiscard]] CheckedInt nf4BytesPerBlock(const ModelShape &m);

} // namespace ts
