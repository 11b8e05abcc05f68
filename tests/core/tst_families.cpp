// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"
#include "perblock.h"

#include <QTest>

#include <functional>

using namespace ts;
using ts::testing::perBlockBytes;

using Mutation = std::function<void(Scenario &)>;
Q_DECLARE_METATYPE(Mutation)

// Model families (docs/formulas.md §8.4): LayerNorm, biases, learned positions, parallel blocks
// and dropout, against hand-worked parameter counts and Korthikanti et al. 2022's activations.
class TestFamilies : public QObject
{
    Q_OBJECT
private slots:
    void parameters_data();
    void parameters();
    void korthikanti_data();
    void korthikanti();
    void switchesLeaveTheLectureAlone();
};

namespace {

// A small model: d = 16, L = 2, h = 4, v = 100, GELU with d_ff = 64 (4d), untied.
Scenario small()
{
    Scenario s;
    s.model.batch = 2;
    s.model.seqLen = 8;
    s.model.dModel = 16;
    s.model.layers = 2;
    s.model.heads = 4;
    s.model.vocab = 100;
    s.model.ffn = FfnKind::Gelu;
    return s;
}

} // namespace

void TestFamilies::parameters_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<qint64>("total");
    // The small model: embedding 1,600, head 1,600, final norm 16, per block 2·16 norms +
    // 4·16² attention + 2·16·64 FFN = 32 + 1,024 + 2,048 = 3,104: 3,216 + 2·3,104 = 9,424.
    QTest::newRow("lecture block, GELU") << Mutation([](Scenario &) {}) << qint64(9424);
    // LayerNorm: a bias of 16 per norm, two per block and the final one: 2·2·16 + 16 = + 80.
    QTest::newRow("LayerNorm") << Mutation([](Scenario &s) { s.model.norm = NormKind::LayerNorm; })
                               << qint64(9424 + 80);
    // Q, K, V biases: 3·16 per block: + 96.
    QTest::newRow("Q/K/V biases") << Mutation([](Scenario &s) { s.model.bias = BiasKind::Qkv; })
                                  << qint64(9424 + 96);
    // Every bias: Q, K, V, O (4·16) and the FFN's (64 + 16) per block: 2·144 = + 288.
    QTest::newRow("all biases") << Mutation([](Scenario &s) { s.model.bias = BiasKind::All; })
                                << qint64(9424 + 288);
    // SwiGLU with all biases: W3 adds 16·64 per block; W1 and W3 get 64 biases each, W2 16: the
    // FFN's biases 144 and attention's 64 per block.
    QTest::newRow("all biases, SwiGLU") << Mutation([](Scenario &s) {
        s.model.bias = BiasKind::All;
        s.model.ffn = FfnKind::SwiGlu;
    }) << qint64(9424 + 2 * 16 * 64 + 2 * (64 + 144));
    // Grouped K/V (2 heads of 4: d_kv = 8) with Q/K/V biases: K and V lose 2·16·8 weights per
    // block, the biases are 16 + 2·8: 9,424 − 2·256 + 2·32.
    QTest::newRow("GQA with Q/K/V biases") << Mutation([](Scenario &s) {
        s.model.kvHeads = 2;
        s.model.bias = BiasKind::Qkv;
    }) << qint64(9424 - 2 * 256 + 2 * 32);
    // 1,024 learned positions: 1,024·16.
    QTest::newRow("learned positions")
            << Mutation([](Scenario &s) { s.model.maxPositions = 1024; }) << qint64(9424 + 16384);
    // A parallel block and dropout hold no parameters.
    QTest::newRow("parallel block, dropout") << Mutation([](Scenario &s) {
        s.model.parallelBlock = true;
        s.model.dropout = true;
    }) << qint64(9424);
    // GPT-2's family together: LayerNorm, all biases, positions, tied.
    QTest::newRow("GPT-2 family, tied") << Mutation([](Scenario &s) {
        s.model.norm = NormKind::LayerNorm;
        s.model.bias = BiasKind::All;
        s.model.maxPositions = 1024;
        s.model.tiedEmbeddings = true;
    }) << qint64(9424 + 80 + 288 + 16384 - 1600);
}

