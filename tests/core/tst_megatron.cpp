// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"

#include <QTest>

#include <cmath>

using namespace ts;

// Published checks of Narayanan et al. 2021, "Efficient Large-Scale Language Model Training on
// GPU Clusters Using Megatron-LM" (SC '21, arXiv:2104.04473), Table 1: ten GPT models of 1.7 to
// 1008 billion parameters, all with V = 51,200 and s = 2048. Their model is the GPT family here:
// LayerNorm, biases on every linear layer, learned positions (s × h), GELU FFN of 4h, the LM head
// tied to the embedding. Their Appendix counts
//   P = 12·l·h²·(1 + 13/(12h) + (V + s)/(12·l·h))
// parameters, which leaves out the final LayerNorm (2h); and, with full activation recomputation,
//   F = 96·B·s·l·h²·(1 + s/(6h) + V/(16·l·h))
// FLOPs per iteration of B sequences (forward, backward, and the recomputed forward of every
// block; the LM head is not recomputed). Our notation: h = d, l = L, s = c, V = v, B = b.
class TestMegatron : public QObject
{
    Q_OBJECT
private slots:
    void table1_data();
    void table1();
};

void TestMegatron::table1_data()
{
    QTest::addColumn<int>("heads");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<int>("layers");
    QTest::addColumn<double>("billions"); // as Table 1 prints them
    QTest::newRow("1.7B") << 24 << 2304 << 24 << 1.7;
    QTest::newRow("3.6B") << 32 << 3072 << 30 << 3.6;
    QTest::newRow("7.5B") << 32 << 4096 << 36 << 7.5;
    QTest::newRow("18.4B") << 48 << 6144 << 40 << 18.4;
    QTest::newRow("39.1B") << 64 << 8192 << 48 << 39.1;
    QTest::newRow("76.1B") << 80 << 10240 << 60 << 76.1;
    QTest::newRow("145.6B") << 96 << 12288 << 80 << 145.6;
    QTest::newRow("310.1B") << 128 << 16384 << 96 << 310.1;
    QTest::newRow("529.6B") << 128 << 20480 << 105 << 529.6;
    QTest::newRow("1008.0B") << 160 << 25600 << 128 << 1008.0;
}

void TestMegatron::table1()
{
    QFETCH(int, heads);
    QFETCH(int, hidden);
    QFETCH(int, layers);
    QFETCH(double, billions);
    const double V = 51200, s = 2048, h = hidden, l = layers;
    Scenario sc;
    sc.model.heads = heads;
    sc.model.dModel = hidden;
    sc.model.layers = layers;
    sc.model.vocab = 51200;
    sc.model.seqLen = 2048;
    sc.model.batch = 3;
    sc.model.maxPositions = 2048;
    sc.model.norm = NormKind::LayerNorm;
    sc.model.bias = BiasKind::All;
    sc.model.ffn = FfnKind::Gelu;
    sc.model.tiedEmbeddings = true;
    sc.options.checkpointing = Checkpointing::Full;
    sc.hardware.gpuMemoryBytes = std::int64_t(1) << 50; // the memory is not the question here
    const Estimate e = estimate(sc);
    QVERIFY(e.ok());

    // Parameters: their formula plus the final LayerNorm exactly, and Table 1's rounded figure.
    const double P = 12 * l * h * h * (1 + 13 / (12 * h) + (V + s) / (12 * l * h));
    QCOMPARE(double(e.params.total), std::round(P) + 2 * h);
    QVERIFY(std::fabs(double(e.params.total) - P) / P < 1e-3);
    QCOMPARE(std::round(double(e.params.total) / 1e8) / 10, billions);

    // FLOPs of one iteration without the optimizer's: their formula to rounding.
    const double B = 3;
    const double F = 96 * B * s * l * h * h * (1 + s / (6 * h) + V / (16 * l * h));
    const double ours = e.flops.forward + e.flops.backward;
    QVERIFY2(std::fabs(ours - F) <= 1e-12 * F, qPrintable(QString::number(ours - F)));
    // Of which the recomputed forward of the blocks: 24Bslh² + 4Bs²lh.
    QCOMPARE(e.flops.recompute, l * (24 * B * s * h * h + 4 * B * s * s * h));
}

QTEST_APPLESS_MAIN(TestMegatron)
#include "tst_megatron.moc"
