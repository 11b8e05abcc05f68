// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "search.h"

#include "checkedint.h"
#include "validation.h"

#include <algorithm>
#include <thread>

namespace ts {

namespace {

std::vector<std::int64_t> divisorsOf(std::int64_t n)
{
    std::vector<std::int64_t> out;
    for (std::int64_t d = 1; d * d <= n; ++d) {
        if (n % d != 0)
            continue;
        out.push_back(d);
        if (d != n / d)
            out.push_back(n / d);
    }
    std::sort(out.begin(), out.end());
    return out;
}

constexpr std::array<Checkpointing, 3> kRecompute
        = { Checkpointing::None, Checkpointing::Selective, Checkpointing::Full };
// Faster first; of two equally fast, the one with the lower peak.
bool faster(const LayoutCandidate &a, const LayoutCandidate &b)
{
    if (a.secondsPerStep != b.secondsPerStep)
        return a.secondsPerStep < b.secondsPerStep;
    return a.peakBytes < b.peakBytes;
}

constexpr int kMemoryVariants = 4 * 3 * 2; // ZeRO stage × recompute × FlashAttention
constexpr std::int64_t kMaxChunks = 8;
constexpr std::int64_t kMaxGlobalBatch = std::int64_t(1) << 24;

// The search of one (t, p, cp): every schedule, b, ZeRO stage, recompute and FlashAttention.
struct Worker
{
    const Scenario &base;
    const ParameterCounts &params; // the model's, the same for every layout
    std::size_t top;
    LayoutSearch out;

    void keep(const LayoutCandidate &c)
    {
        // A bounded list, fastest first: insert in order, drop the slowest beyond `top`.
        const auto at = std::upper_bound(out.best.begin(), out.best.end(), c, faster);
        if (out.best.size() >= top && at == out.best.end())
            return;
        out.best.insert(at, c);
        if (out.best.size() > top)
            out.best.pop_back();
    }

    void count(Exclusion e, std::int64_t n) { out.excluded[std::size_t(e)] += n; }

    void layout(std::int64_t t, std::int64_t p, std::int64_t cp,
                const std::vector<std::int64_t> &chunkChoices)
    {
        const ModelShape &m = base.model;
        const std::int64_t gpus = base.hardware.gpus;
        const std::int64_t dp = gpus / (t * p * cp);
        const std::int64_t batch = out.globalBatch;
        const std::vector<std::int64_t> bs
                = batch % dp == 0 ? divisorsOf(batch / dp) : std::vector<std::int64_t> { 1 };
        // Expert parallelism: every ep dividing DP and the experts (1 for a dense FFN).
        std::vector<std::int64_t> eps { 1 };
        if (m.moe()) {
            eps.clear();
            for (const std::int64_t ep : divisorsOf(dp))
                if (m.experts % ep == 0)
                    eps.push_back(ep);
        }
        const std::int64_t variants = kMemoryVariants * std::int64_t(eps.size());
        const std::int64_t perLayout
                = std::int64_t(chunkChoices.size()) * std::int64_t(bs.size()) * variants;
        out.candidates += perLayout;
        if (t > 1
            && (m.heads % t != 0 || m.kvHeadCount() % t != 0 || m.ffnWidth() % t != 0
                || (m.moe() && m.expertWidth() % t != 0)))
            return count(Exclusion::TensorParallelDivides, perLayout);
        if (m.seqLen % cp != 0)
            return count(Exclusion::ContextDivides, perLayout);
        if (batch % dp != 0)
            return count(Exclusion::BatchDivides, perLayout);
        Scenario s = base;
        TrainingOptions &o = s.options;
        o.tensorParallel = t;
        o.sequenceParallel = t > 1;
        o.pipelineParallel = p;
        o.contextParallel = cp;
        std::array<SavedTensors, 6> saved {};
        std::array<bool, 6> counted {};
        for (const std::int64_t v : chunkChoices) {
            const std::int64_t perSchedule = std::int64_t(bs.size()) * variants;
            if (m.layers % (p * v) != 0) {
                count(Exclusion::PipelineDivides, perSchedule);
                continue;
            }
            o.pipelineSchedule = v > 1 ? PipelineSchedule::Interleaved : PipelineSchedule::OneFOneB;
            o.pipelineChunks = v > 1 ? v : 2;
            for (int zero = 0; zero <= 3; ++zero)
                for (std::size_t k = 0; k < kRecompute.size(); ++k)
                    for (const bool flash : { false, true }) {
                        o.zeroStage = zero;
                        o.checkpointing = kRecompute[k];
                        o.flashAttention = flash;
                        // One sequence's tensors do not depend on p, v, ZeRO or b: counted once
                        // per recompute and FlashAttention choice of this (t, cp).
                        SavedTensors &one = saved[k * 2 + (flash ? 1 : 0)];
                        if (!counted[k * 2 + (flash ? 1 : 0)]) {
                            one = oneSequence(s);
                            counted[k * 2 + (flash ? 1 : 0)] = true;
                        }
                        for (const std::int64_t ep : eps) {
                            o.expertParallel = ep;
                            microBatches(s, bs, t, p, v, cp, dp, one);
                        }
                    }
        }
    }

