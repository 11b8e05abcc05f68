// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliparser.h"

#include <QTest>

using namespace ts;

class TestCliParser : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAreTheLecture();
    void values_data();
    void values();
    void errors_data();
    void errors();
    void exportOptions();
    void modeFromRawArguments_data();
    void modeFromRawArguments();
};

namespace {
QStringList cmd(const QString &line)
{
    return QStringList { QStringLiteral("trainscope") } + line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

void TestCliParser::defaultsAreTheLecture()
{
    const cli::ParseResult r = cli::parse(cmd(QStringLiteral("--json")));
    QVERIFY(r.request);
    const Scenario &s = r.request->scenario;
    QVERIFY(r.request->json);
    QCOMPARE(s.model.batch, qint64(4));
    QCOMPARE(s.model.seqLen, qint64(256));
    QCOMPARE(s.model.dModel, qint64(1024));
    QCOMPARE(s.model.layers, qint64(12));
    QCOMPARE(s.model.heads, qint64(16));
    QCOMPARE(s.model.vocab, qint64(32000));
    QCOMPARE(s.hardware.mfu, 0.5);
    QCOMPARE(s.hardware.gpus, qint64(4));
    QCOMPARE(s.hardware.gpuMemoryBytes, qint64(24) << 30);
    QCOMPARE(s.hardware.peakFlopsPerGpu, 35.6e12);
    QCOMPARE(s.run.tokens, 1.03e8);
    QCOMPARE(s.run.epochs, 5.0);
}

void TestCliParser::values_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("expected");
    QTest::newRow("batch") << "--batch 8" << "batch" << 8.0;
    QTest::newRow("batch with =") << "--batch=9" << "batch" << 9.0;
    QTest::newRow("seq") << "--seq-len 1000" << "seq" << 1000.0;
    QTest::newRow("d not a power of two") << "--d-model 768 --heads 12" << "d" << 768.0;
    QTest::newRow("memory GB") << "--gpu-memory 24GB" << "memory" << 24e9;
    QTest::newRow("memory GiB") << "--gpu-memory 80GiB" << "memory" << 85899345920.0;
    QTest::newRow("memory bytes") << "--gpu-memory 1000000000" << "memory" << 1e9;
    QTest::newRow("flops") << "--gpu-flops 312e12" << "flops" << 312e12;
    QTest::newRow("tokens") << "--tokens 103227021" << "tokens" << 103227021.0;
    QTest::newRow("fractional epochs") << "--epochs 0.5" << "epochs" << 0.5;
    QTest::newRow("mfu 1") << "--mfu 1" << "mfu" << 1.0;
    QTest::newRow("single dash") << "-batch 3" << "batch" << 3.0;
}

void TestCliParser::values()
{
    QFETCH(QString, line);
    QFETCH(QString, field);
    QFETCH(double, expected);
    const cli::ParseResult r = cli::parse(cmd(line));
    QVERIFY2(r.request, qPrintable(r.error));
    const Scenario &s = r.request->scenario;
    const double actual = field == "batch" ? double(s.model.batch)
            : field == "seq"              ? double(s.model.seqLen)
            : field == "d"                ? double(s.model.dModel)
            : field == "memory"           ? double(s.hardware.gpuMemoryBytes)
            : field == "flops"            ? s.hardware.peakFlopsPerGpu
            : field == "tokens"           ? s.run.tokens
            : field == "epochs"           ? s.run.epochs
                                          : s.hardware.mfu;
    QCOMPARE(actual, expected);
}

void TestCliParser::errors_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("mustMention");
    QTest::newRow("batch zero") << "--batch 0" << "--batch";
    QTest::newRow("batch text") << "--batch four" << "--batch";
    QTest::newRow("batch fraction") << "--batch 2.5" << "whole number";
    QTest::newRow("negative seq") << "--seq-len -4" << "--seq-len";
    QTest::newRow("heads do not divide") << "--heads 5" << "--heads";
    QTest::newRow("mfu above one") << "--mfu 1.5" << "--mfu";
    QTest::newRow("mfu nan") << "--mfu nan" << "--mfu";
    QTest::newRow("memory unit") << "--gpu-memory 24XB" << "--gpu-memory";
    QTest::newRow("flops zero") << "--gpu-flops 0" << "--gpu-flops";
    QTest::newRow("flops inf") << "--gpu-flops inf" << "--gpu-flops";
    QTest::newRow("tokens negative") << "--tokens -1" << "--tokens";
    QTest::newRow("unknown flag") << "--bogus" << "bogus";
    QTest::newRow("missing value") << "--batch" << "batch";
    QTest::newRow("positional") << "extra" << "extra";
    QTest::newRow("chart without export") << "--chart time" << "--chart";
    QTest::newRow("bad chart") << "--export-png /tmp/x.png --chart pie" << "--chart";
    QTest::newRow("bad axis") << "--export-png /tmp/x.png --x vocab" << "--x";
    QTest::newRow("bad size") << "--export-png /tmp/x.png --size 10x10" << "--size";
    QTest::newRow("size text") << "--export-png /tmp/x.png --size big" << "--size";
    QTest::newRow("bad scale") << "--export-png /tmp/x.png --scale 3" << "--scale";
    QTest::newRow("overflowing count") << "--batch 99999999999999999999" << "--batch";
}

