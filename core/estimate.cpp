// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"

#include "checkedint.h"
#include "finetune.h"
#include "offload.h"
#include "options.h"
#include "steptime.h"

#include <algorithm>

namespace ts {

namespace {

// Weights, gradients and optimizer states of one GPU. ZeRO stage s partitions the optimizer
// states (s ≥ 1), the gradients (s ≥ 2) and the weights (s = 3) evenly over the GPUs, each GPU
// holding ⌈N / GPUs⌉ of each partitioned part (Rajbhandari et al. 2020). Under LoRA only the
// adapters train; the frozen weights are kept once at the precision's width, or in NF4 (QLoRA).
// Offload then moves parts of it to the host (core/offload.cpp).
void staticMemoryOf(const Scenario &s, const ParameterCounts &p, const StageSlice &stage,
                    std::int64_t held, std::int64_t heldExperts, MemoryBreakdown &m,
                    OffloadCost &offloaded, bool *overflow)
{
    const TrainingOptions &o = s.options;
    const PrecisionBytes pb = precisionBytes(o);
    const OptimizerCost oc = optimizerCost(o.optimizer);
    // ZeRO shards over the GPUs holding the same weights: GPUs/(t·p) of them under tensor and
    // pipeline parallelism, each holding its share (full training only: validate()).
    // The routed experts (heldExperts of them) shard over the DP·cp/ep GPUs that hold the same
    // experts, the rest over DP·cp.
    const Layout layout = layoutOf(s);
    const CheckedInt trainable = held;
    const CheckedInt shard = ceilDiv(trainable - heldExperts, layout.shardGroup())
            + ceilDiv(CheckedInt(heldExperts), layout.expertShardGroup());
    const CheckedInt states = o.zeroStage >= 1 ? shard : trainable;

    TrainingState gpu;
    gpu.updated = states;
    if (o.finetune == FineTuning::Lora) {
        gpu.frozen = CheckedInt(pb.weight) * p.total;
    } else if (o.finetune == FineTuning::Qlora) {
        const CheckedInt layers = s.model.layers;
        gpu.frozen = layers * nf4BytesPerBlock(s.model)
                + CheckedInt(pb.weight) * (p.total - p.quantized);
    }
    if (o.zeroStage >= 3)
        gpu.frozen = ceilDiv(gpu.frozen, layout.shardGroup());
    gpu.optimizer = CheckedInt(pb.master) * states;
    if (o.optimizer == Optimizer::Adam8bit) {
        // One byte per moment plus one fp32 scale per block of 2048 elements of each moment.
        gpu.optimizer += CheckedInt(oc.states) * (states + 4 * ceilDiv(states, kAdam8bitBlock));
    } else {
        gpu.optimizer += CheckedInt(oc.states) * CheckedInt(pb.optimizerState) * states;
    }
    gpu.weights = CheckedInt(pb.weight) * (o.zeroStage >= 3 ? shard : trainable);
    gpu.gradients = CheckedInt(pb.gradient) * (o.zeroStage >= 2 ? shard : trainable);
    offloaded = offload(s, p, gpu, overflow);
    // torch.autocast casts every matrix a linear layer reads to 16 bits once per step and the
    // layer keeps the cast for backward: the blocks' matrices (dequantised inside bitsandbytes
    // under QLoRA, so not cast), the LM head (the embedding's matrix when tied) and the adapters.
    // Transformer Engine's fp8 layers keep a 1-byte fp8 transpose of their weight for the input
    // gradient (te.Linear: weight_t_fp8): the blocks' matrices; the LM head stays bf16.
    // Each GPU casts its own share of the matrices: its stage's blocks, 1/t of each and ⌈v/t⌉
    // vocabulary rows of the LM head on the last stage.
    const CheckedInt layers = stage.blocks;
    const std::int64_t tp = o.tensorParallel;
    const CheckedInt matrices = o.finetune == FineTuning::Qlora
            ? CheckedInt(0)
            : ceilDiv(layers * blockMatrixWeights(s.model), tp);
    const CheckedInt head = stage.last
            ? CheckedInt(s.model.dModel) * ceilDiv(CheckedInt(s.model.vocab), tp)
            : CheckedInt(0);
    CheckedInt casts;
    if (autocastApplies(o))
        casts = 2 * (matrices + head + p.adapters);
    else if (o.precision == Precision::Fp8Mixed)
        casts = matrices;

    const CheckedInt w = gpu.weights + gpu.frozen + casts;
    const CheckedInt total = w + gpu.gradients + gpu.optimizer;
    if (total.overflowed())
        *overflow = true;
    m.parameters = w.value();
    m.frozenWeights = gpu.frozen.value();
    m.weightCasts = casts.value();
    m.gradients = gpu.gradients.value();
    m.optimizerStates = gpu.optimizer.value();
    m.staticBytes = total.value();
}

// The activation bands at batch b from one sequence's: every tensor is b times its count at
// b = 1, exactly (see stageOf), so the bands are too.
void activationMemoryOf(const ActivationCounts &onePerSample, std::int64_t b, MemoryBreakdown &m,
                        bool *overflow)
{
    CheckedInt scoresOne, otherOne, headOne;
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        switch (activationInfo(static_cast<Activation>(i)).group) {
        case ActivationGroup::AttentionScores: scoresOne += onePerSample.bytes[i]; break;
        case ActivationGroup::BlockOther: otherOne += onePerSample.bytes[i]; break;
        case ActivationGroup::Head: headOne += onePerSample.bytes[i]; break;
        }
    }
    const CheckedInt perSample = scoresOne + otherOne + headOne;
    const CheckedInt scores = scoresOne * b, other = otherOne * b, head = headOne * b;
    const CheckedInt activations = scores + other + head;
    const CheckedInt peak = CheckedInt(m.staticBytes) + activations;
    if (peak.overflowed() || perSample.overflowed())
        *overflow = true;
    m.attentionScores = scores.value();
    m.blockOther = other.value();
    m.head = head.value();
    m.activations = activations.value();
    m.perSampleBytes = perSample.value();
    m.peak = peak.value();
}

MaxBatch maxBatchOf(const ModelShape &shape, const MemoryBreakdown &m, std::int64_t gpuBytes)
{
    MaxBatch out;
    // Every activation is proportional to b, so peak = M_static + b·M_per_sample exactly and
    // integer division of these non-negative exact counts is the exact floor.
    if (gpuBytes > m.staticBytes && m.perSampleBytes > 0)
        out.exact = (gpuBytes - m.staticBytes) / m.perSampleBytes;
    const double L = double(shape.layers), d = double(shape.dModel), v = double(shape.vocab),
                 c = double(shape.seqLen), h = double(shape.heads);
    out.lectureApprox
            = (double(gpuBytes) - (256 * L * d * d + 32 * d * v)) / (4 * L * c * (20 * d + h * c));
    return out;
}

} // namespace

