// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliparser.h"
#include "estimate.h"
#include "inputcodec.h"

#include <QFile>
#include <QTemporaryDir>
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
    void presetsAndOverrides_data();
    void presetsAndOverrides();
    void trainingOptions();
    void modeFromRawArguments_data();
    void modeFromRawArguments();
    void configThenFlags_data();
    void configThenFlags();
    void presetDerivedFieldsFollow_data();
    void presetDerivedFieldsFollow();
    void keptPresetFieldsWarn();
    void everyInputHasItsFlag();
};

namespace {
QStringList cmd(const QString &line)
{
    return QStringList { QStringLiteral("trainscope") }
    + line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
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

// clang-format off
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
// clang-format on

void TestCliParser::values()
{
    QFETCH(QString, line);
    QFETCH(QString, field);
    QFETCH(double, expected);
    const cli::ParseResult r = cli::parse(cmd(line));
    QVERIFY2(r.request, qPrintable(r.error));
    const Scenario &s = r.request->scenario;
    const double actual = field == "batch" ? double(s.model.batch)
            : field == "seq"               ? double(s.model.seqLen)
            : field == "d"                 ? double(s.model.dModel)
            : field == "memory"            ? double(s.hardware.gpuMemoryBytes)
            : field == "flops"             ? s.hardware.peakFlopsPerGpu
            : field == "tokens"            ? s.run.tokens
            : field == "epochs"            ? s.run.epochs
                                           : s.hardware.mfu;
    QCOMPARE(actual, expected);
}

// clang-format off
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
    QTest::newRow("unknown precision") << "--precision fp8" << "--precision";
    QTest::newRow("unknown optimizer") << "--optimizer lion" << "--optimizer";
    QTest::newRow("unknown checkpointing") << "--checkpointing some" << "--checkpointing";
    QTest::newRow("unknown ffn") << "--ffn relu" << "--ffn";
    QTest::newRow("zero stage 4") << "--zero 4" << "--zero";
    QTest::newRow("zero stage -1") << "--zero -1" << "--zero";
    QTest::newRow("grad-accum 0") << "--grad-accum 0" << "--grad-accum";
    QTest::newRow("kv-heads not dividing h") << "--kv-heads 3" << "--kv-heads";
    QTest::newRow("d-ff -1") << "--d-ff -1" << "--d-ff";
    QTest::newRow("kv-heads -1") << "--kv-heads -1" << "--kv-heads";
    QTest::newRow("batch 2^31") << "--batch 2147483648" << "--batch";
    QTest::newRow("tokens 1e308") << "--tokens 1e308" << "--tokens";
    QTest::newRow("mfu 5e-324") << "--mfu 5e-324" << "--mfu";
    QTest::newRow("gpu-flops 5e-324") << "--gpu-flops 5e-324" << "--gpu-flops";
    QTest::newRow("gpus 2^63 - 1") << "--gpus 9223372036854775807" << "--gpus";
    QTest::newRow("unknown gpu") << "--gpu gtx-480" << "--gpu";
    QTest::newRow("unknown model") << "--model gpt-5" << "--model";
    QTest::newRow("unknown dataset") << "--dataset c4-en" << "--dataset";
    QTest::newRow("no bf16 on a V100") << "--gpu v100-sxm2-16gb --precision bf16-mixed"
                                       << "--precision";
    QTest::newRow("format without explain") << "--format latex" << "--explain";
    QTest::newRow("unknown format") << "--explain --format html" << "--format";
    QTest::newRow("explain and json") << "--explain --json" << "--json";
    QTest::newRow("unknown accounting") << "--accounting pytorch" << "--accounting";
    QTest::newRow("eager beyond the lecture") << "--accounting pytorch-eager --ffn gelu"
                                              << "--accounting";
}
// clang-format on

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
    const cli::ParseResult r = cli::parse(cmd(QStringLiteral(
            "--export-png out.png --chart both --x seq --size 1920x1080 --scale 2 --batch 8")));
    QVERIFY2(r.request, qPrintable(r.error));
    QVERIFY(r.request->exportRequest);
    const ui::ExportRequest &e = *r.request->exportRequest;
    QCOMPARE(e.path, QStringLiteral("out.png"));
    QCOMPARE(e.chart, ui::ChartChoice::Both);
    QCOMPARE(e.axis, SweepAxis::SeqLen);
    QCOMPARE(e.size, QSize(1920, 1080));
    QCOMPARE(e.scale, 2.0);
    QCOMPARE(e.scenario.model.batch, qint64(8));
    for (const auto &[name, chart] : { std::pair { "map", ui::ChartChoice::Map },
                                       std::pair { "map-time", ui::ChartChoice::MapTime } }) {
        const cli::ParseResult m = cli::parse(
                cmd(QStringLiteral("--export-png m.png --chart %1").arg(QLatin1String(name))));
        QVERIFY2(m.request && m.request->exportRequest, qPrintable(m.error));
        QCOMPARE(m.request->exportRequest->chart, chart);
    }
}

