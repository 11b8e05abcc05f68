// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "search.h"
#include "validation.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ts;

// The layout search (docs/formulas.md §8.11) against a brute force that builds every layout
// itself and asks validate() and estimate() about each, so that neither the search's
// enumeration nor its early stops can hide a faster layout or miscount one.
class TestSearch : public QObject
{
    Q_OBJECT
private slots:
    void matchesBruteForce_data();
    void matchesBruteForce();
    void everyRowReproduces();
    void countsAddUp();
    void nothingFits();
    void invalidBase();
};

Q_DECLARE_METATYPE(Scenario)

namespace {

Scenario gpt(std::int64_t gpus, std::int64_t layers, std::int64_t heads, std::int64_t kvHeads)
{
    Scenario s;
    s.model = { 2, 1024, 1024, layers, heads, 32000 };
    s.model.kvHeads = kvHeads;
    s.options.precision = Precision::Bf16Mixed;
    s.options.gradSync = GradSync::Overlapped;
    s.options.gradAccum = 4;
    s.hardware.gpus = gpus;
    s.hardware.gpusPerNode = 4;
    s.hardware.gpuMemoryBytes = std::int64_t(3) << 30; // tight: many layouts do not fit
    s.hardware.peakFlopsPerGpu = 312e12;
    s.hardware.gpuLinkBytesPerSecond = 300e9;
    return s;
}

struct Brute
{
    std::int64_t candidates = 0, fitting = 0;
    double best = INFINITY;
};

// Every (t, p, v, cp, b, ZeRO, recompute, FlashAttention) the search promises, each checked
// from scratch.
Brute bruteForce(const Scenario &base, std::int64_t globalBatch)
{
    Brute out;
    const std::int64_t g = base.hardware.gpus;
    for (std::int64_t t = 1; t <= g; ++t)
        for (std::int64_t p = 1; p <= g; ++p)
            for (std::int64_t cp = 1; cp <= g; ++cp) {
                if (g % (t * p * cp) != 0)
                    continue;
                const std::int64_t dp = g / (t * p * cp);
                for (std::int64_t v = 1; v <= (p > 1 ? 8 : 1); ++v)
                    for (std::int64_t b = 1; b <= globalBatch; ++b) {
                        if (globalBatch % dp == 0 && (globalBatch / dp) % b != 0)
                            continue; // b runs over the divisors of the batch per replica
                        if (globalBatch % dp != 0 && b > 1)
                            continue; // one b stands for a replica count that cannot work
                        for (int zero = 0; zero <= 3; ++zero)
                            for (int rc = 0; rc <= 2; ++rc)
                                for (const bool flash : { false, true }) {
                                    ++out.candidates;
                                    Scenario s = base;
                                    TrainingOptions &o = s.options;
                                    o.tensorParallel = t;
                                    o.sequenceParallel = t > 1;
                                    o.pipelineParallel = p;
                                    o.pipelineSchedule = v > 1 ? PipelineSchedule::Interleaved
                                                               : PipelineSchedule::OneFOneB;
                                    o.pipelineChunks = v > 1 ? v : 2;
                                    o.contextParallel = cp;
                                    o.zeroStage = zero;
                                    o.checkpointing = Checkpointing(rc);
                                    o.flashAttention = flash;
                                    s.model.batch = b;
                                    if (globalBatch % dp != 0)
                                        continue;
                                    o.gradAccum = globalBatch / (dp * b);
                                    if (!validate(s).empty())
                                        continue;
                                    const Estimate e = estimate(s);
                                    if (!e.ok() || !e.fits)
                                        continue;
                                    ++out.fitting;
                                    out.best = std::min(out.best, e.training.secondsPerStep);
                                }
                    }
            }
    return out;
}

} // namespace

void TestSearch::matchesBruteForce_data()
{
    QTest::addColumn<Scenario>("base");
    QTest::addColumn<qint64>("globalBatch");
    QTest::newRow("8 GPUs, 12 layers, MHA") << gpt(8, 12, 16, 0) << qint64(32);
    QTest::newRow("12 GPUs: t = 3, 6, 12 cannot split 8 heads; GQA")
            << gpt(12, 18, 8, 4) << qint64(36);
    Scenario roomy = gpt(8, 8, 8, 0);
    roomy.hardware.gpuMemoryBytes = std::int64_t(12) << 30;
    QTest::newRow("8 GPUs, global batch 6: DP = 4, 8 cannot split it") << roomy << qint64(6);
}

