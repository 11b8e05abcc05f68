// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"
#include "mainwindow.h"
#include "scenariocontroller.h"
#include "windowtesting.h"
#include "working.h"
#include "workingpanel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace ts;
using ts::ui::MainWindow;
using ts::ui::WorkingPanel;
Q_DECLARE_METATYPE(ts::WorkingFormat)

// The Working tab as a lecturer uses it: F2 shows it, it follows every edit, it greys while an
// input is invalid, its copy buttons give what `trainscope --explain --format …` prints, and the
// window remembers which tab was shown.
class TestWorkingPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { m_window.reset(); }
    void f2ShowsTheWorking();
    void followsEveryEdit_data();
    void followsEveryEdit();
    void invalidInputGreysTheWorking();
    void copyGivesTheCoreRendering_data();
    void copyGivesTheCoreRendering();
    void tabIsRemembered();

private:
    [[nodiscard]] QString shownText() const
    {
        return findNamed<QTextBrowser>(m_window.get(), QStringLiteral("workingView"))
                ->toPlainText();
    }
    [[nodiscard]] QTabWidget *tabs() const
    {
        return findNamed<QTabWidget>(m_window.get(), QStringLiteral("viewTabs"));
    }
    [[nodiscard]] WorkingPanel *panel() const { return m_window->workingPanel(); }
    void showWorking() const
    {
        findNamed<QAction>(m_window.get(), QStringLiteral("workingAction"))->trigger();
    }

    std::unique_ptr<MainWindow> m_window;
};

void TestWorkingPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
}

void TestWorkingPanel::init()
{
    clearWindowSettings();
    m_window.reset(openMainWindow());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWorkingPanel::f2ShowsTheWorking()
{
    QCOMPARE(tabs()->currentWidget()->objectName(), QStringLiteral("chartPanel"));
    auto *action = findNamed<QAction>(m_window.get(), QStringLiteral("workingAction"));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F2));
    action->trigger();
    QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(panel()));
    QVERIFY(panel()->isVisible());
    // The lecture's worked example: N_p = 2·1024·32000 + 1024 + 12·(2·1024 + 16·1024²).
    const QString text = shownText();
    QVERIFY2(text.contains(QStringLiteral("2·1024·32000 + 1024 + 12·(2·1024 + 16·1024²)")),
             qPrintable(text.left(600)));
    QVERIFY(text.contains(QStringLiteral("266,888,192 parameters")));
    // The axis picker belongs to the charts: hidden with them, back with them.
    QVERIFY(!findNamed<QWidget>(m_window.get(), QStringLiteral("xAxisBar"))->isVisible());
    action->trigger();
    QCOMPARE(tabs()->currentWidget()->objectName(), QStringLiteral("chartPanel"));
    QVERIFY(findNamed<QWidget>(m_window.get(), QStringLiteral("xAxisBar"))->isVisible());
    QVERIFY(!action->isChecked());
    tabs()->setCurrentIndex(1); // the tab itself checks the action
    QVERIFY(action->isChecked());
}

void TestWorkingPanel::followsEveryEdit_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    // N_p = 2dv + d + L(2d + 16d²): 65,537,024 + 24·16,779,264.
    QTest::newRow("layers 24") << Field::Layers << qint64(24)
                               << QStringLiteral("468,239,360 parameters");
    // b = 8: N_A = 12·(20·8·256·1024 + 8·16·256²) + 2·8·256·1024 + 8·256·32000.
    QTest::newRow("batch 8") << Field::Batch << qint64(8) << QStringLiteral("673,710,080 elements");
    // c = 512: N_B = 20·4·512·1024 + 4·16·512² = 58,720,256 elements.
    QTest::newRow("seq 512") << Field::SeqLen << qint64(512)
                             << QStringLiteral("58,720,256 elements");
}

void TestWorkingPanel::followsEveryEdit()
{
    QFETCH(Field, field);
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    showWorking();
    QVERIFY(!shownText().contains(expected));
    m_window->controller()->set(field, std::int64_t(value));
    QVERIFY2(shownText().contains(expected), qPrintable(shownText()));
    // And it is the core's working of the controller's own estimate.
    const auto &snap = m_window->controller()->snapshot();
    QCOMPARE(panel()->rendered(WorkingFormat::Text),
             QString::fromStdString(renderWorking(working(snap.validScenario, snap.estimate),
                                                  WorkingFormat::Text)));
}

void TestWorkingPanel::invalidInputGreysTheWorking()
{
    showWorking();
    auto *stale = findNamed<QLabel>(m_window.get(), QStringLiteral("workingStaleLabel"));
    QVERIFY(!stale->isVisible());
    m_window->controller()->set(Field::Heads, 7); // 7 does not divide d = 1024
    QVERIFY(stale->isVisible());
    // The last valid working stays, greyed.
    QVERIFY(shownText().contains(QStringLiteral("266,888,192 parameters")));
    auto *view = findNamed<QTextBrowser>(m_window.get(), QStringLiteral("workingView"));
    QCOMPARE(view->palette().color(QPalette::Text),
             view->palette().color(QPalette::Disabled, QPalette::Text));
    m_window->controller()->set(Field::Heads, 16);
    QVERIFY(!stale->isVisible());
    QCOMPARE(view->palette().color(QPalette::Text), m_window->palette().color(QPalette::Text));
}

void TestWorkingPanel::copyGivesTheCoreRendering_data()
{
    QTest::addColumn<WorkingFormat>("format");
    QTest::addColumn<QString>("marker");
    QTest::newRow("text") << WorkingFormat::Text << QStringLiteral("N_p = 2·d·v");
    QTest::newRow("markdown") << WorkingFormat::Markdown << QStringLiteral("$N_p = ");
    QTest::newRow("latex") << WorkingFormat::Latex << QStringLiteral("N_p &= 2 \\cdot d");
}

void TestWorkingPanel::copyGivesTheCoreRendering()
{
    QFETCH(WorkingFormat, format);
    QFETCH(QString, marker);
    showWorking();
    m_window->controller()->set(Field::Layers, 6);
    QGuiApplication::clipboard()->clear();
    auto *button = findNamed<QPushButton>(m_window.get(),
                                          QStringLiteral("copyWorking%1Button").arg(int(format)));
    QTest::mouseClick(button, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    const auto &snap = m_window->controller()->snapshot();
    QCOMPARE(copied,
             QString::fromStdString(
                     renderWorking(working(snap.validScenario, snap.estimate), format)));
    QVERIFY2(copied.contains(marker), qPrintable(copied.left(300)));
}

void TestWorkingPanel::tabIsRemembered()
{
    m_window->restoreSettings(); // as the application does: the settings are then saved on close
    showWorking();
    QVERIFY(m_window->close());
    m_window.reset(openMainWindow());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(tabs()->currentWidget()->objectName(), QStringLiteral("chartPanel"));
    m_window->restoreSettings();
    QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(panel()));
    QVERIFY(findNamed<QAction>(m_window.get(), QStringLiteral("workingAction"))->isChecked());
}

QTEST_MAIN(TestWorkingPanel)
#include "tst_workingpanel.moc"