    // Every micro-batch size b from the smallest; memory grows with b, so the first that does
    // not fit ends the run and the larger ones are counted as not fitting.
    void microBatches(Scenario &s, const std::vector<std::int64_t> &bs, std::int64_t t,
                      std::int64_t p, std::int64_t v, std::int64_t cp, std::int64_t dp,
                      const SavedTensors &one)
    {
        for (std::size_t i = 0; i < bs.size(); ++i) {
            const std::int64_t b = bs[i];
            const std::int64_t micro = out.globalBatch / (dp * b);
            if (v > 1 && micro % p != 0) {
                count(Exclusion::InterleavedMicroBatches, 1);
                continue;
            }
            s.model.batch = b;
            s.options.gradAccum = micro;
            const Estimate e = estimateValid(s, params, one, false);
            if (!e.ok() || !e.fits) {
                count(Exclusion::DoesNotFit, std::int64_t(bs.size() - i));
                return;
            }
            ++out.fitting;
            LayoutCandidate c;
            c.tp = t;
            c.pp = p;
            c.chunks = v;
            c.cp = cp;
            c.dp = dp;
            c.ep = s.options.expertParallel;
            c.microBatch = b;
            c.microBatches = micro;
            c.zeroStage = s.options.zeroStage;
            c.checkpointing = s.options.checkpointing;
            c.flashAttention = s.options.flashAttention;
            c.peakBytes = e.memory.peak;
            c.secondsPerStep = e.training.secondsPerStep;
            c.hours = e.training.hours;
            c.modelledMfu = e.training.modelledMfu;
            c.breakdown = e.training.breakdown;
            keep(c);
        }
    }
};

} // namespace

LayoutSearch searchLayouts(const Scenario &base, std::size_t top, std::int64_t globalBatch)
{
    LayoutSearch result;
    const TrainingOptions &o = base.options;
    result.supported = validate(base).empty() && o.finetune == FineTuning::Full
            && o.offload == Offload::None && o.accounting == Accounting::Lecture;
    if (!result.supported)
        return result;
    const Layout l = layoutOf(base);
    const CheckedInt batch = globalBatch > 0 ? CheckedInt(globalBatch)
                                             : CheckedInt(base.model.batch) * l.microBatches * l.dp;
    // Beyond 2²⁴ sequences per step (or past 64 bits) the divisors of the batch alone would
    // take the search seconds: such a base is not searched.
    if (batch.overflowed() || batch.value() > kMaxGlobalBatch) {
        result.supported = false;
        return result;
    }
    result.globalBatch = batch.value();
    const std::int64_t gpus = base.hardware.gpus;

    // Every (t, p, cp) with t·p·cp dividing the GPUs, shared out over two threads.
    struct Triple
    {
        std::int64_t t, p, cp;
    };
    std::vector<Triple> triples;
    for (const std::int64_t t : divisorsOf(gpus))
        for (const std::int64_t p : divisorsOf(gpus / t))
            for (const std::int64_t cp : divisorsOf(gpus / (t * p)))
                triples.push_back({ t, p, cp });
    const auto chunksOf = [](std::int64_t p) {
        std::vector<std::int64_t> v { 1 };
        if (p > 1)
            for (std::int64_t k = 2; k <= kMaxChunks; ++k)
                v.push_back(k);
        return v;
    };
    const unsigned threads = std::max(1u, std::min(2u, std::thread::hardware_concurrency()));
    bool overflow = false;
    ParameterCounts params = countParameters(base.model, &overflow);
    countTrainable(base, params, &overflow);
    if (overflow) {
        result.supported = false;
        return result;
    }
    std::vector<Worker> workers(threads, Worker { base, params, top, {} });
    for (Worker &w : workers)
        w.out.globalBatch = result.globalBatch;
    const auto run = [&](unsigned k) {
        for (std::size_t i = k; i < triples.size(); i += threads)
            workers[k].layout(triples[i].t, triples[i].p, triples[i].cp, chunksOf(triples[i].p));
    };
    std::vector<std::thread> pool;
    for (unsigned k = 1; k < threads; ++k)
        pool.emplace_back(run, k);
    run(0);
    for (std::thread &t : pool)
        t.join();
    for (Worker &w : workers) {
        result.candidates += w.out.candidates;
        result.fitting += w.out.fitting;
        for (std::size_t i = 0; i < kExclusionCount; ++i)
            result.excluded[i] += w.out.excluded[i];
        for (const LayoutCandidate &c : w.out.best)
            result.best.push_back(c);
    }
    std::stable_sort(result.best.begin(), result.best.end(), faster);
    if (result.best.size() > top)
        result.best.resize(top);
    return result;
}

Scenario withLayout(const Scenario &base, const LayoutCandidate &c)
{
    Scenario s = base;
    TrainingOptions &o = s.options;
    o.tensorParallel = c.tp;
    o.sequenceParallel = c.tp > 1;
    o.pipelineParallel = c.pp;
    o.pipelineSchedule = c.chunks > 1 ? PipelineSchedule::Interleaved : PipelineSchedule::OneFOneB;
    o.pipelineChunks = c.chunks > 1 ? c.chunks : base.options.pipelineChunks;
    o.contextParallel = c.cp;
    o.expertParallel = c.ep;
    o.gradAccum = c.microBatches;
    o.zeroStage = c.zeroStage;
    o.checkpointing = c.checkpointing;
    o.flashAttention = c.flashAttention;
    s.model.batch = c.microBatch;
    return s;
}

const char *keyOf(Exclusion e)
{
    switch (e) {
    case Exclusion::TensorParallelDivides: return "tp_divides";
    case Exclusion::PipelineDivides: return "pp_divides";
    case Exclusion::ContextDivides: return "cp_divides";
    case Exclusion::BatchDivides: return "dp_divides_global_batch";
    case Exclusion::InterleavedMicroBatches: return "interleaved_micro_batches";
    case Exclusion::DoesNotFit: return "does_not_fit";
    }
    return "";
}

} // namespace ts
