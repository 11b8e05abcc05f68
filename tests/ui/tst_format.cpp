// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QLocale>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ts;
using ts::ui::Format;

Q_DECLARE_METATYPE(ts::MemoryUnit)

// Expected strings follow from the unit definitions (GB = 10⁹ B, GiB = 2³⁰ B, memorysize.h),
// SI prefixes and the en_US locale the test selects (',' groups digits, '.' marks decimals).
class TestFormat : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void bytes_data();
    void bytes();
    void duration_data();
    void duration();
    void flops_data();
    void flops();
    void flopsPerSecond_data();
    void flopsPerSecond();
    void counts_data();
    void counts();
};

void TestFormat::bytes_data()
{
    QTest::addColumn<double>("bytes");
    QTest::addColumn<ts::MemoryUnit>("unit");
    QTest::addColumn<QString>("expected");
    const double gib = double(std::int64_t(1) << 30);
    QTest::newRow("RTX 3090 in GiB") << 24 * gib << MemoryUnit::GiB << "24.00 GiB";
    // The lecture's ambiguity: 24·1024³ bytes are 25.77 decimal gigabytes.
    QTest::newRow("RTX 3090 in GB") << 24 * gib << MemoryUnit::GB << "25.77 GB";
    QTest::newRow("24e9 in GiB") << 24e9 << MemoryUnit::GiB << "22.35 GiB";
    QTest::newRow("rounds to 2 decimals") << 5.2345 * gib << MemoryUnit::GiB << "5.23 GiB";
    QTest::newRow("one decimal from 100") << 123.45e9 << MemoryUnit::GB << "123.5 GB";
    QTest::newRow("none from 1000, grouped") << 1.5e12 << MemoryUnit::GB << "1,500 GB";
    QTest::newRow("zero") << 0.0 << MemoryUnit::GiB << "0.00 GiB";
    QTest::newRow("negative margin") << -gib << MemoryUnit::GiB << "-1.00 GiB";
    QTest::newRow("not a number") << std::nan("") << MemoryUnit::GiB << "\u2013";
}

void TestFormat::bytes()
{
    QFETCH(double, bytes);
    QFETCH(ts::MemoryUnit, unit);
    QFETCH(QString, expected);
    QCOMPARE(Format::bytes(bytes, unit), expected);
}

void TestFormat::duration_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("h:mm:ss") << 10461.0 << "2:54:21"; // 2·3600 + 54·60 + 21
    QTest::newRow("zero") << 0.0 << "0:00:00";
    QTest::newRow("rounds to the second") << 59.6 << "0:01:00";
    QTest::newRow("just under a day") << 86399.0 << "23:59:59";
    QTest::newRow("one day") << 86400.0 << "1 d 00:00:00";
    QTest::newRow("days h m s") << 90061.0 << "1 d 01:01:01"; // 86400 + 3600 + 60 + 1
    QTest::newRow("many days grouped") << 1234.0 * 86400 << "1,234 d 00:00:00";
    QTest::newRow("negative") << -1.0 << "\u2013";
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << "\u2013";
}

void TestFormat::duration()
{
    QFETCH(double, seconds);
    QFETCH(QString, expected);
    QCOMPARE(Format::duration(seconds), expected);
}

void TestFormat::flops_data()
{
    QTest::addColumn<double>("flops");
    QTest::addColumn<QString>("expected");
    QTest::newRow("peta") << 1.48e15 << "1.48 PFLOP";
    QTest::newRow("tera") << 2.5e12 << "2.50 TFLOP";
    QTest::newRow("three digits") << 123.4e12 << "123 TFLOP";
    QTest::newRow("rounds up a prefix") << 999.6e12 << "1.00 PFLOP";
    QTest::newRow("exa") << 12.34e18 << "12.3 EFLOP";
    QTest::newRow("giga") << 7.0e9 << "7.00 GFLOP";
    QTest::newRow("plain") << 512.0 << "512 FLOP";
}

void TestFormat::flops()
{
    QFETCH(double, flops);
    QFETCH(QString, expected);
    QCOMPARE(Format::flops(flops), expected);
}

void TestFormat::flopsPerSecond_data()
{
    QTest::addColumn<double>("flopsPerSecond");
    QTest::addColumn<QString>("expected");
    // Peaks as resources/presets/gpus.json gives them, with no digits they do not have.
    QTest::newRow("lecture 3090") << 35.6e12 << "35.6 TFLOP/s";
    QTest::newRow("3090 preset") << 35.58e12 << "35.58 TFLOP/s";
    QTest::newRow("A100 BF16") << 312e12 << "312 TFLOP/s";
    QTest::newRow("H100 BF16") << 989.4e12 << "989.4 TFLOP/s";
    QTest::newRow("B200 BF16, grouped") << 2250e12 << "2,250 TFLOP/s";
    QTest::newRow("rounded to 2 decimals") << 1.2345e12 << "1.23 TFLOP/s";
    QTest::newRow("not a number") << std::nan("") << "\u2013";
}

void TestFormat::flopsPerSecond()
{
    QFETCH(double, flopsPerSecond);
    QFETCH(QString, expected);
    QCOMPARE(Format::flopsPerSecond(flopsPerSecond), expected);
}

void TestFormat::counts_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("count int") << Format::count(std::int64_t(266888192)) << "266,888,192";
    QTest::newRow("count double rounds") << Format::count(2514.6) << "2,515";
    QTest::newRow("compact M") << Format::compact(266888192.0) << "267 M";
    QTest::newRow("compact B") << Format::compact(1.3e9) << "1.30 B";
    QTest::newRow("compact small") << Format::compact(42.0) << "42";
    QTest::newRow("percent") << Format::percent(0.4321) << "43.2%";
    QTest::newRow("share as percent") << Format::share(2.5) << "250.0%";
    QTest::newRow("share as multiple") << Format::share(1403.6) << "1,404×";
    QTest::newRow("seconds") << Format::seconds(10461.4) << "10,461 s";
}

void TestFormat::counts()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

QTEST_APPLESS_MAIN(TestFormat)
#include "tst_format.moc"
