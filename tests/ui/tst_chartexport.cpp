// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using ts::ui::ChartChoice;
using ts::ui::ExportRequest;

Q_DECLARE_METATYPE(ts::ui::ChartChoice)
Q_DECLARE_METATYPE(ts::SweepAxis)

class TestChartExport : public QObject
{
    Q_OBJECT
private slots:
    void writesPng_data();
    void writesPng();
    void bothIsMemoryBesideTime();
    void vectorFormats_data();
    void vectorFormats();
    void captionUnderTheCharts();
    void textGrowsWithThePicture();
    void failsCleanly_data();
    void failsCleanly();

private:
    QTemporaryDir m_dir;
};

namespace {

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

void TestChartExport::writesPng_data()
{
    QTest::addColumn<ts::ui::ChartChoice>("chart");
    QTest::addColumn<ts::SweepAxis>("axis");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("memory 1920x1080") << ChartChoice::Memory << SweepAxis::Batch
                                      << QSize(1920, 1080) << 1.0 << QSize(1920, 1080);
    QTest::newRow("time by seq len")
            << ChartChoice::Time << SweepAxis::SeqLen << QSize(640, 480) << 1.0 << QSize(640, 480);
    QTest::newRow("both 2x for slides")
            << ChartChoice::Both << SweepAxis::Batch << QSize(800, 450) << 2.0 << QSize(1600, 900);
    // Odd sizes and a fractional scale round to the nearest pixel, halves away from zero.
    QTest::newRow("both odd 1.5x")
            << ChartChoice::Both << SweepAxis::SeqLen << QSize(801, 451) << 1.5 << QSize(1202, 677);
    QTest::newRow("fit map") << ChartChoice::Map << SweepAxis::Batch << QSize(1280, 800) << 1.0
                             << QSize(1280, 800);
    QTest::newRow("fit map of time 2x") << ChartChoice::MapTime << SweepAxis::Batch
                                        << QSize(640, 400) << 2.0 << QSize(1280, 800);
}

void TestChartExport::writesPng()
{
    QFETCH(ts::ui::ChartChoice, chart);
    QFETCH(ts::SweepAxis, axis);
    QFETCH(QSize, size);
    QFETCH(double, scale);
    QFETCH(QSize, pixels);
    ExportRequest r;
    r.chart = chart;
    r.axis = axis;
    r.size = size;
    r.scale = scale;
    r.path = m_dir.filePath(QStringLiteral("%1.png").arg(QTest::currentDataTag()));
    QString error;
    QVERIFY2(ui::exportCharts(r, &error), qPrintable(error));

    QImageReader reader(r.path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), pixels);
    // A chart has text, axes, filled areas and antialiased curves: far more than a handful of
    // colours. A blank or single-colour image fails this.
    QVERIFY2(distinctColours(image) > 40, qPrintable(QString::number(distinctColours(image))));
}

void TestChartExport::bothIsMemoryBesideTime()
{
    ExportRequest r;
    r.size = QSize(1200, 500);
    r.chart = ChartChoice::Both;
    r.path = m_dir.filePath(QStringLiteral("both.png"));
    QVERIFY(ui::exportCharts(r, nullptr));
    r.size = QSize(600, 500);
    r.chart = ChartChoice::Memory;
    r.path = m_dir.filePath(QStringLiteral("memory.png"));
    QVERIFY(ui::exportCharts(r, nullptr));
    r.chart = ChartChoice::Time;
    r.path = m_dir.filePath(QStringLiteral("time.png"));
    QVERIFY(ui::exportCharts(r, nullptr));

    const QImage both(m_dir.filePath(QStringLiteral("both.png")));
    const QImage memory(m_dir.filePath(QStringLiteral("memory.png")));
    const QImage time(m_dir.filePath(QStringLiteral("time.png")));
    QCOMPARE(both.copy(0, 0, 600, 500), memory);
    QCOMPARE(both.copy(600, 0, 600, 500), time);
    QVERIFY(memory != time);
}