void countTrainable(const Scenario &s, ParameterCounts &p, bool *overflow)
{
    const CheckedInt layers = s.model.layers;
    const CheckedInt adapters = layers * adaptersOf(s.model, s.options).parameters;
    const CheckedInt quantized = s.options.finetune == FineTuning::Qlora
            ? layers * blockMatrixWeights(s.model)
            : CheckedInt(0);
    const bool full = s.options.finetune == FineTuning::Full;
    for (const auto &[field, value] :
         { std::pair { &p.adapters, adapters }, std::pair { &p.quantized, quantized },
           std::pair { &p.trainable, full ? CheckedInt(p.total) : adapters } }) {
        *field = value.value();
        if (value.overflowed())
            *overflow = true;
    }
}

bool lectureShortcutApplies(const Scenario &s)
{
    const ModelShape &m = s.model;
    const TrainingOptions &o = s.options;
    return m.ffn == FfnKind::SwiGlu && m.ffnWidth() == 4 * m.dModel && !m.tiedEmbeddings
            && m.kvHeadCount() == m.heads && m.norm == NormKind::RmsNorm && m.bias == BiasKind::None
            && m.maxPositions == 0 && !m.parallelBlock && !m.dropout
            && (o.precision == Precision::Fp32 || o.precision == Precision::Tf32)
            && o.optimizer == Optimizer::AdamW && o.checkpointing == Checkpointing::None
            && !o.flashAttention && o.zeroStage == 0 && o.finetune == FineTuning::Full
            && o.offload == Offload::None && o.accounting == Accounting::Lecture;
}

