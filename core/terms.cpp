// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "terms.h"

#include <array>

namespace ts {

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
