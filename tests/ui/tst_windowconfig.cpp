// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"
#include "chartpanel.h"
#include "estimate.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "scenariocontroller.h"
#include "scenariofile.h"
#include "statejson.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using namespace ts;
using ts::ui::ExportDialog;
using ts::ui::MainWindow;

// File > Open and Save configuration without their dialogs, through the controller; and the
// window's settings restored on start and saved on close.
namespace {

// The title as the window manager shows it: [*] is an asterisk while modified, else nothing.
QString shownTitle(const QWidget &w)
{
    return QString(w.windowTitle())
            .replace(QStringLiteral("[*]"), w.isWindowModified() ? QStringLiteral("*") : QString());
}

} // namespace

class TestWindowConfig : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void actions();
    void openAppliesScenarioAndPresets_data();
    void openAppliesScenarioAndPresets();
    void badFileChangesNothing();
    void saveThenOpen();
    void failedSaveChangesNothing();
    void settingsRoundTrip();
    void undoResetAndUnsavedChanges();
    void copyResultsAndChart();
    void exportDialogRemembers();
};

static QString writeFile(const QTemporaryDir &dir, const QByteArray &json)
{
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(json);
    return path;
}

void TestWindowConfig::actions()
{
    MainWindow w(Scenario {});
    auto *open = w.findChild<QAction *>(QStringLiteral("openConfigAction"));
    auto *save = w.findChild<QAction *>(QStringLiteral("saveConfigAction"));
    QVERIFY(open && save);
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
    QCOMPARE(save->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_S));
}

void TestWindowConfig::openAppliesScenarioAndPresets_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("lecture") << QByteArray("{\"trainscope_config\": 1}");
    QTest::newRow("presets and a typed batch")
            << QByteArray(R"({"trainscope_config": 1, "model": {"batch": 16},
                   "options": {"precision": "bf16-mixed"},
                   "presets": {"gpu": "h100-sxm", "model": "gpt2-small", "dataset": "openwebtext"}})");
    QTest::newRow("memory given over a GPU")
            << QByteArray(R"({"trainscope_config": 1, "hardware": {"gpu_memory_bytes": 42949672960},
                   "options": {"precision": "fp16-mixed"}, "presets": {"gpu": "a100-80gb-sxm"}})");
    QTest::newRow("peak given on a V100 in bf16")
            << QByteArray(R"({"trainscope_config": 1, "hardware": {"gpu_flops": 1e14},
                   "options": {"precision": "bf16-mixed"}, "presets": {"gpu": "v100-sxm2-32gb"}})");
}

void TestWindowConfig::openAppliesScenarioAndPresets()
{
    QFETCH(QByteArray, json);
    QTemporaryDir dir;
    const QString path = writeFile(dir, json);
    MainWindow w(Scenario {});
    QString error;
    QVERIFY2(w.openConfiguration(path, &error), qPrintable(error));
    QCOMPARE(shownTitle(w), QStringLiteral("config.json — TrainScope"));
    // The same resolution as --config on the command line, kept by the controller.
    const auto read = ui::scenariofile::read(path);
    QVERIFY(read.config);
    const ui::ResolvedConfig expected = ui::resolve(*read.config);
    const ui::ScenarioController *c = w.controller();
    QCOMPARE(stateJson(c->scenario(), c->presets()),
             stateJson(expected.scenario, expected.selection));
    QCOMPARE(c->presets().peakKind, expected.selection.peakKind);
    QCOMPARE(c->lastValidEstimate().memory.peak, estimate(expected.scenario).memory.peak);
}

void TestWindowConfig::badFileChangesNothing()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, R"({"trainscope_config": 1, "model": {"layers": 48,
                                            "heads": "many"}})");
    MainWindow w(Scenario {});
    QString error;
    QVERIFY(!w.openConfiguration(path, &error));
    QVERIFY2(error.contains(QStringLiteral("config.json")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("model.heads")), qPrintable(error));
    QCOMPARE(w.controller()->scenario().model.layers, 12);
    QCOMPARE(shownTitle(w), QStringLiteral("TrainScope"));
}

void TestWindowConfig::saveThenOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    MainWindow a(Scenario {});
    a.controller()->setModelPreset(QStringLiteral("llama-7b"));
    a.controller()->setGpuPreset(QStringLiteral("a100-80gb-sxm"));
    a.controller()->set(Field::Precision, Precision::Bf16Mixed);
    a.controller()->set(Field::Checkpointing, Checkpointing::Full);
    a.controller()->set(Field::Batch, 2);
    QString error;
    QVERIFY2(a.saveConfiguration(path, &error), qPrintable(error));
    QCOMPARE(shownTitle(a), QStringLiteral("mine.json — TrainScope"));
    MainWindow b(Scenario {});
    QVERIFY2(b.openConfiguration(path, &error), qPrintable(error));
    QCOMPARE(stateJson(b.controller()->scenario(), b.controller()->presets()),
             stateJson(a.controller()->scenario(), a.controller()->presets()));
    // Version 2 files read back as the configuration they were written from.
    QCOMPARE(ui::scenariofile::toJson(b.controller()->config()),
             ui::scenariofile::toJson(a.controller()->config()));
    QCOMPARE(b.controller()->presets().peakKind, PeakKind::Bf16Tensor);
    QVERIFY(!b.controller()->peakAsGiven());
    // Unwritable: an error, the title stays.
    QVERIFY(!b.saveConfiguration(dir.filePath(QStringLiteral("no/dir.json")), &error));
    QCOMPARE(shownTitle(b), QStringLiteral("mine.json — TrainScope"));
}

