// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"
#include "presetstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace ts;

class TestPresets : public QObject
{
    Q_OBJECT
private slots:
    void gpus_data();
    void gpus();
    void hostLinks();
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

void TestPresets::hostLinks()
{
    // Every GPU names its host link, and the rate is the PCI-SIG rate of that generation, x16,
    // each direction: G GT/s × 16 lanes × 128/130 (encoding) / 8 bits, as the specification's
    // 15.75, 31.5 and 63 GB/s round it. A GPU without a published link has 0 (unknown).
    const std::map<std::string, double> gtPerSecond { { "PCIe 3.0 x16", 8 },
                                                      { "PCIe 4.0 x16", 16 },
                                                      { "PCIe 5.0 x16", 32 } };
    const auto &gpus = PresetStore::builtIn().gpus();
    QVERIFY(gpus.size() > 10);
    int unknown = 0;
    for (const GpuPreset &g : gpus) {
        if (g.hostLink.empty()) {
            QCOMPARE(g.hostLinkBytesPerSecond, 0.0);
            ++unknown;
            continue;
        }
        QVERIFY2(gtPerSecond.count(g.hostLink), g.hostLink.c_str());
        const double exact = gtPerSecond.at(g.hostLink) * 1e9 * 16 * 128 / 130 / 8;
        QVERIFY2(std::abs(g.hostLinkBytesPerSecond - exact) / exact < 1e-3, g.id.c_str());
    }
    QCOMPARE(unknown, 3); // two TPUs and the Apple M2 Ultra's unified memory
    QCOMPARE(PresetStore::builtIn().gpu(QStringLiteral("rtx-3090"))->hostLinkBytesPerSecond,
             31.5e9);
    QCOMPARE(lectureGpu().hostLinkBytesPerSecond, Scenario().hardware.hostLinkBytesPerSecond);
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
    // fp8-mixed trains at the FP8 tensor peak: H100 SXM 1,978.9 dense (3,958 with sparsity),
    // RTX 4090 330.3 (fp32 accumulate); Ampere has no FP8.
    QTest::newRow("H100 fp8-mixed: 1978.9") << "h100-sxm" << int(Precision::Fp8Mixed) << 1978.9e12;
    QTest::newRow("4090 fp8-mixed: 330.3") << "rtx-4090" << int(Precision::Fp8Mixed) << 330.3e12;
    QTest::newRow("A100 has no fp8") << "a100-80gb-sxm" << int(Precision::Fp8Mixed) << 0.0;
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

// Every model preset's parameter count, exactly the checkpoint's: published where the model card
// gives the exact figure (Pythia), else derived here from the config.json values the preset
// cites (resources/presets/models.json). N_p = v·d (+ c_max·d learned positions) + L·block
// + final norm + (tied ? 0 : d·v), block = 2 norms + 2d² + 2d·d_kv + k·d·d_ff + biases.
void TestPresets::models_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("params");
    // The lecture's model: 2·1024·32000 + 1024 + 12·(2·1024 + 16·1024²) (slide part 1.1).
    QTest::newRow("lecture") << "lecture" << qint64(266888192);
    // GPT-2: wte 50257·d + wpe 1024·d + L·(4d LayerNorms + 3d² + 3d QKV + d² + d out + 8d² + 4d
    // fc + d proj) + 2d final, head tied. Small, d = 768, L = 12:
    // 38,597,376 + 786,432 + 12·7,087,872 + 1,536.
    QTest::newRow("gpt2-small") << "gpt2-small" << qint64(124439808);
    // Medium d = 1024, L = 24: 51,463,168 + 1,048,576 + 24·12,596,224 + 2,048.
    QTest::newRow("gpt2-medium") << "gpt2-medium" << qint64(354823168);
    // Large d = 1280, L = 36: 64,328,960 + 1,310,720 + 36·19,677,440 + 2,560.
    QTest::newRow("gpt2-large") << "gpt2-large" << qint64(774030080);
    // XL d = 1600, L = 48: 80,411,200 + 1,638,400 + 48·30,740,800 + 3,200.
    QTest::newRow("gpt2-xl") << "gpt2-xl" << qint64(1557611200);
    // Pythia-160M, the model card's figure: two 50304·768 embeddings (untied), 12 GPT-NeoX blocks
    // of 7,087,872, final LayerNorm 1,536.
    QTest::newRow("pythia-160m") << "pythia-160m" << qint64(162322944);
    // CS336 handout: 4·3,113,984 block parameters + the untied head 5.12M = its "17M
    // non-embedding"; with the 5.12M embedding and the final norm: 22,696,448.
    QTest::newRow("cs336-tinystories") << "cs336-tinystories" << qint64(22696448);
    // The handout's GPT-2 XL shape with its RMSNorm, SwiGLU (d_ff 6400) and untied head:
    // 2·50257·1600 + 48·(3200 + 4·1600² + 3·1600·6400) + 1600.
    QTest::newRow("cs336-gpt2-xl") << "cs336-gpt2-xl" << qint64(2127057600);
    // LLaMA-7B: 32000·4096·2 + 32·(8192 + 2·4096² + 2·4096² + 3·4096·11008) + 4096 = 6,738,415,616,
    // the published 6.7B (HF count 6,738,415,616); LLaMA-2-7B is the same shape.
    QTest::newRow("llama-7b") << "llama-7b" << qint64(6738415616);
    QTest::newRow("llama2-7b") << "llama2-7b" << qint64(6738415616);
    // LLaMA-2-13B: 2·32000·5120 + 40·(10240 + 4·5120² + 3·5120·13824) + 5120.
    QTest::newRow("llama2-13b") << "llama2-13b" << qint64(13015864320);
    // LLaMA-2-70B, 8 K/V heads of 128: 2·32000·8192 + 80·(16384 + 2·8192² + 2·8192·1024
    // + 3·8192·28672) + 8192.
    QTest::newRow("llama2-70b") << "llama2-70b" << qint64(68976648192);
    // LLaMA-3-8B: 2·128256·4096 + 32·(8192 + 2·4096² + 2·4096·1024 + 3·4096·14336) + 4096.
    QTest::newRow("llama3-8b") << "llama3-8b" << qint64(8030261248);
    // LLaMA-3-70B: 2·128256·8192 + 80·855,654,400 + 8192.
    QTest::newRow("llama3-70b") << "llama3-70b" << qint64(70553706496);
    // Mistral-7B: 2·32000·4096 + 32·(8192 + 2·4096² + 2·4096·1024 + 3·4096·14336) + 4096.
    QTest::newRow("mistral-7b") << "mistral-7b" << qint64(7241732096);
    // Qwen2.5-0.5B, tied, Q/K/V biases, 2 K/V heads of 64: 151936·896 + 24·(1792 + 2·896²
    // + 2·896·128 + 896 + 2·128 + 3·896·4864) + 896.
    QTest::newRow("qwen2.5-0.5b") << "qwen2.5-0.5b" << qint64(494032768);
    // Qwen2.5-7B, untied, Q/K/V biases, 4 K/V heads of 128: 2·152064·3584 + 28·(7168 + 2·3584²
    // + 2·3584·512 + 3584 + 2·512 + 3·3584·18944) + 3584.
    QTest::newRow("qwen2.5-7b") << "qwen2.5-7b" << qint64(7615616512);
    // Gemma-2B, tied, one K/V head of 256, GeGLU: 256000·2048 + 18·(4096 + 2·2048² + 2·2048·256
    // + 3·2048·16384) + 2048; the Gemma report's 1,981,884,416 non-embedding parameters
    // plus 256,000·2048.
    QTest::newRow("gemma-2b") << "gemma-2b" << qint64(2506172416);
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
    QTest::newRow("negative host link is skipped")
            << QByteArray("[{\"id\":\"x\",\"memory_bytes\":1024,\"fp32_tflops\":1,"
                          "\"host_link_gb_per_s\":-1}]")
            << true;
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