// clang-format off
void TestCliParser::presetsAndOverrides_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<qint64>("memory");
    QTest::addColumn<double>("peak");
    QTest::addColumn<QString>("peakKind");
    QTest::addColumn<double>("tokens");
    const qint64 gib24 = qint64(24) << 30, gib80 = qint64(80) << 30;
    // Lecture: 24 GiB, 35.6e12 FP32, 1.03e8 tokens; its RTX 3090 trains bf16 at 71.2e12.
    QTest::newRow("lecture") << "" << gib24 << 35.6e12 << "FP32" << 1.03e8;
    QTest::newRow("lecture GPU in bf16") << "--precision bf16-mixed" << gib24 << 71.2e12
                                         << "BF16 tensor" << 1.03e8;
    // A100 80GB (docs/reference-data.md §1.1): FP32 19.5, TF32 156, BF16 312 TFLOP/s.
    QTest::newRow("A100") << "--gpu a100-80gb-sxm" << gib80 << 19.5e12 << "FP32" << 1.03e8;
    QTest::newRow("A100 tf32") << "--gpu a100-80gb-sxm --precision tf32" << gib80 << 156e12
                               << "TF32 tensor" << 1.03e8;
    QTest::newRow("A100 bf16, memory given") << "--gpu a100-80gb-sxm --precision bf16 --gpu-memory 40GB"
                                             << qint64(40000000000) << 312e12 << "BF16 tensor" << 1.03e8;
    QTest::newRow("flops given win") << "--gpu a100-80gb-sxm --gpu-flops 100e12" << gib80 << 100e12
                                     << "as given" << 1.03e8;
    QTest::newRow("WikiText-103 exact") << "--dataset wikitext-103" << gib24 << 35.6e12 << "FP32"
                                        << 103227021.0;
    QTest::newRow("tokens given win") << "--dataset wikitext-103 --tokens 5e6" << gib24 << 35.6e12
                                      << "FP32" << 5e6;
}
// clang-format on

void TestCliParser::presetsAndOverrides()
{
    QFETCH(QString, line);
    QFETCH(qint64, memory);
    QFETCH(double, peak);
    QFETCH(QString, peakKind);
    QFETCH(double, tokens);
    const cli::ParseResult r = cli::parse(cmd(line));
    QVERIFY2(r.request, qPrintable(r.error));
    QCOMPARE(r.request->scenario.hardware.gpuMemoryBytes, memory);
    QCOMPARE(r.request->scenario.hardware.peakFlopsPerGpu, peak);
    QCOMPARE(QLatin1String(keyOf(r.request->selection.peakKind)), peakKind);
    QCOMPARE(r.request->scenario.run.tokens, tokens);
}

void TestCliParser::trainingOptions()
{
    const cli::ParseResult r = cli::parse(cmd(QStringLiteral(
            "--model llama-7b --heads 64 --kv-heads 8 --ffn gelu --d-ff 1000 --tied-embeddings "
            "--precision fp16-mixed --optimizer adam-8bit --checkpointing selective "
            "--flash-attention --zero 2 --grad-accum 4")));
    QVERIFY2(r.request, qPrintable(r.error));
    const Scenario &s = r.request->scenario;
    QCOMPARE(s.model.dModel, qint64(4096)); // from the preset
    QCOMPARE(s.model.seqLen, qint64(2048)); // the preset's context
    QCOMPARE(s.model.heads, qint64(64));    // the flag wins over the preset
    QCOMPARE(s.model.kvHeads, qint64(8));
    QCOMPARE(s.model.ffn, FfnKind::Gelu);
    QCOMPARE(s.model.dFf, qint64(1000));
    QVERIFY(s.model.tiedEmbeddings);
    QCOMPARE(s.options.precision, Precision::Fp16Mixed);
    QCOMPARE(s.options.optimizer, Optimizer::Adam8bit);
    QCOMPARE(s.options.checkpointing, Checkpointing::Selective);
    QVERIFY(s.options.flashAttention);
    QCOMPARE(s.options.zeroStage, 2);
    QCOMPARE(s.options.gradAccum, qint64(4));
    QCOMPARE(QString::fromStdString(r.request->selection.model->id), QStringLiteral("llama-7b"));
}

