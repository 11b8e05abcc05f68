// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"

#include "checkedint.h"

namespace ts {

namespace {

// The lecture trains in fp32 with AdamW: 4 bytes per element for weights, gradients and
// activations, and two fp32 moments per parameter.
constexpr std::int64_t kBytesPerElement = 4;
constexpr std::int64_t kOptimizerBytesPerParam = 8;

MemoryBreakdown memoryOf(const ParameterCounts &p, const ActivationCounts &a,
                         const ActivationCounts &onePerSample, bool *overflow)
{
    auto bytes = [overflow](CheckedInt n) {
        const CheckedInt r = kBytesPerElement * n;
        if (r.overflowed())
            *overflow = true;
        return r;
    };
    const CheckedInt np = p.total;
    MemoryBreakdown m;
    m.parameters = bytes(np).value();
    m.gradients = bytes(np).value();
    const CheckedInt optimizer = kOptimizerBytesPerParam * np;
    m.optimizerStates = optimizer.value();
    m.activations = bytes(a.total).value();
    m.attentionScores = bytes(a.attentionScores).value();
    m.blockOther = bytes(a.blockOther).value();
    m.head = bytes(a.head).value();
    const CheckedInt staticBytes = bytes(np) + bytes(np) + optimizer;
    const CheckedInt peak = staticBytes + bytes(a.total);
    m.staticBytes = staticBytes.value();
    m.peak = peak.value();
    m.perSampleBytes = bytes(onePerSample.total).value();
    if (optimizer.overflowed() || staticBytes.overflowed() || peak.overflowed())
        *overflow = true;
    return m;
}

MaxBatch maxBatchOf(const ModelShape &shape, const MemoryBreakdown &m, std::int64_t gpuBytes)
{
    MaxBatch out;
    // Both operands are exact and non-negative here, so integer division is the exact floor.
    if (gpuBytes > m.staticBytes && m.perSampleBytes > 0)
        out.exact = (gpuBytes - m.staticBytes) / m.perSampleBytes;
    const double L = double(shape.layers), d = double(shape.dModel), v = double(shape.vocab),
                 c = double(shape.seqLen), h = double(shape.heads);
    out.lectureApprox = (double(gpuBytes) - (256 * L * d * d + 32 * d * v))
            / (4 * L * c * (20 * d + h * c));
    return out;
}

TrainingTime trainingOf(const Scenario &s, double flopsPerStep)
{
    TrainingTime t;
    t.tokensPerStep = double(s.model.batch) * double(s.model.seqLen);
    t.steps = s.run.tokens * s.run.epochs / t.tokensPerStep;
    t.totalFlops = t.steps * flopsPerStep;
    const double throughput = double(s.hardware.gpus) * s.hardware.peakFlopsPerGpu * s.hardware.mfu;
    t.secondsPerStep = flopsPerStep / throughput;
    t.seconds = t.totalFlops / throughput;
    t.hours = t.seconds / 3600.0;
    return t;
}

} // namespace

Estimate estimate(const Scenario &s)
{
    Estimate e;
    e.problems = validate(s);
    if (!e.problems.empty())
        return e;

    bool overflow = false;
    e.params = countParameters(s.model, &overflow);
    e.activations = countActivations(s.model, &overflow);
    ModelShape one = s.model;
    one.batch = 1;
    const ActivationCounts perSample = countActivations(one, &overflow);
    e.memory = memoryOf(e.params, e.activations, perSample, &overflow);
    if (overflow) {
        Estimate failed;
        failed.problems.push_back({ Field::Result, ProblemCode::Overflow });
        return failed;
    }
    e.flops = countFlops(s.model, e.params.total);
    e.maxBatch = maxBatchOf(s.model, e.memory, s.hardware.gpuMemoryBytes);
    e.training = trainingOf(s, e.flops.total);
    e.marginBytes = s.hardware.gpuMemoryBytes - e.memory.peak; // both < 2⁶³ and ≥ 0
    e.fits = e.marginBytes >= 0;
    return e;
}

} // namespace ts
