// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"

#include <QTest>

#include <functional>
#include <vector>

using namespace ts;

class TestMaxBatch : public QObject
{
    Q_OBJECT
private slots:
    void gpuMemory_data();
    void gpuMemory();
    void boundaryIsExact();
    void nothingFits();
    void shortcutOnlyForTheLecturesModel();
};

void TestMaxBatch::gpuMemory_data()
{
    QTest::addColumn<qint64>("gpuBytes");
    QTest::addColumn<qint64>("exact");
    QTest::addColumn<double>("lectureApprox");

    // Worked example: M_static = 4,270,211,072 B, M_per_sample = 336,855,040 B.
    // Slide's shortcut: (M − (256Ld² + 32dv)) / (4Lc(20d + hc)) = (M − 4,269,801,472) /
    // 301,989,888. 24 GiB (the slide's "24GB = 24·1024³"): (25,769,803,776 − M_static) /
    // M_per_sample = 63.8.
    QTest::newRow("24 GiB") << (qint64(24) << 30) << qint64(63)
                            << (25769803776.0 - 4269801472.0) / 301989888.0;
    // 24 GB = 24·10⁹, what the slide's final formula uses: 58.6 exact, 65.3 by the shortcut.
    QTest::newRow("24 GB") << qint64(24000000000) << qint64(58)
                           << (24e9 - 4269801472.0) / 301989888.0;
    // 80 GiB (A100/H100): (85,899,345,920 − 4,270,211,072) / 336,855,040 = 242.3.
    QTest::newRow("80 GiB") << (qint64(80) << 30) << qint64(242)
                            << (85899345920.0 - 4269801472.0) / 301989888.0;
}

void TestMaxBatch::gpuMemory()
{
    QFETCH(qint64, gpuBytes);
    QFETCH(qint64, exact);
    QFETCH(double, lectureApprox);
    Scenario s;
    s.hardware.gpuMemoryBytes = gpuBytes;
    const Estimate e = estimate(s);
    QCOMPARE(e.maxBatch.exact, exact);
    QCOMPARE(e.maxBatch.lectureApprox, lectureApprox);
}

void TestMaxBatch::boundaryIsExact()
{
    // With exactly M_static + k·M_per_sample bytes, k fits and the peak at b=k equals the GPU.
    Scenario s;
    const Estimate base = estimate(s);
    const qint64 k = 37;
    s.hardware.gpuMemoryBytes = base.memory.staticBytes + k * base.memory.perSampleBytes;
    QCOMPARE(estimate(s).maxBatch.exact, k);
    s.model.batch = k;
    QVERIFY(estimate(s).fits);
    QCOMPARE(estimate(s).marginBytes, qint64(0));
    s.hardware.gpuMemoryBytes -= 1;
    QCOMPARE(estimate(s).maxBatch.exact, k - 1);
    QVERIFY(!estimate(s).fits);
}

void TestMaxBatch::nothingFits()
{
    // 1 GB cannot even hold the 4.27 GB of weights, gradients and AdamW states.
    Scenario s;
    s.hardware.gpuMemoryBytes = 1000000000;
    const Estimate e = estimate(s);
    QVERIFY(e.ok());
    QCOMPARE(e.maxBatch.exact, qint64(0));
    QVERIFY(e.maxBatch.lectureApprox < 0);
    QVERIFY(!e.fits);
    QVERIFY(e.marginBytes < 0);
}

void TestMaxBatch::shortcutOnlyForTheLecturesModel()
{
    // The slide's shortcut counts 16 bytes per parameter and the lecture's saved tensors: it
    // describes fp32 (or tf32) AdamW on the lecture's block, and nothing else.
    Scenario s;
    QVERIFY(estimate(s).maxBatch.lectureApproxApplies);
    s.options.precision = Precision::Tf32;
    QVERIFY(lectureShortcutApplies(s));
    s.options.gradAccum = 8; // memory is that of one micro-batch: still the lecture's
    QVERIFY(lectureShortcutApplies(s));
    const std::vector<std::function<void(Scenario &)>> beyond {
        [](Scenario &x) { x.options.precision = Precision::Bf16Mixed; },
        [](Scenario &x) { x.options.optimizer = Optimizer::Sgd; },
        [](Scenario &x) { x.options.checkpointing = Checkpointing::Selective; },
        [](Scenario &x) { x.options.flashAttention = true; },
        [](Scenario &x) { x.options.zeroStage = 1; },
        [](Scenario &x) { x.options.finetune = FineTuning::Lora; },
        [](Scenario &x) { x.options.offload = Offload::Optimizer; },
        [](Scenario &x) { x.model.ffn = FfnKind::Gelu; },
        [](Scenario &x) { x.model.dFf = 2816; },
        [](Scenario &x) { x.model.kvHeads = 4; },
        [](Scenario &x) { x.model.tiedEmbeddings = true; },
        [](Scenario &x) { x.model.norm = NormKind::LayerNorm; },
        [](Scenario &x) { x.model.dropout = true; },
    };
    for (const auto &edit : beyond) {
        Scenario x;
        edit(x);
        QVERIFY(!lectureShortcutApplies(x));
        QVERIFY(!estimate(x).maxBatch.lectureApproxApplies);
    }
}

QTEST_APPLESS_MAIN(TestMaxBatch)
#include "tst_maxbatch.moc"