// clang-format off
void TestCliParser::modeFromRawArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("mode");
    QTest::newRow("nothing") << QStringList {} << int(cli::Mode::Gui);
    QTest::newRow("model flags only") << QStringList { "--batch", "8" } << int(cli::Mode::Gui);
    QTest::newRow("json") << QStringList { "--json" } << int(cli::Mode::Text);
    QTest::newRow("explain") << QStringList { "--explain", "--format", "latex" } << int(cli::Mode::Text);
    QTest::newRow("help") << QStringList { "-h" } << int(cli::Mode::Text);
    QTest::newRow("version") << QStringList { "--version" } << int(cli::Mode::Text);
    QTest::newRow("list presets") << QStringList { "--list-presets" } << int(cli::Mode::Text);
    QTest::newRow("config opens the window") << QStringList { "--config", "a.json" } << int(cli::Mode::Gui);
    QTest::newRow("save config") << QStringList { "--save-config", "a.json" } << int(cli::Mode::Text);
    QTest::newRow("save config with =") << QStringList { "--save-config=a.json" } << int(cli::Mode::Text);
    QTest::newRow("export") << QStringList { "--json", "--export-png", "a.png" } << int(cli::Mode::Export);
    QTest::newRow("export with =") << QStringList { "--export-png=a.png" } << int(cli::Mode::Export);
    QTest::newRow("value that looks like json") << QStringList { "--export-png", "json" }
                                                << int(cli::Mode::Export);
}
// clang-format on

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

// --config is read first and explicit flags override it: a value flag just its key, a preset
// flag the file's preset and the figures that preset covers.
// clang-format off
void TestCliParser::configThenFlags_data()
{
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("peakKind");
    // The file: GPT-2 small, b=16, 48 GiB typed on an A100 80GB in bf16-mixed, OpenWebText.
    QTest::newRow("file alone: its batch") << "" << "batch" << 16.0 << "BF16 tensor";
    QTest::newRow("file alone: the model's d") << "" << "d" << 768.0 << "BF16 tensor";
    QTest::newRow("file alone: typed memory") << "" << "memory" << 48.0 * (1 << 30) << "BF16 tensor";
    QTest::newRow("flag overrides a value") << "--batch 2" << "batch" << 2.0 << "BF16 tensor";
    QTest::newRow("flag keeps other values") << "--batch 2" << "memory" << 48.0 * (1 << 30)
                                             << "BF16 tensor";
    QTest::newRow("precision flag: the GPU's peak follows")
            << "--precision tf32" << "flops" << 156e12 << "TF32 tensor";
    QTest::newRow("gpu flag replaces the file's memory")
            << "--gpu h100-sxm" << "memory" << 80.0 * (1 << 30) << "BF16 tensor";
    QTest::newRow("model flag replaces the architecture")
            << "--model gpt2-medium" << "d" << 1024.0 << "BF16 tensor";
    QTest::newRow("model flag keeps the batch") << "--model gpt2-medium" << "batch" << 16.0
                                                << "BF16 tensor";
    QTest::newRow("tokens flag over the dataset") << "--tokens 1e9" << "tokens" << 1e9 << "BF16 tensor";
    QTest::newRow("peak flag is as given") << "--gpu-flops 1e14" << "flops" << 1e14 << "as given";
}
// clang-format on

