// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"
#include "chartstyle.h"
#include "estimate.h"
#include "exportnaming.h"
#include "fitmapchart.h"
#include "fitmappanel.h"
#include "format.h"
#include "mainwindow.h"
#include "palette.h"
#include "scenariocontroller.h"
#include "windowtesting.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace ts;
using ts::ui::FitMapChart;
using ts::ui::FitMapPanel;
using ts::ui::Format;
using ts::ui::MainWindow;

// The Fit map tab as a lecturer uses it: F3 shows it, its cells are the core's figures, it
// follows every input, hovering names a cell and clicking one sets b and c, the time mode greys
// what does not fit, and its labels stay readable on a projector.
class TestFitMapView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { m_window.reset(); }
    void f3ShowsTheMapAndItsPicker();
    void cellsAreTheCoreFigures();
    void justOverIsRed();
    void extremesStayHonest();
    void followsEveryInput_data();
    void followsEveryInput();
    void hoverNamesTheCell();
    void clickSetsBAndC();
    void timeModeGreysWhatDoesNotFit();
    void copyGivesTheMapInView();
    void invalidInputVeilsTheMap();
    void tabAndThemeAreRemembered();
    void readableOnAProjector_data();
    void readableOnAProjector();

private:
    [[nodiscard]] QTabWidget *tabs() const
    {
        return findNamed<QTabWidget>(m_window.get(), QStringLiteral("viewTabs"));
    }
    [[nodiscard]] FitMapPanel *panel() const { return m_window->fitMap(); }
    [[nodiscard]] FitMapChart *chart() const { return m_window->fitMap()->chart(); }
    [[nodiscard]] ui::ScenarioController *controller() const { return m_window->controller(); }
    void showMap() const
    {
        findNamed<QAction>(m_window.get(), QStringLiteral("fitMapAction"))->trigger();
        QCoreApplication::processEvents();
    }
    // estimate() of the controller's scenario at that b and c.
    [[nodiscard]] Estimate estimateAt(std::int64_t b, std::int64_t c) const
    {
        Scenario s = controller()->lastValidScenario();
        s.model.batch = b;
        s.model.seqLen = c;
        return estimate(s);
    }

    std::unique_ptr<MainWindow> m_window;
};

void TestFitMapView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
}

void TestFitMapView::init()
{
    clearWindowSettings();
    m_window.reset(openMainWindow());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFitMapView::f3ShowsTheMapAndItsPicker()
{
    auto *action = findNamed<QAction>(m_window.get(), QStringLiteral("fitMapAction"));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F3));
    const auto visible = [this](const char *name) {
        return findNamed<QWidget>(m_window.get(), QLatin1String(name))->isVisible();
    };
    QVERIFY(visible("xAxisBar"));
    QVERIFY(!visible("fitMapModeBar"));
    showMap();
    QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(panel()));
    QCOMPARE(tabs()->tabText(tabs()->currentIndex()), QStringLiteral("Fit map"));
    QVERIFY(chart()->isVisible());
    QCOMPARE(chart()->colorMap()->data()->keySize(), 256);
    QCOMPARE(chart()->colorMap()->data()->valueSize(), 256);
    // Each picker with its own tab only.
    QVERIFY(!visible("xAxisBar"));
    QVERIFY(visible("fitMapModeBar"));
    findNamed<QAction>(m_window.get(), QStringLiteral("workingAction"))->trigger();
    QVERIFY(!visible("xAxisBar"));
    QVERIFY(!visible("fitMapModeBar"));
    QVERIFY(!action->isChecked());
    action->trigger();
    action->trigger(); // unchecked from its own tab: back to the charts
    QCOMPARE(tabs()->currentWidget()->objectName(), QStringLiteral("chartPanel"));
    QVERIFY(visible("xAxisBar"));
    QVERIFY(!visible("fitMapModeBar"));
}

