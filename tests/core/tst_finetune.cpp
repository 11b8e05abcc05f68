// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"
#include "finetune.h"
#include "pytorcheager.h"

#include <QTest>

using namespace ts;

Q_DECLARE_METATYPE(ts::LoraTargets)

// LoRA and QLoRA (docs/formulas.md §8.6) against hand-derived figures, each derivation beside it.
class TestFinetune : public QObject
{
    Q_OBJECT
private slots:
    void trainableParameters_data();
    void trainableParameters();
    void llama7bQlora();
    void memory();
    void activations();
    void flops();
    void nf4();
    void eagerSavedTensors();
};

namespace {

// The small model of tst_options: b = 2, c = 8, d = 16, L = 2, h = 4, v = 100, SwiGLU with
// d_ff = 64. N_p = 2·1600 + 16 + 2·(32 + 4·256 + 3·16·64) = 11,472.
Scenario small(FineTuning mode, LoraTargets targets)
{
    Scenario s;
    s.model.batch = 2;
    s.model.seqLen = 8;
    s.model.dModel = 16;
    s.model.layers = 2;
    s.model.heads = 4;
    s.model.vocab = 100;
    s.options.finetune = mode;
    s.options.loraRank = 4;
    s.options.loraTargets = targets;
    return s;
}

} // namespace

void TestFinetune::trainableParameters_data()
{
    QTest::addColumn<ts::LoraTargets>("targets");
    QTest::addColumn<qint64>("trainable");
    // r·(in + out) per adapted layer, two blocks, r = 4: W_Q and W_V are 16 → 16: 128 each.
    QTest::newRow("W_Q, W_V") << LoraTargets::Qv << qint64(2 * (128 + 128));
    // W_K and W_O too: 4·128 per block.
    QTest::newRow("attention") << LoraTargets::Attention << qint64(2 * 512);
    // and the FFN's W1, W3 (16 → 64) and W2 (64 → 16): 3·4·80 = 960 more per block.
    QTest::newRow("all linear") << LoraTargets::All << qint64(2 * (512 + 960));
}

void TestFinetune::trainableParameters()
{
    QFETCH(ts::LoraTargets, targets);
    QFETCH(qint64, trainable);
    const Estimate e = estimate(small(FineTuning::Lora, targets));
    QVERIFY(e.ok());
    QCOMPARE(e.params.total, qint64(11472)); // the model itself is unchanged
    QCOMPARE(e.params.adapters, trainable);
    QCOMPARE(e.params.trainable, trainable);
    // Full training trains everything and has no adapter.
    const Estimate full = estimate(small(FineTuning::Full, targets));
    QCOMPARE(full.params.trainable, qint64(11472));
    QCOMPARE(full.params.adapters, qint64(0));
}

void TestFinetune::llama7bQlora()
{
    // The check, derived independently: LLaMA-7B (d 4096, d_ff 11008, L 32), QLoRA
    // r = 64 on every linear layer: per block W_Q, W_K, W_V, W_O 4·64·8192 = 2,097,152, W1 and W3
    // 2·64·15104 = 1,933,312, W2 64·15104 = 966,656: 4,997,120; ×32 = 159,907,840.
    Scenario s;
    s.model = { 1, 512, 4096, 32, 32, 32000, FfnKind::SwiGlu, 11008 };
    s.options.precision = Precision::Bf16Mixed;
    s.options.finetune = FineTuning::Qlora;
    s.options.loraRank = 64;
    s.options.loraTargets = LoraTargets::All;
    const Estimate e = estimate(s);
    QVERIFY(e.ok());
    QCOMPARE(e.params.trainable, qint64(159907840));
    // NF4 per matrix: 4096² weights take 16,777,216·2113/4096 = 8,654,848 bytes, 4096·11008
    // take 23,259,904; per block 4·8,654,848 + 3·23,259,904 = 104,399,104; ×32 = 3,340,771,328.
    // The rest (embedding, head, norms: 262,410,240 weights) stays bf16: 524,820,480.
    QCOMPARE(e.params.quantized, qint64(32) * (4 * 4096 * 4096 + 3 * 4096 * 11008));
    QCOMPARE(e.memory.frozenWeights, qint64(3340771328) + qint64(524820480));
    // The adapters train in bf16-mixed: 2 + 2 + 12 bytes each.
    QCOMPARE(e.memory.parameters - e.memory.frozenWeights, qint64(2) * 159907840);
    QCOMPARE(e.memory.gradients, qint64(2) * 159907840);
    QCOMPARE(e.memory.optimizerStates, qint64(12) * 159907840);
}

