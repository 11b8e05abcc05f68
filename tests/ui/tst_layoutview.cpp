// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bestlayouts.h"
#include "bestlayoutspanel.h"
#include "estimate.h"
#include "layout.h"
#include "layoutpanel.h"
#include "mainwindow.h"
#include "scenariocontroller.h"
#include "stagechart.h"
#include "timebreakdownchart.h"
#include "windowtesting.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace ts;
using ts::ui::BestLayouts;
using ts::ui::LayoutPanel;
using ts::ui::MainWindow;

// The Parallelism tab as a student planning a multi-GPU run uses it: F4 shows it, its summary,
// time bar and stage bars are the core's figures and follow the inputs, the best layouts arrive
// without blocking the window and a click loads one in one undo step, and it fits a projector.
class TestLayoutView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { m_window.reset(); }
    void f4ShowsTheTab();
    void figuresAreTheCore();
    void followsTheLayout();
    void bestLayoutsLoadInOneStep();
    void searchesOnlyWhileShown();
    void tabIsRemembered();
    void fitsAProjector_data();
    void fitsAProjector();

private:
    [[nodiscard]] ui::ScenarioController *controller() const { return m_window->controller(); }
    [[nodiscard]] LayoutPanel *panel() const { return m_window->layoutPanel(); }
    [[nodiscard]] BestLayouts *best() const { return panel()->bestLayouts()->model(); }
    void show() const
    {
        findNamed<QAction>(m_window.get(), QStringLiteral("parallelismAction"))->trigger();
        QCoreApplication::processEvents();
    }
    std::unique_ptr<MainWindow> m_window;
};

namespace {

// 16 GPUs as t = 2 × p = 4 × DP = 2 on RTX 3090s in nodes of 8, 24 layers, 8 micro-batches.
Scenario planned()
{
    Scenario s;
    s.model.layers = 24;
    s.hardware.gpus = 16;
    s.hardware.gpusPerNode = 8;
    s.options.tensorParallel = 2;
    s.options.sequenceParallel = true;
    s.options.pipelineParallel = 4;
    s.options.gradAccum = 8;
    s.options.gradSync = GradSync::Overlapped;
    return s;
}

} // namespace

void TestLayoutView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
}

void TestLayoutView::init()
{
    clearWindowSettings();
    m_window.reset(openMainWindow(planned()));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLayoutView::f4ShowsTheTab()
{
    auto *action = findNamed<QAction>(m_window.get(), QStringLiteral("parallelismAction"));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F4));
    show();
    auto *tabs = findNamed<QTabWidget>(m_window.get(), QStringLiteral("viewTabs"));
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(panel()));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Parallelism"));
    action->trigger(); // unchecked from its own tab: back to the charts
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("chartPanel"));
}

void TestLayoutView::figuresAreTheCore()
{
    show();
    const Scenario s = controller()->lastValidScenario();
    const Estimate e = estimate(s);
    QVERIFY(panel()->summary().startsWith(QStringLiteral("t = 2 × p = 4 × cp = 1 × DP = 2 = 16")));
    QVERIFY(panel()->summary().contains(QStringLiteral("bubble 37.5%")));
    // Tensor parallel inside a node, the pipeline across nodes of 8.
    QVERIFY(panel()->summary().contains(QStringLiteral("tensor parallel over the GPU link")));
    QVERIFY(panel()->summary().contains(QStringLiteral("pipeline over the network at 25.0 GB/s")));
    // One bar per part that adds time, each its seconds, in the core's order.
    const StepTimeBreakdown &b = e.training.breakdown;
    auto *time = panel()->timeChart();
    QCOMPARE(time->plottableCount(), 9);
    const double parts[] = { b.compute,         b.recompute,      b.optimizer,
                             b.bubble,          b.tensorParallel, b.pipelineParallel,
                             b.contextParallel, b.expertParallel, b.dataParallel };
    for (int i = 0; i < 9; ++i) {
        auto *bars = qobject_cast<QCPBars *>(time->plottable(i));
        QVERIFY(bars);
        QCOMPARE(bars->data()->at(0)->value, parts[i]);
        QCOMPARE(bars->visible(), parts[i] > 0 || i == 0);
    }
    QVERIFY(time->partTexts().constFirst().startsWith(QStringLiteral("compute: ")));
    // One stacked bar per stage: static under activations, the core's stage figures in GiB.
    const std::vector<StageMemory> stages = stageMemories(s);
    QCOMPARE(stages.size(), std::size_t(4));
    auto *chart = panel()->stageChart();
    auto *statics = qobject_cast<QCPBars *>(chart->plottable(0));
    auto *activations = qobject_cast<QCPBars *>(chart->plottable(1));
    QCOMPARE(statics->data()->size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(statics->data()->at(i)->value,
                 double(stages[std::size_t(i)].staticBytes) / 1073741824.0);
        QCOMPARE(activations->data()->at(i)->value,
                 double(stages[std::size_t(i)].activationBytes) / 1073741824.0);
    }
}

