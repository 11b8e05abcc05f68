// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"
#include "chartreader.h"
#include "comparepanel.h"
#include "exportdialog.h"
#include "language.h"
#include "mainwindow.h"
#include "presetstore.h"
#include "scenariocontroller.h"
#include "visibletext.h"
#include "windowtesting.h"
#include "workingpanel.h"
#include "zoom.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace ts;
using ts::ui::MainWindow;
using ts::ui::language::Language;

using Edit = void (*)(Scenario &);
Q_DECLARE_METATYPE(Edit)

// The Simplified Chinese translation: complete in its file, loaded from the program's resources,
// covering every text the window shows, and switchable while the window runs.
class TestTranslation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void tsFileIsFinished();
    void translationIsEmbedded();
    void noEnglishLeft_data();
    void noEnglishLeft();
    void exportDialogTranslated();
    void saveChangesBoxTranslated();
    void switchKeepsTheWork();
};

void TestTranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestTranslation::cleanup()
{
    ui::language::apply(Language::English);
}

void TestTranslation::tsFileIsFinished()
{
    // Every message translated and current, with the source's placeholders: lupdate's
    // "unfinished", "vanished" and "obsolete" all fail, so does a %n the translation dropped.
    QFile file(QStringLiteral(TRANSLATION_TS));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    const auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        found.removeDuplicates();
        return found;
    };
    int messages = 0;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText();
            ++messages;
            QVERIFY2(type.isEmpty(), qPrintable(type + QStringLiteral(": ") + source));
            QVERIFY2(!text.isEmpty(), qPrintable(source));
            QCOMPARE(placeholders(text), placeholders(source));
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 500);
}

void TestTranslation::translationIsEmbedded()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/trainscope_zh_CN.qm")));
    QCOMPARE(translator.translate("ts::ui::MainWindow", "Charts"), QStringLiteral("图表"));
    ui::language::apply(Language::Chinese);
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    // Qt's own, for the message boxes' buttons (qt6-translations-l10n).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    QCOMPARE(ui::language::effective(Language::Chinese), Language::Chinese);
}

void TestTranslation::noEnglishLeft_data()
{
    // Scenarios that between them show every card, note and warning the window has.
    QTest::addColumn<Edit>("edit");
    QTest::newRow("lecture") << Edit([](Scenario &) {});
    QTest::newRow("options") << Edit([](Scenario &s) {
        s.model.ffn = FfnKind::Gelu;
        s.model.kvHeads = 4;
        s.model.norm = NormKind::LayerNorm;
        s.model.bias = BiasKind::All;
        s.model.maxPositions = 1024;
        s.model.tiedEmbeddings = true;
        s.options.precision = Precision::Bf16Mixed;
        s.options.checkpointing = Checkpointing::Selective;
        s.options.zeroStage = 1;
        s.options.gradAccum = 4;
    });
    QTest::newRow("lora offload") << Edit([](Scenario &s) {
        s.options.finetune = FineTuning::Lora;
        s.options.zeroStage = 3;
        s.options.offload = Offload::OptimizerAndParams;
    });
    QTest::newRow("eager, does not fit") << Edit([](Scenario &s) {
        s.options.accounting = Accounting::PytorchEager;
        s.model.batch = 512;
    });
    QTest::newRow("invalid heads") << Edit([](Scenario &s) { s.model.heads = 7; });
}

void TestTranslation::noEnglishLeft()
{
    QFETCH(Edit, edit);
    ui::language::apply(Language::Chinese);
    Scenario scenario;
    edit(scenario);
    std::unique_ptr<MainWindow> window(openMainWindow(scenario));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->controller()->pinCurrent();
    // Every tab on both sides, and the comparison dialog.
    for (auto *tabs : window->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
        }
    }
    findNamed<QAction>(window.get(), QStringLiteral("accountingAction"))->trigger();
    QCoreApplication::processEvents();

    // Pin names are the user's (made from the options' command-line keys, "selective ckpt").
    QStringList pins;
    for (const ui::Pin &pin : window->controller()->pins())
        pins << pin.name;
    const QStringList english = visibletext::englishIn(window.get(), pins);
    for (const QString &line : english)
        qWarning("%s", qPrintable(line));
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));

    // The charts' hover readouts, in the middle of each chart.
    const auto readers = window->findChildren<ui::ChartReader *>();
    QCOMPARE(readers.size(), 2);
    for (const ui::ChartReader *reader : readers) {
        auto *plot = qobject_cast<QWidget *>(reader->parent());
        QVERIFY(plot);
        const QString readout = visibletext::plain(reader->readout(plot->width() / 2.0));
        QVERIFY(!readout.isEmpty());
        QVERIFY2(visibletext::englishWords(readout).isEmpty(), qPrintable(readout));
    }

    // The status bar's messages: the first one, and what the actions say.
    QStatusBar *status = window->statusBar();
    QVERIFY(visibletext::englishWords(status->currentMessage()).isEmpty());
    for (const char *name : { "zoomInAction", "copyResultsAction", "zoomResetAction" }) {
        findNamed<QAction>(window.get(), QLatin1String(name))->trigger();
        QVERIFY2(!status->currentMessage().isEmpty(), name);
        QVERIFY2(visibletext::englishWords(status->currentMessage()).isEmpty(),
                 qPrintable(status->currentMessage()));
    }
}

