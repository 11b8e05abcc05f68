// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"
#include "mainwindow.h"
#include "presetstore.h"
#include "stablelabel.h"
#include "windowtesting.h"

#include <QFontDatabase>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace ts;
using ts::ui::MainWindow;
using ts::ui::language::Language;

// The Chinese window at the sizes a lecture room projects: no result label cut off. A label
// holding one line must be as wide as its text; an eliding label must show its whole text.
class TestCjkLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { ui::language::apply(Language::English); }
    void resultsNotClipped_data();
    void resultsNotClipped();
};

void TestCjkLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
    // Chinese needs a font with the glyphs (install-deps.sh installs fonts-wqy-microhei).
    QVERIFY(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty());
}

void TestCjkLayout::resultsNotClipped_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("switched"); // started in English, then switched to Chinese
    QTest::newRow("1280x800") << QSize(1280, 800) << false;
    QTest::newRow("1024x768 projector") << QSize(1024, 768) << false;
    QTest::newRow("1280x800, switched") << QSize(1280, 800) << true;
    QTest::newRow("1024x768, switched") << QSize(1024, 768) << true;
}

void TestCjkLayout::resultsNotClipped()
{
    QFETCH(QSize, size);
    QFETCH(bool, switched);
    ui::language::apply(switched ? Language::English : Language::Chinese);
    std::unique_ptr<MainWindow> window(openMainWindow());
    window->resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    if (switched)
        window->setLanguage(Language::Chinese);
    QTest::qWait(50); // the results' arrangement follows the resize on the next turn
    QWidget *results = findNamed<QWidget>(window.get(), QStringLiteral("resultsPanel"));
    QVERIFY(results);
    int checked = 0;
    for (QLabel *label : results->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty()
            || Qt::mightBeRichText(label->text()))
            continue;
        const QString where = label->objectName() + QStringLiteral(": ") + label->text();
        if (auto *elided = qobject_cast<ui::ElidedLabel *>(label)) {
            QVERIFY2(elided->text() == elided->fullText(), qPrintable(where));
        } else {
            const int need = label->fontMetrics().horizontalAdvance(label->text());
            QVERIFY2(need <= label->contentsRect().width(),
                     qPrintable(QStringLiteral("%1 (%2 px in %3 px)")
                                        .arg(where)
                                        .arg(need)
                                        .arg(label->contentsRect().width())));
        }
        ++checked;
    }
    QVERIFY(checked > 20);
}

QTEST_MAIN(TestCjkLayout)
#include "tst_cjklayout.moc"
