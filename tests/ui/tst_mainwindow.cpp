// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"
#include "chartsampler.h"
#include "format.h"
#include "mainwindow.h"
#include "memorychart.h"
#include "scenariocontroller.h"
#include "timechart.h"
#include "windowtesting.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

#include <functional>

using namespace ts;
using ts::ui::ChartSampler;
using ts::ui::Format;
using ts::ui::MainWindow;
using ts::ui::MemoryChart;
using ts::ui::TimeChart;

using Edit = std::function<void(Scenario &)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(ts::SweepAxis)
Q_DECLARE_METATYPE(ts::MemoryUnit)

// Drives the window through its named widgets, as a user and the benchmark do, and checks every
// figure against ts::estimate and ts::sweep on the scenario the edit should have produced.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup();
    void sliderUpdatesEverything_data();
    void sliderUpdatesEverything();
    void pageUpMovesBatch();
    void xAxisSwitch_data();
    void xAxisSwitch();
    void nonPowerOfTwoWidth();
    void invalidHeadsKeepsLastValid();
    void everyInputIsNamed();
    void memoryUnitFollowsCombo_data();
    void memoryUnitFollowsCombo();
    void tabReachesEveryControl();
    void resetRestoresLectureExample();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return findNamed<T>(m_window, QString::fromLatin1(name));
    }
    void checkLabels(const Estimate &e) const;
    void checkCharts(const Scenario &s, SweepAxis axis) const;

    MainWindow *m_window = nullptr;
};

