// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "steptime.h"

#include "communication.h"
#include "layout.h"
#include "options.h"

#include <algorithm>

namespace ts {

namespace { } // namespace

StageFlops slowestStage(const FlopsBreakdown &f, std::int64_t p)
{
    if (p == 1)
        return { f.forward, f.forward + f.backward, f.recompute };
    const double head = f.of(Matmul::LmHead);
    const double stages = double(p);
    return { (f.forward - head) / stages + head,
             (f.forward + f.backward - 3 * head) / stages + 3 * head, f.recompute / stages };
}

namespace {

// The communication of one optimizer step that nothing hides (docs/formulas.md §8.10).
void communicationOf(const Scenario &s, const Layout &l, const FlopsBreakdown &f,
                     const StageFlops &stage, const PipelineMemory &stages, double rate,
                     StepTimeBreakdown &out)
{
    const ModelShape &m = s.model;
    const TrainingOptions &o = s.options;
    const Hardware &h = s.hardware;
    const PrecisionBytes pb = precisionBytes(o);
    const double micro = double(l.microBatches);
    const double split = double(l.tp * l.cp);
    // One block's output on one GPU of a context-parallel group: b·(c/cp)·d.
    const double tokens = double(m.batch) * double(m.seqLen / l.cp);
    const double blockBytes = tokens * double(m.dModel) * pb.activation;
    const bool full = o.checkpointing == Checkpointing::Full;
    const double blocks = double(m.layers / l.pp);

    // Tensor parallelism (Shoeybi et al. 2019; Korthikanti et al. 2022): two all-reduces of
    // b·c·d per block in forward and two in backward (a reduce-scatter and an all-gather each
    // under sequence parallelism, the same bytes), two more when full recompute re-runs the
    // forward; one for the vocabulary-parallel embedding and one for the LM head's input.
    const double perBlock = full ? 6 : 4;
    const double headAndEmbedding = l.pp == 1 ? 2 : 1;
    out.tensorParallel = micro * (blocks * perBlock + headAndEmbedding)
            * allReduceSeconds(blockBytes, l.tp, linkFor(h, l.tp));

    // Pipeline (Narayanan et al. 2021, §4.1): per micro-batch and model chunk one activation
    // forward and one gradient backward, each 1/t of b·c·d per GPU (scatter/gather).
    const Link pipe = linkFor(h, h.gpus);
    out.pipelineParallel = l.pp > 1
            ? 2 * double(l.chunks) * micro * sendSeconds(blockBytes / double(l.tp), pipe)
            : 0.0;

    // Context parallelism (ring attention): cp − 1 steps per block, each passing a K and V
    // chunk of b·(c/cp)·2·d_kv/t forward and K, V, dK, dV backward while the GPU computes
    // attention on the chunk it holds; only the part of a step longer than that adds time.
    if (l.cp > 1) {
        const Link ring = linkFor(h, l.tp * l.cp);
        const double dkv = double(m.kvHeadCount()) * double(m.dModel / m.heads);
        const double kvBytes = tokens * 2 * dkv / double(l.tp) * pb.activation;
        const double attention = (f.of(Matmul::Scores) + f.of(Matmul::AttnValues))
                / double(m.layers) / (split * double(l.cp)) / rate;
        const double forwardStep = std::max(0.0, sendSeconds(kvBytes, ring) - attention);
        const double backwardStep = std::max(0.0, sendSeconds(2 * kvBytes, ring) - 2 * attention);
        const double forwards = full ? 2 : 1;
        out.contextParallel
                = micro * blocks * double(l.cp - 1) * (forwards * forwardStep + backwardStep);
    }

    // Expert parallelism (Lepikhin et al. 2020; Megatron-LM's all-to-all dispatcher): each MoE
    // block sends every token's k copies to their experts and back, forward and backward (and
    // again when full recompute re-runs the forward): k·b·(c/cp)·d per GPU, 1/t of it with
    // sequence parallelism.
    if (l.ep > 1) {
        const double tokensBytes = double(m.topK) * blockBytes
                / (o.sequenceParallel && l.tp > 1 ? double(l.tp) : 1.0);
        const double exchanges = full ? 6 : 4;
        out.expertParallel = micro * blocks * exchanges
                * allToAllSeconds(tokensBytes, l.ep, linkFor(h, l.tp * l.cp * l.ep));
    }

    // Data parallelism over the DP·CP GPUs holding the same weights (Rajbhandari et al. 2020,
    // §7): all-reduce of the gradients (ZeRO 0), reduce-scatter of the gradients and all-gather
    // of the updated weights (ZeRO 1, 2), and under ZeRO 3 the weights gathered for forward and
    // for backward and the gradients reduce-scattered in every micro-batch.
    const std::int64_t n = l.shardGroup();
    const Link dp = linkFor(h, l.tp * l.cp * l.dp);
    // The routed experts' gradients reduce among the DP·cp/ep GPUs holding the same experts.
    const StageMemory &peak = stages.peakStage == 0 ? stages.first : stages.last;
    const double experts = double(peak.expertParameters);
    const double dense = double(peak.parameters) - experts;
    const std::int64_t ne = l.expertShardGroup();
    const double backward = (stage.forwardAndBackward - stage.forward) / split / rate;
    const double forward = stage.forward / split / rate;
    // One ZeRO stage's collectives for `count` parameters over n GPUs.
    const auto collectives = [&](double count, std::int64_t n, bool perMicro) {
        if (count <= 0)
            return 0.0;
        const double gradients = count * pb.gradient, weights = count * pb.weight;
        if (perMicro) // ZeRO 3: gather the weights for forward and backward, scatter gradients
            return 2 * gatherSeconds(weights, n, dp) + gatherSeconds(gradients, n, dp);
        return o.zeroStage == 0 ? allReduceSeconds(gradients, n, dp)
                                : gatherSeconds(gradients, n, dp) + gatherSeconds(weights, n, dp);
    };
    if (o.zeroStage == 3) {
        const double perMicro = collectives(dense, n, true) + collectives(experts, ne, true);
        out.dataParallelTotal = micro * perMicro;
        out.dataParallel = micro * std::max(0.0, perMicro - (forward + backward));
    } else {
        out.dataParallelTotal = collectives(dense, n, false) + collectives(experts, ne, false);
        out.dataParallel = std::max(0.0, out.dataParallelTotal - backward);
    }
    if (o.gradSync == GradSync::Exposed)
        out.dataParallel = out.dataParallelTotal;
    else if (o.gradSync == GradSync::Hidden)
        out.dataParallel = 0;
}

} // namespace

TrainingTime trainingOf(const Scenario &s, const FlopsBreakdown &f, const PipelineMemory &stages)
{
    const Layout l = layoutOf(s);
    const double gpus = double(s.hardware.gpus);
    TrainingTime t;
    t.tokensPerStep = double(s.model.batch) * double(s.model.seqLen);
    t.steps = s.run.tokens * s.run.epochs / t.tokensPerStep;
    t.globalBatch = double(s.model.batch) * double(l.microBatches) * double(l.dp);
    t.optimizerSteps = s.run.tokens * s.run.epochs / (t.globalBatch * double(s.model.seqLen));

    // f.optimizer is this GPU's update: of its shard under ZeRO >= 1 (updatedParameters). The
    // t·cp GPUs of a tensor- and context-parallel group share each micro-batch's work; the
    // slowest pipeline stage sets the pace.
    const double rate = s.hardware.peakFlopsPerGpu * s.hardware.mfu;
    const double micro = double(l.microBatches);
    const double split = double(l.tp * l.cp);
    const StageFlops stage = slowestStage(f, l.pp);
    const double perGpuFlops = micro * stage.forwardAndBackward / split + f.optimizer;
    StepTimeBreakdown &b = t.breakdown;
    b.recompute = micro * stage.recompute / split / rate;
    b.compute = micro * (stage.forwardAndBackward - stage.recompute) / split / rate;
    b.optimizer = f.optimizer / rate;
    b.bubble = l.bubbleFraction() * micro * stage.forwardAndBackward / split / rate;
    communicationOf(s, l, f, stage, stages, rate, b);

    const double everyGpu = micro * (f.forward + f.backward) / double(l.tp * l.pp * l.cp);
    t.totalFlops = t.optimizerSteps * gpus * (everyGpu + f.optimizer);
    t.secondsPerStep = perGpuFlops / rate + b.bubble + b.tensorParallel + b.pipelineParallel
            + b.contextParallel + b.expertParallel + b.dataParallel;
    t.seconds = t.optimizerSteps * t.secondsPerStep;
    t.hours = t.seconds / 3600.0;
    t.modelFlopsPerStep = double(l.dp) * micro * (f.forward + f.backward - f.recompute);
    t.modelledMfu = t.modelFlopsPerStep / (t.secondsPerStep * gpus * s.hardware.peakFlopsPerGpu);
    return t;
}

} // namespace ts
