// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"

#include <QTest>

using namespace ts;

namespace {

ParameterCounts countFor(qint64 d, qint64 layers, qint64 vocab)
{
    ModelShape m;
    m.dModel = d;
    m.layers = layers;
    m.vocab = vocab;
    m.heads = 1;
    bool overflow = false;
    const ParameterCounts p = countParameters(m, &overflow);
    return overflow ? ParameterCounts {} : p;
}

} // namespace

class TestParameters : public QObject
{
    Q_OBJECT
private slots:
    void total_data();
    void total();
    void partsAddUp_data() { total_data(); }
    void partsAddUp();
};

void TestParameters::total_data()
{
    QTest::addColumn<qint64>("d");
    QTest::addColumn<qint64>("layers");
    QTest::addColumn<qint64>("vocab");
    QTest::addColumn<qint64>("expected");

    // Lecture part 1.1 worked example: N_p = 2·1024·32000 + 1024 + 12·(2·1024 + 16·1024²).
    QTest::newRow("lecture d=1024 L=12 v=32000")
            << qint64(1024) << qint64(12) << qint64(32000) << qint64(266888192);
    // By hand from N_p = 2dv + d + L(2d + 16d²): 10,240,000 + 512 + 4·4,195,328.
    QTest::newRow("CS336 width d=512 L=4 v=10000")
            << qint64(512) << qint64(4) << qint64(10000) << qint64(27021824);
    // By hand: 2·768·50257 + 768 + 12·(1536 + 16·589,824) = 77,194,752 + 768 + 113,264,640.
    QTest::newRow("GPT-2 small shape d=768 L=12")
            << qint64(768) << qint64(12) << qint64(50257) << qint64(190460160);
    // Smallest model: 2 + 1 + (2 + 16) = 21.
    QTest::newRow("all ones") << qint64(1) << qint64(1) << qint64(1) << qint64(21);
    // Odd sizes, by hand: 2·3·7 + 3 + 5·(6 + 144) = 42 + 3 + 750.
    QTest::newRow("odd d=3 L=5 v=7") << qint64(3) << qint64(5) << qint64(7) << qint64(795);
}

void TestParameters::total()
{
    QFETCH(qint64, d);
    QFETCH(qint64, layers);
    QFETCH(qint64, vocab);
    QFETCH(qint64, expected);
    QCOMPARE(countFor(d, layers, vocab).total, expected);
}

void TestParameters::partsAddUp()
{
    QFETCH(qint64, d);
    QFETCH(qint64, layers);
    QFETCH(qint64, vocab);
    const ParameterCounts p = countFor(d, layers, vocab);
    QCOMPARE(p.embedding, vocab * d);
    QCOMPARE(p.outputProjection, vocab * d);
    QCOMPARE(p.perBlock, p.blockNorms + p.blockAttention + p.blockFfn);
    QCOMPARE(p.blockAttention, 4 * d * d);
    QCOMPARE(p.blockFfn, 3 * d * (4 * d)); // W1, W3: d×4d and W2: 4d×d
    QCOMPARE(p.allBlocks, layers * p.perBlock);
    QCOMPARE(p.total, p.embedding + p.allBlocks + p.finalNorm + p.outputProjection);
}

QTEST_APPLESS_MAIN(TestParameters)
#include "tst_parameters.moc"