void TestFitMapView::cellsAreTheCoreFigures()
{
    showMap();
    const FitMapGrid &g = panel()->frame().grid;
    QCPColorMapData *data = chart()->colorMap()->data();
    const double gpu = double(controller()->lastValidScenario().hardware.gpuMemoryBytes);
    int over = 0, under = 0;
    for (std::size_t row = 0; row < g.rows(); row += 17) {
        const Estimate atRow = estimateAt(1, g.seqLens[row]);
        QCOMPARE(g.largestBatch[row], atRow.maxBatch.exact);
        // The line runs between the columns of the largest b that fits and the next.
        const double key = chart()->boundary()->data()->at(int(row))->key;
        QCOMPARE(key, std::log2(double(atRow.maxBatch.exact) + 0.5));
        for (std::size_t col = 0; col < g.columns(); col += 13) {
            const Estimate e = estimateAt(g.batches[col], g.seqLens[row]);
            QVERIFY(e.ok());
            QCOMPARE(g.peakBytes[g.index(row, col)], e.memory.peak);
            const double z = data->cell(int(col), int(row));
            if (e.fits)
                QCOMPARE(z, double(e.memory.peak) / gpu);
            else
                QVERIFY(z >= std::min(double(e.memory.peak) / gpu, FitMapChart::kShareTop));
            // Blue while it fits, red beyond, whatever the share's rounding to a level.
            const QColor colour
                    = chart()->colorMap()->gradient().color(z, chart()->colorMap()->dataRange());
            QVERIFY2(e.fits == (colour.blue() > colour.red()),
                     qPrintable(QStringLiteral("b=%1 c=%2 share %3 %4")
                                        .arg(g.batches[col])
                                        .arg(g.seqLens[row])
                                        .arg(double(e.memory.peak) / gpu)
                                        .arg(colour.name())));
            (e.fits ? under : over)++;
        }
    }
    QVERIFY(over > 0 && under > 0); // the map shows both sides of the line
}

void TestFitMapView::justOverIsRed()
{
    // A GPU a few bytes smaller than one cell's peak: that cell's share is 100.0000 %, yet it
    // does not fit and must not look as if it did.
    showMap();
    const std::size_t row = 128, col = 150;
    const std::int64_t b = panel()->frame().grid.batches[col];
    const std::int64_t c = panel()->frame().grid.seqLens[row];
    controller()->set(Field::GpuMemory, InputValue(estimateAt(b, c).memory.peak - 8));
    const FitMapGrid &g = panel()->frame().grid;
    QCOMPARE(g.batches[col], b);
    QCOMPARE(g.seqLens[row], c);
    QCOMPARE(g.peakBytes[g.index(row, col)], g.gpuBytes + 8);
    QCPColorMapData *data = chart()->colorMap()->data();
    const QColor colour = chart()->colorMap()->gradient().color(data->cell(int(col), int(row)),
                                                                chart()->colorMap()->dataRange());
    QVERIFY2(colour.red() > colour.blue(), qPrintable(colour.name()));
    QVERIFY(chart()->textAt(chart()->cellCentre(col, row))
                    .contains(QStringLiteral("does not fit")));
}

void TestFitMapView::extremesStayHonest()
{
    // c = 2,000,000: the map reaches it, its far corner overflows 64 bits (no figure: see-through
    // onto grey, not 0 %), and shares of millions of percent are the top red, not the bottom.
    controller()->set(Field::SeqLen, InputValue(std::int64_t(2000000)));
    showMap();
    const FitMapGrid &g = panel()->frame().grid;
    QVERIFY(g.seqLens.back() >= 2000000);
    QCPColorMapData *data = chart()->colorMap()->data();
    int none = 0, huge = 0;
    for (std::size_t row = 0; row < g.rows(); row += 5) {
        for (std::size_t col = 0; col < g.columns(); col += 5) {
            const std::int64_t peak = g.peakBytes[g.index(row, col)];
            if (peak < 0) {
                QVERIFY(!estimateAt(g.batches[col], g.seqLens[row]).ok());
                QCOMPARE(int(data->alpha(int(col), int(row))), 0);
                ++none;
            } else if (double(peak) / double(g.gpuBytes) > 1e7) {
                QCOMPARE(int(data->alpha(int(col), int(row))), 255);
                const QColor colour = chart()->colorMap()->gradient().color(
                        data->cell(int(col), int(row)), chart()->colorMap()->dataRange());
                QCOMPARE(colour, ui::palette::mapOverHigh());
                ++huge;
            }
        }
    }
    QVERIFY(none > 0 && huge > 0);
    QCOMPARE(chart()->axisRect()->backgroundBrush().color(), ui::palette::mapNothing());
    // The current mark is on the map.
    QVERIFY(chart()->axisRect()->rect().contains(
            chart()->currentMark()->position->pixelPosition().toPoint()));
}

