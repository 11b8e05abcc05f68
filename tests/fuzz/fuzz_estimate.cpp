// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any scenario, however extreme, gives either problems or figures that add up;
// never a crash, never undefined behaviour (run with -fsanitize=fuzzer,address,undefined).
#include "estimate.h"
#include "identities.h"
#include "sweep.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdlib>

namespace {

std::int64_t anyCount(FuzzedDataProvider &in)
{
    // Mostly plausible sizes, sometimes anything at all (negative, zero, near 2⁶³).
    return in.ConsumeBool() ? in.ConsumeIntegralInRange<std::int64_t>(-2, 1 << 20)
                            : in.ConsumeIntegral<std::int64_t>();
}

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    ts::Scenario s;
    s.model.batch = anyCount(in);
    s.model.seqLen = anyCount(in);
    s.model.dModel = anyCount(in);
    s.model.layers = anyCount(in);
    s.model.heads = anyCount(in);
    s.model.vocab = anyCount(in);
    s.model.dFf = in.ConsumeBool() ? 0 : anyCount(in);
    s.model.kvHeads = in.ConsumeBool() ? 0 : anyCount(in);
    s.model.tiedEmbeddings = in.ConsumeBool();
    s.model.ffn = in.ConsumeBool() ? ts::FfnKind::SwiGlu : ts::FfnKind::Gelu;
    s.hardware.gpus = anyCount(in);
    s.hardware.gpuMemoryBytes = anyCount(in);
    s.hardware.mfu = in.ConsumeFloatingPoint<double>();
    s.hardware.peakFlopsPerGpu = in.ConsumeFloatingPoint<double>();
    s.run.tokens = in.ConsumeFloatingPoint<double>();
    s.run.epochs = in.ConsumeFloatingPoint<double>();
    s.options.precision = static_cast<ts::Precision>(in.ConsumeIntegralInRange(0, 4));
    s.options.optimizer = static_cast<ts::Optimizer>(in.ConsumeIntegralInRange(0, 3));
    s.options.checkpointing = static_cast<ts::Checkpointing>(in.ConsumeIntegralInRange(0, 2));
    s.options.flashAttention = in.ConsumeBool();
    s.options.zeroStage = in.ConsumeIntegralInRange(-1, 4);
    s.options.gradAccum = anyCount(in);
    s.options.accounting = static_cast<ts::Accounting>(in.ConsumeIntegralInRange(0, 1));

    const ts::Estimate e = ts::estimate(s);
    check(ts::testing::brokenIdentity(s, e).empty());
    if (e.ok() && s.model.batch <= 64 && s.model.seqLen <= 4096) {
        ts::SweepSeries series;
        ts::sweep(s, ts::SweepAxis::Batch, ts::axisPoints(1, 16, 8), series);
        check(series.x.size() == series.peak.size());
    }
    return 0;
}