void TestFamilies::parameters()
{
    QFETCH(Mutation, mutate);
    QFETCH(qint64, total);
    Scenario s = small();
    mutate(s);
    const Estimate e = estimate(s);
    QVERIFY(e.ok());
    QCOMPARE(e.params.total, total);
    QCOMPARE(e.params.total,
             e.params.embedding + e.params.positions + e.params.allBlocks + e.params.finalNorm
                     + e.params.outputProjection);
}

// Korthikanti et al. 2022 ("Reducing Activation Recomputation in Large Transformer Models",
// §4.1, eq. 1): a GPT layer in 16-bit with dropout keeps sbh(34 + 5as/h) bytes, 34sbh with
// selective recompute. Their s, b, h, a are our c, b, d, h. The GPT family: LayerNorm, all
// biases, GELU with d_ff = 4d, sequential blocks, dropout, bf16-mixed.
void TestFamilies::korthikanti_data()
{
    QTest::addColumn<qint64>("s");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("h");
    QTest::addColumn<qint64>("a");
    QTest::newRow("GPT-2 small shape, s = 1024, b = 8") << 1024LL << 8LL << 768LL << 12LL;
    QTest::newRow("GPT-3 175B layer, s = 2048, b = 1") << 2048LL << 1LL << 12288LL << 96LL;
    QTest::newRow("odd: s = 7, b = 3, h = 15, a = 5") << 7LL << 3LL << 15LL << 5LL;
    QTest::newRow("odd: s = 513, b = 2, h = 1600, a = 25") << 513LL << 2LL << 1600LL << 25LL;
    QTest::newRow("prime s = 97, b = 5, h = 60, a = 12") << 97LL << 5LL << 60LL << 12LL;
    QTest::newRow("one of everything") << 1LL << 1LL << 1LL << 1LL;
}

void TestFamilies::korthikanti()
{
    QFETCH(qint64, s);
    QFETCH(qint64, b);
    QFETCH(qint64, h);
    QFETCH(qint64, a);
    Scenario gpt;
    gpt.model = { b, s, h, 3, a, 50257 };
    gpt.model.ffn = FfnKind::Gelu;
    gpt.model.norm = NormKind::LayerNorm;
    gpt.model.bias = BiasKind::All;
    gpt.model.maxPositions = 1024;
    gpt.model.dropout = true;
    gpt.options.precision = Precision::Bf16Mixed;
    const Estimate e = estimate(gpt);
    QVERIFY(e.ok());
    QCOMPARE(perBlockBytes(gpt, e), s * b * h * 34 + 5 * a * s * s * b);
    // The embedding's dropout mask, once: sbh bytes.
    QCOMPARE(e.activations.bytesOf(Activation::EmbedMask), s * b * h);

    Scenario selective = gpt;
    selective.options.checkpointing = Checkpointing::Selective;
    const Estimate r = estimate(selective);
    QCOMPARE(perBlockBytes(selective, r), s * b * h * 34);

    // Without dropout: no masks and no dropped-out probabilities, 32sbh + 2as²b.
    Scenario plain = gpt;
    plain.model.dropout = false;
    QCOMPARE(perBlockBytes(plain, estimate(plain)), s * b * h * 32 + 2 * a * s * s * b);

    // A parallel block (GPT-NeoX) keeps no residual between attention and FFN: 2sbh less.
    Scenario parallel = gpt;
    parallel.model.parallelBlock = true;
    QCOMPARE(perBlockBytes(parallel, estimate(parallel)), s * b * h * 32 + 5 * a * s * s * b);
}

void TestFamilies::switchesLeaveTheLectureAlone()
{
    // The lecture's block is every switch's default: the worked example stays exact.
    const Estimate e = estimate(Scenario {});
    QCOMPARE(e.params.total, qint64(266888192));
    QCOMPARE(e.params.positions, qint64(0));
    QCOMPARE(e.memory.peak, qint64(5617631232));
    QCOMPARE(e.flops.total, 1480935201792.0);
    // FLOPs count matrix products only: biases, norms and dropout change none of them.
    Scenario family;
    family.model.norm = NormKind::LayerNorm;
    family.model.bias = BiasKind::All;
    family.model.dropout = true;
    family.model.parallelBlock = true;
    QCOMPARE(estimate(family).flops.forward, e.flops.forward);
}

QTEST_APPLESS_MAIN(TestFamilies)
#include "tst_families.moc"