void TestFitMapView::followsEveryInput_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<qint64>("value");
    QTest::newRow("width") << Field::DModel << qint64(2048);
    QTest::newRow("layers") << Field::Layers << qint64(30);
    QTest::newRow("vocabulary") << Field::Vocab << qint64(128000);
    QTest::newRow("80 GiB") << Field::GpuMemory << (qint64(80) << 30);
    QTest::newRow("bf16-mixed") << Field::Precision << qint64(Precision::Bf16Mixed);
    QTest::newRow("full checkpointing") << Field::Checkpointing << qint64(Checkpointing::Full);
}

void TestFitMapView::followsEveryInput()
{
    QFETCH(Field, field);
    QFETCH(qint64, value);
    const auto cellPeak = [this] {
        const FitMapGrid &g = panel()->frame().grid;
        return g.peakBytes.empty() ? -1 : g.peakBytes[g.index(120, 180)];
    };
    // Hidden, the map is not recomputed; shown, it catches up.
    showMap();
    tabs()->setCurrentIndex(0);
    const std::int64_t before = cellPeak();
    QVERIFY(before > 0);
    controller()->set(field, InputValue(std::int64_t(value)));
    QCOMPARE(cellPeak(), before);
    showMap();
    const FitMapGrid &g = panel()->frame().grid;
    const Estimate e = estimateAt(g.batches[180], g.seqLens[120]);
    QCOMPARE(cellPeak(), e.memory.peak);
    QVERIFY(cellPeak() != before || field == Field::GpuMemory);
    QCOMPARE(g.gpuBytes, controller()->lastValidScenario().hardware.gpuMemoryBytes);
    // Shown, it follows at once.
    controller()->set(Field::Layers, InputValue(std::int64_t(6)));
    const Estimate six = estimateAt(g.batches[180], g.seqLens[120]);
    QCOMPARE(cellPeak(), six.memory.peak);
}

void TestFitMapView::hoverNamesTheCell()
{
    showMap();
    const FitMapGrid &g = panel()->frame().grid;
    for (const auto &[col, row] : { std::pair<std::size_t, std::size_t> { 40, 60 },
                                    std::pair<std::size_t, std::size_t> { 230, 220 } }) {
        const QPointF pixel = chart()->cellCentre(col, row);
        const QString text = chart()->textAt(pixel);
        const Estimate e = estimateAt(g.batches[col], g.seqLens[row]);
        const MemoryUnit unit = controller()->memoryUnit();
        QVERIFY2(text.contains(QStringLiteral("b = %1,").arg(Format::count(g.batches[col]))),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("c = %1").arg(Format::count(g.seqLens[row]))),
                 qPrintable(text));
        QVERIFY2(text.contains(
                         QStringLiteral("peak %1").arg(Format::bytes(double(e.memory.peak), unit))),
                 qPrintable(text));
        const QString margin = Format::bytes(double(std::abs(e.marginBytes)), unit);
        QVERIFY2(text.contains(e.fits ? QStringLiteral("fits: margin %1").arg(margin)
                                      : QStringLiteral("does not fit: margin −%1").arg(margin)),
                 qPrintable(text));
        QCOMPARE(text.contains(QStringLiteral("training time")), e.fits);
        // The same text as a tooltip where the mouse rests.
        QTest::mouseMove(chart(), pixel.toPoint());
        QTRY_COMPARE(QToolTip::text(), text);
    }
    QVERIFY(chart()->textAt(QPointF(2, 2)).isEmpty()); // outside the map: nothing
}

