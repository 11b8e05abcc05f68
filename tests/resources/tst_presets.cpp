// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"
#include "presetstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ts;

class TestPresets : public QObject
{
    Q_OBJECT
private slots:
    void gpus_data();
    void gpus();
    void peakFollowsPrecision_data();
    void peakFollowsPrecision();
    void datasets_data();
    void datasets();
    void models_data();
    void models();
    void derivedFiguresFollow();
    void everyModelEstimates();
    void lectureModelIsTheLecture();
    void malformedFiles_data();
    void malformedFiles();
};

void TestPresets::gpus_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("memory");
    QTest::addColumn<double>("fp32");
    // docs/reference-data.md §1: memory is the label × 2³⁰; FP32 peaks in TFLOP/s.
    QTest::newRow("RTX 3090: 35.58 TFLOP/s, 24 GB") << "rtx-3090" << (qint64(24) << 30) << 35.58e12;
    QTest::newRow("A100 80GB: 19.5") << "a100-80gb-sxm" << (qint64(80) << 30) << 19.5e12;
    QTest::newRow("H100 SXM: 66.9") << "h100-sxm" << (qint64(80) << 30) << 66.9e12;
    // NVIDIA HGX B200 datasheet, per GPU: FP32 75 TFLOPS (80 is the GB200's), 180 GB.
    QTest::newRow("B200 (HGX): 75, 180 GB") << "b200-sxm" << (qint64(180) << 30) << 75e12;
    // The lecture's GPU is a preset too (lectureGpu()): 24 GB and the lecture's 35.6.
    QTest::newRow("lecture RTX 3090") << "lecture-rtx-3090" << (qint64(24) << 30) << 35.6e12;
}

void TestPresets::gpus()
{
    QFETCH(QString, id);
    QFETCH(qint64, memory);
    QFETCH(double, fp32);
    const GpuPreset *g = PresetStore::builtIn().gpu(id);
    QVERIFY(g);
    QCOMPARE(g->memoryBytes, memory);
    QVERIFY(g->fp32);
    QCOMPARE(*g->fp32, fp32);
    QVERIFY(!g->source.empty());
}

void TestPresets::peakFollowsPrecision_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("precision");
    QTest::addColumn<double>("peak"); // 0 = not available
    QTest::newRow("3090 fp32") << "rtx-3090" << int(Precision::Fp32) << 35.58e12;
    QTest::newRow("3090 bf16-mixed: 71.2 dense")
            << "rtx-3090" << int(Precision::Bf16Mixed) << 71.2e12;
    QTest::newRow("A100 tf32: 156") << "a100-40gb-sxm" << int(Precision::Tf32) << 156e12;
    QTest::newRow("A100 bf16: 312") << "a100-40gb-sxm" << int(Precision::Bf16) << 312e12;
    QTest::newRow("H100 fp16-mixed: 989.4") << "h100-sxm" << int(Precision::Fp16Mixed) << 989.4e12;
    QTest::newRow("V100 has no bf16") << "v100-sxm2-16gb" << int(Precision::Bf16Mixed) << 0.0;
    // HGX B200 datasheet tensor figures are with sparsity; dense is half: TF32 2.2 PFLOPS -> 1100,
    // BF16 4.5 PFLOPS -> 2250.
    QTest::newRow("B200 tf32: 1100 dense") << "b200-sxm" << int(Precision::Tf32) << 1100e12;
    QTest::newRow("B200 bf16: 2250 dense") << "b200-sxm" << int(Precision::Bf16) << 2250e12;
}

void TestPresets::peakFollowsPrecision()
{
    QFETCH(QString, id);
    QFETCH(int, precision);
    QFETCH(double, peak);
    const GpuPreset *g = PresetStore::builtIn().gpu(id);
    QVERIFY(g);
    const auto p = peakFor(*g, Precision(precision));
    QCOMPARE(p.has_value(), peak > 0);
    if (p)
        QCOMPARE(*p, peak);
}

void TestPresets::datasets_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("tokens");
    // WikiText-103 train: 103,227,021 tokens (Merity et al. 2016; the lecture rounds to 1.03·10⁸).
    QTest::newRow("wikitext-103") << "wikitext-103" << 103227021.0;
    QTest::newRow("openwebtext") << "openwebtext" << 9035582198.0;
    QTest::newRow("tinystories") << "tinystories" << 471650941.0;
}

void TestPresets::datasets()
{
    QFETCH(QString, id);
    QFETCH(double, tokens);
    const DatasetPreset *d = PresetStore::builtIn().dataset(id);
    QVERIFY(d);
    QCOMPARE(d->tokens, tokens);
    // A dataset without a verified token count is left out, not guessed.
    QVERIFY(!PresetStore::builtIn().dataset(QStringLiteral("c4-en")));
}

