// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "communication.h"
#include "estimate.h"
#include "layout.h"
#include "perblock.h"
#include "validation.h"

#include <QTest>

#include <algorithm>
#include <vector>

using namespace ts;
using ts::testing::perBlockBytes;

// Pipeline and context parallelism and the communication model (docs/formulas.md §8.10)
// against their sources:
// - Narayanan et al. 2021 ("Efficient Large-Scale Language Model Training on GPU Clusters
//   Using Megatron-LM", §2.2): the 1F1B bubble is (p − 1)/m of the ideal time, the interleaved
//   one (p − 1)/(v·m); a stage of 1F1B holds at most p of the m micro-batches in flight.
// - Korthikanti et al. 2022 (§4.2.3): the first stage of 1F1B keeps p micro-batches of L/p
//   layers, L layers' activations whatever p; interleaved, L·(1 + (p − 1)/(p·v)).
// - Rajbhandari et al. 2020 (ZeRO, §7): data parallelism and ZeRO 1–2 move 2Ψ per GPU and step,
//   ZeRO 3 moves 3Ψ; a ring all-reduce sends 2(n − 1)/n of the buffer (Patarasuk and Yuan 2009).
class TestPipeline : public QObject
{
    Q_OBJECT
private slots:
    void firstStageKeepsLLayers_data();
    void firstStageKeepsLLayers();
    void bubbleFraction_data();
    void bubbleFraction();
    void scheduleSimulation_data();
    void scheduleSimulation();
    void stagesHoldTheModel_data();
    void stagesHoldTheModel();
    void ringVolumes_data();
    void ringVolumes();
    void zeroVolumes();
    void contextParallelDivides();
    void oneOfEachIsToday();
    void badLayouts_data();
    void badLayouts();
};

Q_DECLARE_METATYPE(Scenario)

namespace {

// Korthikanti et al.'s GPT layer: 16-bit, dropout, GELU, LayerNorm, biases, learned positions.
Scenario gpt(std::int64_t layers, std::int64_t p, std::int64_t m)
{
    Scenario s;
    s.model = { 1, 2048, 1024, layers, 16, 51200 };
    s.model.ffn = FfnKind::Gelu;
    s.model.norm = NormKind::LayerNorm;
    s.model.bias = BiasKind::All;
    s.model.maxPositions = 2048;
    s.model.dropout = true;
    s.options.precision = Precision::Bf16Mixed;
    s.options.pipelineParallel = p;
    s.options.gradAccum = m;
    s.hardware.gpus = p;
    s.hardware.gpuMemoryBytes = std::int64_t(80) << 30;
    return s;
}

} // namespace

void TestPipeline::firstStageKeepsLLayers_data()
{
    QTest::addColumn<qint64>("p");
    QTest::addColumn<qint64>("v");
    QTest::addColumn<qint64>("m");
    QTest::addColumn<double>("layersKept"); // per-layer activations the first stage keeps
    const qint64 L = 48;
    for (const qint64 p : { 1, 2, 4, 8 }) {
        QTest::newRow(qPrintable(QStringLiteral("1F1B p=%1, m=2p").arg(p)))
                << p << qint64(1) << 2 * p << double(L);
        // Fewer micro-batches than stages: only m are ever in flight.
        QTest::newRow(qPrintable(QStringLiteral("1F1B p=%1, m=1").arg(p)))
                << p << qint64(1) << qint64(1) << double(L / p);
        for (const qint64 v : { 2, 3 })
            QTest::newRow(qPrintable(QStringLiteral("interleaved p=%1 v=%2").arg(p).arg(v)))
                    << p << v << 2 * p << double(L) * (1 + double(p - 1) / double(p * v));
    }
}

void TestPipeline::firstStageKeepsLLayers()
{
    QFETCH(qint64, p);
    QFETCH(qint64, v);
    QFETCH(qint64, m);
    QFETCH(double, layersKept);
    Scenario s = gpt(48, p, m);
    if (v > 1) {
        s.options.pipelineSchedule = PipelineSchedule::Interleaved;
        s.options.pipelineChunks = v;
    }
    const Estimate e = estimate(s);
    QVERIFY(e.ok());
    // One layer: sbh·34 + 5as²b bytes (Korthikanti Table 2, t = 1); the embedding's dropout
    // mask, sbh bytes per micro-batch in flight (min(p, m)), comes on top.
    const qint64 sbh = 2048 * 1024, layer = 34 * sbh + 5 * 16 * 2048 * 2048;
    Scenario one = gpt(48, 1, 1);
    QCOMPARE(perBlockBytes(one, estimate(one)), layer);
    const qint64 masks = std::min(p, m) * sbh;
    const qint64 head = p == 1 ? e.memory.head : 0; // with one stage the first is the last
    const double blocks = double(e.pipeline.first.activationBytes - masks - head) / double(layer);
    QCOMPARE(blocks, layersKept);
    if (p > 1) // the last stage keeps the head's tensors instead of the embedding's masks
        QVERIFY(e.pipeline.last.activationBytes > 0);
}

