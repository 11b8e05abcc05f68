// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Options beyond the lecture. Expected figures are worked by hand from docs/formulas.md on a
// small model: b=2, c=8, d=16, L=2, h=4, v=100, where
//   N_p = 2·16·100 + 16 + 2·(2·16 + 16·16²) = 11,472,
//   bcd = 256, bhc² = 512, bcv = 1,600, N_B = 20·256 + 512 = 5,632,
//   N_A = 2·5,632 + 2·256 + 1,600 = 13,376, peak (fp32, AdamW) = 16·N_p + 4·N_A = 237,056 B.
#include "estimate.h"

#include <QTest>

#include <functional>

using namespace ts;

using Mutation = std::function<void(Scenario &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

Scenario small()
{
    Scenario s;
    s.model = ModelShape {};
    s.model.batch = 2;
    s.model.seqLen = 8;
    s.model.dModel = 16;
    s.model.layers = 2;
    s.model.heads = 4;
    s.model.vocab = 100;
    return s;
}

} // namespace

class TestOptions : public QObject
{
    Q_OBJECT
private slots:
    void handWorked_data();
    void handWorked();
    void flops_data();
    void flops();
    void zeroShardsTheUpdate_data();
    void zeroShardsTheUpdate();
    void lectureDefaultUnchanged();
};