void TestSearch::matchesBruteForce()
{
    QFETCH(Scenario, base);
    QFETCH(qint64, globalBatch);
    const LayoutSearch r = searchLayouts(base, 20, globalBatch);
    const Brute brute = bruteForce(base, globalBatch);
    QCOMPARE(r.candidates, brute.candidates);
    QCOMPARE(r.fitting, brute.fitting);
    QVERIFY(brute.fitting > 0);
    QVERIFY(!r.best.empty());
    QCOMPARE(r.best.front().secondsPerStep, brute.best);
}

void TestSearch::everyRowReproduces()
{
    const Scenario base = gpt(8, 12, 16, 0);
    const LayoutSearch r = searchLayouts(base, 20, 32);
    QCOMPARE(r.best.size(), std::size_t(20));
    for (std::size_t i = 0; i < r.best.size(); ++i) {
        const LayoutCandidate &c = r.best[i];
        // Loading the row is that layout: the same figures, fitting, the same global batch.
        const Scenario s = withLayout(base, c);
        const Estimate e = estimate(s);
        QVERIFY(e.ok());
        QVERIFY(e.fits);
        QCOMPARE(e.memory.peak, c.peakBytes);
        QCOMPARE(e.training.secondsPerStep, c.secondsPerStep);
        QCOMPARE(c.microBatch * c.microBatches * c.dp, qint64(32));
        QCOMPARE(c.tp * c.pp * c.cp * c.dp, base.hardware.gpus);
        // Fastest first; of equal times the smaller peak.
        if (i > 0) {
            const LayoutCandidate &before = r.best[i - 1];
            QVERIFY(before.secondsPerStep < c.secondsPerStep
                    || (before.secondsPerStep == c.secondsPerStep
                        && before.peakBytes <= c.peakBytes));
        }
    }
}

void TestSearch::countsAddUp()
{
    // 16 heads and 4 K/V heads: t = 8 and 16 cannot split them; 10 layers: p = 4, 8, 16 and
    // most chunk counts cannot split them; a global batch of 24 no DP of 16 divides.
    Scenario base = gpt(16, 10, 16, 4);
    const LayoutSearch r = searchLayouts(base, 5, 24);
    std::int64_t excluded = 0;
    for (const std::int64_t n : r.excluded)
        excluded += n;
    QCOMPARE(r.fitting + excluded, r.candidates);
    for (const Exclusion e :
         { Exclusion::TensorParallelDivides, Exclusion::PipelineDivides, Exclusion::BatchDivides,
           Exclusion::DoesNotFit, Exclusion::InterleavedMicroBatches })
        QVERIFY2(r.excluded[std::size_t(e)] > 0, keyOf(e));
    QCOMPARE(r.best.size(), std::size_t(5));
    QCOMPARE(r.globalBatch, qint64(24));
}

void TestSearch::nothingFits()
{
    Scenario base = gpt(4, 12, 16, 0);
    base.hardware.gpuMemoryBytes = 1 << 20; // 1 MiB
    const LayoutSearch r = searchLayouts(base, 20, 16);
    QCOMPARE(r.fitting, qint64(0));
    QVERIFY(r.best.empty());
    QVERIFY(r.excluded[std::size_t(Exclusion::DoesNotFit)] > 0);
}

void TestSearch::invalidBase()
{
    Scenario base = gpt(4, 12, 16, 0);
    base.model.heads = 7; // does not divide d
    const LayoutSearch r = searchLayouts(base);
    QCOMPARE(r.candidates, qint64(0));
    QVERIFY(r.best.empty());
    QVERIFY(!r.supported);
    // LoRA is valid on one GPU group but not modelled with the layouts: nothing is searched.
    Scenario lora = gpt(4, 12, 16, 0);
    lora.options.finetune = FineTuning::Lora;
    QVERIFY(validate(lora).empty());
    QVERIFY(!searchLayouts(lora).supported);
    // A global batch past 2²⁴ sequences, or past 64 bits as b·m·DP, is not searched either.
    Scenario huge = gpt(4, 12, 16, 0);
    huge.model.batch = std::int64_t(1) << 31;
    huge.options.gradAccum = std::int64_t(1) << 31;
    QVERIFY(!searchLayouts(huge).supported);
    QVERIFY(!searchLayouts(gpt(4, 12, 16, 0), 20, (std::int64_t(1) << 24) + 1).supported);
    QVERIFY(searchLayouts(gpt(4, 12, 16, 0), 20, 64).supported);
}

QTEST_APPLESS_MAIN(TestSearch)

#include "tst_search.moc"