void TestPipeline::bubbleFraction_data()
{
    QTest::addColumn<qint64>("p");
    QTest::addColumn<qint64>("v");
    QTest::addColumn<qint64>("m");
    QTest::addColumn<double>("fraction");
    // Narayanan et al. 2021: (p − 1)/m, and (p − 1)/(v·m) interleaved.
    QTest::newRow("p=1") << qint64(1) << qint64(1) << qint64(8) << 0.0;
    QTest::newRow("p=4 m=8") << qint64(4) << qint64(1) << qint64(8) << 3.0 / 8;
    QTest::newRow("p=8 m=64") << qint64(8) << qint64(1) << qint64(64) << 7.0 / 64;
    QTest::newRow("p=8 m=2, more bubble than work") << qint64(8) << qint64(1) << qint64(2) << 3.5;
    QTest::newRow("interleaved p=4 v=2 m=8") << qint64(4) << qint64(2) << qint64(8) << 3.0 / 16;
    QTest::newRow("interleaved p=8 v=4 m=16") << qint64(8) << qint64(4) << qint64(16) << 7.0 / 64;
}

void TestPipeline::bubbleFraction()
{
    QFETCH(qint64, p);
    QFETCH(qint64, v);
    QFETCH(qint64, m);
    QFETCH(double, fraction);
    Scenario s = gpt(64, p, m);
    if (v > 1) {
        s.options.pipelineSchedule = PipelineSchedule::Interleaved;
        s.options.pipelineChunks = v;
    }
    s.hardware.gpuLinkBytesPerSecond = 0; // no communication: the bubble alone
    const Estimate e = estimate(s);
    QVERIFY(e.ok());
    QCOMPARE(layoutOf(s).bubbleFraction(), fraction);
    const StepTimeBreakdown &b = e.training.breakdown;
    QCOMPARE(b.bubble, fraction * (b.compute + b.recompute));
    QCOMPARE(b.pipelineParallel, 0.0);
}

void TestPipeline::scheduleSimulation_data()
{
    QTest::addColumn<qint64>("p");
    QTest::addColumn<qint64>("m");
    for (const qint64 p : { 1, 2, 3, 4, 8 })
        for (const qint64 m : { 1, 2, 3, 4, 8, 13 })
            QTest::newRow(qPrintable(QStringLiteral("p=%1 m=%2").arg(p).arg(m))) << p << m;
}

// Runs PipeDream-Flush 1F1B event by event (stage i: p − i − 1 warm-up forwards, then one
// forward and one backward alternately, then the remaining backwards; a forward waits for the
// stage before, a backward for the stage after) with forward 1 and backward 2 time units, and
// checks the makespan and the most micro-batches in flight on each stage against the model.
void TestPipeline::scheduleSimulation()
{
    QFETCH(qint64, p);
    QFETCH(qint64, m);
    struct Op
    {
        bool forward;
        qint64 micro;
    };
    std::vector<std::vector<Op>> order(p);
    for (qint64 i = 0; i < p; ++i) {
        const qint64 warm = std::min(p - i - 1, m);
        qint64 f = 0, b = 0;
        for (; f < warm; ++f)
            order[i].push_back({ true, f });
        while (f < m) {
            order[i].push_back({ true, f++ });
            order[i].push_back({ false, b++ });
        }
        while (b < m)
            order[i].push_back({ false, b++ });
    }
    std::vector<std::vector<double>> doneF(p, std::vector<double>(m, -1)),
            doneB(p, std::vector<double>(m, -1));
    std::vector<std::size_t> next(p, 0);
    std::vector<double> clock(p, 0);
    std::vector<qint64> inFlight(p, 0), most(p, 0);
    for (bool progress = true; progress;) {
        progress = false;
        for (qint64 i = 0; i < p; ++i) {
            if (next[i] == order[i].size())
                continue;
            const Op op = order[i][next[i]];
            const double ready = op.forward
                    ? (i == 0 ? 0 : doneF[i - 1][op.micro])
                    : (i == p - 1 ? doneF[i][op.micro] : doneB[i + 1][op.micro]);
            if (ready < 0)
                continue;
            clock[i] = std::max(clock[i], ready) + (op.forward ? 1 : 2);
            (op.forward ? doneF : doneB)[i][op.micro] = clock[i];
            inFlight[i] += op.forward ? 1 : -1;
            most[i] = std::max(most[i], inFlight[i]);
            ++next[i];
            progress = true;
        }
    }
    const double makespan = *std::max_element(clock.begin(), clock.end());
    // Ideal m·3, plus the bubble (p − 1)/m of it.
    Layout l;
    l.pp = p;
    l.microBatches = m;
    QCOMPARE(makespan, 3.0 * double(m) * (1 + l.bubbleFraction()));
    for (qint64 i = 0; i < p; ++i) {
        const StageSlice slice = stageSlice(l, p * 6, i);
        QCOMPARE(slice.blocksInFlight, most[i] * 6);
    }
}

