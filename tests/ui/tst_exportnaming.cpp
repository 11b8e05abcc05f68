// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportnaming.h"
#include "presetstore.h"
#include "resultsmarkdown.h"

#include <QTest>

using namespace ts;
using namespace ts::ui;

// What makes an exported chart or a copied table stand alone: the caption names the model, the
// shape, the GPU, the precision and every option that differs from the lecture's; the file name
// says the same.
class TestExportNaming : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void lectureCaption();
    void optionsBeyondTheLecture();
    void presetFiguresAreNotOptions();
    void fileNames_data();
    void fileNames();
    void formats_data();
    void formats();
    void markdownTable();
};

namespace {

PresetSelection lectureSelection()
{
    return PresetSelection {};
}

} // namespace

void TestExportNaming::lectureCaption()
{
    const QString caption = exportCaption(Scenario {}, lectureSelection(), QStringLiteral("9.9"));
    // The lecture's model is a preset, named even though nobody chose it.
    QVERIFY2(caption.startsWith(QStringLiteral("CS190C Lec9 worked example · b = 4, c = 256, "
                                               "d = 1024, L = 12, h = 16, v = 32000 · ")),
             qPrintable(caption));
    QVERIFY(caption.contains(QStringLiteral("× 4, MFU 0.5 · fp32")));
    QVERIFY(caption.endsWith(QStringLiteral("TrainScope 9.9")));
    QVERIFY(!caption.contains(QStringLiteral("zero"))); // nothing beyond the lecture
}

void TestExportNaming::optionsBeyondTheLecture()
{
    Scenario s;
    s.options.zeroStage = 3;
    s.options.flashAttention = true;
    s.options.finetune = FineTuning::Lora;
    s.model.dFf = 2816;
    const QString caption = exportCaption(s, lectureSelection(), QStringLiteral("1"));
    // In the input table's order, as the command line spells the values; a changed d_ff makes
    // the model custom.
    QVERIFY2(caption.contains(QStringLiteral("d_ff 2816, flash_attention true, zero 3, "
                                             "finetune lora")),
             qPrintable(caption));
    QVERIFY(caption.startsWith(QStringLiteral("custom model")));

    // A layout over more GPUs names its parallelism, but not the inputs still at their own
    // default ("all GPUs" per node is no choice, whatever the GPU count).
    Scenario layout;
    layout.hardware.gpus = 8;
    layout.options.tensorParallel = 4;
    const QString parallel = exportCaption(layout, lectureSelection(), QStringLiteral("1"));
    QVERIFY2(parallel.contains(QStringLiteral("tensor_parallel 4")), qPrintable(parallel));
    QVERIFY2(!parallel.contains(QStringLiteral("gpus_per_node")), qPrintable(parallel));
}

void TestExportNaming::presetFiguresAreNotOptions()
{
    // GPT-2 medium's LayerNorm, biases, positions and dropout are the model's, not options.
    const ModelPreset *gpt2 = PresetStore::builtIn().model(QStringLiteral("gpt2-medium"));
    QVERIFY(gpt2);
    Scenario s;
    applyModel(s.model, *gpt2);
    PresetSelection sel;
    sel.model = *gpt2;
    const QString caption = exportCaption(s, sel, QStringLiteral("1"));
    QVERIFY2(caption.startsWith(QStringLiteral("GPT-2 medium")), qPrintable(caption));
    QVERIFY2(!caption.contains(QStringLiteral("layernorm")), qPrintable(caption));
}

void TestExportNaming::fileNames_data()
{
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<int>("chart");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("name");
    QTest::newRow("lecture memory") << QString() << int(ChartChoice::Memory) << "png"
                                    << "lecture_lecture-rtx-3090_fp32_memory.png";
    QTest::newRow("4090 both as SVG") << "rtx-4090" << int(ChartChoice::Both) << "svg"
                                      << "lecture_rtx-4090_fp32_charts.svg";
    QTest::newRow("custom GPU time as PDF") << "custom" << int(ChartChoice::Time) << "pdf"
                                            << "lecture_custom-gpu_fp32_time.pdf";
}

void TestExportNaming::fileNames()
{
    QFETCH(QString, gpu);
    QFETCH(int, chart);
    QFETCH(QString, extension);
    QFETCH(QString, name);
    PresetSelection sel;
    if (gpu == QLatin1String("custom"))
        sel.gpu = GpuPreset {};
    else if (!gpu.isEmpty())
        sel.gpu = *PresetStore::builtIn().gpu(gpu);
    QCOMPARE(exportFileName(Scenario {}, sel, ChartChoice(chart), extension), name);
}

void TestExportNaming::formats_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("png") << "a/chart.png" << int(ExportFormat::Png);
    QTest::newRow("SVG, upper case") << "chart.SVG" << int(ExportFormat::Svg);
    QTest::newRow("pdf") << "/tmp/x.y/chart.pdf" << int(ExportFormat::Pdf);
    QTest::newRow("no extension") << "/tmp/x.y/chart" << -1;
    QTest::newRow("jpeg") << "chart.jpg" << -1;
}

void TestExportNaming::formats()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const std::optional<ExportFormat> f = exportFormatOf(path);
    QCOMPARE(f ? int(*f) : -1, format);
}

void TestExportNaming::markdownTable()
{
    const Scenario s;
    const Estimate e = estimate(s);
    const QString md
            = resultsMarkdown(s, lectureSelection(), e, MemoryUnit::GiB, QStringLiteral("1"));
    // The caption, a header, an alignment row, then one row per figure with the window's text.
    const QStringList lines = md.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines[0].startsWith(QStringLiteral("CS190C Lec9")));
    QCOMPARE(lines[1], QStringLiteral("| Figure | Value |"));
    QCOMPARE(lines[2], QStringLiteral("|---|---:|"));
    QVERIFY(md.contains(QStringLiteral("| Parameters N | 266,888,192 |")));
    QVERIFY(md.contains(QStringLiteral("| Largest batch that fits | 63 |")));
    QVERIFY(md.contains(QStringLiteral("| Fits | yes, 18.77 GiB to spare |")));
    QVERIFY(md.contains(QStringLiteral("| Training time | 2:54:21 (2.91 h) |")));
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines[i].startsWith(QLatin1Char('|')) && lines[i].endsWith(QLatin1Char('|')),
                 qPrintable(lines[i]));
}

QTEST_APPLESS_MAIN(TestExportNaming)
#include "tst_exportnaming.moc"
