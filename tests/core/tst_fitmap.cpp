// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"
#include "fitmap.h"
#include "sweep.h"

#include <QTest>

#include <cmath>

using namespace ts;

Q_DECLARE_METATYPE(ts::Scenario)

class TestFitMap : public QObject
{
    Q_OBJECT
private slots:
    void log2Samples();
    void cellsMatchEstimate_data();
    void cellsMatchEstimate();
    void boundaryIsTheLargestBatch_data();
    void boundaryIsTheLargestBatch();
    void invalidScenarioLeavesTheMapEmpty();
    void rangeFollowsTheScenario();
};

void TestFitMap::log2Samples()
{
    const std::vector<std::int64_t> xs = ts::log2Samples(1, 1024, 256);
    QCOMPARE(xs.size(), std::size_t(256));
    QCOMPARE(xs.front(), std::int64_t(1));
    QCOMPARE(xs.back(), std::int64_t(1024));
    for (std::size_t i = 1; i < xs.size(); ++i)
        QVERIFY(xs[i] >= xs[i - 1]);
    // Evenly spaced in log₂: the middle sample is √1024 = 32.
    QCOMPARE(ts::log2Samples(1, 1024, 11)[5], std::int64_t(32));
    QVERIFY(ts::log2Samples(0, 10, 4).empty());
    QVERIFY(ts::log2Samples(8, 4, 4).empty());
}

namespace {

Scenario eager()
{
    Scenario s;
    s.options.accounting = Accounting::PytorchEager;
    return s;
}

// A row of the table: the scenario and whether its rows may be derived from three estimates.
void addScenarios()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<bool>("affine");
    Scenario s;
    QTest::newRow("lecture") << s << true;
    s.options.precision = Precision::Bf16Mixed;
    QTest::newRow("bf16-mixed") << s << true;
    s.options.amp = Amp::Autocast;
    QTest::newRow("bf16-mixed autocast") << s << true;
    s = {};
    s.options.checkpointing = Checkpointing::Full;
    QTest::newRow("full checkpointing") << s << true;
    s.options.checkpointing = Checkpointing::Selective;
    s.options.flashAttention = true;
    QTest::newRow("selective + FlashAttention") << s << true;
    s = {};
    s.model.kvHeads = 4;
    s.options.gradAccum = 8;
    QTest::newRow("GQA, 8 micro-batches") << s << true;
    s = {};
    s.options.finetune = FineTuning::Lora;
    s.options.loraTargets = LoraTargets::All;
    QTest::newRow("LoRA") << s << true;
    s.options.finetune = FineTuning::Qlora;
    s.options.precision = Precision::Bf16Mixed;
    QTest::newRow("QLoRA") << s << true;
    s = {};
    s.options.zeroStage = 3;
    s.options.offload = Offload::OptimizerAndParams;
    s.options.optimizer = Optimizer::Adam8bit;
    QTest::newRow("ZeRO-3, offload, 8-bit Adam") << s << true;
    s = {};
    s.model.ffn = FfnKind::Gelu;
    s.model.norm = NormKind::LayerNorm;
    s.model.bias = BiasKind::All;
    s.model.maxPositions = 8192;
    s.model.dropout = true;
    s.model.tiedEmbeddings = true;
    QTest::newRow("GPT-2 family") << s << true;
    QTest::newRow("pytorch-eager: per cell") << eager() << false;
    s = {};
    s.model.dModel = 16384;
    s.model.heads = 128;
    s.model.vocab = 256000;
    QTest::newRow("wide: overflow at the far corner") << s << false;
}

} // namespace

void TestFitMap::cellsMatchEstimate_data()
{
    addScenarios();
}

