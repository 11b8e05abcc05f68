// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"
#include "perblock.h"
#include "validation.h"

#include <QTest>

using namespace ts;
using ts::testing::perBlockBytes;

// Tensor and sequence parallelism against Korthikanti et al. 2022 ("Reducing Activation
// Recomputation in Large Transformer Models", §4.2 and Table 2): one GPT layer in 16-bit with
// dropout keeps, on each of t GPUs,
//   tensor parallel:              sbh(10 + 24/t + 5as/(ht))
//   + sequence parallel:          sbh/t · (34 + 5as/h)
//   selective recompute:          sbh(10 + 24/t), and 34sbh/t with sequence parallelism
//   full recompute:               2sbh, and 2sbh/t with sequence parallelism
// (their s, b, h, a are our c, b, d, h); and the weights of Megatron's split (Shoeybi et al.
// 2019): each block's matrices and column-parallel biases, the embedding and the LM head 1/t.
class TestTensorParallel : public QObject
{
    Q_OBJECT
private slots:
    void korthikanti_data();
    void korthikanti();
    void weightsPerGpu_data();
    void weightsPerGpu();
    void oneGpuGroupIsToday();
    void badLayouts_data();
    void badLayouts();
};

Q_DECLARE_METATYPE(Scenario)

namespace {

Scenario gptLayer(std::int64_t s, std::int64_t b, std::int64_t h, std::int64_t a, std::int64_t t)
{
    Scenario gpt;
    gpt.model = { b, s, h, 3, a, 50304 }; // a vocabulary Megatron pads to a multiple of 128·8
    gpt.model.ffn = FfnKind::Gelu;
    gpt.model.norm = NormKind::LayerNorm;
    gpt.model.bias = BiasKind::All;
    gpt.model.maxPositions = 2048;
    gpt.model.dropout = true;
    gpt.options.precision = Precision::Bf16Mixed;
    gpt.options.tensorParallel = t;
    gpt.hardware.gpus = 8;
    return gpt;
}

} // namespace

void TestTensorParallel::korthikanti_data()
{
    QTest::addColumn<qint64>("s");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("h");
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("t");
    struct Shape
    {
        const char *name;
        qint64 s, b, h, a;
    };
    // h and a divisible by 8 so that every t of Table 2 divides the heads; odd s and b.
    const Shape shapes[] = { { "GPT-3 175B layer", 2048, 1, 12288, 96 },
                             { "GPT-2 small shape", 1024, 8, 768, 16 },
                             { "odd s and b", 513, 3, 640, 40 },
                             { "prime s", 97, 5, 64, 8 } };
    for (const Shape &shape : shapes)
        for (const qint64 t : { 1, 2, 4, 8 })
            QTest::newRow(qPrintable(QStringLiteral("%1, t = %2").arg(shape.name).arg(t)))
                    << shape.s << shape.b << shape.h << shape.a << t;
}

void TestTensorParallel::korthikanti()
{
    QFETCH(qint64, s);
    QFETCH(qint64, b);
    QFETCH(qint64, h);
    QFETCH(qint64, a);
    QFETCH(qint64, t);
    const qint64 sbh = s * b * h;
    const qint64 attention = 5 * a * s * s * b; // 5as²b, whole over the t GPUs
    for (const bool sp : { false, true }) {
        Scenario layer = gptLayer(s, b, h, a, t);
        layer.options.sequenceParallel = sp;
        const Estimate e = estimate(layer);
        QVERIFY2(e.ok(), sp ? "sp" : "tp");
        // sbh(10 + 24/t) + 5as²b/t without, (34sbh + 5as²b)/t with sequence parallelism.
        const qint64 expected
                = sp ? (34 * sbh + attention) / t : 10 * sbh + (24 * sbh + attention) / t;
        QCOMPARE(perBlockBytes(layer, e), expected);

        layer.options.checkpointing = Checkpointing::Selective;
        QCOMPARE(perBlockBytes(layer, estimate(layer)),
                 sp ? 34 * sbh / t : 10 * sbh + 24 * sbh / t);

        // Full recompute: each layer's input, 2sbh (2sbh/t), kept for every layer.
        layer.options.checkpointing = Checkpointing::Full;
        const Estimate f = estimate(layer);
        QCOMPARE(f.activations.bytesOf(Activation::BlockInputs),
                 layer.model.layers * 2 * sbh / (sp ? t : 1));
    }
}

void TestTensorParallel::weightsPerGpu_data()
{
    QTest::addColumn<qint64>("t");
    QTest::addColumn<bool>("tied");
    for (const qint64 t : { 1, 2, 4, 8 }) {
        QTest::newRow(qPrintable(QStringLiteral("untied, t = %1").arg(t))) << t << false;
        QTest::newRow(qPrintable(QStringLiteral("tied, t = %1").arg(t))) << t << true;
    }
}