void TestLayoutView::followsTheLayout()
{
    show();
    controller()->set(Field::PipelineParallel, InputValue(std::int64_t(8)));
    QCoreApplication::processEvents();
    QCOMPARE(panel()->stageChart()->plottable(0)->interface1D()->dataCount(), 8);
    QVERIFY(panel()->summary().contains(QStringLiteral("p = 8")));
    controller()->set(Field::PipelineParallel, InputValue(std::int64_t(1)));
    QCoreApplication::processEvents();
    QCOMPARE(panel()->stageChart()->plottable(0)->interface1D()->dataCount(), 1);
    QVERIFY(!panel()->summary().contains(QStringLiteral("Pipeline:")));
}

void TestLayoutView::bestLayoutsLoadInOneStep()
{
    show();
    best()->waitForIdle();
    const Scenario before = controller()->lastValidScenario();
    const LayoutSearch &r = best()->result();
    QVERIFY(r.supported);
    QVERIFY(!r.best.empty());
    QCOMPARE(best()->rowCount(), int(r.best.size()));
    // The table's first row is the core's fastest, for this global batch.
    QCOMPARE(r.best.front().secondsPerStep, searchLayouts(before).best.front().secondsPerStep);
    // A click on the second row loads it: its figures, one undo step back.
    const LayoutCandidate row = r.best[1];
    auto *table = panel()->bestLayouts()->table();
    table->scrollTo(best()->index(1, 0));
    const QRect cell = table->visualRect(best()->index(1, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    const Scenario after = controller()->lastValidScenario();
    QCOMPARE(after.options.tensorParallel, row.tp);
    QCOMPARE(after.options.pipelineParallel, row.pp);
    QCOMPARE(after.model.batch, row.microBatch);
    QCOMPARE(after.options.gradAccum, row.microBatches);
    QCOMPARE(estimate(after).training.secondsPerStep, row.secondsPerStep);
    controller()->undo();
    QCOMPARE(controller()->lastValidScenario().options.pipelineParallel,
             before.options.pipelineParallel);
    QCOMPARE(controller()->lastValidScenario().model.batch, before.model.batch);
}

void TestLayoutView::searchesOnlyWhileShown()
{
    // Hidden, the tab does not search (a slider would waste the other core); shown, it does.
    controller()->set(Field::Layers, InputValue(std::int64_t(48)));
    QCoreApplication::processEvents();
    best()->waitForIdle();
    QCOMPARE(best()->result().candidates, qint64(0));
    show();
    best()->waitForIdle();
    QCOMPARE(best()->searchedScenario().model.layers, qint64(48));
    QVERIFY(best()->result().candidates > 0);
}

void TestLayoutView::tabIsRemembered()
{
    show();
    m_window->saveSettings();
    m_window.reset(openMainWindow(planned()));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->restoreSettings();
    auto *tabs = findNamed<QTabWidget>(m_window.get(), QStringLiteral("viewTabs"));
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(panel()));
}

void TestLayoutView::fitsAProjector_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024×768") << QSize(1024, 768);
    QTest::newRow("1280×800") << QSize(1280, 800);
}

void TestLayoutView::fitsAProjector()
{
    QFETCH(QSize, size);
    m_window->resize(size);
    show();
    best()->waitForIdle();
    QCoreApplication::processEvents();
    // Nothing of the tab reaches past the window's right edge, and the charts and the table
    // keep a readable height.
    const int right = m_window->mapToGlobal(QPoint(m_window->width(), 0)).x();
    for (QWidget *w : { static_cast<QWidget *>(panel()->timeChart()),
                        static_cast<QWidget *>(panel()->stageChart()),
                        static_cast<QWidget *>(panel()->bestLayouts()->table()) }) {
        QVERIFY2(w->mapToGlobal(QPoint(w->width(), 0)).x() <= right, qPrintable(w->objectName()));
        QVERIFY2(w->height() >= 90, qPrintable(w->objectName()));
    }
    QVERIFY(m_window->width() <= size.width());
}

QTEST_MAIN(TestLayoutView)

#include "tst_layoutview.moc"