void TestFinetune::memory()
{
    // LoRA on W_Q, W_V in fp32: the 11,472 frozen weights once (45,888 bytes), the 512 adapter
    // weights 4 bytes each, their gradients 4, AdamW's m and v 8.
    const Estimate lora = estimate(small(FineTuning::Lora, LoraTargets::Qv));
    QCOMPARE(lora.memory.frozenWeights, qint64(45888));
    QCOMPARE(lora.memory.parameters, qint64(45888 + 2048));
    QCOMPARE(lora.memory.gradients, qint64(2048));
    QCOMPARE(lora.memory.optimizerStates, qint64(4096));

    // QLoRA on every layer in bf16-mixed: the blocks' 2·(4·256 + 3·1024) = 8,192 matrix weights
    // in NF4, matrix by matrix ⌈n·2113/4096⌉: 256 → 133 bytes, 1024 → 529; per block
    // 4·133 + 3·529 = 2,119, two blocks 4,238. The other 3,280 weights in bf16: 6,560 bytes.
    // The 2,944 adapter weights: 2 bytes, gradients 2, master copy and moments 12.
    Scenario q = small(FineTuning::Qlora, LoraTargets::All);
    q.options.precision = Precision::Bf16Mixed;
    const Estimate e = estimate(q);
    QCOMPARE(e.params.quantized, qint64(8192));
    QCOMPARE(e.memory.frozenWeights, qint64(4238 + 6560));
    QCOMPARE(e.memory.parameters, qint64(4238 + 6560 + 2 * 2944));
    QCOMPARE(e.memory.gradients, qint64(2 * 2944));
    QCOMPARE(e.memory.optimizerStates, qint64(12 * 2944));

    // ZeRO-3 over 4 GPUs: each keeps ⌈2944/4⌉ = 736 adapters and ⌈10,798/4⌉ = 2,700 frozen bytes.
    q.options.zeroStage = 3;
    const Estimate z = estimate(q);
    QCOMPARE(z.memory.frozenWeights, qint64(2700));
    QCOMPARE(z.memory.parameters, qint64(2700 + 2 * 736));
    QCOMPARE(z.memory.optimizerStates, qint64(12 * 736));
}

void TestFinetune::activations()
{
    // bc = 16, bcd = 256 elements. Full training keeps 13,376 elements (tst_options). LoRA on
    // W_Q, W_V needs no input of W_O (O, 256 per block), W1/W3 (x_ffin, 256) or W2 (H, 1024), nor
    // the LM head's (X_final, 256); it adds A·x for two adapters, 2·bc·r = 128 per block:
    // 13,376 − 2·(256 + 256 + 1024 − 128) − 256 = 10,304.
    const Estimate full = estimate(small(FineTuning::Full, LoraTargets::Qv));
    QCOMPARE(full.activations.total, qint64(13376));
    const Estimate qv = estimate(small(FineTuning::Lora, LoraTargets::Qv));
    QCOMPARE(qv.activations.total, qint64(10304));
    QCOMPARE(qv.memory.activations, qint64(4 * 10304));
    QCOMPARE(qv.activations.of(Activation::LoraInter), qint64(2 * 128));
    QCOMPARE(qv.activations.of(Activation::O), qint64(0));
    QCOMPARE(qv.activations.of(Activation::XFinal), qint64(0));
    // On every layer every block input is needed again; seven adapters add 7·64 per block:
    // 13,376 − 256 (X_final) + 2·448 = 14,016.
    QCOMPARE(estimate(small(FineTuning::Lora, LoraTargets::All)).activations.total, qint64(14016));
    // QLoRA keeps every quantized layer's input, as bitsandbytes' 4-bit matmul saves it: on
    // W_Q, W_V 13,376 − 256 + 2·128 = 13,376.
    QCOMPARE(estimate(small(FineTuning::Qlora, LoraTargets::Qv)).activations.total, qint64(13376));
}

