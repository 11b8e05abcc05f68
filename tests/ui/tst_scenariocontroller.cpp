// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocontroller.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace ts;
using ts::ui::ScenarioController;

Q_DECLARE_METATYPE(ts::MemoryUnit)

class TestScenarioController : public QObject
{
    Q_OBJECT
private slots:
    void validEditEmitsEstimate();
    void invalidEditKeepsLastValid();
    void gpuMemoryUnits_data();
    void gpuMemoryUnits();
    void naturalUnit_data();
    void naturalUnit();
};

void TestScenarioController::validEditEmitsEstimate()
{
    ScenarioController c { Scenario {} };
    QSignalSpy estimates(&c, &ScenarioController::estimateChanged);
    QSignalSpy problems(&c, &ScenarioController::problemsChanged);
    c.setBatch(8);
    QCOMPARE(estimates.count(), 1);
    QCOMPARE(problems.count(), 1);
    QCOMPARE(c.scenario().model.batch, 8);
    Scenario expected;
    expected.model.batch = 8;
    QCOMPARE(c.lastValidEstimate().memory.peak, estimate(expected).memory.peak);
    QCOMPARE(c.lastValidEstimate().training.seconds, estimate(expected).training.seconds);
}

void TestScenarioController::invalidEditKeepsLastValid()
{
    ScenarioController c { Scenario {} };
    const std::int64_t peakBefore = c.lastValidEstimate().memory.peak;
    QSignalSpy estimates(&c, &ScenarioController::estimateChanged);
    QSignalSpy problems(&c, &ScenarioController::problemsChanged);
    c.setHeads(5); // 1024 is not a multiple of 5
    QCOMPARE(estimates.count(), 0);
    QCOMPARE(problems.count(), 1);
    const auto list = problems.at(0).at(0).value<std::vector<Problem>>();
    const Problem headsProblem { Field::Heads, ProblemCode::HeadsMustDivideD };
    QVERIFY(std::find(list.begin(), list.end(), headsProblem) != list.end());
    QCOMPARE(c.scenario().model.heads, 5);
    QCOMPARE(c.lastValidScenario().model.heads, 16);
    QCOMPARE(c.lastValidEstimate().memory.peak, peakBefore);
    c.setHeads(8);
    QCOMPARE(estimates.count(), 1);
    QVERIFY(c.problems().empty());
}

void TestScenarioController::gpuMemoryUnits_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<ts::MemoryUnit>("unit");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("24 GiB") << 24.0 << MemoryUnit::GiB << (qint64(24) << 30);
    QTest::newRow("24 GB") << 24.0 << MemoryUnit::GB << qint64(24'000'000'000);
    QTest::newRow("80 GB") << 80.0 << MemoryUnit::GB << qint64(80'000'000'000);
    QTest::newRow("0.5 GiB") << 0.5 << MemoryUnit::GiB << (qint64(1) << 29);
}

void TestScenarioController::gpuMemoryUnits()
{
    QFETCH(double, amount);
    QFETCH(ts::MemoryUnit, unit);
    QFETCH(qint64, bytes);
    ScenarioController c { Scenario {} };
    c.setGpuMemory(amount, unit);
    QCOMPARE(c.scenario().hardware.gpuMemoryBytes, bytes);
    QCOMPARE(c.memoryUnit(), unit);
}

void TestScenarioController::naturalUnit_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<ts::MemoryUnit>("unit");
    QTest::newRow("whole GiB") << (qint64(24) << 30) << MemoryUnit::GiB;
    QTest::newRow("whole GB") << qint64(80'000'000'000) << MemoryUnit::GB;
    QTest::newRow("neither") << qint64(12345) << MemoryUnit::GiB;
}

void TestScenarioController::naturalUnit()
{
    QFETCH(qint64, bytes);
    QFETCH(ts::MemoryUnit, unit);
    QCOMPARE(ScenarioController::naturalUnit(bytes), unit);
}

QTEST_APPLESS_MAIN(TestScenarioController)
#include "tst_scenariocontroller.moc"
