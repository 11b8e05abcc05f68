// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorychart.h"
#include "scenariocontroller.h"
#include "timechart.h"
#include "windowtesting.h"

#include <QLabel>
#include <QTest>

#include <cmath>
#include <functional>

using namespace ts;
using namespace ts::ui;

using Setup = std::function<void(ScenarioController *)>;
Q_DECLARE_METATYPE(Setup)

// The window as a lecture room sees it, at a projector's 1024×768 and a laptop's 1280×800: the
// charts' labels never hide each other, their ticks are whole numbers of sequences or tokens,
// and the two charts' x axes line up, so a value sits at the same place in both.
class TestProjector : public QObject
{
    Q_OBJECT
private slots:
    void chartsStayReadable_data();
    void chartsStayReadable();
    void resultsSayWhatTheyMean();
};

void TestProjector::chartsStayReadable_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<Setup>("setup");
    for (const QSize size : { QSize(1024, 768), QSize(1280, 800) }) {
        const QString at = QStringLiteral(" at %1×%2").arg(size.width()).arg(size.height());
        QTest::newRow(qPrintable(QStringLiteral("lecture") + at))
                << size << Setup([](ScenarioController *) {});
        // GPT-2 medium on the lecture's GPU: 3 fit and b = 4 is drawn right next to it.
        QTest::newRow(qPrintable(QStringLiteral("GPT-2 medium") + at))
                << size << Setup([](ScenarioController *c) {
                       c->setModelPreset(QStringLiteral("gpt2-medium"));
                   });
        QTest::newRow(qPrintable(QStringLiteral("c = 1024") + at))
                << size << Setup([](ScenarioController *c) { c->set(Field::SeqLen, 1024); });
        QTest::newRow(qPrintable(QStringLiteral("b = 62, one short of the largest") + at))
                << size << Setup([](ScenarioController *c) { c->set(Field::Batch, 62); });
    }
}

void TestProjector::chartsStayReadable()
{
    QFETCH(QSize, size);
    QFETCH(Setup, setup);
    std::unique_ptr<MainWindow> window(openMainWindow());
    window->resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    setup(window->controller());
    // Queued replots, then the charts' margin alignment, settle within a few event-loop passes.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();

    auto *memory = findNamed<MemoryChart>(window.get(), QStringLiteral("memoryChart"));
    auto *time = findNamed<TimeChart>(window.get(), QStringLiteral("timeChart"));
    QVERIFY(memory && time);
    if (memory->largestLabel()->visible()) {
        const QRectF now = memory->labelRect(memory->currentLabel());
        const QRectF largest = memory->labelRect(memory->largestLabel());
        QVERIFY2(!now.intersects(largest),
                 qPrintable(QStringLiteral("\"%1\" under \"%2\"")
                                    .arg(memory->currentLabel()->text(),
                                         memory->largestLabel()->text())));
    }
    for (QCustomPlot *chart :
         { static_cast<QCustomPlot *>(memory), static_cast<QCustomPlot *>(time) })
        for (double tick : chart->xAxis->tickVector())
            QVERIFY2(std::floor(tick) == tick, qPrintable(QString::number(tick)));
    QCOMPARE(memory->axisRect()->left(), time->axisRect()->left());
    QCOMPARE(memory->axisRect()->width(), time->axisRect()->width());
}

void TestProjector::resultsSayWhatTheyMean()
{
    std::unique_ptr<MainWindow> window(openMainWindow());
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    ScenarioController *c = window->controller();
    auto *approx = findNamed<QLabel>(window.get(), QStringLiteral("maxBatchApproxLabel"));
    auto *steps = findNamed<QLabel>(window.get(), QStringLiteral("optimizerStepsLabel"));
    auto *seconds = findNamed<QLabel>(window.get(), QStringLiteral("timeSecondsLabel"));
    // The slide's shortcut for the lecture's model, (24·2³⁰ − (256·12·1024² + 32·1024·32000)) /
    // (4·12·256·(20·1024 + 16·256)) = 71.2, and not beyond it.
    QCOMPARE(approx->text(), QStringLiteral("71.2"));
    c->set(Field::Precision, Precision::Bf16Mixed);
    QCOMPARE(approx->text(), QStringLiteral("n/a"));
    c->set(Field::Precision, Precision::Fp32);
    // The time says over how many GPUs it is shared.
    QVERIFY2(seconds->text().endsWith(QStringLiteral("on 4 GPUs")), qPrintable(seconds->text()));
    c->set(Field::Gpus, 1);
    QVERIFY2(seconds->text().endsWith(QStringLiteral("on 1 GPU")), qPrintable(seconds->text()));
    // b = 2^20 on 4 GPUs: one optimizer step of 2^30 tokens holds more than 5 epochs of 1.03e8
    // (0.48 of a step); no "0 steps" beside a time.
    c->set(Field::Gpus, 4);
    c->set(Field::Batch, std::int64_t(1) << 20);
    QVERIFY2(steps->text().startsWith(QStringLiteral("0.")), qPrintable(steps->text()));
    QVERIFY2(seconds->text().contains(QStringLiteral("more than the whole run")),
             qPrintable(seconds->text()));
}

QTEST_MAIN(TestProjector)
#include "tst_projector.moc"
