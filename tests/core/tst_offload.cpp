// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"

#include <QTest>

using namespace ts;

Q_DECLARE_METATYPE(ts::Scenario)

// Offload (docs/formulas.md §8.8) against hand-derived figures, each derivation beside it. The
// model is the lecture's: N_p = 266,888,192, d = 1024, v = 32,000, L = 12.
class TestOffload : public QObject
{
    Q_OBJECT
private slots:
    void figures_data();
    void figures();
    void gpuLosesExactlyWhatMoves_data();
    void gpuLosesExactlyWhatMoves();
    void unknownLinkHasNoTime();
    void nodesShareNothing();
};

namespace {

constexpr qint64 kN = 266'888'192; // the lecture's N_p

Scenario lecture(Offload mode, Precision precision, int zero, std::int64_t gpus)
{
    Scenario s;
    s.options.offload = mode;
    s.options.precision = precision;
    s.options.zeroStage = zero;
    s.hardware.gpus = gpus;
    return s;
}

} // namespace

void TestOffload::figures_data()
{
    QTest::addColumn<ts::Scenario>("scenario");
    QTest::addColumn<qint64>("gpuWeights");
    QTest::addColumn<qint64>("hostPerGpu");
    QTest::addColumn<qint64>("hostPerNode");
    QTest::addColumn<qint64>("toHost");
    QTest::addColumn<qint64>("toGpu");

    // fp32, ZeRO 0, 4 GPUs in one node: each GPU keeps its 4N weights; its process keeps the
    // gradients (4N) and both moments (8N) on the host, 12N; down go 4N of gradients, up 4N of
    // updated weights.
    QTest::newRow("fp32, ZeRO 0, optimizer")
            << lecture(Offload::Optimizer, Precision::Fp32, 0, 4) << 4 * kN << 12 * kN
            << 4 * 12 * kN << 4 * kN << 4 * kN;

    // bf16-mixed, ZeRO 2 over 4 GPUs, 2 per node, 8 micro-batches: each GPU updates
    // N/4 = 66,722,048 parameters; its host keeps 2 (bf16 gradients) + 4 (master) + 8
    // (moments) = 14 bytes of each (ZeRO-Offload's 2M + 12M); down go 8 micro-batches' gradients,
    // 8·2·N/4; up the bf16 weights once, 2·N/4. The GPU keeps its 2N bf16 weights.
    {
        Scenario s = lecture(Offload::Optimizer, Precision::Bf16Mixed, 2, 4);
        s.options.gradAccum = 8;
        s.hardware.gpusPerNode = 2;
        QTest::newRow("bf16-mixed, ZeRO 2, 2 per node, 8 micro-batches")
                << s << 2 * kN << 14 * (kN / 4) << 2 * 14 * (kN / 4) << 8 * 2 * (kN / 4)
                << 2 * (kN / 4);
    }

    // bf16-mixed, ZeRO 3 over 8 GPUs, the weights offloaded too: the host keeps 16 bytes of
    // each of the GPU's N/8 = 33,361,024 parameters; the bf16 shard comes up for forward and
    // for backward, 2·2·N/8; its gradients go down, 2·N/8. The GPU keeps the largest module
    // gathered: the embedding, 2·32,000·1024 = 65,536,000 bytes, beats a block's
    // 2·(2·1024 + 16·1024²) = 33,558,528.
    QTest::newRow("bf16-mixed, ZeRO 3, optimizer+params")
            << lecture(Offload::OptimizerAndParams, Precision::Bf16Mixed, 3, 8)
            << qint64(65'536'000) << 16 * (kN / 8) << 8 * 16 * (kN / 8) << 2 * (kN / 8)
            << 2 * 2 * (kN / 8);

    // LoRA r = 8 on W_Q, W_V (8·2048 per layer, 2 layers, 12 blocks: 393,216 adapters) with
    // the weights offloaded, one GPU, fp32: the host keeps 4 bytes of every frozen weight,
    // 4N, and 4 + 4 + 8 = 16 of every adapter; up come all weights twice, 2·(4N + 4·393,216).
    // The GPU keeps the largest module: the embedding, 4·32,768,000 = 131,072,000 bytes.
    {
        Scenario s = lecture(Offload::OptimizerAndParams, Precision::Fp32, 3, 1);
        s.options.finetune = FineTuning::Lora;
        const qint64 adapters = 12 * 2 * 8 * 2048;
        QTest::newRow("LoRA, fp32, optimizer+params")
                << s << qint64(131'072'000) << 4 * kN + 16 * adapters << 4 * kN + 16 * adapters
                << 4 * adapters << 2 * (4 * kN + 4 * adapters);
    }
}

