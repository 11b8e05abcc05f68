// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"
#include "scenariofile.h"
#include "statejson.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
namespace file = ts::ui::scenariofile;

Q_DECLARE_METATYPE(ts::Scenario)

// Configuration files: a round trip reproduces the estimate; a bad file is one message naming
// the key path and gives no scenario; unknown keys only warn.
class TestScenarioFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void badFile_data();
    void badFile();
    void unknownKeysWarn();
    void tooLarge();
    void lectureExample();
    void versionOneStillLoads();
    void writeIsAtomic();
};

// clang-format off
void TestScenarioFile::roundTrip_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("model");
    const Scenario lecture;
    QTest::newRow("lecture") << lecture << "" << "" << "";
    Scenario options = lecture;
    options.options.precision = Precision::Bf16Mixed;
    options.options.optimizer = Optimizer::Adam8bit;
    options.options.checkpointing = Checkpointing::Selective;
    options.options.flashAttention = true;
    options.options.zeroStage = 2;
    options.options.gradAccum = 8;
    options.model.ffn = FfnKind::Gelu;
    options.model.dFf = 3000;
    options.model.kvHeads = 4;
    options.model.tiedEmbeddings = true;
    options.hardware = { 8, std::int64_t(80) << 30, 312e12, 0.4 };
    options.run = { 2.5e9, 1.5 };
    QTest::newRow("every option") << options << "a100-80gb-sxm" << "" << "";
    Scenario typed = options;
    typed.options.precision = Precision::Tf32;
    typed.hardware.peakFlopsPerGpu = 123.4e12; // as given
    typed.options.optimizer = Optimizer::SgdMomentum;
    typed.options.checkpointing = Checkpointing::Full;
    QTest::newRow("typed peak, tf32, full") << typed << "h100-sxm" << "" << "";
    Scenario sgd = lecture;
    sgd.options.optimizer = Optimizer::Sgd;
    sgd.options.precision = Precision::Fp16Mixed;
    sgd.options.zeroStage = 3;
    QTest::newRow("sgd, fp16-mixed, ZeRO-3") << sgd << "" << "" << "";
    Scenario family = lecture;
    family.model.norm = NormKind::LayerNorm;
    family.model.bias = BiasKind::Qkv;
    family.model.maxPositions = 4096;
    family.model.parallelBlock = true;
    family.model.dropout = true;
    family.options.finetune = FineTuning::Qlora;
    family.options.loraRank = 64;
    family.options.loraTargets = LoraTargets::All;
    family.options.loraAlpha = 16;
    family.options.precision = Precision::Bf16Mixed;
    QTest::newRow("model family, QLoRA") << family << "rtx-4090" << "" << "";
    Scenario eager = lecture;
    eager.options.accounting = Accounting::PytorchEager;
    QTest::newRow("pytorch-eager") << eager << "" << "" << "";
    Scenario bf16 = lecture;
    bf16.options.precision = Precision::Bf16;
    QTest::newRow("presets: GPT-2 on OpenWebText")
            << bf16 << "h100-sxm" << "openwebtext" << "gpt2-small";
    QTest::newRow("presets: LLaMA-7B") << lecture << "" << "wikitext-103" << "llama-7b";
}
// clang-format on

// A configuration that gives a scenario over preset ids, as the command line builds one.
static ui::ScenarioConfig configOf(const Scenario &s, const QString &gpu, const QString &dataset,
                                   const QString &model)
{
    ui::ScenarioConfig c;
    c.values = s;
    c.modelPreset = model;
    for (const InputSpec &spec : inputs())
        if (model.isEmpty() || QLatin1String(spec.section) != QLatin1String("model"))
            c.given.insert(spec.field);
    if (!gpu.isEmpty()) {
        c.gpuPreset = gpu;
        c.given.erase(Field::GpuMemory);
    }
    if (!dataset.isEmpty()) {
        c.datasetPreset = dataset;
        c.given.erase(Field::Tokens);
    }
    if (!model.isEmpty())
        c.given.insert(Field::Batch);
    c.dropValuesOfPresets(); // a peak equal to the GPU's is the GPU's, as on the command line
    return c;
}