void TestOptions::handWorked_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<qint64>("params");
    QTest::addColumn<qint64>("staticBytes");
    QTest::addColumn<qint64>("activationBytes");

    auto row = [](const char *name, Mutation m, qint64 np, qint64 st, qint64 act) {
        QTest::newRow(name) << m << np << st << act;
    };
    const qint64 N = 11472;
    row(
            "lecture fp32 AdamW", [](Scenario &) {}, N, 16 * N, 4 * 13376);
    // Precision: mixed = 2 + 2 + 12 bytes per parameter (ZeRO paper), activations 2 bytes.
    row(
            "bf16-mixed", [](Scenario &s) { s.options.precision = Precision::Bf16Mixed; }, N,
            16 * N, 2 * 13376);
    row(
            "fp16-mixed", [](Scenario &s) { s.options.precision = Precision::Fp16Mixed; }, N,
            16 * N, 2 * 13376);
    row(
            "bf16 pure: 2 + 2 + 2·2 bytes",
            [](Scenario &s) { s.options.precision = Precision::Bf16; }, N, 8 * N, 2 * 13376);
    row(
            "tf32 stores fp32", [](Scenario &s) { s.options.precision = Precision::Tf32; }, N,
            16 * N, 4 * 13376);
    // Optimizers, fp32: SGD-momentum 4 + 4 + 4, SGD 4 + 4, 8-bit Adam 4 + 4 + 2·(1 + 4/2048).
    row(
            "sgd-momentum", [](Scenario &s) { s.options.optimizer = Optimizer::SgdMomentum; }, N,
            12 * N, 4 * 13376);
    row(
            "sgd", [](Scenario &s) { s.options.optimizer = Optimizer::Sgd; }, N, 8 * N, 4 * 13376);
    // 2·(11,472 + 4·⌈11,472/2048⌉) = 2·(11,472 + 24) = 22,992.
    row(
            "adam-8bit", [](Scenario &s) { s.options.optimizer = Optimizer::Adam8bit; }, N,
            8 * N + 22992, 4 * 13376);
    row(
            "adam-8bit, bf16-mixed: 2 + 2 + 4 master + moments",
            [](Scenario &s) {
                s.options.optimizer = Optimizer::Adam8bit;
                s.options.precision = Precision::Bf16Mixed;
            },
            N, 8 * N + 22992, 2 * 13376);
    // torch.autocast (docs/formulas.md §8.1): fp32 weights, gradients and moments, 16N, plus the
    // 16-bit casts of every matrix a linear reads, 2·(L·(4d² + 3·d·d_ff) + d·v)
    // = 2·(2·(1,024 + 3,072) + 1,600) = 19,584. Per block: x, x_res 4·256 each (fp32 residual);
    // x_norm as three 16-bit casts (W_Q, W_K, W_V) 3·2·256 = 1,536; Q, K 2·512; P fp32 4·512
    // and its cast for P·V 2·512; V, O 2·256 each; x_ffin as two casts (W1, W3) 2·2·256;
    // G, V_ff 2·2,048; H 2·1,024: 15,872. Head: x_final 4·256, X_final's cast 2·256, logits
    // 2·1,600 and the fp32 log-softmax 4·1,600: 11,136. 2·15,872 + 11,136 = 42,880.
    row(
            "bf16-mixed under autocast",
            [](Scenario &s) {
                s.options.precision = Precision::Bf16Mixed;
                s.options.amp = Amp::Autocast;
            },
            N, 16 * N + 19584, 42880);
    // FlashAttention drops P and its cast (4·512 + 2·512) for an fp32 LSE of 4·64 per block.
    row(
            "fp16-mixed under autocast, flash",
            [](Scenario &s) {
                s.options.precision = Precision::Fp16Mixed;
                s.options.amp = Amp::Autocast;
                s.options.flashAttention = true;
            },
            N, 16 * N + 19584, 2 * (15872 - 2048 - 1024 + 256) + 11136);
    // GELU: casts 2·(2·(1,024 + 2,048) + 1,600) = 15,488; x_ffin has one reader (W1, 512), U
    // and H 2·1,024 each replace G, V_ff and H: 13,312 per block.
    row(
            "gelu under autocast",
            [](Scenario &s) {
                s.model.ffn = FfnKind::Gelu;
                s.options.precision = Precision::Bf16Mixed;
                s.options.amp = Amp::Autocast;
            },
            9424, 16 * 9424 + 15488, 2 * 13312 + 11136);
    // LoRA r = 4 on W_Q, W_V: 512 adapters at 4 + 4 + 8 bytes, the frozen fp32 model 4N, casts
    // of the matrices and adapters 2·(8,192 + 1,600 + 512) = 20,608. Per block x_norm keeps the
    // two adapters' casts (2·2·256), O, x_ffin and H no input; A·x 2·(16·4·2) = 256:
    // 1,024 + 1,024 + 1,024 + 2,048 + 512 + 1,024 + 4,096 + 256 + 1,024 = 12,032. Head without
    // X_final: 1,024 + 3,200 + 6,400 = 10,624.
    row(
            "LoRA under autocast",
            [](Scenario &s) {
                s.options.precision = Precision::Bf16Mixed;
                s.options.amp = Amp::Autocast;
                s.options.finetune = FineTuning::Lora;
                s.options.loraRank = 4;
            },
            N, 16 * 512 + 4 * N + 20608, 2 * 12032 + 10624);
    // fp8-mixed (Transformer Engine): the bf16-mixed state, 16N, plus a 1-byte fp8 transpose of
    // each block matrix, 2·(1,024 + 3,072) = 8,192; the inputs of the blocks' linear layers
    // (x_norm, O, x_ffin: 256 each, H: 1,024 per block) drop from 2 bytes to 1:
    // 2·13,376 − 2·(3·256 + 1,024) = 23,168.
    row(
            "fp8-mixed", [](Scenario &s) { s.options.precision = Precision::Fp8Mixed; }, N,
            16 * N + 8192, 2 * 13376 - 2 * (3 * 256 + 1024));
    // Under LoRA the frozen layers keep no input and the adapters (bf16) keep theirs at 2 bytes:
    // per block O, x_ffin (256 each) and H (1,024) go, and X_final (256) from the head, while
    // A·x (2·16·4 = 128 per block) comes; the transposes of the frozen matrices stay for the
    // input gradients. Frozen weights 2N, 512 adapters at 2 + 2 + 12.
    row(
            "fp8-mixed, LoRA",
            [](Scenario &s) {
                s.options.precision = Precision::Fp8Mixed;
                s.options.finetune = FineTuning::Lora;
                s.options.loraRank = 4;
            },
            N, 16 * 512 + 2 * N + 8192, 2 * (13376 - 2 * (256 + 256 + 1024) - 256 + 2 * 128));
    row(
            "autocast leaves fp32 alone", [](Scenario &s) { s.options.amp = Amp::Autocast; }, N,
            16 * N, 4 * 13376);
    // Checkpointing: selective drops P (2 blocks × 512); full keeps L·bcd block inputs plus
    // one block without its input (5,632 − 256) plus the head (2·256 + 1,600).
    row(
            "selective", [](Scenario &s) { s.options.checkpointing = Checkpointing::Selective; }, N,
            16 * N, 4 * (13376 - 1024));
    row(
            "full", [](Scenario &s) { s.options.checkpointing = Checkpointing::Full; }, N, 16 * N,
            4 * (512 + 5376 + 2112));
    // FlashAttention: P dropped, an fp32 log-sum-exp of b·h·c = 64 per block kept.
    row(
            "flash", [](Scenario &s) { s.options.flashAttention = true; }, N, 16 * N,
            4 * (13376 - 1024) + 4 * 128);
    row(
            "flash, bf16-mixed: LSE stays fp32",
            [](Scenario &s) {
                s.options.flashAttention = true;
                s.options.precision = Precision::Bf16Mixed;
            },
            N, 16 * N, 2 * (13376 - 1024) + 4 * 128);
    row(
            "full checkpointing with flash",
            [](Scenario &s) {
                s.options.flashAttention = true;
                s.options.checkpointing = Checkpointing::Full;
            },
            N, 16 * N, 4 * (512 + 5376 - 512 + 2112) + 4 * 64);
    // Architecture. GELU: FFN 2·16·64 = 2,048 per block, N_p = 1,600 + 2·3,104 + 16 + 1,600;
    // per block U and H (1,024 each) replace G, V_ff and H (3,072).
    row(
            "gelu", [](Scenario &s) { s.model.ffn = FfnKind::Gelu; }, 9424, 16 * 9424,
            4 * (13376 - 2 * 1024));
    // d_ff = 48: FFN 3·16·48 = 2,304; activations per block lose 3·bc·(64 − 48) = 768.
    row(
            "d_ff 48", [](Scenario &s) { s.model.dFf = 48; }, 9936, 16 * 9936,
            4 * (13376 - 2 * 768));
    row(
            "tied embeddings", [](Scenario &s) { s.model.tiedEmbeddings = true; }, N - 1600,
            16 * (N - 1600), 4 * 13376);
    // GQA with 2 K/V heads: d_kv = 8, attention 2·256 + 2·16·8 = 768 per block (was 1,024);
    // K and V shrink from 256 to 128 elements each per block.
    row(
            "kv-heads 2", [](Scenario &s) { s.model.kvHeads = 2; }, 10960, 16 * 10960,
            4 * (13376 - 2 * 256));
    // ZeRO over 4 GPUs, shard = ⌈11,472/4⌉ = 2,868 parameters.
    row(
            "zero 1", [](Scenario &s) { s.options.zeroStage = 1; }, N, 8 * N + 8 * 2868, 4 * 13376);
    row(
            "zero 2", [](Scenario &s) { s.options.zeroStage = 2; }, N, 4 * N + 12 * 2868,
            4 * 13376);
    row(
            "zero 3", [](Scenario &s) { s.options.zeroStage = 3; }, N, 16 * 2868, 4 * 13376);
    row(
            "zero 3 over 5 GPUs: ⌈11,472/5⌉ = 2,295",
            [](Scenario &s) {
                s.options.zeroStage = 3;
                s.hardware.gpus = 5;
            },
            N, 16 * 2295, 4 * 13376);
    row(
            "zero 3, bf16-mixed",
            [](Scenario &s) {
                s.options.zeroStage = 3;
                s.options.precision = Precision::Bf16Mixed;
            },
            N, 16 * 2868, 2 * 13376);
}