void TestPipeline::stagesHoldTheModel_data()
{
    QTest::addColumn<bool>("tied");
    QTest::addColumn<qint64>("t");
    QTest::newRow("untied") << false << qint64(1);
    QTest::newRow("tied: the last stage keeps its own head") << true << qint64(1);
    QTest::newRow("untied, t = 2") << false << qint64(2);
}

void TestPipeline::stagesHoldTheModel()
{
    QFETCH(bool, tied);
    QFETCH(qint64, t);
    for (const qint64 p : { 1, 2, 4, 8 }) {
        Scenario s = gpt(24, p, p);
        s.model.tiedEmbeddings = tied;
        s.options.tensorParallel = t;
        s.hardware.gpus = p * t;
        const std::vector<StageMemory> stages = stageMemories(s);
        QCOMPARE(qint64(stages.size()), p);
        qint64 sum = 0;
        for (const StageMemory &stage : stages)
            sum += stage.parameters;
        const Estimate e = estimate(s);
        const qint64 copy = tied && p > 1 ? 51200 / t * 1024 : 0;
        QCOMPARE(sum, e.params.perGpu + copy);
        // The peak is the first's or the last's, and the estimate reports it.
        std::int64_t worst = 0;
        for (const StageMemory &stage : stages)
            worst = std::max(worst, stage.peak);
        QCOMPARE(e.memory.peak, worst);
        QCOMPARE(stages[std::size_t(e.pipeline.peakStage)].peak, worst);
    }
}

void TestPipeline::ringVolumes_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("allReduce"); // bytes each GPU sends per byte of buffer
    QTest::newRow("n=1, nothing to send") << qint64(1) << 0.0;
    QTest::newRow("n=2") << qint64(2) << 1.0;
    QTest::newRow("n=4") << qint64(4) << 1.5;
    QTest::newRow("n=8") << qint64(8) << 1.75;
    QTest::newRow("n=1024") << qint64(1024) << 2.0 * 1023 / 1024;
}

void TestPipeline::ringVolumes()
{
    QFETCH(qint64, n);
    QFETCH(double, allReduce);
    QCOMPARE(ringAllReduceBytes(1e9, n), allReduce * 1e9);
    QCOMPARE(ringGatherBytes(1e9, n), allReduce / 2 * 1e9);
    // α–β: the start-up, 2(n − 1) steps and the volume at the link's rate.
    Link link;
    link.bytesPerSecond = 100e9;
    link.stepSeconds = 2e-6;
    const double expected = n > 1
            ? kCollectiveBaseSeconds + 2 * double(n - 1) * 2e-6 + allReduce * 1e9 / 100e9
            : 0.0;
    QCOMPARE(allReduceSeconds(1e9, n, link), expected);
}

void TestPipeline::zeroVolumes()
{
    // ZeRO §7: with bf16 weights and gradients (2 bytes each) and one micro-batch, ZeRO 3 moves
    // 3Ψ where plain data parallelism and ZeRO 1–2 move 2Ψ; with no latency the exposed times
    // (all of it) are in that ratio.
    Scenario s = gpt(24, 1, 1);
    s.hardware.gpus = 8;
    s.options.gradSync = GradSync::Exposed;
    double seconds[4] = {};
    for (int stage = 0; stage <= 3; ++stage) {
        s.options.zeroStage = stage;
        const Estimate e = estimate(s);
        QVERIFY(e.ok());
        QCOMPARE(e.training.breakdown.dataParallel, e.training.breakdown.dataParallelTotal);
        seconds[stage] = e.training.breakdown.dataParallelTotal;
    }
    const double perCollective = kCollectiveBaseSeconds + 7 * kIntraNodeStepSeconds;
    const double volume0 = seconds[0] - (perCollective + 7 * kIntraNodeStepSeconds);
    QCOMPARE(seconds[1] - 2 * perCollective, volume0);
    QCOMPARE(seconds[2], seconds[1]);
    QCOMPARE((seconds[3] - 3 * perCollective) / volume0, 1.5);
    // Hidden, the lecture's assumption: none of it adds time, but it is still reported.
    s.options.gradSync = GradSync::Hidden;
    const Estimate hidden = estimate(s);
    QCOMPARE(hidden.training.breakdown.dataParallel, 0.0);
    QVERIFY(hidden.training.breakdown.dataParallelTotal > 0);
}