void TestScenarioFile::roundTrip()
{
    QFETCH(Scenario, scenario);
    QFETCH(QString, gpu);
    QFETCH(QString, dataset);
    QFETCH(QString, model);
    const ui::ScenarioConfig config = configOf(scenario, gpu, dataset, model);
    const ui::ResolvedConfig before = ui::resolve(config);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QString error;
    QVERIFY2(file::write(path, config, &error), qPrintable(error));
    const file::ReadResult read = file::read(path);
    QVERIFY2(read.config, qPrintable(read.error));
    QVERIFY(read.warnings.isEmpty());
    const auto after = file::resolveChecked(*read.config, path, &error);
    QVERIFY2(after, qPrintable(error));
    // The same file again, and the same figures.
    QCOMPARE(stateJson(after->scenario, after->selection),
             stateJson(before.scenario, before.selection));
    QCOMPARE(file::toJson(*read.config), file::toJson(config));
    QCOMPARE(after->selection.peakKind, before.selection.peakKind);
    if (QTest::currentDataTag() == QByteArray("typed peak, tf32, full"))
        QCOMPARE(after->selection.peakKind, PeakKind::AsGiven);
    QCOMPARE(after->selection.gpu.id, before.selection.gpu.id);
    QCOMPARE(after->selection.model.has_value(), !model.isEmpty());
    QCOMPARE(after->selection.dataset.has_value(), !dataset.isEmpty());
    const Estimate a = estimate(before.scenario);
    const Estimate b = estimate(after->scenario);
    QVERIFY(a.ok());
    QCOMPARE(b.memory.peak, a.memory.peak);
    QCOMPARE(b.flops.total, a.flops.total);
    QCOMPARE(b.training.seconds, a.training.seconds);
}

// clang-format off
void TestScenarioFile::badFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // the part after "name: "
    QTest::newRow("not JSON") << QByteArray("model: 4") << "not valid JSON";
    QTest::newRow("an array") << QByteArray("[1]") << "expected a JSON object";
    QTest::newRow("no version") << QByteArray("{\"model\": {}}") << "trainscope_config: missing";
    QTest::newRow("version 3") << QByteArray("{\"trainscope_config\": 3}")
                               << "trainscope_config: expected 1 or 2, got 3";
    const auto v1 = [](const char *body) {
        return QByteArray("{\"trainscope_config\": 1, ") + body + "}";
    };
    QTest::newRow("section not an object") << v1("\"model\": 4") << "model: expected an object";
    QTest::newRow("string count") << v1("\"model\": {\"heads\": \"x\"}")
                                  << "model.heads: expected a whole number from 1 to 2147483647, got \"x\"";
    QTest::newRow("negative count") << v1("\"hardware\": {\"gpus\": -2}")
                                    << "hardware.gpus: expected a whole number from 1 to 2147483647, got -2";
    QTest::newRow("fractional count") << v1("\"model\": {\"batch\": 2.5}")
                                      << "model.batch: expected a whole number from 1 to 2147483647, got 2.5";
    QTest::newRow("count too large") << v1("\"model\": {\"layers\": 1e30}")
                                     << "model.layers: expected a whole number from 1 to 2147483647";
    QTest::newRow("bool as number") << v1("\"options\": {\"flash_attention\": 1}")
                                    << "options.flash_attention: expected true or false, got 1";
    QTest::newRow("mfu above 1") << v1("\"hardware\": {\"mfu\": 1.5}")
                                 << "hardware.mfu: expected a number from 0.001 to 1, got 1.5";
    QTest::newRow("tokens zero") << v1("\"run\": {\"tokens\": 0}")
                                 << "run.tokens: expected a number from 1 to 1e18, got 0";
    QTest::newRow("unknown precision") << v1("\"options\": {\"precision\": \"fp64\"}")
                                       << "options.precision: expected fp32, tf32, bf16-mixed, "
                                          "fp16-mixed, bf16 or fp8-mixed, got \"fp64\"";
    QTest::newRow("unknown gpu") << v1("\"presets\": {\"gpu\": \"rtx-9090\"}")
                                 << "presets.gpu: expected a preset id";
    QTest::newRow("unknown model") << v1("\"presets\": {\"model\": 7}")
                                   << "presets.model: expected a preset id";
    QTest::newRow("heads not dividing d") << v1("\"model\": {\"heads\": 5}")
                                          << "model.heads: heads must divide d-model";
    QTest::newRow("ZeRO stage 4") << v1("\"options\": {\"zero\": 4}") << "options.zero:";
    QTest::newRow("batch 2^31") << v1("\"model\": {\"batch\": 2147483648}")
                                << "model.batch: expected a whole number from 1 to 2147483647";
    QTest::newRow("d_ff -1") << v1("\"model\": {\"d_ff\": -1}")
                             << "model.d_ff: expected a whole number from 0 to 2147483647 (0 means 4·d)";
    QTest::newRow("custom GPU in a v1 file") << v1("\"presets\": {\"gpu\": \"\"}")
                                             << "presets.gpu: expected a preset id";
    QTest::newRow("V100 in bf16") << v1("\"options\": {\"precision\": \"bf16-mixed\"}, "
                                        "\"presets\": {\"gpu\": \"v100-sxm2-32gb\"}")
                                  << "options.precision: NVIDIA Tesla V100";
    // Pinned configurations (the optional "pins" list): each checked as a whole file is.
    QTest::newRow("pins not a list") << v1("\"pins\": {}") << "pins: expected a list";
    QTest::newRow("pin not an object") << v1("\"pins\": [3]") << "pins[0]: expected an object";
    QTest::newRow("pin name a number") << v1("\"pins\": [{\"name\": 1}]")
                                       << "pins[0].name: expected a string, got 1";
    QTest::newRow("pin with a bad value") << v1("\"pins\": [{}, {\"model\": {\"heads\": \"x\"}}]")
                                          << "pins[1]: model.heads: expected a whole number";
    QTest::newRow("pin invalid together") << v1("\"pins\": [{\"model\": {\"heads\": 5}}]")
                                          << "pins[0]: model.heads: heads must divide d-model";
    QTest::newRow("pin with an unknown preset") << v1("\"pins\": [{\"presets\": {\"gpu\": \"x\"}}]")
                                                << "pins[0]: presets.gpu: expected a preset id";
}
// clang-format on

