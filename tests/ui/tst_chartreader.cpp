// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"
#include "chartsampler.h"
#include "estimate.h"
#include "format.h"
#include "mainwindow.h"
#include "memorychart.h"
#include "scenariocontroller.h"
#include "timechart.h"
#include "windowtesting.h"

#include <QLocale>
#include <QTest>
#include <QToolTip>

#include <memory>
#include <optional>

using namespace ts;
using namespace ts::ui;
Q_DECLARE_METATYPE(ts::SweepAxis)

// Reading the charts with the mouse: the tooltip at an x gives that x's figures from the core
// estimate, and a click sets b or c to the x under the pointer; drags and clicks outside the
// plot change nothing.
class TestChartReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup() { m_window.reset(); }
    void nearestSample_data();
    void nearestSample();
    void hoverReadsEveryBand();
    void hoverOverTheTimeChart();
    void clickSetsTheAxisValue_data();
    void clickSetsTheAxisValue();
    void dragOrOutsideChangesNothing();

private:
    [[nodiscard]] MemoryChart *memory() const { return m_window->charts()->memoryChart(); }
    [[nodiscard]] TimeChart *time() const { return m_window->charts()->timeChart(); }
    // The pixel in the middle of the plot's height at x.
    static QPoint at(QCustomPlot *plot, double x)
    {
        return { int(std::lround(plot->xAxis->coordToPixel(x))),
                 plot->axisRect()->rect().center().y() };
    }
    void settle() const
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }

    std::unique_ptr<MainWindow> m_window;
};

void TestChartReader::init()
{
    m_window.reset(openMainWindow());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    settle();
}

void TestChartReader::nearestSample_data()
{
    QTest::addColumn<QVector<double>>("xs");
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("expected"); // -1: none
    const QVector<double> xs { 1, 2, 4, 8 };
    QTest::newRow("empty") << QVector<double> {} << 3.0 << -1;
    QTest::newRow("below the first") << xs << -5.0 << 0;
    QTest::newRow("above the last") << xs << 100.0 << 3;
    QTest::newRow("exact") << xs << 4.0 << 2;
    QTest::newRow("nearer the lower") << xs << 5.9 << 2;
    QTest::newRow("nearer the upper") << xs << 6.1 << 3;
    QTest::newRow("halfway takes the lower") << xs << 6.0 << 2;
    QTest::newRow("not a number") << xs << qQNaN() << -1;
}

void TestChartReader::nearestSample()
{
    QFETCH(QVector<double>, xs);
    QFETCH(double, x);
    QFETCH(int, expected);
    SweepSeries series;
    series.x.assign(xs.begin(), xs.end());
    const std::optional<std::size_t> i = ChartSampler::nearest(series, x);
    QCOMPARE(i ? int(*i) : -1, expected);
}

void TestChartReader::hoverReadsEveryBand()
{
    // The lecture's example at b = 6, read off the chart at b = 6.
    Scenario s;
    s.model.batch = 6;
    const Estimate e = estimate(s);
    QTest::mouseMove(memory(), at(memory(), 6));
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(QStringLiteral("b = 6")), qPrintable(text));
    const MemoryUnit gib = MemoryUnit::GiB;
    for (const std::int64_t bytes : { e.memory.peak, e.memory.parameters, e.memory.gradients,
                                      e.memory.optimizerStates, e.memory.blockOther })
        QVERIFY2(text.contains(Format::bytes(double(bytes), gib)),
                 qPrintable(Format::bytes(double(bytes), gib) + QStringLiteral(" in ") + text));
    QVERIFY(text.contains(QStringLiteral("Optimizer")));
    QVERIFY(text.contains(
            QStringLiteral("%1 to spare").arg(Format::bytes(double(e.marginBytes), gib))));
    // Beyond the plot's area there is nothing to read.
    QTest::mouseMove(memory(), QPoint(2, 2));
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestChartReader::hoverOverTheTimeChart()
{
    Scenario s;
    s.model.batch = 2;
    const Estimate e = estimate(s);
    QTest::mouseMove(time(), at(time(), 2));
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(QStringLiteral("b = 2")), qPrintable(text));
    QVERIFY2(text.contains(Format::duration(e.training.seconds)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("fits the GPU")));
}

void TestChartReader::clickSetsTheAxisValue_data()
{
    QTest::addColumn<SweepAxis>("axis");
    QTest::addColumn<bool>("onTime");
    QTest::newRow("batch on memory") << SweepAxis::Batch << false;
    QTest::newRow("batch on time") << SweepAxis::Batch << true;
    QTest::newRow("seq on memory") << SweepAxis::SeqLen << false;
}

void TestChartReader::clickSetsTheAxisValue()
{
    QFETCH(SweepAxis, axis);
    QFETCH(bool, onTime);
    m_window->charts()->setAxis(axis);
    settle();
    QCustomPlot *plot = onTime ? static_cast<QCustomPlot *>(time()) : memory();
    const ChartFrame &frame = m_window->charts()->frame();
    // A sample well inside the range, away from the current value.
    const SweepSeries &series = *frame.series;
    const double target = series.x[series.size() * 3 / 4];
    QVERIFY(std::int64_t(target) != frame.current);
    QTest::mouseClick(plot, Qt::LeftButton, {}, at(plot, target));
    const Scenario &now = m_window->controller()->snapshot().scenario;
    QCOMPARE(axisValue(now, axis), std::int64_t(target));
}

void TestChartReader::dragOrOutsideChangesNothing()
{
    const Scenario before = m_window->controller()->snapshot().scenario;
    // A drag across the plot.
    QTest::mousePress(memory(), Qt::LeftButton, {}, at(memory(), 2));
    QTest::mouseMove(memory(), at(memory(), 7));
    QTest::mouseRelease(memory(), Qt::LeftButton, {}, at(memory(), 7));
    // A click on the title, above the plot.
    QTest::mouseClick(memory(), Qt::LeftButton, {}, QPoint(memory()->width() / 2, 4));
    // A right click inside.
    QTest::mouseClick(memory(), Qt::RightButton, {}, at(memory(), 8));
    QCOMPARE(m_window->controller()->snapshot().scenario.model.batch, before.model.batch);
    QCOMPARE(m_window->controller()->snapshot().scenario.model.seqLen, before.model.seqLen);
}

QTEST_MAIN(TestChartReader)
#include "tst_chartreader.moc"
