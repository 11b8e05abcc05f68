// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"
#include "comparepanel.h"
#include "comparison.h"
#include "estimate.h"
#include "format.h"
#include "mainwindow.h"
#include "memorychart.h"
#include "scenariocontroller.h"
#include "scenariofile.h"
#include "timechart.h"
#include "windowtesting.h"

#include <QAction>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ts;
using namespace ts::ui;
Q_DECLARE_METATYPE(ts::SweepAxis)

// Pinned configurations as a lecturer uses them: Ctrl+P pins up to four, each stays as ghost
// curves equal to its own estimate while the sliders move, the Compare tab lists the figures with
// differences to the first pin, pins are undone like any change, and they live in the file.
class TestPins : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup() { m_window.reset(); }
    void pinUpToFour();
    void ghostsAreThePinnedEstimates_data();
    void ghostsAreThePinnedEstimates();
    void unpinAndRename();
    void pinsAreUndone();
    void compareTableShowsDifferences();
    void pinsLiveInTheFile();
    void pinsAtStartAreNoChange();
    void tooManyPinsInAFile();

private:
    [[nodiscard]] ScenarioController *controller() const { return m_window->controller(); }
    void pinWith(Field field, std::int64_t value)
    {
        controller()->set(field, value);
        findNamed<QAction>(m_window.get(), QStringLiteral("pinAction"))->trigger();
    }
    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }

    std::unique_ptr<MainWindow> m_window;
};

