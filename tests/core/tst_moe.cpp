// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "communication.h"
#include "estimate.h"
#include "options.h"
#include "validation.h"

#include <QTest>

#include <cmath>

using namespace ts;

// Mixtures of experts and expert parallelism (docs/formulas.md §8.12) against published counts
// and against the dense FFN they generalise:
// - Mixtral-8x7B (Jiang et al. 2024, "Mixtral of Experts", §2): 47B parameters, 13B active per
//   token; Hugging Face's count of the checkpoint is 46,702,792,704.
// - Qwen1.5-MoE-A2.7B (Qwen blog "Qwen1.5-MoE"): 14.3B parameters, 2.7B activated; the DeepSeekMoE
//   design (Dai et al. 2024) of fine-grained routed experts and always-on shared experts.
class TestMoe : public QObject
{
    Q_OBJECT
private slots:
    void publishedCounts_data();
    void publishedCounts();
    void oneExpertIsTheDenseFfn();
    void expertParallelSplitsTheExperts();
    void allToAllTime();
    void badMixtures_data();
    void badMixtures();
};

Q_DECLARE_METATYPE(Scenario)

namespace {

Scenario mixtral()
{
    Scenario s;
    s.model = { 1, 4096, 4096, 32, 32, 32000 };
    s.model.kvHeads = 8;
    s.model.dFf = 14336;
    s.model.experts = 8;
    s.model.topK = 2;
    s.options.precision = Precision::Bf16Mixed;
    s.hardware.gpus = 8;
    s.hardware.gpuMemoryBytes = std::int64_t(80) << 30;
    return s;
}

Scenario qwenMoe()
{
    Scenario s;
    s.model = { 1, 8192, 2048, 24, 16, 151936 };
    s.model.dFf = 5632;
    s.model.bias = BiasKind::Qkv;
    s.model.experts = 60;
    s.model.topK = 4;
    s.model.expertDFf = 1408;
    s.model.sharedExperts = 4; // one shared expert of 5,632 = 4 × 1,408
    return s;
}

} // namespace

void TestMoe::publishedCounts_data()
{
    QTest::addColumn<Scenario>("s");
    QTest::addColumn<double>("total");
    QTest::addColumn<double>("active");
    // Each count rounds to the published figure at its printed precision (tenths of a billion).
    QTest::newRow("Mixtral-8x7B: 46.7B, 12.9B active") << mixtral() << 46.7e9 << 12.9e9;
    QTest::newRow("Qwen1.5-MoE-A2.7B: 14.3B, 2.7B active") << qwenMoe() << 14.3e9 << 2.7e9;
}

void TestMoe::publishedCounts()
{
    QFETCH(Scenario, s);
    QFETCH(double, total);
    QFETCH(double, active);
    const Estimate e = estimate(s);
    QVERIFY(e.ok());
    QCOMPARE(std::round(double(e.params.total) / 1e8), std::round(total / 1e8));
    QCOMPARE(std::round(double(e.params.active) / 1e8), std::round(active / 1e8));
    // Hugging Face's exact count of Mixtral's checkpoint.
    if (s.model.experts == 8)
        QCOMPARE(e.params.total, qint64(46702792704));
    // Forward FLOPs per token ≈ 2 × the active parameters (Kaplan et al. 2020), attention aside.
    const double tokens = double(s.model.batch * s.model.seqLen);
    const double matrices
            = e.flops.forward - e.flops.of(Matmul::Scores) - e.flops.of(Matmul::AttnValues);
    const double embedding = double(s.model.vocab * s.model.dModel);
    QVERIFY(std::abs(matrices / (2 * tokens * (double(e.params.active) - embedding)) - 1) < 0.001);
}

void TestMoe::oneExpertIsTheDenseFfn()
{
    // E = 1, k = 1, no shared experts, d_e = d_ff: the dense block plus a d × 1 router, its
    // 2·b·c·d FLOPs and its b·c fp32 scores, and the token copies in and out (2·b·c·d).
    Scenario dense;
    dense.options.precision = Precision::Bf16Mixed;
    Scenario one = dense;
    one.model.experts = 1;
    one.model.topK = 1;
    const Estimate d = estimate(dense), e = estimate(one);
    QVERIFY(e.ok());
    const qint64 L = dense.model.layers, dm = dense.model.dModel;
    const qint64 bc = dense.model.batch * dense.model.seqLen;
    QCOMPARE(e.params.total, d.params.total + L * dm);
    QCOMPARE(e.params.active, e.params.total);
    QCOMPARE(e.flops.forward, d.flops.forward + double(L * 2 * bc * dm));
    QCOMPARE(e.memory.activations, d.memory.activations + L * (bc * 4 + 2 * bc * dm * 2));
}