void TestMainWindow::init()
{
    m_window = openMainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::checkLabels(const Estimate &e) const
{
    QVERIFY(e.ok());
    QVERIFY(child<QLabel>("paramCountLabel")->text().startsWith(Format::count(e.params.total)));
    QCOMPARE(child<QLabel>("timeLabel")->text(), Format::duration(e.training.seconds));
    QCOMPARE(child<QLabel>("maxBatchLabel")->text(), Format::count(e.maxBatch.exact));
    const QString approx = child<QLabel>("maxBatchApproxLabel")->text();
    QVERIFY(approx.startsWith(Format::decimal(e.maxBatch.lectureApprox, 1)));
    // A negative shortcut (the weights alone exceed the GPU) says that nothing fits.
    QCOMPARE(approx.contains(QLatin1String("none")), e.maxBatch.lectureApprox < 0);
    QCOMPARE(child<QLabel>("flopsStepLabel")->text(), Format::flops(e.flops.total));
    QVERIFY(child<QLabel>("peakMemoryLabel")
                    ->text()
                    .contains(Format::bytes(double(e.memory.peak), MemoryUnit::GiB)));
    QVERIFY(child<QLabel>("fitsLabel")->text().contains(e.fits ? tr("Fits") : tr("not fit")));
}

void TestMainWindow::checkCharts(const Scenario &s, SweepAxis axis) const
{
    // The x range: it moves in steps, so it depends on the slider's path; whatever it is, it
    // holds the current value and the largest that fits with their margins, as upperBound
    // would keep it. Then the curves core computes over it.
    auto *memory = child<MemoryChart>("memoryChart");
    const auto hi = std::int64_t(memory->xAxis->range().upper);
    const std::int64_t current = axisValue(s, axis), largest = largestFitting(s, axis);
    QCOMPARE(ChartSampler::upperBound(current, largest, hi), hi);
    QVERIFY(hi <= 4 * ChartSampler::upperBound(current, largest));
    SweepSeries expected;
    sweep(s, axis, axisPoints(1, hi, ChartSampler::kPoints), expected);
    QVERIFY(expected.size() > 1);

    auto *time = child<TimeChart>("timeChart");
    QCPGraph *top = memory->layerGraph(MemoryChart::Head);
    QCPGraph *bottom = memory->layerGraph(MemoryChart::Parameters);
    QCOMPARE(top->dataCount(), int(expected.size()));
    QCOMPARE(time->timeGraph()->dataCount(), int(expected.size()));
    const double gib = double(bytesPerUnit(MemoryUnit::GiB));
    for (int i : { 0, int(expected.size()) / 2, int(expected.size()) - 1 }) {
        const auto k = std::size_t(i);
        QCOMPARE(top->data()->at(i)->key, expected.x[k]);
        // The top of the stack is the peak; the bottom layer the parameters.
        QCOMPARE(top->data()->at(i)->value, expected.peak[k] / gib);
        QCOMPARE(bottom->data()->at(i)->value, expected.parameters[k] / gib);
        QCOMPARE(time->timeGraph()->data()->at(i)->value, expected.seconds[k] / 3600.0);
    }
    QCOMPARE(memory->xAxis->range().upper, double(hi));
}

void TestMainWindow::sliderUpdatesEverything_data()
{
    QTest::addColumn<QString>("slider");
    QTest::addColumn<int>("position");
    QTest::addColumn<Edit>("edit");
    // Rows: the slider, the position to set, and the scenario edit it stands for.
    QTest::newRow("b = 2^5") << "batchSlider" << 5 << Edit([](Scenario &s) { s.model.batch = 32; });
    QTest::newRow("b = 2^7 (does not fit)")
            << "batchSlider" << 7 << Edit([](Scenario &s) { s.model.batch = 128; });
    QTest::newRow("c = 2^9") << "seqLenSlider" << 9
                             << Edit([](Scenario &s) { s.model.seqLen = 512; });
    QTest::newRow("d = 2^11") << "dModelSlider" << 11
                              << Edit([](Scenario &s) { s.model.dModel = 2048; });
    // 16·N_p alone is 69 GB: nothing fits, and the slide's shortcut turns negative.
    QTest::newRow("d = 2^12 (weights exceed the GPU)")
            << "dModelSlider" << 12 << Edit([](Scenario &s) { s.model.dModel = 4096; });
    QTest::newRow("L = 24") << "layersSlider" << 24
                            << Edit([](Scenario &s) { s.model.layers = 24; });
    QTest::newRow("h = 32") << "headsSlider" << 32 << Edit([](Scenario &s) { s.model.heads = 32; });
    QTest::newRow("v = 2^16") << "vocabSlider" << 16
                              << Edit([](Scenario &s) { s.model.vocab = 65536; });
    QTest::newRow("MFU = 0.8") << "mfuSlider" << 80
                               << Edit([](Scenario &s) { s.hardware.mfu = 0.8; });
}

void TestMainWindow::sliderUpdatesEverything()
{
    QFETCH(QString, slider);
    QFETCH(int, position);
    QFETCH(Edit, edit);
    Scenario expected;
    edit(expected);
    auto *s = m_window->findChild<QSlider *>(slider);
    QVERIFY(s);
    s->setValue(position);
    const Scenario &actual = m_window->controller()->scenario();
    QCOMPARE(actual.model.batch, expected.model.batch);
    QCOMPARE(actual.model.seqLen, expected.model.seqLen);
    QCOMPARE(actual.model.dModel, expected.model.dModel);
    QCOMPARE(actual.model.layers, expected.model.layers);
    QCOMPARE(actual.model.heads, expected.model.heads);
    QCOMPARE(actual.model.vocab, expected.model.vocab);
    QCOMPARE(actual.hardware.mfu, expected.hardware.mfu);
    checkLabels(estimate(expected));
    checkCharts(expected, SweepAxis::Batch);
}

void TestMainWindow::pageUpMovesBatch()
{
    auto *slider = child<QSlider>("batchSlider");
    slider->setFocus();
    const int before = slider->value();
    QTest::keyClick(slider, Qt::Key_PageUp);
    Scenario expected;
    expected.model.batch = std::int64_t(1) << (before + slider->pageStep());
    QCOMPARE(m_window->controller()->scenario().model.batch, expected.model.batch);
    QCOMPARE(child<QSpinBox>("batchSpin")->value(), int(expected.model.batch));
    checkLabels(estimate(expected));
    checkCharts(expected, SweepAxis::Batch);
}

void TestMainWindow::xAxisSwitch_data()
{
    QTest::addColumn<ts::SweepAxis>("axis");
    QTest::addColumn<QString>("labelWord");
    QTest::newRow("sequence length") << SweepAxis::SeqLen << "Sequence length";
    QTest::newRow("back to batch") << SweepAxis::Batch << "Batch size";
}

void TestMainWindow::xAxisSwitch()
{
    QFETCH(ts::SweepAxis, axis);
    QFETCH(QString, labelWord);
    auto *combo = child<QComboBox>("xAxisCombo");
    if (axis == SweepAxis::Batch) // start from the other axis so that the switch is a change
        combo->setCurrentIndex(combo->findData(int(SweepAxis::SeqLen)));
    combo->setCurrentIndex(combo->findData(int(axis)));
    QCOMPARE(m_window->charts()->axis(), axis);
    auto *memory = child<MemoryChart>("memoryChart");
    QVERIFY(memory->xAxis->label().contains(labelWord));
    QVERIFY(child<TimeChart>("timeChart")->xAxis->label().contains(labelWord));
    checkCharts(Scenario {}, axis);
}

void TestMainWindow::nonPowerOfTwoWidth()
{
    child<QSlider>("headsSlider")->setValue(8); // 8 divides 1000
    auto *spin = child<QSpinBox>("dModelSpin");
    QLineEdit *edit = spin->findChild<QLineEdit *>();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("1000"));
    QTest::keyClick(edit, Qt::Key_Return);
    Scenario expected;
    expected.model.heads = 8;
    expected.model.dModel = 1000;
    QCOMPARE(m_window->controller()->scenario().model.dModel, 1000);
    QCOMPARE(child<QSlider>("dModelSlider")->value(), 10); // nearest power of two: 1024
    QVERIFY(m_window->controller()->problems().empty());
    QVERIFY(!child<QLabel>("headsWarning")->isVisible());
    checkLabels(estimate(expected));
    checkCharts(expected, SweepAxis::Batch);
}