void TestCliParser::configThenFlags()
{
    QFETCH(QString, flags);
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(QString, peakKind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"trainscope_config": 1, "model": {"batch": 16},
        "hardware": {"gpu_memory_bytes": 51539607552}, "options": {"precision": "bf16-mixed"},
        "presets": {"model": "gpt2-small", "gpu": "a100-80gb-sxm", "dataset": "openwebtext"}})");
    file.close();
    const auto r = cli::parse(cmd(QStringLiteral("--config ") + path + QLatin1Char(' ') + flags));
    QVERIFY2(r.request, qPrintable(r.error));
    const Scenario &s = r.request->scenario;
    const double actual = field == "batch" ? double(s.model.batch)
            : field == "d"                 ? double(s.model.dModel)
            : field == "memory"            ? double(s.hardware.gpuMemoryBytes)
            : field == "flops"             ? s.hardware.peakFlopsPerGpu
                                           : s.run.tokens;
    QCOMPARE(actual, value);
    QCOMPARE(QLatin1String(keyOf(r.request->selection.peakKind)), peakKind);
    QCOMPARE(r.request->configPath, path);
}

// A model preset's derived figures (d_ff = 4d, kv_heads = h) follow an override of d or h; the
// same flags with and without the preset give the same model. Parameter counts are the
// lecture's formula N_p = 2dv + d + L(2d + 4d² + 3·d·d_ff) (docs/formulas.md §1) for the
// lecture's shapes, and with a tied GELU head for GPT-2 small.
// clang-format off
void TestCliParser::presetDerivedFieldsFollow_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<qint64>("parameters");
    QTest::addColumn<qint64>("dFf");     // as --json reports it
    QTest::addColumn<qint64>("kvHeads");
    QTest::newRow("lecture, h = 8 (was: kv-heads must divide heads)")
        << "--model lecture --heads 8" << qint64(266'888'192) << qint64(4096) << qint64(8);
    QTest::newRow("lecture, h = 32 (was 254,305,280)")
        << "--model lecture --heads 32" << qint64(266'888'192) << qint64(4096) << qint64(32);
    QTest::newRow("h = 32 without the preset")
        << "--heads 32" << qint64(266'888'192) << qint64(4096) << qint64(32);
    QTest::newRow("lecture, d = 2048 (was d_ff 4096)")
        << "--model lecture --d-model 2048" << qint64(936'429'568) << qint64(8192) << qint64(16);
    QTest::newRow("d = 2048 without the preset")
        << "--d-model 2048" << qint64(936'429'568) << qint64(8192) << qint64(16);
    // GPT-2 small as its checkpoint (LayerNorm, biases, 1024 learned positions, tied): h moves
    // nothing in multi-head attention, so h = 24 keeps the 124,439,808 (was grouped-query,
    // 116,473,344, when the preset stated its K/V heads).
    QTest::newRow("GPT-2 small, h = 24") << "--model gpt2-small --heads 24" << qint64(124'439'808)
                                         << qint64(3072) << qint64(24);
    QTest::newRow("GPT-2 small") << "--model gpt2-small" << qint64(124'439'808) << qint64(3072)
                                 << qint64(12);
    // 2·4096·32000 + 4096 + 32·(2·4096 + 4·4096² + 3·4096·16384)
    QTest::newRow("d_ff 0 is 4d") << "--model llama-7b --d-ff 0" << qint64(8'852'344'832)
                                  << qint64(16384) << qint64(32);
    QTest::newRow("LLaMA-7B keeps its own d_ff 11008 at d = 4096")
        << "--model llama-7b" << qint64(6'738'415'616) << qint64(11008) << qint64(32);
    // K and V are 4·d/h wide: 2·2048·32000 + 2048 + 22·(2·2048 + 2·2048² + 2·2048·512 + 3·2048·5632)
    QTest::newRow("TinyLlama keeps its 4 K/V heads at h = 16")
        << "--model tinyllama-1.1b --heads 16" << qint64(1'123'117'056) << qint64(5632) << qint64(4);
}
// clang-format on

void TestCliParser::presetDerivedFieldsFollow()
{
    QFETCH(QString, line);
    QFETCH(qint64, parameters);
    QFETCH(qint64, dFf);
    QFETCH(qint64, kvHeads);
    const cli::ParseResult r = cli::parse(cmd(QStringLiteral("--json ") + line));
    QVERIFY2(r.request, qPrintable(r.error));
    const Estimate e = estimate(r.request->scenario);
    QVERIFY(e.ok());
    QCOMPARE(e.params.total, parameters);
    QCOMPARE(r.request->scenario.model.ffnWidth(), dFf);
    QCOMPARE(r.request->scenario.model.kvHeadCount(), kvHeads);
}

void TestCliParser::keptPresetFieldsWarn()
{
    // LLaMA-7B states d_ff = 11008 (its params.json): it stays when d moves, with a warning
    // that names it and the flag that changes it.
    const cli::ParseResult r
            = cli::parse(cmd(QStringLiteral("--json --model llama-7b --d-model 2048")));
    QVERIFY2(r.request, qPrintable(r.error));
    QCOMPARE(r.request->scenario.model.dFf, qint64(11008));
    QCOMPARE(r.request->warnings.size(), 1);
    const QString w = r.request->warnings.constFirst();
    QVERIFY2(w.contains(QStringLiteral("d_ff = 11008")) && w.contains(QStringLiteral("--d-ff"))
                     && w.contains(QStringLiteral("--d-model")),
             qPrintable(w));
    // TinyLlama states 4 K/V heads; h = 64 keeps them.
    const cli::ParseResult t
            = cli::parse(cmd(QStringLiteral("--json --model tinyllama-1.1b --heads 64")));
    QVERIFY2(t.request, qPrintable(t.error));
    QCOMPARE(t.request->warnings.size(), 1);
    QVERIFY(t.request->warnings.constFirst().contains(QStringLiteral("kv_heads = 4")));
    // Given explicitly, or with d unchanged, nothing is kept behind the user's back.
    for (const char *line : { "--json --model llama-7b --d-model 2048 --d-ff 5504",
                              "--json --model llama-7b", "--json --d-model 2048" }) {
        const cli::ParseResult q = cli::parse(cmd(QString::fromLatin1(line)));
        QVERIFY2(q.request, qPrintable(q.error));
        QVERIFY2(q.request->warnings.isEmpty(), line);
    }
}

void TestCliParser::everyInputHasItsFlag()
{
    // The command line is generated from the input table: each input's flag is in --help and
    // sets exactly its own field.
    const QString help = cli::helpText();
    for (const InputSpec &spec : inputs()) {
        const QString flag = QLatin1String("--") + QLatin1String(spec.flag);
        QVERIFY2(help.contains(flag), spec.flag);
        // A value other than the default, still valid alone.
        QString value;
        switch (spec.kind) {
        case InputKind::Count:
            value = QString::number(spec.field == Field::DModel  ? 2048
                                            : spec.minWhole == 0 ? 1
                                                                 : 2);
            break;
        case InputKind::Bytes: value = QStringLiteral("40GB"); break;
        case InputKind::Number: value = QStringLiteral("0.25"); break;
        case InputKind::Choice: value = QLatin1String(spec.choices.back().key); break;
        case InputKind::Switch: break;
        }
        if (spec.field == Field::Accounting) // the other choice needs the lecture's options
            value = QStringLiteral("lecture");
        else if (spec.field == Field::Precision) // the lecture's RTX 3090 has no FP8 peak
            value = QStringLiteral("bf16");
        else if (spec.kind == InputKind::Number && spec.maxReal > 1)
            value = QStringLiteral("20");
        QString line = QStringLiteral("--json ") + flag + QLatin1Char(' ') + value;
        // Expert parallelism needs experts to split (validate() says so): give it four.
        const bool experts = spec.field == Field::ExpertParallel;
        if (experts)
            line += QStringLiteral(" --experts 4");
        const cli::ParseResult r = cli::parse(cmd(line));
        QVERIFY2(r.request, qPrintable(line + QLatin1String(": ") + r.error));
        for (const InputSpec &other : inputs()) {
            if (other.field == spec.field
                || (spec.field == Field::Precision && other.field == Field::PeakFlops)
                || (experts && other.field == Field::Experts))
                continue; // the peak follows the precision
            QVERIFY2(other.get(r.request->scenario) == other.get(Scenario {}),
                     qPrintable(line + QLatin1String(" changed ") + QLatin1String(other.key)));
        }
    }
}

QTEST_APPLESS_MAIN(TestCliParser)
#include "tst_cliparser.moc"
