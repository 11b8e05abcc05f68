// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingnotes.h"

// Marks the texts the window shows for Qt Linguist, which reads the macro by name (context
// "ts::Working"); core needs no Qt, and the command line prints them as they are.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace ts::workingnotes {

// The lecture's block: SwiGLU with d_ff = 4d, one K/V head per head, RMSNorm, no biases, no
// learned positions, sequential, no dropout.
bool lectureBlock(const ModelShape &m)
{
    return m.ffn == FfnKind::SwiGlu && m.ffnWidth() == 4 * m.dModel && m.kvHeadCount() == m.heads
            && m.norm == NormKind::RmsNorm && m.bias == BiasKind::None && m.maxPositions == 0
            && !m.parallelBlock && !m.dropout && !m.moe();
}

// A pattern's %1 replaced by a number, as the window fills the same (translated) pattern.
std::string filled(const char *pattern, std::int64_t value)
{
    std::string out = pattern;
    const std::size_t at = out.find("%1");
    return at == std::string::npos ? out : out.replace(at, 2, std::to_string(value));
}

// How the architecture differs from the lecture's block, for the notes; parameters: only what
// changes the parameter count.
std::string architectureNote(const ModelShape &m, bool parameters)
{
    std::string out;
    const auto add = [&out](const std::string &part) { out += (out.empty() ? "" : "; ") + part; };
    if (m.ffn == FfnKind::Gelu)
        add(QT_TRANSLATE_NOOP("ts::Working", "GELU FFN: W1 and W2 only (2·d·d_ff)"));
    if (m.ffnWidth() != 4 * m.dModel)
        add(filled(QT_TRANSLATE_NOOP("ts::Working", "d_ff = %1 instead of 4d"), m.ffnWidth()));
    if (m.kvHeadCount() != m.heads)
        add(filled(QT_TRANSLATE_NOOP("ts::Working",
                                     "grouped-query attention: K and V have d_kv = kv·d/h = %1 "
                                     "columns"),
                   m.kvHeadCount() * (m.dModel / m.heads)));
    if (m.norm == NormKind::LayerNorm)
        add(QT_TRANSLATE_NOOP("ts::Working", "LayerNorm: a gain and a bias per norm"));
    if (m.bias != BiasKind::None)
        add(m.bias == BiasKind::Qkv
                    ? QT_TRANSLATE_NOOP("ts::Working", "biases on Q, K, V")
                    : QT_TRANSLATE_NOOP("ts::Working", "biases on every linear layer"));
    if (m.maxPositions > 0)
        add(QT_TRANSLATE_NOOP("ts::Working", "learned positions, c_max × d"));
    if (m.tiedEmbeddings)
        add(QT_TRANSLATE_NOOP("ts::Working", "tied embeddings: no separate LM head"));
    if (m.parallelBlock && !parameters)
        add(QT_TRANSLATE_NOOP("ts::Working", "parallel attention and FFN"));
    if (m.dropout && !parameters)
        add(QT_TRANSLATE_NOOP("ts::Working", "dropout masks"));
    // The window translates the parts one by one (ui/workingpanel.cpp), so keep this shape.
    return out.empty() ? out : QT_TRANSLATE_NOOP("ts::Working", "Beyond the slide: ") + out + ".";
}

} // namespace ts::workingnotes
