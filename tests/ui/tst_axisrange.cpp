// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "axisrange.h"
#include "chartsampler.h"

#include <QTest>

using namespace ts;
using namespace ts::ui;

// Chart ranges that move in steps (issue: "the picture jumps"): nice bounds, kept while they
// still suit, so that dragging a slider moves the marker and not the whole chart.
class TestAxisRange : public QObject
{
    Q_OBJECT
private slots:
    void niceWhole_data();
    void niceWhole();
    void niceReal_data();
    void niceReal();
    void keptWhileItSuits();
    void draggingMovesTheRangeRarely();
};

void TestAxisRange::niceWhole_data()
{
    QTest::addColumn<qint64>("need");
    QTest::addColumn<qint64>("nice");
    for (const auto &[need, nice] :
         { std::pair { 0, 1 }, std::pair { 1, 1 }, std::pair { 2, 2 }, std::pair { 3, 5 },
           std::pair { 6, 10 }, std::pair { 10, 10 }, std::pair { 11, 20 }, std::pair { 82, 100 },
           std::pair { 101, 200 }, std::pair { 201, 500 }, std::pair { 4'194'304, 5'000'000 } })
        QTest::newRow(qPrintable(QString::number(need))) << qint64(need) << qint64(nice);
}

void TestAxisRange::niceWhole()
{
    QFETCH(qint64, need);
    QFETCH(qint64, nice);
    QCOMPARE(axisrange::niceWhole(need), nice);
}

void TestAxisRange::niceReal_data()
{
    QTest::addColumn<double>("need");
    QTest::addColumn<double>("nice");
    QTest::newRow("0.3 exactly") << 0.3 << 0.3;
    QTest::newRow("1.05") << 1.05 << 1.2;
    QTest::newRow("7") << 7.0 << 8.0;
    QTest::newRow("9") << 9.0 << 10.0;
    QTest::newRow("26.2") << 26.2 << 30.0;
    QTest::newRow("5,617 GiB") << 5617.0 << 6000.0;
    QTest::newRow("not positive") << 0.0 << 1.0;
}

void TestAxisRange::niceReal()
{
    QFETCH(double, need);
    QFETCH(double, nice);
    QCOMPARE(axisrange::niceReal(need), nice);
}

void TestAxisRange::keptWhileItSuits()
{
    // Kept while it holds the need and is at most slack times it; else the nice bound.
    QCOMPARE(axisrange::stableWhole(40, 100, 4.0), qint64(100));
    QCOMPARE(axisrange::stableWhole(25, 100, 4.0), qint64(100));
    QCOMPARE(axisrange::stableWhole(24, 100, 4.0), qint64(50));
    QCOMPARE(axisrange::stableWhole(101, 100, 4.0), qint64(200));
    QCOMPARE(axisrange::stableWhole(7, 0, 4.0), qint64(10)); // none yet
    QCOMPARE(axisrange::stableReal(20.0, 30.0, 1.6), 30.0);
    QCOMPARE(axisrange::stableReal(18.0, 30.0, 1.6), 20.0);
}

void TestAxisRange::draggingMovesTheRangeRarely()
{
    // b dragged one step at a time from 1 to 10,000 with 63 fitting (the worked example): the
    // x range changes a handful of times, never on consecutive steps, and always holds b and
    // 1.3 × 63.
    std::int64_t hi = 0;
    int changes = 0;
    for (std::int64_t b = 1; b <= 10'000; ++b) {
        const std::int64_t next = ChartSampler::upperBound(b, 63, hi);
        QVERIFY(next > b && double(next) >= 1.3 * 63);
        changes += next != hi ? 1 : 0;
        hi = next;
    }
    QVERIFY2(changes <= 12, qPrintable(QString::number(changes)));
    // And back down: the range shrinks in steps too.
    int down = 0;
    for (std::int64_t b = 10'000; b >= 1; --b) {
        const std::int64_t next = ChartSampler::upperBound(b, 63, hi);
        down += next != hi ? 1 : 0;
        hi = next;
    }
    QVERIFY2(down <= 12, qPrintable(QString::number(down)));
    // Back at b = 1 the range still holds 1.3 × 63 and is at most four times that.
    QVERIFY(hi >= 82 && hi <= 4 * 82);
}

QTEST_APPLESS_MAIN(TestAxisRange)
#include "tst_axisrange.moc"