void TestOptions::handWorked()
{
    QFETCH(Mutation, mutate);
    QFETCH(qint64, params);
    QFETCH(qint64, staticBytes);
    QFETCH(qint64, activationBytes);
    Scenario s = small();
    mutate(s);
    const Estimate e = estimate(s);
    QVERIFY(e.ok());
    QCOMPARE(e.params.total, params);
    QCOMPARE(e.memory.staticBytes, staticBytes);
    QCOMPARE(e.memory.parameters + e.memory.gradients + e.memory.optimizerStates, staticBytes);
    QCOMPARE(e.memory.activations, activationBytes);
    QCOMPARE(e.memory.peak, staticBytes + activationBytes);
    QCOMPARE(e.memory.peak, e.memory.staticBytes + s.model.batch * e.memory.perSampleBytes);
}

void TestOptions::flops_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<double>("forward");
    QTest::addColumn<double>("recompute");
    QTest::addColumn<double>("optimizerPerParam");
    // Lecture forward: L(32bcd² + 4bc²d) + 2bcdv = 2·(131,072 + 8,192) + 51,200 = 329,728.
    const double fwd = 329728;
    QTest::newRow("lecture") << Mutation([](Scenario &) {}) << fwd << 0.0 << 15.0;
    // Selective and FlashAttention rebuild QKᵀ: L·2bc²d = 8,192.
    QTest::newRow("selective") << Mutation([](Scenario &s) {
        s.options.checkpointing = Checkpointing::Selective;
    }) << fwd << 8192.0 << 15.0;
    QTest::newRow("flash") << Mutation([](Scenario &s) { s.options.flashAttention = true; }) << fwd
                           << 8192.0 << 15.0;
    // Full re-runs the blocks' forward, L(32bcd² + 4bc²d) = 278,528, not the LM head.
    QTest::newRow("full") << Mutation([](Scenario &s) {
        s.options.checkpointing = Checkpointing::Full;
    }) << fwd << 278528.0 << 15.0;
    QTest::newRow("full and flash") << Mutation([](Scenario &s) {
        s.options.checkpointing = Checkpointing::Full;
        s.options.flashAttention = true;
    }) << fwd << 278528.0 + 8192.0 << 15.0;
    // GELU: W1 alone, L·2·bcd·d_ff = 65,536 instead of 131,072.
    QTest::newRow("gelu") << Mutation([](Scenario &s) { s.model.ffn = FfnKind::Gelu; })
                          << fwd - 65536 << 0.0 << 15.0;
    // GQA: Q, K, V projections L·2·bcd·(d + 2·d_kv) = 32,768 instead of 49,152.
    QTest::newRow("kv-heads 2") << Mutation([](Scenario &s) { s.model.kvHeads = 2; }) << fwd - 16384
                                << 0.0 << 15.0;
    QTest::newRow("tied: the head still multiplies")
            << Mutation([](Scenario &s) { s.model.tiedEmbeddings = true; }) << fwd << 0.0 << 15.0;
    QTest::newRow("sgd-momentum") << Mutation([](Scenario &s) {
        s.options.optimizer = Optimizer::SgdMomentum;
    }) << fwd << 0.0 << 4.0;
    QTest::newRow("sgd") << Mutation([](Scenario &s) { s.options.optimizer = Optimizer::Sgd; })
                         << fwd << 0.0 << 2.0;
    QTest::newRow("adam-8bit") << Mutation([](Scenario &s) {
        s.options.optimizer = Optimizer::Adam8bit;
    }) << fwd << 0.0 << 19.0;
}

