// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"
#include "shapes.h"

#include <QTest>

using namespace ts;

namespace {

Scenario scenarioOf(const ModelShape &m)
{
    Scenario s;
    s.model = m;
    return s;
}

} // namespace

class TestMemory : public QObject
{
    Q_OBJECT
private slots:
    void workedExample();
    void activationTensors();
    void configs_data();
    void expandedPolynomial_data() { configs_data(); }
    void expandedPolynomial();
    void staticPlusPerSample_data() { configs_data(); }
    void staticPlusPerSample();
    void activationGroupsAddUp_data() { configs_data(); }
    void activationGroupsAddUp();
};

void TestMemory::workedExample()
{
    // Lecture: b=4, c=256, d=1024, L=12, h=16, v=32000; peak = 16·N_p + 4·N_A bytes.
    const Estimate e = estimate(Scenario {});
    QVERIFY(e.ok());
    QCOMPARE(e.params.total, qint64(266888192));
    QCOMPARE(e.activations.total,
             qint64(336855040)); // N_A = 12·25,165,824 + 2,097,152 + 32,768,000
    QCOMPARE(e.memory.parameters, qint64(4) * 266888192);
    QCOMPARE(e.memory.gradients, qint64(4) * 266888192);
    QCOMPARE(e.memory.optimizerStates, qint64(8) * 266888192);
    QCOMPARE(e.memory.peak, qint64(5617631232));
    QCOMPARE(e.memory.staticBytes, qint64(4270211072));
    QCOMPARE(e.memory.perSampleBytes, qint64(336855040)); // 4·N_A / 4
    QVERIFY(e.fits);
    QCOMPARE(e.marginBytes, (qint64(24) << 30) - 5617631232);
}

void TestMemory::activationTensors()
{
    // Per-block counts as the slides list them (part 1.2), for the worked example:
    // bcd = 4·256·1024 = 1,048,576; bhc² = 4·16·256² = 4,194,304; bcv = 32,768,000.
    const Estimate e = estimate(Scenario {});
    const qint64 bcd = 1048576, L = 12;
    QCOMPARE(e.activations.of(Activation::X), L * bcd);
    QCOMPARE(e.activations.of(Activation::XNorm), L * bcd);
    QCOMPARE(e.activations.of(Activation::QK), L * 2 * bcd);
    QCOMPARE(e.activations.of(Activation::P), L * 4194304);
    QCOMPARE(e.activations.of(Activation::V), L * bcd);
    QCOMPARE(e.activations.of(Activation::O), L * bcd);
    QCOMPARE(e.activations.of(Activation::XRes), L * bcd);
    QCOMPARE(e.activations.of(Activation::XFfin), L * bcd);
    QCOMPARE(e.activations.of(Activation::GVff), L * 8 * bcd);
    QCOMPARE(e.activations.of(Activation::H), L * 4 * bcd);
    QCOMPARE(e.activations.of(Activation::FinalNormInput), bcd);
    QCOMPARE(e.activations.of(Activation::XFinal), bcd);
    QCOMPARE(e.activations.of(Activation::Logits), qint64(32768000));
    QCOMPARE(e.activations.perBlock, 20 * bcd + 4194304); // N_B = 20bcd + bhc²
}

void TestMemory::configs_data()
{
    QTest::addColumn<ModelShape>("m");
    QTest::newRow("lecture example") << shape(4, 256, 1024, 12, 16, 32000);
    QTest::newRow("one of everything") << shape(1, 1, 1, 1, 1, 1);
    QTest::newRow("single head") << shape(3, 17, 64, 2, 1, 50);
    QTest::newRow("odd sizes") << shape(7, 33, 96, 5, 3, 1001);
    QTest::newRow("long context") << shape(1, 8192, 512, 4, 8, 10000);
    QTest::newRow("GPT-2 medium shape") << shape(8, 1024, 1024, 24, 16, 50257);
    QTest::newRow("LLaMA-7B shape") << shape(1, 2048, 4096, 32, 32, 32000);
    QTest::newRow("tiny vocab") << shape(64, 128, 256, 6, 4, 2);
}

void TestMemory::expandedPolynomial()
{
    // Slide "Peak memory calculation":
    // L(256d² + 32d + 80bcd + 4bhc²) + 32dv + 16d + 8bcd + 4bcv.
    QFETCH(ModelShape, m);
    const qint64 b = m.batch, c = m.seqLen, d = m.dModel, L = m.layers, h = m.heads, v = m.vocab;
    const qint64 expected = L * (256 * d * d + 32 * d + 80 * b * c * d + 4 * b * h * c * c)
            + 32 * d * v + 16 * d + 8 * b * c * d + 4 * b * c * v;
    const Estimate e = estimate(scenarioOf(m));
    QVERIFY(e.ok());
    QCOMPARE(e.memory.peak, expected);
    QCOMPARE(e.memory.peak,
             e.memory.parameters + e.memory.gradients + e.memory.optimizerStates
                     + e.memory.activations);
}

void TestMemory::staticPlusPerSample()
{
    // Part 3: M_peak = M_static + b·M_per_sample, with
    // M_static = L(256d² + 32d) + 32dv + 16d and M_per_sample = L(80cd + 4hc²) + 8cd + 4cv.
    QFETCH(ModelShape, m);
    const qint64 c = m.seqLen, d = m.dModel, L = m.layers, h = m.heads, v = m.vocab;
    const Estimate e = estimate(scenarioOf(m));
    QCOMPARE(e.memory.staticBytes, L * (256 * d * d + 32 * d) + 32 * d * v + 16 * d);
    QCOMPARE(e.memory.perSampleBytes, L * (80 * c * d + 4 * h * c * c) + 8 * c * d + 4 * c * v);
    QCOMPARE(e.memory.peak, e.memory.staticBytes + m.batch * e.memory.perSampleBytes);
}

void TestMemory::activationGroupsAddUp()
{
    QFETCH(ModelShape, m);
    const Estimate e = estimate(scenarioOf(m));
    qint64 sum = 0;
    for (qint64 n : e.activations.elements)
        sum += n;
    QCOMPARE(e.activations.total, sum);
    qint64 bytes = 0;
    for (qint64 n : e.activations.bytes)
        bytes += n;
    QCOMPARE(e.memory.activations, bytes);
    QCOMPARE(e.memory.activations, 4 * e.activations.total); // fp32: 4 bytes per element
    QCOMPARE(e.memory.attentionScores, 4 * m.layers * m.batch * m.heads * m.seqLen * m.seqLen);
    QCOMPARE(e.memory.activations, e.memory.attentionScores + e.memory.blockOther + e.memory.head);
}

QTEST_APPLESS_MAIN(TestMemory)
#include "tst_memory.moc"