void TestFitMapView::clickSetsBAndC()
{
    showMap();
    const FitMapGrid &g = panel()->frame().grid;
    const std::int64_t b = g.batches[170], c = g.seqLens[90];
    QVERIFY(b != 4 && c != 256);
    QTest::mouseClick(chart(), Qt::LeftButton, {}, chart()->cellCentre(170, 90).toPoint());
    QCOMPARE(controller()->scenario().model.batch, b);
    QCOMPARE(controller()->scenario().model.seqLen, c);
    // The mark moved there, and one undo takes both back.
    QCOMPARE(panel()->frame().batch, b);
    controller()->undo();
    QCOMPARE(controller()->scenario().model.batch, std::int64_t(4));
    QCOMPARE(controller()->scenario().model.seqLen, std::int64_t(256));
}

void TestFitMapView::timeModeGreysWhatDoesNotFit()
{
    showMap();
    auto *combo = findNamed<QComboBox>(m_window.get(), QStringLiteral("fitMapMode"));
    combo->setCurrentIndex(combo->findData(int(FitMapChart::Mode::Time)));
    QCOMPARE(chart()->mode(), FitMapChart::Mode::Time);
    const FitMapGrid &g = panel()->frame().grid;
    QCPColorMapData *data = chart()->colorMap()->data();
    int grey = 0, coloured = 0;
    for (std::size_t row = 0; row < g.rows(); row += 11) {
        for (std::size_t col = 0; col < g.columns(); col += 11) {
            const Estimate e = estimateAt(g.batches[col], g.seqLens[row]);
            const double z = data->cell(int(col), int(row));
            if (!e.fits) {
                QVERIFY(std::isnan(z));
                ++grey;
                continue;
            }
            QVERIFY(std::abs(z - e.training.hours) <= 1e-9 * e.training.hours);
            ++coloured;
        }
    }
    QVERIFY(grey > 0 && coloured > 0);
    QCOMPARE(chart()->colorScale()->dataScaleType(), QCPAxis::stLogarithmic);
}

void TestFitMapView::copyGivesTheMapInView()
{
    showMap();
    findNamed<QAction>(m_window.get(), QStringLiteral("copyChartAction"))->trigger();
    const QImage copied = QGuiApplication::clipboard()->image();
    QVERIFY(!copied.isNull());
    ui::ExportRequest r;
    r.scenario = controller()->lastValidScenario();
    r.chart = ui::ChartChoice::Map;
    r.size = QSize(1920, 1080);
    r.unit = controller()->memoryUnit();
    r.caption = ui::exportCaption(r.scenario, controller()->presets(),
                                  QCoreApplication::applicationVersion());
    QString error;
    const QImage expected = ui::renderCharts(r, &error);
    QVERIFY2(!expected.isNull(), qPrintable(error));
    QCOMPARE(copied.size(), expected.size());
    QVERIFY(copied.convertToFormat(QImage::Format_RGB32)
            == expected.convertToFormat(QImage::Format_RGB32));

    // The map is exported while its tab is shown, whatever was remembered; back on the
    // charts, a remembered map gives way to both charts, and any other choice stays.
    using ui::ChartChoice;
    QCOMPARE(m_window->chartToExport(ChartChoice::Time), ChartChoice::Map);
    m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))->setCurrentIndex(0);
    QCOMPARE(m_window->chartToExport(ChartChoice::Map), ChartChoice::Both);
    QCOMPARE(m_window->chartToExport(ChartChoice::MapTime), ChartChoice::Both);
    QCOMPARE(m_window->chartToExport(ChartChoice::Time), ChartChoice::Time);
}

void TestFitMapView::invalidInputVeilsTheMap()
{
    showMap();
    const std::int64_t peak = panel()->frame().grid.peakBytes[1000];
    controller()->set(Field::Heads, 7); // 7 does not divide d = 1024
    QVERIFY(chart()->isStale());
    QCOMPARE(panel()->frame().grid.peakBytes[1000], peak); // the last valid map stays
    controller()->set(Field::Heads, 16);
    QVERIFY(!chart()->isStale());
}