void TestFitMap::cellsMatchEstimate()
{
    QFETCH(Scenario, scenario);
    QFETCH(bool, affine);
    const bool wide = scenario.model.dModel > 8192;
    const auto bs = ts::log2Samples(1, wide ? (1 << 24) : 4096, 23);
    const auto cs = ts::log2Samples(16, wide ? (1 << 20) : 16384, 19);
    FitMapGrid grid;
    fitMap(scenario, bs, cs, grid);
    QCOMPARE(grid.rows(), cs.size());
    QCOMPARE(grid.columns(), bs.size());
    QCOMPARE(grid.gpuBytes, scenario.hardware.gpuMemoryBytes);
    if (affine)
        QCOMPARE(grid.affineRows, cs.size());
    else
        QVERIFY(grid.affineRows < cs.size());
    int valid = 0, invalid = 0;
    for (std::size_t row = 0; row < cs.size(); ++row) {
        for (std::size_t col = 0; col < bs.size(); ++col) {
            Scenario s = scenario;
            s.model.batch = bs[col];
            s.model.seqLen = cs[row];
            const Estimate e = estimate(s);
            const std::size_t at = grid.index(row, col);
            if (!e.ok()) {
                QCOMPARE(grid.peakBytes[at], std::int64_t(-1));
                QVERIFY(std::isnan(grid.seconds[at]));
                ++invalid;
                continue;
            }
            ++valid;
            QCOMPARE(grid.peakBytes[at], e.memory.peak); // bytes: exactly
            // Seconds: the same figures by another order of operations.
            QVERIFY2(std::abs(grid.seconds[at] - e.training.seconds) <= 1e-9 * e.training.seconds,
                     qPrintable(QStringLiteral("b=%1 c=%2: %3 vs %4")
                                        .arg(bs[col])
                                        .arg(cs[row])
                                        .arg(grid.seconds[at], 0, 'g', 17)
                                        .arg(e.training.seconds, 0, 'g', 17)));
        }
    }
    QVERIFY(valid > 0);
    if (wide)
        QVERIFY(invalid > 0); // the fall-back for overflowing rows was exercised
}

void TestFitMap::boundaryIsTheLargestBatch_data()
{
    addScenarios();
}

void TestFitMap::boundaryIsTheLargestBatch()
{
    QFETCH(Scenario, scenario);
    const auto bs = ts::log2Samples(1, 2048, 17);
    const auto cs = ts::log2Samples(16, 8192, 10);
    FitMapGrid grid;
    fitMap(scenario, bs, cs, grid);
    for (std::size_t row = 0; row < cs.size(); ++row) {
        Scenario s = scenario;
        s.model.seqLen = cs[row];
        const Estimate e = estimate(s);
        if (!e.ok())
            continue;
        QCOMPARE(grid.largestBatch[row], e.maxBatch.exact);
        if (scenario.options.accounting == Accounting::Lecture)
            QCOMPARE(grid.largestBatch[row], largestFitting(s, SweepAxis::Batch));
        // Left of the line every cell fits, right of it none does.
        for (std::size_t col = 0; col < bs.size(); ++col) {
            const std::int64_t peak = grid.peakBytes[grid.index(row, col)];
            if (peak < 0)
                continue;
            QCOMPARE(peak <= grid.gpuBytes, bs[col] <= grid.largestBatch[row]);
        }
    }
}

void TestFitMap::invalidScenarioLeavesTheMapEmpty()
{
    Scenario s;
    s.model.heads = 7; // does not divide d
    FitMapGrid grid;
    fitMap(s, ts::log2Samples(1, 64, 4), ts::log2Samples(16, 256, 3), grid);
    QCOMPARE(grid.peakBytes.size(), std::size_t(12));
    for (std::int64_t peak : grid.peakBytes)
        QCOMPARE(peak, std::int64_t(-1));
    for (std::int64_t largest : grid.largestBatch)
        QCOMPARE(largest, std::int64_t(-1));
}

void TestFitMap::rangeFollowsTheScenario()
{
    Scenario s;
    FitMapRange r = fitMapRange(s, estimate(s));
    // The worked example: 63 fit at c = 256, so b spans 1 to 2¹⁰; c from 16 to 2¹².
    QCOMPARE(r.batchLo, std::int64_t(1));
    QCOMPARE(r.batchHi, std::int64_t(1024));
    QCOMPARE(r.seqLenLo, std::int64_t(16));
    QCOMPARE(r.seqLenHi, std::int64_t(4096));
    s.model.seqLen = 3000;
    s.model.batch = 600;
    r = fitMapRange(s, estimate(s));
    QCOMPARE(r.batchHi, std::int64_t(4096)); // 4 × 600 rounded up to a power of two
    QCOMPARE(r.seqLenHi, std::int64_t(16384));
    s.model.seqLen = 8;
    r = fitMapRange(s, estimate(s));
    QCOMPARE(r.seqLenLo, std::int64_t(8));
    // However large b and c are, they are on the map, within their inputs' bounds.
    s.model.batch = 3000000;
    s.model.seqLen = 2000000;
    r = fitMapRange(s, estimate(s));
    QCOMPARE(r.batchHi, std::int64_t(1) << 24);
    QCOMPARE(r.seqLenHi, std::int64_t(1) << 23);
    s.model.batch = s.model.seqLen = 2147483647;
    r = fitMapRange(s, estimate(s));
    QCOMPARE(r.batchHi, std::int64_t(2147483647));
    QCOMPARE(r.seqLenHi, std::int64_t(2147483647));
}

QTEST_APPLESS_MAIN(TestFitMap)
#include "tst_fitmap.moc"