void TestFinetune::flops()
{
    // Forward: the lecture's 329,728 (tst_options) plus the adapters, L·2·bc·r·Σ(in + out) =
    // 2·2·16·4·(32 + 32) = 16,384 on W_Q, W_V.
    const Estimate e = estimate(small(FineTuning::Lora, LoraTargets::Qv));
    QCOMPARE(e.flops.forward, 329728.0 + 16384);
    QCOMPARE(e.flops.of(Matmul::LoraAdapters), 16384.0);
    // Backward: the frozen products once (x-gradients only): QKV 49,152 + W_O 16,384 +
    // W1/W3 131,072 + W2 65,536 + LM head 51,200 = 313,344; QKᵀ, P·V and the adapters twice:
    // 2·(8,192 + 8,192 + 16,384) = 65,536; minus what the first block needs no gradient for
    // (the embedding is frozen): W_Q, W_K, W_V's x-gradient 24,576, K's 4,096 (no adapter on
    // W_K), the two adapters' x-gradients 2·(2·16·4·16) = 4,096. 346,112 in all.
    QCOMPARE(e.flops.backward, 313344.0 + 65536 - 24576 - 4096 - 4096);
    // The optimizer updates only the 512 adapters.
    QCOMPARE(e.flops.optimizer, 15.0 * 512);
    QCOMPARE(e.flops.optimizerParameters, qint64(512));
}

void TestFinetune::nf4()
{
    // 4 + 8/64 + 32/(64·256) bits per weight, rounded up per matrix (Dettmers et al. 2023, §3).
    // 16,384 weights: 8,192 bytes of 4-bit codes, 256 one-byte block scales, one fp32 scale.
    QCOMPARE(nf4Bytes(64 * 256).value(), qint64(8192 + 256 + 4));
    QCOMPARE(nf4Bytes(4096).value(), qint64(2113));
    QCOMPARE(nf4Bytes(1).value(), qint64(1));
    QCOMPARE(nf4Bytes(0).value(), qint64(0));
}

void TestFinetune::eagerSavedTensors()
{
    // What PyTorch eager saves under LoRA on W_Q, W_V (r = 4), byte for byte as the harness
    // measures it (tst_pytorchreference, lora). bcd = 256, bc·d_ff = 1,024, bhc² = 512:
    //   x 4·(L−1)·bcd = 1,024 (block 1's first norm has no gradient to give); x_norm 4·L·bcd =
    //   2,048 (A's input); Q and Kᵀ copies 8·bcd + 4·bcd = 3,072 (block 1 keeps Kᵀ alone); P
    //   4,096; V 2,048; x_res 2,048; G, V_ff 16,384; SiLU(G) 8,192; no O, x_ffin, H or X_final
    //   (frozen products); final-norm input 1,024 and its x², rms 1,088 (no x / rms: the gain
    //   is frozen); x² and rms of 2L − 1 = 3 norms 3,072 + 192; log-probabilities 6,400; masks
    //   2·64; 1/√d_head 2·8; targets 128; total weight 4; no token ids (frozen embedding);
    //   A·x 4·2·2·16·4 = 1,024 and α/r 8·2·2 = 32.
    Scenario s = small(FineTuning::Lora, LoraTargets::Qv);
    QCOMPARE(eagerSavedActivations(s), std::optional<std::int64_t>(52020));
    // Full training is the eager accounting's own figure.
    s.options.finetune = FineTuning::Full;
    s.options.accounting = Accounting::PytorchEager;
    QCOMPARE(eagerSavedActivations(s), std::optional<std::int64_t>(estimate(s).memory.activations));
    // QLoRA (bitsandbytes) and options beyond the lecture are not modelled.
    s.options.finetune = FineTuning::Qlora;
    QVERIFY(!eagerSavedActivations(s));
    s.options.finetune = FineTuning::Lora;
    s.options.precision = Precision::Bf16Mixed;
    QVERIFY(!eagerSavedActivations(s));
}

QTEST_APPLESS_MAIN(TestFinetune)
#include "tst_finetune.moc"