std::int64_t dataParallel(const Scenario &s)
{
    return layoutOf(s).dp;
}

std::int64_t tensorParallelShare(const ModelShape &m, const ParameterCounts &p, std::int64_t t,
                                 bool *overflow)
{
    if (t <= 1)
        return p.total;
    Layout one;
    return stageParameters(m, p, t, stageSlice(one, m.layers, 0), overflow);
}

std::int64_t updatedParameters(const Scenario &s, std::int64_t parameters)
{
    const std::int64_t gpus = layoutOf(s).shardGroup();
    return s.options.zeroStage >= 1 ? parameters / gpus + (parameters % gpus != 0 ? 1 : 0)
                                    : parameters;
}

Estimate estimate(const Scenario &s)
{
    Estimate e;
    e.problems = validate(s);
    if (!e.problems.empty())
        return e;
    return estimateValid(s);
}

namespace {

// One pipeline stage's GPU: its parameters, static memory and activations at batch b and at
// b = 1 (the per-sequence bytes of the largest batch).
struct StageResult
{
    std::int64_t held = 0;
    std::int64_t heldExperts = 0; // of them, the routed experts' (MoE)
    MemoryBreakdown memory;
    ActivationCounts perSample; // the stage's saved tensors for one sequence (b = 1)
    OffloadCost offload;
};

ActivationCounts scaled(const ActivationCounts &one, std::int64_t b, bool *overflow)
{
    ActivationCounts out;
    const auto times = [b, overflow](std::int64_t n) {
        const CheckedInt x = CheckedInt(n) * b;
        if (x.overflowed())
            *overflow = true;
        return x.value();
    };
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        out.elements[i] = times(one.elements[i]);
        out.bytes[i] = times(one.bytes[i]);
    }
    out.perBlock = times(one.perBlock);
    out.total = times(one.total);
    return out;
}

StageResult stageOf(const Scenario &s, const ParameterCounts &p, const StageSlice &stage,
                    const SavedTensors &oneSequence, bool *overflow)
{
    StageResult r;
    const TrainingOptions &o = s.options;
    const bool split = o.tensorParallel > 1 || o.pipelineParallel > 1 || o.expertParallel > 1;
    r.held = split ? stageParameters(s.model, p, o.tensorParallel, stage, overflow,
                                     o.expertParallel, &r.heldExperts)
                   : p.trainable;
    if (!split && s.model.moe()) { // the routed experts' share, for ZeRO's two groups
        const CheckedInt experts
                = CheckedInt(s.model.layers) * (CheckedInt(p.blockExperts) + p.blockExpertBiases);
        r.heldExperts = experts.value();
        if (experts.overflowed())
            *overflow = true;
    }
    // Every saved tensor is b times one sequence's, exactly: each count has b as a factor and
    // every split divides evenly (t divides h, d_kv, d_ff and d; cp divides c; the vocabulary's
    // ⌈v/t⌉ is per token), so one count at b = 1 gives both.
    const ActivationCounts perSample = countActivations(oneSequence, stage, overflow);
    r.perSample = perSample;
    if (!*overflow)
        staticMemoryOf(s, p, stage, r.held, r.heldExperts, r.memory, r.offload, overflow);
    if (!*overflow)
        activationMemoryOf(perSample, s.model.batch, r.memory, overflow);
    return r;
}

StageMemory summaryOf(const StageSlice &slice, const StageResult &r)
{
    StageMemory m;
    m.stage = slice.index;
    m.parameters = r.held;
    m.expertParameters = r.heldExperts;
    m.staticBytes = r.memory.staticBytes;
    m.activationBytes = r.memory.activations;
    m.peak = r.memory.peak;
    m.perSampleBytes = r.memory.perSampleBytes;
    return m;
}

} // namespace