void TestTranslation::exportDialogTranslated()
{
    ui::language::apply(Language::Chinese);
    ui::ExportDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList english = visibletext::englishIn(&dialog);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
}

void TestTranslation::saveChangesBoxTranslated()
{
    // Closing with unsaved changes asks, in Chinese, with Qt's own Chinese buttons.
    ui::language::apply(Language::Chinese);
    std::unique_ptr<MainWindow> window(openMainWindow());
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    Scenario edited = window->controller()->scenario();
    edited.model.batch = 8;
    window->controller()->setScenario(edited);
    QStringList english;
    bool asked = false;
    QTimer::singleShot(0, window.get(), [&] {
        auto *box = window->findChild<QMessageBox *>(QStringLiteral("saveChangesBox"));
        if (!box)
            return;
        asked = true;
        english = visibletext::englishIn(box);
        box->button(QMessageBox::Discard)->click();
    });
    window->close();
    QVERIFY(asked);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
}

void TestTranslation::switchKeepsTheWork()
{
    ui::language::apply(Language::English);
    std::unique_ptr<MainWindow> window(openMainWindow());
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    ui::ScenarioController *controller = window->controller();
    Scenario edited = controller->scenario();
    edited.model.batch = 7;
    controller->setScenario(edited);
    QVERIFY(controller->pinCurrent());
    window->charts()->setAxis(SweepAxis::SeqLen);
    auto *views = findNamed<QTabWidget>(window.get(), QStringLiteral("viewTabs"));
    views->setCurrentIndex(1);
    findNamed<QTabWidget>(window.get(), QStringLiteral("inputTabs"))->setCurrentIndex(1);
    findNamed<QAction>(window.get(), QStringLiteral("zoomInAction"))->trigger();
    const int zoom = ui::zoom::percent();
    QCOMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));

    // As the View menu does it: queued, since the menu goes with the rebuild.
    findNamed<QAction>(window.get(), QStringLiteral("languagechineseAction"))->trigger();
    QTRY_COMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("文件(&F)"));
    QCOMPARE(controller->scenario().model.batch, 7);
    QVERIFY(controller->canUndo());
    QCOMPARE(controller->pins().size(), std::size_t(1));
    QCOMPARE(window->charts()->axis(), SweepAxis::SeqLen);
    views = findNamed<QTabWidget>(window.get(), QStringLiteral("viewTabs"));
    QCOMPARE(views->currentIndex(), 1);
    QCOMPARE(views->tabText(0), QStringLiteral("图表"));
    // The working's copies are in Chinese too; the formulas as they are.
    QTRY_VERIFY(window->workingPanel()
                        ->rendered(WorkingFormat::Text)
                        .contains(QStringLiteral("参数量\n  一个块的参数\n    P_B = 2·d + 16·d²")));
    QCOMPARE(findNamed<QTabWidget>(window.get(), QStringLiteral("inputTabs"))->currentIndex(), 1);
    QCOMPARE(ui::zoom::percent(), zoom);
    QVERIFY(findNamed<QAction>(window.get(), QStringLiteral("languagechineseAction"))->isChecked());
    QCOMPARE(window->comparePanel()->findChildren<QWidget *>().isEmpty(), false);

    // And back; undo still reaches the edit and the pin made before both switches.
    findNamed<QAction>(window.get(), QStringLiteral("languageenglishAction"))->trigger();
    QTRY_COMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    QCOMPARE(findNamed<QTabWidget>(window.get(), QStringLiteral("viewTabs"))->tabText(0),
             QStringLiteral("Charts"));
    controller->undo(); // the pin
    QVERIFY(controller->pins().empty());
    controller->undo(); // the edit
    QCOMPARE(controller->scenario().model.batch, Scenario().model.batch);
    ui::zoom::setPercent(100);
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