void TestMainWindow::invalidHeadsKeepsLastValid()
{
    const Estimate before = estimate(Scenario {});
    auto *warning = child<QLabel>("headsWarning");
    QVERIFY(!warning->isVisible());
    QVERIFY(!child<QLabel>("staleLabel")->isVisible());
    child<QSpinBox>("headsSpin")->setValue(5); // 1024 = 2^10 has no factor 5

    QCOMPARE(m_window->controller()->scenario().model.heads, 5);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("1024")));
    QVERIFY(child<QLabel>("staleLabel")->isVisible());
    // The last valid figures stay, but look stale: greyed, the verdict replaced, charts veiled.
    auto *fits = child<QLabel>("fitsLabel");
    QVERIFY2(fits->text().contains(QStringLiteral("invalid")), qPrintable(fits->text()));
    QVERIFY(!fits->isEnabled());
    QVERIFY(!child<QLabel>("paramCountLabel")->isEnabled());
    QCOMPARE(child<QLabel>("paramCountLabel")->text(), Format::count(before.params.total));
    QVERIFY(child<MemoryChart>("memoryChart")->isStale());
    QVERIFY(child<TimeChart>("timeChart")->isStale());
    checkCharts(Scenario {}, SweepAxis::Batch);

    child<QSpinBox>("headsSpin")->setValue(16);
    QVERIFY(!warning->isVisible());
    QVERIFY(!child<QLabel>("staleLabel")->isVisible());
    QVERIFY(fits->text().contains(QStringLiteral("Fits")));
    QVERIFY(child<QLabel>("paramCountLabel")->isEnabled());
    QVERIFY(!child<MemoryChart>("memoryChart")->isStale());
    checkLabels(before);
}

