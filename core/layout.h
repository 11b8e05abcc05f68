// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <cstdint>

namespace ts {

struct ParameterCounts;

// How the GPUs are arranged (docs/formulas.md §8.10). Ranks are numbered tensor-parallel first,
// then context-parallel, data-parallel and pipeline-parallel (Megatron-LM's default order), so
// a tensor-parallel group is t neighbouring GPUs and a pipeline spans all of them.
struct Layout
{
    std::int64_t tp = 1;           // t
    std::int64_t pp = 1;           // p, pipeline stages
    std::int64_t chunks = 1;       // v, model chunks per GPU: 1 under 1F1B
    std::int64_t cp = 1;           // context-parallel GPUs per sequence
    std::int64_t ep = 1;           // expert-parallel GPUs, within the data-parallel group
    std::int64_t dp = 1;           // data-parallel replicas: GPUs / (t·p·cp)
    std::int64_t microBatches = 1; // m per optimizer step on each replica

    // GPUs that hold the same weights and reduce their gradients together: DP·CP. ZeRO shards
    // over them (Megatron-LM's distributed optimizer shards over the data- and context-parallel
    // group).
    [[nodiscard]] std::int64_t shardGroup() const { return dp * cp; }
    // The GPUs holding the same routed experts: DP·cp/ep.
    [[nodiscard]] std::int64_t expertShardGroup() const { return dp * cp / ep; }
    // The pipeline bubble as a fraction of the micro-batches' compute: (p − 1)/(v·m)
    // (Narayanan et al. 2021, §2.2.1 and §2.2.2).
    [[nodiscard]] double bubbleFraction() const
    {
        return double(pp - 1) / (double(chunks) * double(microBatches));
    }
};

// The layout of a validated scenario (t·p·cp divides the GPUs: validate()).
[[nodiscard]] Layout layoutOf(const Scenario &s);

// What one pipeline stage keeps at its memory peak. Stage 0 is the first (embedding), stage
// p − 1 the last (final norm and LM head); with p = 1 the one stage is both and keeps the
// whole model, the lecture's count.
struct StageSlice
{
    std::int64_t index = 0;
    std::int64_t blocks = 0;         // L/p blocks whose weights the GPU holds
    std::int64_t blocksInFlight = 0; // block-micro-batches whose activations it keeps: 1F1B
                                     // min(p − i, m)·L/p; interleaved min(2(p − i − 1) +
                                     // (v − 1)p + 1, v·m) chunks of L/(p·v) blocks
    std::int64_t microBatchesInFlight = 0; // micro-batches whose embedding masks stage 0 keeps
    bool first = true;
    bool last = true;
};

[[nodiscard]] StageSlice stageSlice(const Layout &layout, std::int64_t layers, std::int64_t stage);

// The parameters one GPU of a stage holds under tensor parallelism t: its blocks' share
// (sharded/t + replicated each), ⌈v/t⌉·d for the embedding on the first stage (with the
// learned positions) and for the LM head on the last (a tied head keeps its own copy there when
// p > 1, as Megatron-LM does), and the final norm on the last. With p = 1 this is N_t.
// With expert parallelism ep, each GPU holds E/ep of the routed experts (1/t of each);
// *experts, when given, receives that part, which ZeRO shards over DP·cp/ep GPUs.
[[nodiscard]] std::int64_t stageParameters(const ModelShape &m, const ParameterCounts &p,
                                           std::int64_t t, const StageSlice &stage, bool *overflow,
                                           std::int64_t ep = 1, std::int64_t *experts = nullptr);

} // namespace ts