// In the window as on the command line: a save or an export that cannot complete says why and
// changes nothing, neither the target nor the title.
void TestWindowConfig::failedSaveChangesNothing()
{
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("kept.json"));
    MainWindow w(Scenario {});
    QString error;
    QVERIFY2(w.saveConfiguration(saved, &error), qPrintable(error));
    const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(!w.saveConfiguration(fifo, &error));
    QVERIFY2(error.contains(QStringLiteral("pipe.json"))
                     && error.contains(QStringLiteral("refusing")),
             qPrintable(error));
    QCOMPARE(shownTitle(w), QStringLiteral("kept.json — TrainScope"));
    QVERIFY(!w.saveConfiguration(dir.path(), &error)); // a directory
    QCOMPARE(shownTitle(w), QStringLiteral("kept.json — TrainScope"));
    ui::ExportRequest request;
    request.path = fifo;
    QVERIFY(!ui::exportCharts(request, &error));
    QVERIFY2(error.contains(QStringLiteral("refusing")), qPrintable(error));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
}

void TestWindowConfig::settingsRoundTrip()
{
    {
        MainWindow w(Scenario {});
        w.restoreSettings();
        w.charts()->setAxis(SweepAxis::SeqLen);
        w.findChild<QTabWidget *>(QStringLiteral("inputTabs"))->setCurrentIndex(1);
        w.resize(1111, 777);
        w.close();
    }
    MainWindow w(Scenario {});
    QCOMPARE(w.charts()->axis(), SweepAxis::Batch); // not restored unless asked
    w.restoreSettings();
    QCOMPARE(w.charts()->axis(), SweepAxis::SeqLen);
    QCOMPARE(w.findChild<QTabWidget *>(QStringLiteral("inputTabs"))->currentIndex(), 1);
    QCOMPARE(w.controller()->scenario().model.batch, 4); // the scenario is never persisted
    // Leave the defaults for the next run.
    w.charts()->setAxis(SweepAxis::Batch);
    w.findChild<QTabWidget *>(QStringLiteral("inputTabs"))->setCurrentIndex(0);
    w.close();
}

void TestWindowConfig::undoResetAndUnsavedChanges()
{
    // Problem 10 of the projector issue: Ctrl+R reset a saved configuration without a trace,
    // the title never showed unsaved changes and quitting never asked.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.json"));
    MainWindow w(Scenario {});
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QString error;
    w.controller()->set(Field::Layers, 24);
    QVERIFY(w.isWindowModified());
    QVERIFY(w.saveConfiguration(path, &error));
    QCOMPARE(shownTitle(w), QStringLiteral("x.json — TrainScope"));
    QVERIFY(!w.isWindowModified());

    auto *reset = w.findChild<QAction *>(QStringLiteral("resetAction"));
    auto *undo = w.findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = w.findChild<QAction *>(QStringLiteral("redoAction"));
    QVERIFY(reset && undo && redo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    reset->trigger();
    QCOMPARE(w.controller()->scenario().model.layers, 12);
    QVERIFY(w.isWindowModified()); // no longer what x.json holds
    undo->trigger();
    QCOMPARE(w.controller()->scenario().model.layers, 24);
    QVERIFY(!w.isWindowModified());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QVERIFY(w.isWindowModified());

    // Closing with unsaved changes asks; Cancel keeps the window open, Discard closes it.
    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(top))
                    box->button(button)->click();
            }
        });
    };
    answer(QMessageBox::Cancel);
    QVERIFY(!w.close());
    QVERIFY(w.isVisible());
    answer(QMessageBox::Discard);
    QVERIFY(w.close());
}

void TestWindowConfig::copyResultsAndChart()
{
    // Ctrl+C on the results: a Markdown table for a report; Ctrl+Shift+C: the chart as it would
    // be exported, caption included.
    MainWindow w(Scenario {});
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.findChild<QAction *>(QStringLiteral("copyResultsAction"))->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.contains(QStringLiteral("| Parameters N | 266,888,192 |")), qPrintable(text));
    w.findChild<QAction *>(QStringLiteral("copyChartAction"))->trigger();
    const QImage image = QGuiApplication::clipboard()->image();
    QCOMPARE(image.size(), QSize(1920, 1080)); // the export dialog's first choice
}

void TestWindowConfig::exportDialogRemembers()
{
    {
        ExportDialog dialog;
        dialog.findChild<QComboBox *>(QStringLiteral("exportChartCombo"))->setCurrentIndex(2);
        dialog.findChild<QSpinBox *>(QStringLiteral("exportWidthSpin"))->setValue(1280);
        dialog.findChild<QCheckBox *>(QStringLiteral("exportDoubleCheck"))->setChecked(true);
        dialog.saveChoices();
    }
    ExportDialog dialog;
    dialog.restoreChoices();
    QCOMPARE(dialog.chart(), ui::ChartChoice::Both);
    QCOMPARE(dialog.size(), QSize(1280, 1080));
    QCOMPARE(dialog.scale(), 2.0);
    // Leave the defaults for the next run.
    dialog.findChild<QComboBox *>(QStringLiteral("exportChartCombo"))->setCurrentIndex(0);
    dialog.findChild<QSpinBox *>(QStringLiteral("exportWidthSpin"))->setValue(1920);
    dialog.findChild<QCheckBox *>(QStringLiteral("exportDoubleCheck"))->setChecked(false);
    dialog.saveChoices();
}

QTEST_MAIN(TestWindowConfig)
#include "tst_windowconfig.moc"