void TestMoe::expertParallelSplitsTheExperts()
{
    // Mixtral on 8 GPUs: ep = 8 leaves one expert per GPU; the rest of each block whole.
    Scenario s = mixtral();
    const Estimate all = estimate(s);
    const qint64 L = 32, expert = 3LL * 4096 * 14336;
    QCOMPARE(all.pipeline.first.expertParameters, L * 8 * expert);
    s.options.expertParallel = 8;
    const Estimate split = estimate(s);
    QVERIFY(split.ok());
    QCOMPARE(split.pipeline.first.expertParameters, L * expert);
    QCOMPARE(split.pipeline.first.parameters, all.params.total - L * 7 * expert);
    // ZeRO 1 shards the dense part over the 8 data-parallel GPUs, each expert over the 8/8 = 1
    // GPU that holds it.
    s.options.zeroStage = 1;
    const Estimate zero = estimate(s);
    const qint64 dense = all.params.total - L * 8 * expert;
    QCOMPARE(zero.flops.optimizerParameters, (dense + 7) / 8 + L * expert);
    // Only k = 2 experts' FLOPs per token, whatever ep.
    QCOMPARE(split.flops.forward, all.flops.forward);
}

void TestMoe::allToAllTime()
{
    // Four all-to-alls per block and micro-batch (dispatch and combine, forward and backward)
    // of k·b·c·d 16-bit elements over the ep = 8 GPUs of one NVLink node: (n − 1)/n of the
    // bytes each, 8.4 µs + 7·3.4 µs of latency.
    Scenario s = mixtral();
    s.options.expertParallel = 8;
    s.hardware.gpuLinkBytesPerSecond = 450e9;
    const Estimate e = estimate(s);
    const double bytes = 2.0 * 4096 * 4096 * 2; // k·b·c·d · 2 bytes
    const double one = 8.4e-6 + 7 * 3.4e-6 + 7.0 / 8 * bytes / 450e9;
    QCOMPARE(e.training.breakdown.expertParallel, 32 * 4 * one);
    QCOMPARE(allToAllSeconds(bytes, 8, linkFor(s.hardware, 8)), one);
    s.options.expertParallel = 1;
    QCOMPARE(estimate(s).training.breakdown.expertParallel, 0.0);
}

void TestMoe::badMixtures_data()
{
    QTest::addColumn<Scenario>("s");
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("code");
    Scenario s = mixtral();
    s.model.topK = 9;
    QTest::newRow("k > E") << s << int(Field::TopK) << int(ProblemCode::TopKBeyondExperts);
    s = mixtral();
    s.options.expertParallel = 3;
    s.hardware.gpus = 9;
    QTest::newRow("ep does not divide E")
            << s << int(Field::ExpertParallel) << int(ProblemCode::ExpertParallelMustDivide);
    s = mixtral();
    s.options.expertParallel = 4;
    s.options.tensorParallel = 4;
    QTest::newRow("ep does not divide DP = 2")
            << s << int(Field::ExpertParallel) << int(ProblemCode::ExpertParallelMustDivide);
    s = Scenario {};
    s.options.expertParallel = 2;
    QTest::newRow("ep without experts")
            << s << int(Field::ExpertParallel) << int(ProblemCode::ExpertParallelMustDivide);
    s = mixtral();
    s.options.finetune = FineTuning::Lora;
    QTest::newRow("experts with LoRA")
            << s << int(Field::Experts) << int(ProblemCode::BeyondMoeModel);
    s = mixtral();
    s.options.tensorParallel = 8;
    s.model.expertDFf = 1404; // not a multiple of 8
    QTest::newRow("t does not divide the expert width")
            << s << int(Field::TensorParallel) << int(ProblemCode::TensorParallelMustDivide);
}

void TestMoe::badMixtures()
{
    QFETCH(Scenario, s);
    QFETCH(int, field);
    QFETCH(int, code);
    const std::vector<Problem> problems = validate(s);
    QVERIFY(!problems.empty());
    QCOMPARE(int(problems.front().field), field);
    QCOMPARE(int(problems.front().code), code);
    QVERIFY(!describe(problems.front()).empty());
}

QTEST_APPLESS_MAIN(TestMoe)

#include "tst_moe.moc"
