// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "finetune.h"

namespace ts {

namespace {

CheckedInt kvWidth(const ModelShape &m)
{
    return CheckedInt(m.kvHeadCount()) * CheckedInt(m.dModel / m.heads);
}

} // namespace

Adapters adaptersOf(const ModelShape &m, const TrainingOptions &o)
{
    Adapters a;
    if (o.finetune == FineTuning::Full)
        return a;
    const bool attention = o.loraTargets != LoraTargets::Qv;
    const bool all = o.loraTargets == LoraTargets::All;
    a.q = a.v = true;
    a.k = a.o = attention;
    a.w1 = a.w2 = all;
    a.w3 = all && m.ffn == FfnKind::SwiGlu;
    const CheckedInt d = m.dModel, dkv = kvWidth(m), dff = CheckedInt(m.ffnWidth());
    // Each adapted layer: its input and output widths.
    const struct
    {
        bool on;
        CheckedInt in, out;
    } layers[] = { { a.q, d, d },    { a.k, d, dkv },  { a.v, d, dkv }, { a.o, d, d },
                   { a.w1, d, dff }, { a.w3, d, dff }, { a.w2, dff, d } };
    for (const auto &layer : layers) {
        if (!layer.on)
            continue;
        a.layers += 1;
        a.widths += layer.in + layer.out;
    }
    a.parameters = CheckedInt(o.loraRank) * a.widths;
    return a;
}

CheckedInt nf4Bytes(CheckedInt n)
{
    // n · (4·16384 + 8·256 + 32) / (8·16384) = n · 2113 / 4096 bytes, rounded up.
    const CheckedInt bits = n * 2113;
    return bits.overflowed() ? bits
                             : CheckedInt(bits.value() / 4096 + (bits.value() % 4096 != 0 ? 1 : 0));
}

CheckedInt blockMatrixWeights(const ModelShape &m)
{
    const CheckedInt d = m.dModel, dkv = kvWidth(m), dff = CheckedInt(m.ffnWidth());
    const CheckedInt ffnMatrices = m.ffn == FfnKind::SwiGlu ? 3 : 2;
    return d * d * 2 + d * dkv * 2 + d * dff * ffnMatrices;
}

CheckedInt nf4BytesPerBlock(const ModelShape &m)
{
    const CheckedInt d = m.dModel, dkv = kvWidth(m), dff = CheckedInt(m.ffnWidth());
    const CheckedInt ffnMatrices = m.ffn == FfnKind::SwiGlu ? 3 : 2;
    return nf4Bytes(d * d) * 2 + nf4Bytes(d * dkv) * 2 + nf4Bytes(d * dff) * ffnMatrices;
}

} // namespace ts