void TestScenarioFile::badFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const file::ReadResult read = file::parse(json, QStringLiteral("bad.json"));
    QString error = read.error;
    if (read.config) {
        QVERIFY(error.isEmpty());
        QVERIFY(!file::resolveChecked(*read.config, QStringLiteral("bad.json"), &error));
    }
    QVERIFY2(error.startsWith(QStringLiteral("bad.json: ") + message), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestScenarioFile::unknownKeysWarn()
{
    const file::ReadResult read = file::parse(
            R"({"trainscope_config": 1, "colour": "red", "model": {"layers": 24, "wings": 2},
                "presets": {"tpu": "v5"}})",
            QStringLiteral("x.json"));
    QVERIFY(read.config);
    QCOMPARE(read.warnings.size(), 3);
    QVERIFY(read.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("model.wings")));
    QCOMPARE(ui::resolve(*read.config).scenario.model.layers, 24);
}

void TestScenarioFile::tooLarge()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(file::kMaxBytes + 1, ' '));
    f.close();
    const file::ReadResult read = file::read(path);
    QVERIFY(!read.config);
    QVERIFY2(read.error.contains(QStringLiteral("1 MiB")), qPrintable(read.error));
    QVERIFY(!file::read(dir.filePath(QStringLiteral("missing.json"))).config);
}

// resources/examples/lecture.json is the lecture's worked example (CS190C Lec9, part 4).
void TestScenarioFile::lectureExample()
{
    const file::ReadResult read = file::read(QStringLiteral(LECTURE_EXAMPLE));
    QVERIFY2(read.config, qPrintable(read.error));
    QVERIFY(read.warnings.isEmpty());
    QString error;
    const auto resolved = file::resolveChecked(*read.config, QString(), &error);
    QVERIFY2(resolved, qPrintable(error));
    QCOMPARE(estimate(resolved->scenario).memory.peak, std::int64_t(5'617'631'232));
    QCOMPARE(resolved->selection.peakKind, PeakKind::Fp32);
}

// tests/ui/data/lecture-v1.json is the lecture's example as the previous version wrote it: every
// figure, d_ff and kv_heads resolved, the GPU's own memory and peak.
void TestScenarioFile::versionOneStillLoads()
{
    const file::ReadResult v1 = file::read(QStringLiteral(LECTURE_V1));
    const file::ReadResult v2 = file::read(QStringLiteral(LECTURE_EXAMPLE));
    QVERIFY2(v1.config && v2.config, qPrintable(v1.error + v2.error));
    QVERIFY(v1.warnings.isEmpty());
    const ui::ResolvedConfig a = ui::resolve(*v1.config);
    const ui::ResolvedConfig b = ui::resolve(*v2.config);
    QCOMPARE(stateJson(a.scenario, a.selection), stateJson(b.scenario, b.selection));
    // The figures a preset supplies are the preset's again, so a later --gpu still moves them,
    // and 4d and h are derived again, so they follow d and h.
    QVERIFY(!v1.config->given.contains(Field::GpuMemory));
    QVERIFY(!v1.config->given.contains(Field::PeakFlops));
    QCOMPARE(v1.config->values.model.dFf, qint64(0));
    QCOMPARE(v1.config->values.model.kvHeads, qint64(0));
    QCOMPARE(estimate(a.scenario).memory.peak, std::int64_t(5'617'631'232));
}

void TestScenarioFile::writeIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.json"));
    QString error;
    QVERIFY(file::write(path, ui::ScenarioConfig {}, &error));
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    // A directory in the way: the write fails with a message and leaves nothing behind.
    QVERIFY(!file::write(dir.path(), ui::ScenarioConfig {}, &error));
    QVERIFY(error.contains(QStringLiteral("cannot write")));
    QVERIFY(!file::write(dir.filePath(QStringLiteral("no/such/dir.json")), ui::ScenarioConfig {},
                         &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("keep.json") });
}

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