void TestTensorParallel::weightsPerGpu()
{
    // A GPT layer of h = 64, d_ff = 256, v = 50,304, 3 layers, positions 2048 × 64: per block
    // the matrices 12h² = 49,152 and column-parallel biases 3h + 4h = 448 split over t; the two
    // LayerNorms (4h = 256) and the row-parallel biases of W_O and W2 (2h = 128) stay whole.
    QFETCH(qint64, t);
    QFETCH(bool, tied);
    Scenario layer = gptLayer(97, 5, 64, 8, t);
    layer.model.tiedEmbeddings = tied;
    layer.options.precision = Precision::Fp32; // 4 bytes each: weights = 4·N_t
    const Estimate e = estimate(layer);
    QVERIFY(e.ok());
    const qint64 h = 64, v = 50304;
    const qint64 perBlock = (49152 + 448) / t + 256 + 128;
    const qint64 vocab = (tied ? 1 : 2) * ((v + t - 1) / t) * h;
    const qint64 expected = 3 * perBlock + vocab + 2048 * h + 2 * h;
    QCOMPARE(e.params.perGpu, expected);
    QCOMPARE(e.memory.parameters, 4 * expected);
    QCOMPARE(e.memory.gradients, 4 * expected);
    QCOMPARE(e.memory.optimizerStates, 8 * expected);
    // The whole model is still the whole model.
    QCOMPARE(e.params.total, estimate(gptLayer(97, 5, 64, 8, 1)).params.total - (tied ? v * h : 0));
    // ZeRO-1 shards the optimizer states over the data-parallel group of 8/t GPUs.
    layer.options.zeroStage = 1;
    const qint64 dp = 8 / t;
    QCOMPARE(estimate(layer).memory.optimizerStates, 8 * ((expected + dp - 1) / dp));
}

void TestTensorParallel::oneGpuGroupIsToday()
{
    // t = 1 (with or without the sequence switch) is exactly the estimate without parallelism;
    // t > 1 keeps the training time but for the optimizer's update, which each GPU runs on its
    // N_t share, and the global batch counts data-parallel groups.
    Scenario lecture;
    const Estimate today = estimate(lecture);
    Scenario sp = lecture;
    sp.options.sequenceParallel = true;
    const Estimate same = estimate(sp);
    QCOMPARE(same.memory.peak, today.memory.peak);
    QCOMPARE(same.training.seconds, today.training.seconds);
    QCOMPARE(same.params.perGpu, today.params.total);

    Scenario t4 = lecture;
    t4.options.tensorParallel = 4;
    const Estimate e = estimate(t4);
    QVERIFY(e.ok());
    QCOMPARE(e.training.globalBatch, 4.0); // b = 4 on one data-parallel group
    const double peak = lecture.hardware.peakFlopsPerGpu * lecture.hardware.mfu;
    const double perGpu = (e.flops.forward + e.flops.backward) / 4 + e.flops.optimizer;
    // Plus the all-reduces of b·c·d = 4·256·1024 fp32 activations over the four GPUs' PCIe
    // 4.0 links (31.5 GB/s): four per block and one each for the embedding and the LM head,
    // 12·4 + 2 = 50, each 8.4 µs + 2·3·3.4 µs + 1.5 · 4,194,304 B / 31.5 GB/s (docs §8.10).
    const double allReduce = 8.4e-6 + 6 * 3.4e-6 + 1.5 * 4194304.0 / 31.5e9;
    QCOMPARE(e.training.breakdown.tensorParallel, 50 * allReduce);
    QCOMPARE(e.training.secondsPerStep, perGpu / peak + 50 * allReduce);
    QCOMPARE(e.flops.optimizer, 15.0 * double(e.params.perGpu));
    QVERIFY(e.memory.peak < today.memory.peak);
}

void TestTensorParallel::badLayouts_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<int>("code");
    Scenario s;
    s.options.tensorParallel = 3; // h = 16
    QTest::newRow("t does not divide h") << s << int(ProblemCode::TensorParallelMustDivide);
    s.options.tensorParallel = 8; // 4 GPUs
    QTest::newRow("t does not divide the GPUs") << s << int(ProblemCode::LayoutMustDivideGpus);
    s.hardware.gpus = 8;
    s.model.kvHeads = 4;
    QTest::newRow("t does not divide the K/V heads")
            << s << int(ProblemCode::TensorParallelMustDivide);
    s.model.kvHeads = 0;
    s.model.dFf = 4100;
    QTest::newRow("t does not divide d_ff") << s << int(ProblemCode::TensorParallelMustDivide);
    s.model.dFf = 0;
    s.options.finetune = FineTuning::Lora;
    QTest::newRow("with LoRA") << s << int(ProblemCode::BeyondTensorParallelModel);
    s.options.finetune = FineTuning::Full;
    s.options.offload = Offload::Optimizer;
    QTest::newRow("with offload") << s << int(ProblemCode::BeyondTensorParallelModel);
    s.options.offload = Offload::None;
    s.options.accounting = Accounting::PytorchEager;
    QTest::newRow("with pytorch-eager") << s << int(ProblemCode::BeyondEagerModel);
    s.options.accounting = Accounting::Lecture;
    s.options.tensorParallel = 0;
    QTest::newRow("t = 0") << s << int(ProblemCode::TooSmall);
}

void TestTensorParallel::badLayouts()
{
    QFETCH(Scenario, scenario);
    QFETCH(int, code);
    const std::vector<Problem> problems = validate(scenario);
    QVERIFY(!problems.empty());
    QCOMPARE(int(problems.front().code), code);
    QVERIFY(!estimate(scenario).ok());
    QVERIFY(!describe(problems.front()).empty());
}

QTEST_APPLESS_MAIN(TestTensorParallel)
#include "tst_tensorparallel.moc"