void TestFitMapView::tabAndThemeAreRemembered()
{
    m_window->restoreSettings(); // as the application does: the settings are then saved on close
    showMap();
    findNamed<QAction>(m_window.get(), QStringLiteral("theme2Action"))->trigger(); // dark
    QVERIFY(chart()->xAxis->tickLabelColor().lightness() > 160); // light ink on dark paper
    QVERIFY(m_window->close());
    m_window.reset(openMainWindow());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->restoreSettings();
    QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(panel()));
    QVERIFY(findNamed<QAction>(m_window.get(), QStringLiteral("fitMapAction"))->isChecked());
    QVERIFY(chart()->xAxis->tickLabelColor().lightness() > 160);
    findNamed<QAction>(m_window.get(), QStringLiteral("theme1Action"))->trigger(); // light
    QVERIFY(chart()->xAxis->tickLabelColor().lightness() < 80);
}

void TestFitMapView::readableOnAProjector_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("zoomSteps");
    QTest::newRow("1024x768") << QSize(1024, 768) << 0;
    QTest::newRow("1024x768, 130 %") << QSize(1024, 768) << 3;
    QTest::newRow("1280x800") << QSize(1280, 800) << 0;
    QTest::newRow("1280x800, 150 %") << QSize(1280, 800) << 5;
}

void TestFitMapView::readableOnAProjector()
{
    QFETCH(QSize, size);
    QFETCH(int, zoomSteps);
    m_window->resize(size);
    for (int i = 0; i < zoomSteps; ++i)
        findNamed<QAction>(m_window.get(), QStringLiteral("zoomInAction"))->trigger();
    showMap();
    QTest::qWait(50);
    chart()->replot(QCustomPlot::rpImmediateRefresh);
    // Tick labels never touch: the next one starts past the last one's end.
    for (QCPAxis *axis : { chart()->xAxis, chart()->yAxis }) {
        const QFontMetrics metrics(axis->tickLabelFont());
        QVERIFY(metrics.height() >= 14); // 11 points and more
        const QVector<double> ticks = axis->tickVector();
        const QVector<QString> labels = axis->tickVectorLabels();
        QVERIFY2(ticks.size() >= 3, qPrintable(QString::number(ticks.size())));
        for (int i = 1; i < ticks.size(); ++i) {
            const double gap
                    = std::abs(axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1]));
            const double need = axis == chart()->xAxis
                    ? (metrics.horizontalAdvance(labels[i])
                       + metrics.horizontalAdvance(labels[i - 1]))
                            / 2.0
                    : metrics.height();
            QVERIFY2(gap > need,
                     qPrintable(QStringLiteral("%1 → %2").arg(labels[i - 1], labels[i])));
        }
    }
    // The two labels never cover each other, nor the ring; b = 23, c = 59 once put "now" on
    // the boundary's label.
    for (const auto &[b, c] :
         { std::pair { 4, 256 }, std::pair { 23, 59 }, std::pair { 200, 30 } }) {
        controller()->setBatchAndSeqLen(b, c);
        chart()->replot(QCustomPlot::rpImmediateRefresh);
        QCoreApplication::processEvents();
        const QRectF now = ui::chartstyle::labelRect(chart()->currentLabel());
        QVERIFY(chart()->axisRect()->rect().contains(now.toAlignedRect()));
        if (!chart()->boundaryLabel()->visible())
            continue;
        const QRectF boundary = ui::chartstyle::labelRect(chart()->boundaryLabel());
        QVERIFY2(!now.intersects(boundary), qPrintable(QStringLiteral("b=%1 c=%2").arg(b).arg(c)));
    }
    // The colour scale, its labels and the axis captions inside the chart.
    const QRect inside = chart()->rect();
    QVERIFY(inside.contains(chart()->colorScale()->outerRect()));
    QVERIFY(inside.contains(chart()->axisRect()->outerRect()));
    QVERIFY(chart()->axisRect()->width() >= 300);
    QVERIFY(chart()->axisRect()->height() >= 150);
}

QTEST_MAIN(TestFitMapView)
#include "tst_fitmapview.moc"