void TestOptions::flops()
{
    QFETCH(Mutation, mutate);
    QFETCH(double, forward);
    QFETCH(double, recompute);
    QFETCH(double, optimizerPerParam);
    Scenario s = small();
    mutate(s);
    const Estimate e = estimate(s);
    QCOMPARE(e.flops.forward, forward);
    QCOMPARE(e.flops.recompute, recompute);
    QCOMPARE(e.flops.backward, 2 * forward + recompute);
    QCOMPARE(e.flops.optimizer, optimizerPerParam * double(e.params.total));
    QCOMPARE(e.flops.total, e.flops.forward + e.flops.backward + e.flops.optimizer);
}

// Under ZeRO ≥ 1 each GPU updates only its ⌈N_p/GPUs⌉ parameters (Rajbhandari et al. 2020,
// §5.1): the optimizer FLOPs reported are that GPU's, the figure the time uses. The small model
// has N_p = 11,472 (handWorked).
void TestOptions::zeroShardsTheUpdate_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<qint64>("gpus");
    QTest::addColumn<qint64>("updated");
    QTest::newRow("ZeRO 0: every parameter") << 0 << qint64(4) << qint64(11472);
    QTest::newRow("ZeRO 1 over 4: 2,868") << 1 << qint64(4) << qint64(2868);
    QTest::newRow("ZeRO 2 over 8: 1,434") << 2 << qint64(8) << qint64(1434);
    QTest::newRow("ZeRO 3 over 5: ⌈11,472/5⌉ = 2,295") << 3 << qint64(5) << qint64(2295);
    QTest::newRow("ZeRO 1 on one GPU") << 1 << qint64(1) << qint64(11472);
}

void TestOptions::zeroShardsTheUpdate()
{
    QFETCH(int, stage);
    QFETCH(qint64, gpus);
    QFETCH(qint64, updated);
    Scenario s = small();
    s.options.zeroStage = stage;
    s.hardware.gpus = gpus;
    const Estimate e = estimate(s);
    QVERIFY(e.ok());
    QCOMPARE(e.params.total, qint64(11472));
    QCOMPARE(e.flops.optimizerParameters, updated);
    QCOMPARE(e.flops.optimizer, 15.0 * double(updated));
    QCOMPARE(e.flops.total, e.flops.forward + e.flops.backward + e.flops.optimizer);
    // One optimizer step on one GPU: its micro-batches, then its own update.
    QCOMPARE(e.training.secondsPerStep,
             (e.flops.forward + e.flops.backward + e.flops.optimizer)
                     / (s.hardware.peakFlopsPerGpu * s.hardware.mfu));
}

void TestOptions::lectureDefaultUnchanged()
{
    // Every option at its default is the lecture: the worked example's figures stay exact.
    const Estimate e = estimate(Scenario {});
    QCOMPARE(e.params.total, qint64(266888192));
    QCOMPARE(e.memory.peak, qint64(5617631232));
    QCOMPARE(e.flops.total, 1480935201792.0);
    QCOMPARE(e.maxBatch.exact, qint64(63));
}

QTEST_APPLESS_MAIN(TestOptions)
#include "tst_options.moc"