void TestPins::init()
{
    m_window.reset(openMainWindow());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPins::pinUpToFour()
{
    QCOMPARE(findNamed<QAction>(m_window.get(), QStringLiteral("pinAction"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_P));
    for (int i = 0; i < kMaxPins; ++i)
        QVERIFY(controller()->pinCurrent());
    QVERIFY(!controller()->pinCurrent()); // a fifth is refused
    QCOMPARE(int(controller()->pins().size()), kMaxPins);
    QCOMPARE(int(controller()->snapshot().pins.size()), kMaxPins);
    // The lecture's model has no preset name of its own here: d and L, and the precision.
    QVERIFY2(controller()->pins().front().name.contains(QStringLiteral("fp32")),
             qPrintable(controller()->pins().front().name));
    for (int i = 0; i < kMaxPins; ++i)
        QCOMPARE(controller()->snapshot().pins[std::size_t(i)].slot, i);
}

void TestPins::ghostsAreThePinnedEstimates_data()
{
    QTest::addColumn<SweepAxis>("axis");
    QTest::newRow("batch") << SweepAxis::Batch;
    QTest::newRow("sequence length") << SweepAxis::SeqLen;
}

void TestPins::ghostsAreThePinnedEstimates()
{
    QFETCH(SweepAxis, axis);
    m_window->charts()->setAxis(axis);
    pinWith(Field::Checkpointing, std::int64_t(Checkpointing::Full));
    const Scenario pinned = controller()->snapshot().validScenario;
    // Move on: the ghost stays the pinned configuration's, over the current x axis.
    controller()->set(Field::Checkpointing, std::int64_t(Checkpointing::None));
    controller()->set(Field::Layers, std::int64_t(20));
    settle();
    const QCPGraph *memory = m_window->charts()->memoryChart()->ghosts().graph(0);
    const QCPGraph *time = m_window->charts()->timeChart()->ghosts().graph(0);
    QVERIFY(memory->visible() && time->visible());
    QVERIFY(!m_window->charts()->memoryChart()->ghosts().graph(1)->visible());
    QVERIFY(memory->dataCount() > 5);
    QCOMPARE(memory->dataCount(),
             m_window->charts()->memoryChart()->layerGraph(MemoryChart::Head)->dataCount());
    for (int i = 0; i < memory->dataCount(); i += std::max(1, memory->dataCount() / 7)) {
        const double x = memory->data()->at(i)->key;
        Scenario s = pinned;
        setAxisValue(s, axis, std::int64_t(x));
        const Estimate e = estimate(s);
        QVERIFY(e.ok());
        QCOMPARE(memory->data()->at(i)->value, double(e.memory.peak) / double(1 << 30));
        QCOMPARE(time->data()->at(i)->value, e.training.seconds / 3600.0);
    }
    // The strip over the charts names it (the legend stays short on a projector).
    auto *strip = findNamed<QLabel>(m_window.get(), QStringLiteral("pinStrip"));
    QVERIFY(strip->isVisible());
    QVERIFY(strip->text().contains(controller()->pins().front().name.toHtmlEscaped()));
    QVERIFY(!m_window->charts()->memoryChart()->legend->hasItemWithPlottable(memory));
    controller()->removePin(0);
    QVERIFY(!strip->isVisible());
}

void TestPins::unpinAndRename()
{
    pinWith(Field::Layers, 6);
    pinWith(Field::Layers, 8);
    controller()->renamePin(1, QStringLiteral("   eight\tlayers  "));
    QCOMPARE(controller()->pins()[1].name, QStringLiteral("eight layers"));
    controller()->renamePin(1, QString(200, QLatin1Char('x')));
    QCOMPARE(controller()->pins()[1].name.size(), kMaxPinNameLength);
    controller()->renamePin(0, QStringLiteral("  "));
    QCOMPARE(controller()->pins()[0].name, QStringLiteral("Pin 1"));
    controller()->removePin(0);
    QCOMPARE(int(controller()->pins().size()), 1);
    QCOMPARE(controller()->snapshot().pins.front().scenario.model.layers, 8);
    QCOMPARE(controller()->snapshot().pins.front().slot, 0);
    controller()->removePin(5); // out of range: nothing
    controller()->removePin(-1);
    QCOMPARE(int(controller()->pins().size()), 1);
    settle();
    QVERIFY(!m_window->charts()->memoryChart()->ghosts().graph(1)->visible());
}

void TestPins::pinsAreUndone()
{
    QVERIFY(!controller()->isModified());
    pinWith(Field::Layers, 6);
    QVERIFY(controller()->isModified());
    QCOMPARE(int(controller()->pins().size()), 1);
    controller()->undo(); // the pin
    QCOMPARE(int(controller()->pins().size()), 0);
    QCOMPARE(controller()->scenario().model.layers, 6);
    controller()->redo();
    QCOMPARE(int(controller()->pins().size()), 1);
    QCOMPARE(int(controller()->snapshot().pins.size()), 1);
}

void TestPins::compareTableShowsDifferences()
{
    pinWith(Field::Batch, 4);
    pinWith(Field::Batch, 8);
    controller()->set(Field::Batch, std::int64_t(16));
    m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))
            ->setCurrentWidget(m_window->comparePanel());
    settle();
    QTableWidget *table = m_window->comparePanel()->table();
    QCOMPARE(table->columnCount(), 3); // current and two pins
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("Current"));
    int peakRow = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->verticalHeaderItem(r)->text() == QStringLiteral("Peak memory per GPU"))
            peakRow = r;
    QVERIFY(peakRow >= 0);
    Scenario s;
    s.model.batch = 8;
    const Estimate b8 = estimate(s);
    s.model.batch = 4;
    const Estimate b4 = estimate(s);
    const QString pinned = table->item(peakRow, 2)->text();
    QVERIFY2(pinned.startsWith(Format::bytes(double(b8.memory.peak), MemoryUnit::GiB)),
             qPrintable(pinned));
    // Four more sequences: 4·M_b more bytes than the first pin, and that as a share of it.
    const double more = double(b8.memory.peak - b4.memory.peak);
    QVERIFY2(pinned.contains(QStringLiteral("+%1 (+%2)")
                                     .arg(Format::bytes(more, MemoryUnit::GiB),
                                          Format::percent(more / double(b4.memory.peak)))),
             qPrintable(pinned));
    QVERIFY(!table->item(peakRow, 1)->text().contains(QLatin1Char('\n'))); // the baseline
}