void TestMainWindow::everyInputIsNamed()
{
    for (const char *name : { "batch", "seqLen", "dModel", "layers", "heads", "vocab", "mfu" }) {
        QVERIFY2(child<QSlider>(QByteArray(name).append("Slider").constData()), name);
        QVERIFY2(child<QAbstractSpinBox>(QByteArray(name).append("Spin").constData()), name);
    }
    for (const char *name :
         { "gpusSpin", "gpuMemorySpin", "gpuFlopsSpin", "tokensSpin", "epochsSpin" })
        QVERIFY2(child<QAbstractSpinBox>(name), name);
    QVERIFY(child<QComboBox>("gpuMemoryUnitCombo"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("TrainScope[*]")); // "*" while modified
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::memoryUnitFollowsCombo_data()
{
    QTest::addColumn<ts::MemoryUnit>("unit");
    QTest::newRow("GB") << MemoryUnit::GB;
    QTest::newRow("GiB") << MemoryUnit::GiB;
}

void TestMainWindow::memoryUnitFollowsCombo()
{
    QFETCH(ts::MemoryUnit, unit);
    auto *combo = child<QComboBox>("gpuMemoryUnitCombo");
    // Start from the other unit so that choosing this one is a change.
    const MemoryUnit other = unit == MemoryUnit::GB ? MemoryUnit::GiB : MemoryUnit::GB;
    combo->setCurrentIndex(combo->findData(int(other)));
    combo->setCurrentIndex(combo->findData(int(unit)));
    // The number stays, its unit changes: 24 GB is 24·10⁹ bytes, 24 GiB is 24·2³⁰.
    Scenario expected;
    expected.hardware.gpuMemoryBytes = 24 * bytesPerUnit(unit);
    QCOMPARE(m_window->controller()->scenario().hardware.gpuMemoryBytes,
             expected.hardware.gpuMemoryBytes);
    const Estimate e = estimate(expected);
    const QString peak = Format::bytes(double(e.memory.peak), unit);
    QVERIFY(child<QLabel>("peakMemoryLabel")->text().contains(peak));
    QCOMPARE(child<QLabel>("paramsMemLabel")->text().section(QLatin1Char(' '), 1, 1),
             Format::unitName(unit));
    auto *memory = child<MemoryChart>("memoryChart");
    QVERIFY(memory->yAxis->label().contains(Format::unitName(unit)));
    QCOMPARE(memory->gpuGraph()->data()->at(0)->value, 24.0);
    QCOMPARE(child<QLabel>("maxBatchLabel")->text(), Format::count(e.maxBatch.exact));
}

void TestMainWindow::tabReachesEveryControl()
{
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    child<QSlider>("batchSlider")->setFocus();
    QSet<QString> reached;
    for (int i = 0; i < 60; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        // A spin box's focus sits on its line edit; count the spin box.
        QWidget *named = focus->objectName().isEmpty() ? focus->parentWidget() : focus;
        reached.insert(named->objectName());
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    const QStringList expected = {
        "batchSlider",  "batchSpin",    "seqLenSlider", "seqLenSpin",    "dModelSlider",
        "dModelSpin",   "layersSlider", "layersSpin",   "headsSlider",   "headsSpin",
        "vocabSlider",  "vocabSpin",    "gpusSpin",     "gpuMemorySpin", "gpuMemoryUnitCombo",
        "gpuFlopsSpin", "mfuSlider",    "mfuSpin",      "tokensSpin",    "epochsSpin",
        "xAxisCombo",
    };
    for (const QString &name : expected)
        QVERIFY2(reached.contains(name), qPrintable(name));
}

void TestMainWindow::resetRestoresLectureExample()
{
    child<QSlider>("batchSlider")->setValue(9);
    child<QSpinBox>("headsSpin")->setValue(5); // and leave an invalid input behind
    QVERIFY(child<QLabel>("headsWarning")->isVisible());
    auto *reset = m_window->findChild<QAction *>(QStringLiteral("resetAction"));
    QVERIFY(reset);
    reset->trigger();
    const Scenario lecture;
    QCOMPARE(m_window->controller()->scenario().model.batch, lecture.model.batch);
    QCOMPARE(m_window->controller()->scenario().model.heads, lecture.model.heads);
    QCOMPARE(child<QSpinBox>("batchSpin")->value(), int(lecture.model.batch));
    QCOMPARE(child<QSpinBox>("headsSpin")->value(), int(lecture.model.heads));
    QVERIFY(!child<QLabel>("headsWarning")->isVisible());
    checkLabels(estimate(lecture));
    checkCharts(lecture, SweepAxis::Batch);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
