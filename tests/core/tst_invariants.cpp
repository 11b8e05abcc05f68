// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Relations between options that must hold for every model shape.
#include "estimate.h"
#include "shapes.h"

#include <QTest>

using namespace ts;

namespace {

Estimate run(const ModelShape &m, const TrainingOptions &o, qint64 gpus = 4)
{
    Scenario s;
    s.model = m;
    s.options = o;
    s.hardware.gpus = gpus;
    return estimate(s);
}

} // namespace

class TestInvariants : public QObject
{
    Q_OBJECT
private slots:
    void shapes_data();
    void recomputationNeverRaisesMemory_data() { shapes_data(); }
    void recomputationNeverRaisesMemory();
    void zeroStagesShrinkMemory_data() { shapes_data(); }
    void zeroStagesShrinkMemory();
    void mixedPrecisionHalvesActivations_data() { shapes_data(); }
    void mixedPrecisionHalvesActivations();
    void dataParallelTimeIsTheLecture_data() { shapes_data(); }
    void dataParallelTimeIsTheLecture();
    void flashAtOneTokenIsTheException();
};

void TestInvariants::shapes_data()
{
    QTest::addColumn<ModelShape>("m");
    QTest::newRow("lecture") << shape(4, 256, 1024, 12, 16, 32000);
    QTest::newRow("one layer, two tokens") << shape(1, 2, 8, 1, 1, 3);
    QTest::newRow("single head") << shape(3, 17, 64, 2, 1, 50);
    QTest::newRow("odd") << shape(5, 33, 96, 5, 3, 1001);
    QTest::newRow("long context") << shape(1, 8192, 512, 4, 8, 10000);
    QTest::newRow("LLaMA-7B shape") << shape(1, 2048, 4096, 32, 32, 32000);
}

void TestInvariants::recomputationNeverRaisesMemory()
{
    QFETCH(ModelShape, m);
    for (Precision p : { Precision::Fp32, Precision::Bf16Mixed, Precision::Bf16 }) {
        TrainingOptions base;
        base.precision = p;
        const qint64 none = run(m, base).memory.peak;
        for (Checkpointing c : { Checkpointing::Selective, Checkpointing::Full }) {
            for (bool flash : { false, true }) {
                TrainingOptions o = base;
                o.checkpointing = c;
                o.flashAttention = flash;
                QVERIFY(run(m, o).memory.peak <= none);
            }
        }
        TrainingOptions flash = base;
        flash.flashAttention = true;
        QVERIFY(run(m, flash).memory.peak <= none);
    }
}

void TestInvariants::zeroStagesShrinkMemory()
{
    QFETCH(ModelShape, m);
    for (qint64 gpus : { 2, 4, 8 }) {
        qint64 previous = -1;
        for (int stage = 0; stage <= 3; ++stage) {
            TrainingOptions o;
            o.zeroStage = stage;
            o.precision = Precision::Bf16Mixed;
            const qint64 peak = run(m, o, gpus).memory.peak;
            if (previous >= 0)
                QVERIFY2(peak < previous, qPrintable(QStringLiteral("stage %1").arg(stage)));
            previous = peak;
        }
    }
    // One GPU has nothing to shard with.
    TrainingOptions zero3;
    zero3.zeroStage = 3;
    QCOMPARE(run(m, zero3, 1).memory.peak, run(m, TrainingOptions {}, 1).memory.peak);
}

void TestInvariants::mixedPrecisionHalvesActivations()
{
    QFETCH(ModelShape, m);
    TrainingOptions mixed;
    mixed.precision = Precision::Bf16Mixed;
    QCOMPARE(2 * run(m, mixed).memory.activations, run(m, TrainingOptions {}).memory.activations);
    // ...and keeps 16 bytes per parameter in all (ZeRO paper's 2 + 2 + 12).
    QCOMPARE(run(m, mixed).memory.staticBytes, run(m, TrainingOptions {}).memory.staticBytes);
}

void TestInvariants::dataParallelTimeIsTheLecture()
{
    // With one micro-batch per step and no sharding, data parallelism over G GPUs takes the
    // lecture's steps·F_step / (G·peak·MFU), whatever G is.
    QFETCH(ModelShape, m);
    for (qint64 gpus : { 1, 3, 8 }) {
        const Estimate e = run(m, TrainingOptions {}, gpus);
        const double lecture = e.training.steps * e.flops.total / (double(gpus) * 35.6e12 * 0.5);
        QVERIFY(qAbs(e.training.seconds - lecture) <= 1e-9 * lecture);
    }
    // Accumulating gradients runs the optimizer less often, so it can only save time.
    TrainingOptions accum;
    accum.gradAccum = 8;
    QVERIFY(run(m, accum).training.seconds < run(m, TrainingOptions {}).training.seconds);
    QCOMPARE(run(m, accum).training.globalBatch, double(m.batch * 8 * 4));
}

void TestInvariants::flashAtOneTokenIsTheException()
{
    // With c = 1 the probabilities are b·h elements of 2 bytes in bf16, while FlashAttention's
    // fp32 log-sum-exp is b·h elements of 4 bytes: the only case where it costs memory.
    TrainingOptions bf16;
    bf16.precision = Precision::Bf16;
    TrainingOptions flash = bf16;
    flash.flashAttention = true;
    const ModelShape m = shape(2, 1, 8, 2, 2, 5);
    QCOMPARE(run(m, flash).memory.activations - run(m, bf16).memory.activations,
             qint64(2) * (2 * 2 * 1) * 2); // L · (b·h·c) · (4 − 2) bytes
}

QTEST_APPLESS_MAIN(TestInvariants)
#include "tst_invariants.moc"
