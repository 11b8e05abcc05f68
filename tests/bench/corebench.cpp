// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchstats.h"

#include "estimate.h"
#include "sweep.h"

#include <chrono>
#include <cstdint>

namespace ts::bench {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

double estimatesPerSecond(const Options &o)
{
    const std::int64_t n = o.quick ? 20000 : 3000000;
    Scenario s;
    std::int64_t sink = 0;
    const auto start = Clock::now();
    for (std::int64_t i = 0; i < n; ++i) {
        // Every input changes each call, so no part of the work can be hoisted or cached.
        s.model.batch = 1 + (i & 63);
        s.model.seqLen = 128 + (i & 1023);
        s.model.layers = 1 + (i % 48);
        s.model.vocab = 1000 + (i & 0xffff);
        s.hardware.mfu = 0.1 + double(i & 7) * 0.1;
        const Estimate e = estimate(s);
        sink += e.memory.peak + e.maxBatch.exact + std::int64_t(e.training.seconds);
    }
    const double elapsed = secondsSince(start);
    if (sink == 42) // keeps the loop observable
        return 0;
    return double(n) / elapsed;
}

double parallelEstimatesPerSecond(const Options &o)
{
    const std::int64_t n = o.quick ? 20000 : 2000000;
    // A 3-D layout: t = 4 with sequence parallelism, 4 interleaved stages, cp = 2, 8 replicas,
    // its communication modelled; every input changes each call, as above.
    Scenario s;
    s.options.tensorParallel = 4;
    s.options.sequenceParallel = true;
    s.options.pipelineParallel = 4;
    s.options.pipelineSchedule = PipelineSchedule::Interleaved;
    s.options.contextParallel = 2;
    s.options.gradSync = GradSync::Overlapped;
    s.options.gradAccum = 8;
    s.model.layers = 48;
    s.hardware.gpus = 256;
    s.hardware.gpusPerNode = 8;
    std::int64_t sink = 0;
    const auto start = Clock::now();
    for (std::int64_t i = 0; i < n; ++i) {
        s.model.batch = 1 + (i & 63);
        s.model.seqLen = 128 * (1 + (i & 31));
        s.model.vocab = 1000 + (i & 0xffff);
        s.hardware.mfu = 0.1 + double(i & 7) * 0.1;
        const Estimate e = estimate(s);
        sink += e.memory.peak + e.maxBatch.exact + std::int64_t(e.training.seconds);
    }
    const double elapsed = secondsSince(start);
    if (sink == 42)
        return 0;
    return double(n) / elapsed;
}

double sweep1024Microseconds(const Options &o)
{
    const int repeats = o.quick ? 5 : 400;
    Scenario s;
    const std::vector<std::int64_t> xs = axisPoints(1, 4096, 1024);
    SweepSeries series;
    std::vector<double> samples;
    samples.reserve(std::size_t(repeats));
    for (int r = 0; r < repeats; ++r) {
        s.model.seqLen = 256 + r % 7; // a new curve each time, as when a slider moves
        const auto start = Clock::now();
        sweep(s, SweepAxis::Batch, xs, series);
        samples.push_back(secondsSince(start) * 1e6);
    }
    return quantile(samples, 0.5);
}

} // namespace ts::bench