std::vector<StageMemory> stageMemories(const Scenario &s)
{
    std::vector<StageMemory> out;
    if (!validate(s).empty())
        return out;
    bool overflow = false;
    ParameterCounts p = countParameters(s.model, &overflow);
    countTrainable(s, p, &overflow);
    const Layout layout = layoutOf(s);
    const SavedTensors one = oneSequence(s);
    for (std::int64_t i = 0; i < layout.pp && !overflow; ++i) {
        const StageSlice slice = stageSlice(layout, s.model.layers, i);
        out.push_back(summaryOf(slice, stageOf(s, p, slice, one, &overflow)));
    }
    if (overflow)
        out.clear();
    return out;
}

Estimate estimateValid(const Scenario &s, bool maxBatch)
{
    bool overflow = false;
    ParameterCounts params = countParameters(s.model, &overflow);
    countTrainable(s, params, &overflow);
    if (overflow) {
        Estimate failed;
        failed.problems.push_back({ Field::Result, ProblemCode::Overflow });
        return failed;
    }
    return estimateValid(s, params, oneSequence(s), maxBatch);
}

SavedTensors oneSequence(const Scenario &s)
{
    ModelShape one = s.model;
    one.batch = 1;
    return savedTensors(one, s.options);
}

Estimate estimateValid(const Scenario &s, const ParameterCounts &counted, const SavedTensors &one,
                       bool maxBatch)
{
    Estimate e;
    bool overflow = false;
    e.params = counted;
    e.params.perGpu = tensorParallelShare(s.model, e.params, s.options.tensorParallel, &overflow);
    // The first stage holds the embedding and the most micro-batches in flight, the last the
    // LM head; every stage between holds no more than the first, so one of the two peaks.
    const Layout layout = layoutOf(s);
    const StageSlice firstSlice = stageSlice(layout, s.model.layers, 0);
    const StageSlice lastSlice = stageSlice(layout, s.model.layers, layout.pp - 1);
    const StageResult first = stageOf(s, e.params, firstSlice, one, &overflow);
    const StageResult last
            = layout.pp > 1 ? stageOf(s, e.params, lastSlice, one, &overflow) : first;
    const bool lastPeaks = !overflow && last.memory.peak > first.memory.peak;
    const StageResult &worst = lastPeaks ? last : first;
    e.activations = scaled(worst.perSample, s.model.batch, &overflow);
    e.memory = worst.memory;
    e.offload = worst.offload;
    e.pipeline.first = summaryOf(firstSlice, first);
    e.pipeline.last = summaryOf(lastSlice, last);
    e.pipeline.peakStage = lastPeaks ? lastSlice.index : 0;
    if (!overflow) {
        // The figures are the peak stage's GPU's: its update over its ZeRO shard, the routed
        // experts' part sharded over DP·cp/ep.
        const Layout l = layoutOf(s);
        const std::int64_t updated = s.options.zeroStage >= 1
                ? ceilDiv(worst.held - worst.heldExperts, l.shardGroup()).value()
                        + ceilDiv(worst.heldExperts, l.expertShardGroup()).value()
                : worst.held;
        e.flops = countFlops(s.model, s.options, updated);
        // The largest batch is the one every stage fits.
        if (maxBatch)
            e.maxBatch = maxBatchOf(s.model, first.memory, s.hardware.gpuMemoryBytes);
        if (maxBatch && layout.pp > 1)
            e.maxBatch.exact
                    = std::min(e.maxBatch.exact,
                               maxBatchOf(s.model, last.memory, s.hardware.gpuMemoryBytes).exact);
        e.maxBatch.lectureApproxApplies = lectureShortcutApplies(s);
        if (s.options.accounting == Accounting::PytorchEager)
            applyPytorchEager(s, e, &overflow);
    }
    if (overflow) {
        Estimate failed;
        failed.problems.push_back({ Field::Result, ProblemCode::Overflow });
        return failed;
    }
    e.training = trainingOf(s, e.flops, e.pipeline);
    e.marginBytes = s.hardware.gpuMemoryBytes - e.memory.peak; // both in [0, 2⁶³)
    e.fits = e.marginBytes >= 0;
    return e;
}

} // namespace ts
