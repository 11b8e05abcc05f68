// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkedint.h"
#include "estimate.h"

namespace ts {

namespace {

void store(std::int64_t &field, CheckedInt value, bool *overflow)
{
    field = value.value();
    if (value.overflowed())
        *overflow = true;
}

} // namespace

ParameterCounts countParameters(const ModelShape &m, bool *overflow)
{
    const CheckedInt d = m.dModel, v = m.vocab, L = m.layers;
    const CheckedInt dd = d * d;
    ParameterCounts p;
    store(p.embedding, v * d, overflow);
    store(p.blockNorms, 2 * d, overflow);
    store(p.blockAttention, 4 * dd, overflow);
    store(p.blockFfn, 12 * dd, overflow);
    const CheckedInt perBlock = 2 * d + 16 * dd;
    store(p.perBlock, perBlock, overflow);
    store(p.allBlocks, L * perBlock, overflow);
    store(p.finalNorm, d, overflow);
    store(p.outputProjection, d * v, overflow);
    store(p.total, 2 * d * v + d + L * perBlock, overflow);
    return p;
}

ActivationCounts countActivations(const ModelShape &m, bool *overflow)
{
    const CheckedInt b = m.batch, c = m.seqLen, d = m.dModel, L = m.layers, h = m.heads,
                     v = m.vocab;
    const CheckedInt bcd = b * c * d;
    const CheckedInt bhcc = b * h * c * c;

    std::array<CheckedInt, kActivationCount> e;
    auto set = [&e](Activation a, CheckedInt n) { e[static_cast<std::size_t>(a)] = n; };
    set(Activation::X, bcd);
    set(Activation::XNorm, bcd);
    set(Activation::QK, 2 * bcd);
    set(Activation::P, bhcc);
    set(Activation::V, bcd);
    set(Activation::O, bcd);
    set(Activation::XRes, bcd);
    set(Activation::XFfin, bcd);
    set(Activation::GVff, 8 * bcd);
    set(Activation::H, 4 * bcd);
    set(Activation::FinalNormInput, bcd);
    set(Activation::XFinal, bcd);
    set(Activation::Logits, b * c * v);

    ActivationCounts out;
    CheckedInt perBlock, attention, blockOther, head;
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        const ActivationInfo &info = activationInfo(static_cast<Activation>(i));
        if (info.perBlock)
            perBlock += e[i];
        const CheckedInt all = info.perBlock ? L * e[i] : e[i];
        store(out.elements[i], all, overflow);
        switch (info.group) {
        case ActivationGroup::AttentionScores: attention += all; break;
        case ActivationGroup::BlockOther: blockOther += all; break;
        case ActivationGroup::Head: head += all; break;
        }
    }
    store(out.perBlock, perBlock, overflow);
    store(out.attentionScores, attention, overflow);
    store(out.blockOther, blockOther, overflow);
    store(out.head, head, overflow);
    store(out.total, attention + blockOther + head, overflow);
    return out;
}

FlopsBreakdown countFlops(const ModelShape &m, std::int64_t parameters)
{
    const double b = double(m.batch), c = double(m.seqLen), d = double(m.dModel),
                 L = double(m.layers), v = double(m.vocab);
    const double bcdd = b * c * d * d;
    const double bccd = b * c * c * d;

    FlopsBreakdown f;
    auto set = [&f](Matmul mm, double value) { f.forwardTerms[static_cast<std::size_t>(mm)] = value; };
    set(Matmul::QkvProjection, L * 6 * bcdd);
    set(Matmul::Scores, L * 2 * bccd);
    set(Matmul::AttnValues, L * 2 * bccd);
    set(Matmul::OutProjection, L * 2 * bcdd);
    set(Matmul::W1W3, L * 16 * bcdd);
    set(Matmul::W2, L * 8 * bcdd);
    set(Matmul::LmHead, 2 * b * c * d * v);
    for (double term : f.forwardTerms)
        f.forward += term;
    f.backward = 2 * f.forward;
    f.optimizer = 15 * double(parameters);
    f.total = f.forward + f.backward + f.optimizer;
    return f;
}

} // namespace ts
