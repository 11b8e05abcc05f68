// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorysize.h"

#include <QTest>

using namespace ts;

class TestMemorySize : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
};

void TestMemorySize::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("bytes");
    // GiB = 2³⁰ bytes, GB = 10⁹ bytes (IEC 80000-13 / SI); the lecture's "24GB = 24·1024³" is 24
    // GiB.
    QTest::newRow("24GiB") << "24GiB" << true << qint64(25769803776);
    QTest::newRow("24GB") << "24GB" << true << qint64(24000000000);
    QTest::newRow("lower case, spaces") << " 80 gib " << true << qint64(85899345920);
    QTest::newRow("byte count") << "25769803776" << true << qint64(25769803776);
    QTest::newRow("bytes suffix") << "4096B" << true << qint64(4096);
    QTest::newRow("MiB") << "512MiB" << true << qint64(536870912);
    QTest::newRow("MB") << "512MB" << true << qint64(512000000);
    QTest::newRow("TiB") << "1TiB" << true << qint64(1099511627776);
    QTest::newRow("decimal GB") << "1.5GB" << true << qint64(1500000000);
    QTest::newRow("decimal GiB rounds to bytes") << "0.5GiB" << true << qint64(536870912);
    QTest::newRow("empty") << "" << false << qint64(0);
    QTest::newRow("unit only") << "GiB" << false << qint64(0);
    QTest::newRow("zero") << "0GB" << false << qint64(0);
    QTest::newRow("negative") << "-24GB" << false << qint64(0);
    QTest::newRow("unknown unit") << "24XB" << false << qint64(0);
    QTest::newRow("two dots") << "2.4.1GB" << false << qint64(0);
    QTest::newRow("overflow") << "9000000000GiB" << false << qint64(0);
    QTest::newRow("overflow bytes") << "99999999999999999999" << false << qint64(0);
    QTest::newRow("garbage") << "twenty" << false << qint64(0);
}

void TestMemorySize::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, bytes);
    const auto parsed = parseMemorySize(text.toStdString());
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, bytes);
}

QTEST_APPLESS_MAIN(TestMemorySize)
#include "tst_memorysize.moc"
