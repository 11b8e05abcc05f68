// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include <QLocale>
#include <QTest>

using namespace ts;
using namespace ts::ui;

// The comparison's arithmetic and text: differences with their sign and share, the baseline
// column without one, and a Markdown table a report can take.
class TestComparison : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void differences_data();
    void differences();
    void differenceText_data();
    void differenceText();
    void markdownTable();
};

void TestComparison::differences_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("base");
    QTest::addColumn<double>("absolute");
    QTest::addColumn<double>("relative"); // NaN: none
    QTest::newRow("more") << 150.0 << 100.0 << 50.0 << 0.5;
    QTest::newRow("less") << 25.0 << 100.0 << -75.0 << -0.75;
    QTest::newRow("same") << 7.0 << 7.0 << 0.0 << 0.0;
    QTest::newRow("from zero") << 5.0 << 0.0 << 5.0 << qQNaN();
    QTest::newRow("negative base (a margin)") << -1.0 << -2.0 << 1.0 << 0.5;
}

void TestComparison::differences()
{
    QFETCH(double, value);
    QFETCH(double, base);
    QFETCH(double, absolute);
    QFETCH(double, relative);
    const Difference d = difference(value, base);
    QCOMPARE(d.absolute, absolute);
    QCOMPARE(d.relative.has_value(), !qIsNaN(relative));
    if (d.relative)
        QCOMPARE(*d.relative, relative);
}

void TestComparison::differenceText_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bytes up") << "peak_bytes" << double(3LL << 30) << double(2LL << 30)
                              << QStringLiteral("+1.00 GiB (+50.0%)");
    QTest::newRow("count down") << "max_batch" << 0.0 << 63.0 << QStringLiteral("−63 (−100.0%)");
    QTest::newRow("time") << "training_seconds" << 7200.0 << 3600.0
                          << QStringLiteral("+1:00:00 (+100.0%)");
    QTest::newRow("equal") << "parameters" << 5.0 << 5.0 << QStringLiteral("±0");
}

void TestComparison::differenceText()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(double, base);
    QFETCH(QString, expected);
    for (const Metric &m : comparisonMetrics())
        if (key == QLatin1String(m.key)) {
            QCOMPARE(Comparison::difference(m, value, base, MemoryUnit::GiB), expected);
            return;
        }
    QFAIL("no such metric");
}

void TestComparison::markdownTable()
{
    Scenario s;
    const Estimate a = estimate(s);
    s.options.checkpointing = Checkpointing::Full;
    const Estimate b = estimate(s);
    const QString md = Comparison::markdown(
            { { QStringLiteral("none | plain"), &a }, { QStringLiteral("full"), &b } }, 0,
            MemoryUnit::GiB);
    const QStringList lines = md.trimmed().split(QLatin1Char('\n'));
    // Header, rule, one line per metric, the verdict.
    QCOMPARE(lines.size(), int(comparisonMetrics().size()) + 3);
    QCOMPARE(lines[0], QStringLiteral("|  | none \\| plain | full |"));
    QCOMPARE(lines[1], QStringLiteral("| --- | ---: | ---: |"));
    for (const QString &line : lines) // three cells each: four unescaped bars
        QCOMPARE(line.count(QLatin1Char('|')) - line.count(QStringLiteral("\\|")), 4);
    QVERIFY(lines[2].contains(QStringLiteral("266,888,192 ±0")));
    QVERIFY(lines.last().endsWith(QStringLiteral("| yes | yes |")));
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