void TestCliParser::errors()
{
    QFETCH(QString, line);
    QFETCH(QString, mustMention);
    const cli::ParseResult r = cli::parse(cmd(line));
    QVERIFY(!r.request);
    QVERIFY2(r.error.contains(mustMention), qPrintable(r.error));
    QVERIFY(!r.error.contains(QLatin1Char('\n')));
}

void TestCliParser::exportOptions()
{
    const cli::ParseResult r = cli::parse(
            cmd(QStringLiteral("--export-png out.png --chart both --x seq --size 1920x1080 --scale 2 --batch 8")));
    QVERIFY2(r.request, qPrintable(r.error));
    QVERIFY(r.request->exportRequest);
    const ui::ExportRequest &e = *r.request->exportRequest;
    QCOMPARE(e.path, QStringLiteral("out.png"));
    QCOMPARE(e.chart, ui::ChartChoice::Both);
    QCOMPARE(e.axis, SweepAxis::SeqLen);
    QCOMPARE(e.size, QSize(1920, 1080));
    QCOMPARE(e.scale, 2.0);
    QCOMPARE(e.scenario.model.batch, qint64(8));
}

void TestCliParser::modeFromRawArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("mode");
    QTest::newRow("nothing") << QStringList {} << int(cli::Mode::Gui);
    QTest::newRow("model flags only") << QStringList { "--batch", "8" } << int(cli::Mode::Gui);
    QTest::newRow("json") << QStringList { "--json" } << int(cli::Mode::Text);
    QTest::newRow("help") << QStringList { "-h" } << int(cli::Mode::Text);
    QTest::newRow("version") << QStringList { "--version" } << int(cli::Mode::Text);
    QTest::newRow("export") << QStringList { "--json", "--export-png", "a.png" } << int(cli::Mode::Export);
    QTest::newRow("export with =") << QStringList { "--export-png=a.png" } << int(cli::Mode::Export);
    QTest::newRow("value that looks like json") << QStringList { "--export-png", "json" }
                                                << int(cli::Mode::Export);
}

void TestCliParser::modeFromRawArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, mode);
    args.prepend(QStringLiteral("trainscope"));
    std::vector<QByteArray> storage;
    std::vector<char *> argv;
    for (const QString &a : args)
        storage.push_back(a.toUtf8());
    for (QByteArray &b : storage)
        argv.push_back(b.data());
    QCOMPARE(int(cli::modeOf(int(argv.size()), argv.data())), mode);
}

QTEST_APPLESS_MAIN(TestCliParser)
#include "tst_cliparser.moc"
