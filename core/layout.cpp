// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout.h"

#include "checkedint.h"
#include "estimate.h"

#include <algorithm>

namespace ts {

Layout layoutOf(const Scenario &s)
{
    const TrainingOptions &o = s.options;
    Layout l;
    l.tp = o.tensorParallel;
    l.pp = o.pipelineParallel;
    l.chunks = o.pipelineSchedule == PipelineSchedule::Interleaved ? o.pipelineChunks : 1;
    l.cp = o.contextParallel;
    l.ep = o.expertParallel;
    l.dp = s.hardware.gpus / (l.tp * l.pp * l.cp);
    l.microBatches = o.gradAccum;
    return l;
}

StageSlice stageSlice(const Layout &layout, std::int64_t layers, std::int64_t stage)
{
    const std::int64_t p = layout.pp, v = layout.chunks, m = layout.microBatches;
    StageSlice s;
    s.index = stage;
    s.first = stage == 0;
    s.last = stage == p - 1;
    s.blocks = layers / p;
    // 1F1B (Narayanan et al. 2021, §2.2.1): stage i starts p − i − 1 forwards before its first
    // backward, so p − i micro-batches are in flight. Interleaved (§2.2.2, Megatron-LM's
    // schedule): 2(p − i − 1) + (v − 1)·p warm-up chunk forwards, plus the one in steady state;
    // for stage 0 that is L·(1 + (p − 1)/(p·v)) blocks (Korthikanti et al. 2022, §4.2.3).
    if (v == 1) {
        s.blocksInFlight = std::min(p - stage, m) * (layers / p);
    } else {
        const std::int64_t chunks = std::min(2 * (p - stage - 1) + (v - 1) * p + 1, v * m);
        s.blocksInFlight = chunks * (layers / (p * v));
    }
    s.microBatchesInFlight = std::min(p - stage, m);
    return s;
}

std::int64_t stageParameters(const ModelShape &m, const ParameterCounts &p, std::int64_t t,
                             const StageSlice &stage, bool *overflow, std::int64_t ep,
                             std::int64_t *experts)
{
    const CheckedInt d = m.dModel;
    const CheckedInt vocabShare = ceilDiv(CheckedInt(m.vocab), t) * d;
    const CheckedInt blocks = stage.blocks;
    // The routed experts split over t (their columns) and ep (whole experts); the rest of a
    // block as before.
    const CheckedInt routed = ceilDiv(ceilDiv(CheckedInt(p.blockExperts), t), ep)
            + ceilDiv(CheckedInt(p.blockExpertBiases), ep);
    const CheckedInt dense = ceilDiv(CheckedInt(p.blockSharded - p.blockExperts), t)
            + (p.blockReplicated - p.blockExpertBiases);
    CheckedInt n = blocks * (dense + routed);
    const CheckedInt expertPart = blocks * routed;
    if (experts)
        *experts = expertPart.value();
    if (stage.first)
        n += vocabShare + p.positions;
    if (stage.last) {
        n += p.finalNorm;
        // An untied head is its own matrix; a tied one shares the embedding's on a single stage
        // and needs its own copy on the last stage of a pipeline.
        if (!m.tiedEmbeddings || !stage.first)
            n += vocabShare;
    }
    if (n.overflowed() || expertPart.overflowed())
        *overflow = true;
    return n.value();
}

} // namespace ts