void TestPipeline::contextParallelDivides()
{
    Scenario s = gpt(24, 1, 1);
    const Estimate one = estimate(s);
    for (const qint64 cp : { 2, 4, 8 }) {
        s.options.contextParallel = cp;
        s.hardware.gpus = cp;
        const Estimate e = estimate(s);
        QVERIFY(e.ok());
        // Every tensor, P's rows included, divides by cp (c = 2048 and d are multiples of 8).
        QCOMPARE(e.memory.activations * cp, one.memory.activations);
        QCOMPARE(e.training.breakdown.compute * double(cp), one.training.breakdown.compute);
        QCOMPARE(e.training.globalBatch, one.training.globalBatch); // cp GPUs share a sequence
        QCOMPARE(e.memory.staticBytes, one.memory.staticBytes);     // weights are not split
    }
}

void TestPipeline::oneOfEachIsToday()
{
    // t = p = cp = 1 with any schedule, chunk count or link: the lecture's figures, bit for bit.
    const Scenario lecture;
    const Estimate today = estimate(lecture);
    Scenario s = lecture;
    s.options.pipelineSchedule = PipelineSchedule::Interleaved;
    s.options.pipelineChunks = 4;
    s.hardware.gpuLinkBytesPerSecond = 1e9;
    s.hardware.interNodeGbitPerSecond = 1;
    const Estimate e = estimate(s);
    QCOMPARE(e.memory.peak, today.memory.peak);
    QCOMPARE(e.maxBatch.exact, today.maxBatch.exact);
    QCOMPARE(e.training.seconds, today.training.seconds);
    QCOMPARE(e.training.totalFlops, today.training.totalFlops);
    // The lecture's step: F_step·S / (G·peak·MFU) with nothing else.
    const StepTimeBreakdown &b = today.training.breakdown;
    QCOMPARE(b.bubble + b.tensorParallel + b.pipelineParallel + b.contextParallel + b.dataParallel,
             0.0);
}

void TestPipeline::badLayouts_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("code");
    Scenario s = gpt(24, 4, 8);
    s.hardware.gpus = 6;
    QTest::newRow("t·p·cp does not divide the GPUs")
            << s << int(Field::Gpus) << int(ProblemCode::LayoutMustDivideGpus);
    s = gpt(24, 5, 8);
    QTest::newRow("p does not divide L")
            << s << int(Field::PipelineParallel) << int(ProblemCode::PipelineMustDivideLayers);
    s = gpt(24, 4, 8);
    s.options.pipelineSchedule = PipelineSchedule::Interleaved;
    s.options.pipelineChunks = 4;
    QTest::newRow("p·v does not divide L")
            << s << int(Field::PipelineParallel) << int(ProblemCode::PipelineMustDivideLayers);
    s.options.pipelineChunks = 2;
    s.options.gradAccum = 6;
    QTest::newRow("interleaved m not a multiple of p")
            << s << int(Field::GradAccum) << int(ProblemCode::InterleavedMicroBatches);
    s = gpt(24, 1, 1);
    s.options.contextParallel = 3;
    s.hardware.gpus = 3;
    QTest::newRow("cp does not divide c")
            << s << int(Field::ContextParallel) << int(ProblemCode::ContextParallelMustDivide);
    s = gpt(24, 2, 2);
    s.options.finetune = FineTuning::Lora;
    QTest::newRow("pipeline with LoRA")
            << s << int(Field::PipelineParallel) << int(ProblemCode::BeyondTensorParallelModel);
    s = gpt(24, 2, 2);
    s.options.pipelineParallel = 0;
    QTest::newRow("p = 0") << s << int(Field::PipelineParallel) << int(ProblemCode::TooSmall);
}

void TestPipeline::badLayouts()
{
    QFETCH(Scenario, scenario);
    QFETCH(int, field);
    QFETCH(int, code);
    const std::vector<Problem> problems = validate(scenario);
    QVERIFY(!problems.empty());
    QCOMPARE(int(problems.front().field), field);
    QCOMPARE(int(problems.front().code), code);
    QVERIFY(!estimate(scenario).ok());
    QVERIFY(stageMemories(scenario).empty());
    QVERIFY(!describe(problems.front()).empty());
}

QTEST_APPLESS_MAIN(TestPipeline)

#include "tst_pipeline.moc"
