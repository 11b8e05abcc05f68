// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkedint.h"
#include "estimate.h"

#include <cmath>
#include <string>

namespace ts::testing {

// The identities every estimate keeps (docs/formulas.md), checked by the property test over
// random scenarios and by the fuzzers on whatever they reach. Empty when all hold, else the
// first that broke.
inline std::string brokenIdentity(const Scenario &s, const Estimate &e)
{
    if (!e.ok())
        return e.memory.peak == 0 && e.params.total == 0 ? "" : "problems, yet figures";
    const ParameterCounts &p = e.params;
    if (p.total != p.embedding + p.positions + p.allBlocks + p.finalNorm + p.outputProjection)
        return "parameters: the parts do not add up to N_p";
    if (p.perBlock != p.blockNorms + p.blockAttention + p.blockFfn)
        return "parameters: a block's parts do not add up";
    const MemoryBreakdown &m = e.memory;
    if (m.parameters < 0 || m.gradients < 0 || m.optimizerStates < 0 || m.activations < 0
        || m.peak < 0 || m.perSampleBytes < 0)
        return "memory: a negative byte count";
    if (m.staticBytes != m.parameters + m.gradients + m.optimizerStates)
        return "memory: M_static is not weights + gradients + optimizer states";
    // Frozen weights exist under LoRA only, on the GPU unless offloaded with the weights.
    const bool frozenOnGpu = s.options.finetune != FineTuning::Full
            && s.options.offload != Offload::OptimizerAndParams;
    if (m.frozenWeights < 0 || m.frozenWeights > m.parameters
        || frozenOnGpu != (m.frozenWeights != 0))
        return "memory: frozen weights outside the weights, or without LoRA";
    const OffloadCost &o = e.offload;
    if (s.options.offload == Offload::None
                ? (o.hostBytesPerNode != 0 || o.toHostBytes != 0 || o.toGpuBytes != 0)
                : (o.hostBytesPerGpu <= 0 || m.gradients != 0 || m.optimizerStates != 0
                   || o.hostBytesPerNode != o.hostBytesPerGpu * s.hardware.gpusOnANode()))
        return "offload: host memory or gradients and states on the GPU disagree with the mode";
    if (p.trainable != (s.options.finetune == FineTuning::Full ? p.total : p.adapters))
        return "parameters: the trainable ones are neither N_p nor the adapters";
    if (m.activations != m.attentionScores + m.blockOther + m.head)
        return "memory: the activation bands do not add up";
    if (e.marginBytes != s.hardware.gpuMemoryBytes - m.peak || e.fits != (e.marginBytes >= 0))
        return "memory: margin or fits disagree with the peak";
    const bool lecture = s.options.accounting == Accounting::Lecture;
    if (lecture) {
        if (m.peak != m.staticBytes + m.activations)
            return "memory: the peak is not M_static + activations";
        const CheckedInt byBatch
                = CheckedInt(m.staticBytes) + CheckedInt(s.model.batch) * m.perSampleBytes;
        if (byBatch.overflowed() || byBatch.value() != m.peak)
            return "memory: the peak is not M_static + b·M_per_sample";
        // The largest batch: it fits every pipeline stage, one more does not fit one of them
        // (a count past 64 bits does not fit).
        const std::int64_t b = e.maxBatch.exact;
        const auto fits = [&s](CheckedInt bytes) {
            return !bytes.overflowed() && bytes.value() <= s.hardware.gpuMemoryBytes;
        };
        bool allFit = true, nextFitsAll = true;
        const auto stage = [&](std::int64_t staticBytes, std::int64_t perSample) {
            const CheckedInt at = CheckedInt(staticBytes) + CheckedInt(b) * perSample;
            allFit = allFit && fits(at);
            nextFitsAll = nextFitsAll && fits(at + perSample);
        };
        if (s.options.pipelineParallel > 1) {
            stage(e.pipeline.first.staticBytes, e.pipeline.first.perSampleBytes);
            stage(e.pipeline.last.staticBytes, e.pipeline.last.perSampleBytes);
        } else {
            stage(m.staticBytes, m.perSampleBytes);
        }
        if (b < 0 || (b > 0 && !allFit) || nextFitsAll)
            return "max batch: not the boundary of what fits";
    }
    const FlopsBreakdown &f = e.flops;
    double forward = 0;
    for (double term : f.forwardTerms) {
        if (!std::isfinite(term) || term < 0)
            return "FLOPs: a forward term is not a finite, non-negative number";
        forward += term;
    }
    if (forward != f.forward)
        return "FLOPs: the forward terms do not add up";
    if (f.total != f.forward + f.backward + f.optimizer || !std::isfinite(f.total))
        return "FLOPs: the step is not forward + backward + optimizer";
    if (lecture && s.options.finetune == FineTuning::Full
        && f.backward != 2 * f.forward + f.recompute)
        return "FLOPs: backward is not 2·forward + recompute";
    const TrainingTime &t = e.training;
    for (double x : { t.tokensPerStep, t.steps, t.globalBatch, t.optimizerSteps, t.totalFlops,
                      t.secondsPerStep, t.seconds, t.hours }) {
        if (!std::isfinite(x) || x < 0)
            return "time: a figure is not a finite, non-negative number";
    }
    if (t.seconds != t.optimizerSteps * t.secondsPerStep || t.hours != t.seconds / 3600.0)
        return "time: seconds are not optimizer steps × seconds per step";
    // The breakdown adds up to the step (docs/formulas.md §8.10), each part non-negative, and
    // the end-to-end MFU never exceeds the kernels' (the bubble and waits only add time).
    const StepTimeBreakdown &k = t.breakdown;
    double parts = 0;
    for (double x : { k.compute, k.recompute, k.optimizer, k.bubble, k.tensorParallel,
                      k.pipelineParallel, k.contextParallel, k.expertParallel, k.dataParallel }) {
        if (!std::isfinite(x) || x < 0)
            return "time: a part of the breakdown is not a finite, non-negative number";
        parts += x;
    }
    if (std::abs(parts - t.secondsPerStep) > 1e-9 * t.secondsPerStep)
        return "time: the breakdown does not add up to the step";
    if (k.dataParallel > k.dataParallelTotal)
        return "time: more data-parallel time exposed than there is";
    if (!(t.modelledMfu <= s.hardware.mfu * (1 + 1e-12)))
        return "time: the modelled MFU exceeds the kernels' MFU";
    return {};
}

} // namespace ts::testing
