// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"

#include <QTest>

using namespace ts;

class TestFlops : public QObject
{
    Q_OBJECT
private slots:
    void workedExample();
    void matmulTerms();
    void slideExpansion_data();
    void slideExpansion();
};

void TestFlops::workedExample()
{
    // Lecture part 2: F_fwd = L(32bcd² + 4bc²d) + 2bcdv = 492,310,626,304 for the worked example,
    // F_step = 3·F_fwd + 15·N_p = 1,476,931,878,912 + 4,003,322,880 = 1,480,935,201,792.
    // Every figure is an integer below 2⁵³, so double holds it exactly.
    const Estimate e = estimate(Scenario {});
    QCOMPARE(e.flops.forward, 492310626304.0);
    QCOMPARE(e.flops.backward, 2 * 492310626304.0);
    QCOMPARE(e.flops.optimizer, 15.0 * 266888192);
    QCOMPARE(e.flops.total, 1480935201792.0);
}

void TestFlops::matmulTerms()
{
    // One term per matrix product (part 2.1), each ×L except the LM head.
    const Estimate e = estimate(Scenario {});
    const double b = 4, c = 256, d = 1024, L = 12, v = 32000;
    QCOMPARE(e.flops.of(Matmul::QkvProjection), L * 6 * b * c * d * d);
    QCOMPARE(e.flops.of(Matmul::Scores), L * 2 * b * c * c * d);
    QCOMPARE(e.flops.of(Matmul::AttnValues), L * 2 * b * c * c * d);
    QCOMPARE(e.flops.of(Matmul::OutProjection), L * 2 * b * c * d * d);
    QCOMPARE(e.flops.of(Matmul::W1W3), L * 16 * b * c * d * d);
    QCOMPARE(e.flops.of(Matmul::W2), L * 8 * b * c * d * d);
    QCOMPARE(e.flops.of(Matmul::LmHead), 2 * b * c * d * v);
}

void TestFlops::slideExpansion_data()
{
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("c");
    QTest::addColumn<qint64>("d");
    QTest::addColumn<qint64>("L");
    QTest::addColumn<qint64>("v");
    QTest::newRow("lecture") << qint64(4) << qint64(256) << qint64(1024) << qint64(12)
                             << qint64(32000);
    QTest::newRow("ones") << qint64(1) << qint64(1) << qint64(1) << qint64(1) << qint64(1);
    QTest::newRow("odd") << qint64(3) << qint64(77) << qint64(96) << qint64(5) << qint64(1001);
    QTest::newRow("long") << qint64(1) << qint64(4096) << qint64(512) << qint64(8) << qint64(10000);
}

void TestFlops::slideExpansion()
{
    // Slide "FLOPs calculation":
    // F_total = 3L(32bcd² + 4bc²d) + 6bcdv + 30dv + 15d + 15L(2d + 16d²), exact in 64-bit here.
    QFETCH(qint64, b);
    QFETCH(qint64, c);
    QFETCH(qint64, d);
    QFETCH(qint64, L);
    QFETCH(qint64, v);
    Scenario s;
    s.model = { b, c, d, L, 1, v };
    const qint64 expected = 3 * L * (32 * b * c * d * d + 4 * b * c * c * d) + 6 * b * c * d * v
            + 30 * d * v + 15 * d + 15 * L * (2 * d + 16 * d * d);
    QCOMPARE(estimate(s).flops.total, double(expected));
}

QTEST_APPLESS_MAIN(TestFlops)
#include "tst_flops.moc"
