// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QStandardPaths>
#include <QTest>

using ts::ui::Settings;
using Key = Settings::Key;
Q_DECLARE_METATYPE(Settings::Key)

// The one settings table: values round-trip; a corrupt or out-of-range one reads as its default.
class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { clearAll(); }
    void cleanupTestCase() { clearAll(); }
    void roundTrip_data();
    void roundTrip();
    void corruptFallsBack_data();
    void corruptFallsBack();

private:
    static void clearAll()
    {
        QSettings raw(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                              + QStringLiteral("/trainscope.ini"),
                      QSettings::IniFormat);
        raw.clear();
    }
};

void TestSettings::roundTrip_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("geometry") << Key::WindowGeometry << QVariant(QByteArray("\x01\x02\x00\xff", 4));
    QTest::newRow("state") << Key::WindowState << QVariant(QByteArray("state"));
    QTest::newRow("main splitter") << Key::MainSplitter << QVariant(QByteArray("m"));
    QTest::newRow("chart splitter") << Key::ChartSplitter << QVariant(QByteArray("c"));
    QTest::newRow("x axis") << Key::XAxis << QVariant(QStringLiteral("seq"));
    QTest::newRow("input tab") << Key::InputTab << QVariant(1);
    QTest::newRow("view tab") << Key::ViewTab << QVariant(QStringLiteral("working"));
    QTest::newRow("language") << Key::Language << QVariant(QStringLiteral("chinese"));
    QTest::newRow("config dir") << Key::LastConfigDir << QVariant(QStringLiteral("/tmp/a b"));
    QTest::newRow("export dir") << Key::LastExportDir << QVariant(QStringLiteral("/tmp/c"));
}

void TestSettings::roundTrip()
{
    QFETCH(Key, key);
    QFETCH(QVariant, value);
    QCOMPARE(Settings().value(key), Settings::defaultValue(key));
    Settings().setValue(key, value);
    QCOMPARE(Settings().value(key), value);
}

void TestSettings::corruptFallsBack_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::newRow("x axis unknown") << Key::XAxis << QVariant(QStringLiteral("diagonal"));
    QTest::newRow("x axis as a number") << Key::XAxis << QVariant(1);
    QTest::newRow("tab out of range") << Key::InputTab << QVariant(7);
    QTest::newRow("tab negative") << Key::InputTab << QVariant(-1);
    QTest::newRow("tab not a number") << Key::InputTab << QVariant(QStringLiteral("options"));
    QTest::newRow("view tab unknown") << Key::ViewTab << QVariant(QStringLiteral("map"));
    QTest::newRow("language unknown") << Key::Language << QVariant(QStringLiteral("klingon"));
}

void TestSettings::corruptFallsBack()
{
    QFETCH(Key, key);
    QFETCH(QVariant, stored);
    Settings().setValue(key, stored);
    QCOMPARE(Settings().value(key), Settings::defaultValue(key));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