void TestOffload::figures()
{
    QFETCH(ts::Scenario, scenario);
    QFETCH(qint64, gpuWeights);
    QFETCH(qint64, hostPerGpu);
    QFETCH(qint64, hostPerNode);
    QFETCH(qint64, toHost);
    QFETCH(qint64, toGpu);
    const Estimate e = estimate(scenario);
    QVERIFY(e.ok());
    QCOMPARE(qint64(e.memory.parameters), gpuWeights);
    QCOMPARE(qint64(e.memory.gradients), qint64(0));
    QCOMPARE(qint64(e.memory.optimizerStates), qint64(0));
    QCOMPARE(qint64(e.offload.hostBytesPerGpu), hostPerGpu);
    QCOMPARE(qint64(e.offload.hostBytesPerNode), hostPerNode);
    QCOMPARE(qint64(e.offload.toHostBytes), toHost);
    QCOMPARE(qint64(e.offload.toGpuBytes), toGpu);
    // Full duplex: the larger direction at the lecture's GPU link, PCIe 4.0 x16.
    QCOMPARE(e.offload.linkSeconds, double(std::max(toHost, toGpu)) / 31.5e9);
}

void TestOffload::gpuLosesExactlyWhatMoves_data()
{
    QTest::addColumn<ts::Scenario>("scenario");
    QTest::newRow("fp32, ZeRO 1") << lecture(Offload::Optimizer, Precision::Fp32, 1, 4);
    QTest::newRow("bf16-mixed, ZeRO 2") << lecture(Offload::Optimizer, Precision::Bf16Mixed, 2, 4);
    Scenario adam8 = lecture(Offload::Optimizer, Precision::Bf16Mixed, 0, 1);
    adam8.options.optimizer = Optimizer::Adam8bit;
    QTest::newRow("8-bit Adam, one GPU") << adam8;
}

void TestOffload::gpuLosesExactlyWhatMoves()
{
    // Offloading the optimizer takes the gradients and optimizer states off the GPU and nothing
    // else: activations, FLOPs and the time stay; the largest batch grows.
    QFETCH(ts::Scenario, scenario);
    Scenario kept = scenario;
    kept.options.offload = Offload::None;
    const Estimate on = estimate(scenario), off = estimate(kept);
    QVERIFY(on.ok() && off.ok());
    QCOMPARE(on.memory.peak, off.memory.peak - off.memory.gradients - off.memory.optimizerStates);
    QCOMPARE(on.memory.parameters, off.memory.parameters);
    QCOMPARE(on.memory.activations, off.memory.activations);
    QCOMPARE(on.flops.total, off.flops.total);
    QCOMPARE(on.training.seconds, off.training.seconds);
    QVERIFY(on.maxBatch.exact > off.maxBatch.exact);
    // The states that left the GPU are on the host (the gradients at the GPU's shard of them).
    QVERIFY(on.offload.hostBytesPerGpu >= off.memory.optimizerStates);
    QCOMPARE(off.offload.hostBytesPerNode, std::int64_t(0));
}

void TestOffload::unknownLinkHasNoTime()
{
    // A GPU without a published host link (a TPU) has bytes but no seconds.
    Scenario s = lecture(Offload::Optimizer, Precision::Fp32, 0, 1);
    s.hardware.hostLinkBytesPerSecond = 0;
    const Estimate e = estimate(s);
    QVERIFY(e.ok());
    QCOMPARE(e.offload.toHostBytes, std::int64_t(4 * kN));
    QCOMPARE(e.offload.linkSeconds, 0.0);
}

void TestOffload::nodesShareNothing()
{
    // GPUs per node above the GPUs count as one node of all of them; below, each node holds
    // its GPUs' processes only.
    Scenario s = lecture(Offload::Optimizer, Precision::Fp32, 1, 4);
    for (const auto &[perNode, onANode] :
         { std::pair { 0, 4 }, std::pair { 1, 1 }, std::pair { 3, 3 }, std::pair { 64, 4 } }) {
        s.hardware.gpusPerNode = perNode;
        const Estimate e = estimate(s);
        QCOMPARE(e.offload.gpusPerNode, std::int64_t(onANode));
        QCOMPARE(e.offload.hostBytesPerNode, onANode * e.offload.hostBytesPerGpu);
    }
}

QTEST_APPLESS_MAIN(TestOffload)
#include "tst_offload.moc"
