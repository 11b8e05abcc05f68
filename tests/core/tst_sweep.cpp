// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"
#include "sweep.h"

#include <QTest>

using namespace ts;

Q_DECLARE_METATYPE(ts::SweepAxis)

class TestSweep : public QObject
{
    Q_OBJECT
private slots:
    void axisPoints_data();
    void axisPoints();
    void pointsMatchEstimate_data();
    void pointsMatchEstimate();
    void invalidPointsAreSkipped();
    void largestFitting_data();
    void largestFitting();
};

void TestSweep::axisPoints_data()
{
    QTest::addColumn<qint64>("lo");
    QTest::addColumn<qint64>("hi");
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<int>("expectedCount");
    QTest::newRow("every integer") << qint64(1) << qint64(10) << 64 << 10;
    QTest::newRow("thinned") << qint64(1) << qint64(100000) << 256 << 256;
    QTest::newRow("single") << qint64(5) << qint64(5) << 16 << 1;
    QTest::newRow("empty range") << qint64(9) << qint64(5) << 16 << 0;
    QTest::newRow("no points") << qint64(1) << qint64(5) << 0 << 0;
}

void TestSweep::axisPoints()
{
    QFETCH(qint64, lo);
    QFETCH(qint64, hi);
    QFETCH(int, maxPoints);
    QFETCH(int, expectedCount);
    const std::vector<std::int64_t> xs = ts::axisPoints(lo, hi, std::size_t(maxPoints));
    QCOMPARE(int(xs.size()), expectedCount);
    if (xs.empty())
        return;
    QCOMPARE(xs.front(), lo);
    QCOMPARE(xs.back(), hi);
    for (std::size_t i = 1; i < xs.size(); ++i)
        QVERIFY(xs[i] > xs[i - 1]);
}

void TestSweep::pointsMatchEstimate_data()
{
    QTest::addColumn<SweepAxis>("axis");
    QTest::newRow("batch") << SweepAxis::Batch;
    QTest::newRow("sequence length") << SweepAxis::SeqLen;
}

void TestSweep::pointsMatchEstimate()
{
    QFETCH(SweepAxis, axis);
    const Scenario base;
    const std::vector<std::int64_t> xs = ts::axisPoints(1, 700, 50);
    SweepSeries series;
    sweep(base, axis, xs, series);
    QCOMPARE(series.size(), xs.size());
    for (std::size_t i = 0; i < xs.size(); ++i) {
        Scenario s = base;
        setAxisValue(s, axis, xs[i]);
        const Estimate e = estimate(s);
        QCOMPARE(series.x[i], double(xs[i]));
        QCOMPARE(series.peak[i], double(e.memory.peak));
        QCOMPARE(series.attentionScores[i] + series.blockOther[i] + series.head[i],
                 double(e.memory.activations));
        QCOMPARE(series.parameters[i] + series.gradients[i] + series.optimizerStates[i],
                 double(e.memory.staticBytes));
        QCOMPARE(series.seconds[i], e.training.seconds);
    }
}

void TestSweep::invalidPointsAreSkipped()
{
    Scenario base;
    base.model.heads = 5; // does not divide d: every point is invalid
    SweepSeries series;
    sweep(base, SweepAxis::Batch, { 1, 2, 3 }, series);
    QCOMPARE(series.size(), std::size_t(0));
    QCOMPARE(series.peak.size(), std::size_t(0));
}

void TestSweep::largestFitting_data()
{
    QTest::addColumn<SweepAxis>("axis");
    QTest::addColumn<qint64>("gpuBytes");
    QTest::newRow("batch, 24 GiB") << SweepAxis::Batch << (qint64(24) << 30);
    QTest::newRow("seq, 24 GiB") << SweepAxis::SeqLen << (qint64(24) << 30);
    QTest::newRow("seq, 80 GiB") << SweepAxis::SeqLen << (qint64(80) << 30);
    QTest::newRow("seq, too small") << SweepAxis::SeqLen << qint64(1000000000);
}

void TestSweep::largestFitting()
{
    // The answer fits and one more does not: the defining property, for either axis.
    QFETCH(SweepAxis, axis);
    QFETCH(qint64, gpuBytes);
    Scenario s;
    s.hardware.gpuMemoryBytes = gpuBytes;
    const std::int64_t best = ts::largestFitting(s, axis);
    auto fits = [&](std::int64_t value) {
        Scenario t = s;
        setAxisValue(t, axis, value);
        return estimate(t).fits;
    };
    if (best > 0)
        QVERIFY(fits(best));
    QVERIFY(!fits(best + 1));
    if (axis == SweepAxis::Batch)
        QCOMPARE(best, estimate(s).maxBatch.exact);
}

QTEST_APPLESS_MAIN(TestSweep)
#include "tst_sweep.moc"