void TestPins::pinsLiveInTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pins.json"));
    pinWith(Field::Checkpointing, std::int64_t(Checkpointing::Selective));
    controller()->renamePin(0, QStringLiteral("selective"));
    controller()->setModelPreset(QStringLiteral("gpt2-small"));
    controller()->pinCurrent();
    QString error;
    QVERIFY2(m_window->saveConfiguration(path, &error), qPrintable(error));
    const std::vector<Pin> saved = controller()->pins();

    m_window.reset(openMainWindow());
    QVERIFY(m_window->openConfiguration(path, &error, nullptr));
    QCOMPARE(controller()->pins().size(), saved.size());
    for (std::size_t i = 0; i < saved.size(); ++i) {
        QCOMPARE(controller()->pins()[i].name, saved[i].name);
        QCOMPARE(controller()->snapshot().pins[i].estimate.memory.peak,
                 estimate(resolve(saved[i].config).scenario).memory.peak);
    }
    QCOMPARE(controller()->snapshot().pins[1].scenario.model.dModel, 768); // GPT-2 small
    QVERIFY(!controller()->isModified());
    // Opening a file is one step: undo returns to the state before, pins and all.
    controller()->undo();
    QCOMPARE(int(controller()->pins().size()), 0);
}

void TestPins::pinsAtStartAreNoChange()
{
    // As `trainscope --config pins.json` opens the window: the file's pins are where it starts.
    std::vector<Pin> pins;
    for (int i = 0; i < kMaxPins + 2; ++i) {
        ScenarioConfig config;
        config.give(Field::Layers, std::int64_t(i + 1));
        pins.push_back({ QStringLiteral("p%1").arg(i), config });
    }
    controller()->startWithPins(pins);
    QCOMPARE(int(controller()->pins().size()), kMaxPins);
    QCOMPARE(controller()->snapshot().pins.back().scenario.model.layers, kMaxPins);
    QVERIFY(!controller()->canUndo());
    QVERIFY(!controller()->isModified());
    controller()->removePin(0);
    QVERIFY(controller()->isModified());
}

void TestPins::tooManyPinsInAFile()
{
    QByteArray json = "{\"trainscope_config\": 2, \"pins\": [";
    for (int i = 0; i < 6; ++i)
        json += QByteArray(i ? "," : "") + "{\"name\": \"p" + QByteArray::number(i)
                + "\", \"model\": {\"layers\": " + QByteArray::number(i + 1) + "}}";
    json += "]}";
    const scenariofile::ReadResult read = scenariofile::parse(json, QStringLiteral("six.json"));
    QVERIFY2(read.config, qPrintable(read.error));
    QCOMPARE(int(read.pins.size()), kMaxPins);
    QCOMPARE(read.pins.back().name, QStringLiteral("p3"));
    QVERIFY(read.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("the first 4 are kept")));
    // And written back, the four come back the same.
    const QJsonObject written = scenariofile::toJson(*read.config, read.pins);
    const scenariofile::ReadResult again
            = scenariofile::parse(QJsonDocument(written).toJson(), QStringLiteral("again.json"));
    QCOMPARE(int(again.pins.size()), kMaxPins);
    for (std::size_t i = 0; i < std::size_t(kMaxPins); ++i) {
        QCOMPARE(again.pins[i].name, read.pins[i].name);
        const Scenario a = resolve(again.pins[i].config).scenario;
        const Scenario b = resolve(read.pins[i].config).scenario;
        QCOMPARE(a.model.layers, b.model.layers);
        QCOMPARE(estimate(a).memory.peak, estimate(b).memory.peak);
    }
}

QTEST_MAIN(TestPins)
#include "tst_pins.moc"