void TestChartExport::vectorFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("SVG") << "charts.svg" << int(ui::ExportFormat::Svg) << QByteArray("<?xml");
    QTest::newRow("PDF") << "charts.pdf" << int(ui::ExportFormat::Pdf) << QByteArray("%PDF-");
}

void TestChartExport::vectorFormats()
{
    // SVG and PDF for reports and slides that scale: real drawings, caption included.
    QFETCH(QString, name);
    QFETCH(int, format);
    QFETCH(QByteArray, magic);
    ExportRequest r;
    r.chart = ChartChoice::Both;
    r.format = ui::ExportFormat(format);
    r.caption = QStringLiteral("CS190C Lec9 worked example · b = 4");
    r.path = m_dir.filePath(name);
    QString error;
    QVERIFY2(ui::exportCharts(r, &error), qPrintable(error));
    QFile f(r.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith(magic));
    QVERIFY2(bytes.size() > 20'000, qPrintable(QString::number(bytes.size())));
    if (r.format == ui::ExportFormat::Svg) {
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("CS190C Lec9 worked example"));
        QVERIFY(bytes.contains("Peak memory per GPU") && bytes.contains("Training time"));
    }
}

void TestChartExport::captionUnderTheCharts()
{
    // The caption strip at the bottom is blank without a caption and holds text with one; the
    // charts above it are the same either way.
    ExportRequest r;
    r.size = QSize(800, 450);
    QString error;
    const QImage bare = ui::renderCharts(r, &error);
    r.caption = QStringLiteral("GPT-2 medium (355M) · b = 4, c = 1024 · TrainScope 0.1.0");
    const QImage captioned = ui::renderCharts(r, &error);
    QVERIFY(!bare.isNull() && !captioned.isNull());
    const int strip = 40;
    const QImage bareStrip = bare.copy(0, 450 - strip, 800, strip);
    QCOMPARE(distinctColours(bareStrip), 1);
    QVERIFY(distinctColours(captioned.copy(0, 450 - strip, 800, strip)) > 2);
    QCOMPARE(bare.copy(0, 0, 800, 450 - strip), captioned.copy(0, 0, 800, 450 - strip));
}

void TestChartExport::textGrowsWithThePicture()
{
    // A 1920×1080 slide draws text and lines 1.8 times the window's, so that they keep their
    // share of the picture; small pictures keep the window's size.
    QCOMPARE(ui::exportTextScale(QSize(800, 450)), 1.0);
    QCOMPARE(ui::exportTextScale(QSize(1600, 600)), 1.0);
    QCOMPARE(ui::exportTextScale(QSize(1920, 1080)), 1.8);
    QCOMPARE(ui::exportTextScale(QSize(4000, 8000)), 4.0);
}

void TestChartExport::failsCleanly_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("heads");
    QTest::newRow("missing folder")
            << m_dir.filePath(QStringLiteral("no/such/dir/x.png")) << QSize(400, 300) << 16;
    QTest::newRow("path is a folder") << m_dir.path() << QSize(400, 300) << 16;
    QTest::newRow("empty path") << QString() << QSize(400, 300) << 16;
    QTest::newRow("zero size") << m_dir.filePath(QStringLiteral("zero.png")) << QSize(0, 300) << 16;
    QTest::newRow("invalid scenario")
            << m_dir.filePath(QStringLiteral("bad.png")) << QSize(400, 300) << 5;
}

void TestChartExport::failsCleanly()
{
    QFETCH(QString, path);
    QFETCH(QSize, size);
    QFETCH(int, heads);
    ExportRequest r;
    r.path = path;
    r.size = size;
    r.scenario.model.heads = heads;
    QString error;
    QVERIFY(!ui::exportCharts(r, &error));
    QVERIFY(!error.isEmpty());
    if (!path.isEmpty() && QFileInfo(path).suffix() == QLatin1String("png"))
        QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