void TestPresets::models_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("params");
    // N_p = v·d + L(2d + 2d² + 2d·d_kv + k·d·d_ff) + d + (tied ? 0 : d·v), k = 3 SwiGLU, 2 GELU.
    // CS336 handout: 4·3,113,984 block parameters + the untied head 5.12M = its "17M
    // non-embedding"; with the 5.12M embedding and the final norm: 22,696,448.
    QTest::newRow("cs336-tinystories") << "cs336-tinystories" << qint64(22696448);
    // LLaMA-7B: 32000·4096·2 + 32·(8192 + 2·4096² + 2·4096² + 3·4096·11008) + 4096 = 6,738,415,616,
    // the published 6.7B (HF count 6,738,415,616).
    QTest::newRow("llama-7b") << "llama-7b" << qint64(6738415616);
    // GPT-2 small shape, tied, no biases or positions: 50257·768 + 12·(1536 + 4·768² + 2·768·3072)
    // + 768.
    QTest::newRow("gpt2-small") << "gpt2-small" << qint64(123551232);
    // TinyLlama: d_kv = 4·64 = 256; 2·32000·2048 + 22·(4096 + 2·2048² + 2·2048·256 + 3·2048·5632) +
    // 2048.
    QTest::newRow("tinyllama-1.1b") << "tinyllama-1.1b" << qint64(1100048384);
}

void TestPresets::models()
{
    QFETCH(QString, id);
    QFETCH(qint64, params);
    const ModelPreset *m = PresetStore::builtIn().model(id);
    QVERIFY(m);
    Scenario s;
    applyModel(s.model, *m);
    QCOMPARE(s.model.batch, Scenario {}.model.batch); // the batch is the user's
    const Estimate e = estimate(s);
    QVERIFY(e.ok());
    QCOMPARE(e.params.total, params);
}

void TestPresets::derivedFiguresFollow()
{
    // models.json states d_ff and kv_heads only where the model's source does; otherwise they are
    // 0, derived (4d and h), and follow an override of d or h.
    const PresetStore &store = PresetStore::builtIn();
    for (const char *id : { "lecture", "gpt2-small", "gpt2-xl" }) {
        const ModelPreset *m = store.model(QString::fromLatin1(id));
        QVERIFY(m);
        QCOMPARE(m->shape.dFf, qint64(0));
        QCOMPARE(m->shape.kvHeads, qint64(0));
    }
    QCOMPARE(store.model(QStringLiteral("llama-7b"))->shape.dFf, qint64(11008));
    QCOMPARE(store.model(QStringLiteral("tinyllama-1.1b"))->shape.kvHeads, qint64(4));
    // What stays when d or h moves away from the preset's, for a warning.
    ModelShape llama = store.model(QStringLiteral("llama-7b"))->shape;
    ModelShape moved = llama;
    moved.dModel = 2048;
    QCOMPARE(keptPresetFields(llama, moved), std::vector<Field> { Field::DFf });
    moved.dFf = 5504;
    QVERIFY(keptPresetFields(llama, moved).empty());
    QVERIFY(keptPresetFields(llama, llama).empty());
    ModelShape gpt2 = store.model(QStringLiteral("gpt2-small"))->shape;
    ModelShape wider = gpt2;
    wider.dModel = 1536;
    wider.heads = 24;
    QVERIFY(keptPresetFields(gpt2, wider).empty());
}

void TestPresets::everyModelEstimates()
{
    const PresetStore &store = PresetStore::builtIn();
    QVERIFY(store.models().size() >= 10);
    QVERIFY(store.gpus().size() >= 15);
    for (const ModelPreset &m : store.models()) {
        Scenario s;
        applyModel(s.model, m);
        QVERIFY2(estimate(s).ok(), m.id.c_str());
        QVERIFY2(!m.source.empty(), m.id.c_str());
    }
}

void TestPresets::lectureModelIsTheLecture()
{
    Scenario s;
    applyModel(s.model, *PresetStore::builtIn().model(QStringLiteral("lecture")));
    QCOMPARE(estimate(s).memory.peak, qint64(5617631232));
}

void TestPresets::malformedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("loads");
    QTest::newRow("not JSON") << QByteArray("{{{") << false;
    QTest::newRow("object, not array") << QByteArray("{}") << false;
    QTest::newRow("empty array") << QByteArray("[]") << true;
    QTest::newRow("entry without figures is skipped") << QByteArray("[{\"id\":\"x\"}]") << true;
}

void TestPresets::malformedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, loads);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QString error;
    const PresetStore s = PresetStore::load(path, path, path, &error);
    QCOMPARE(error.isEmpty(), loads);
    QVERIFY(s.gpus().empty() && s.models().empty());
    const PresetStore missing
            = PresetStore::load(dir.filePath(QStringLiteral("none.json")), path, path, &error);
    QVERIFY(error.contains(QStringLiteral("none.json")));
}

QTEST_APPLESS_MAIN(TestPresets)
#include "tst_presets.moc"
