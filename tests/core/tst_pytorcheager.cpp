// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The PyTorch eager accounting against measurements of tests/validation/reference.py (PyTorch
// 1.13.1, CPU) and against its own terms.
#include "accountingcomparison.h"
#include "estimate.h"
#include "options.h"

#include <QTest>

using namespace ts;

Q_DECLARE_METATYPE(ts::Scenario)
Q_DECLARE_METATYPE(ts::TrainingOptions)

namespace {

Scenario eagerScenario(qint64 b, qint64 c, qint64 d, qint64 L, qint64 h, qint64 v)
{
    Scenario s;
    s.model.batch = b;
    s.model.seqLen = c;
    s.model.dModel = d;
    s.model.layers = L;
    s.model.heads = h;
    s.model.vocab = v;
    s.options.accounting = Accounting::PytorchEager;
    return s;
}

} // namespace

class TestPytorchEager : public QObject
{
    Q_OBJECT
private slots:
    void measured_data();
    void measured();
    void terms_data();
    void terms();
    void partsAddUp();
    void lectureModeUnchanged();
    void flopsAreTheCountersFigures();
    void largestBatch();
    void beyondTheLecture_data();
    void beyondTheLecture();
    void comparison();
    void keys();
};

void TestPytorchEager::measured_data()
{
    QTest::addColumn<Scenario>("s");
    QTest::addColumn<qint64>("params");
    QTest::addColumn<qint64>("saved");
    QTest::addColumn<qint64>("optimizer");
    QTest::addColumn<qint64>("peak");
    QTest::addColumn<QString>("moment");
    // reference.py --batch b --seq-len c --d-model d --layers L --heads h --vocab v, PyTorch
    // 1.13.1 (Debian python3-torch 1.13.1+dfsg-4), CPU: params, saved_activation_bytes,
    // optimizer_state_bytes, peak_live_bytes; the moment is where the profiler saw the peak.
    QTest::newRow("b2 c8 d16 L2 h4 v50: log_softmax backward")
            << eagerScenario(2, 8, 16, 2, 4, 50) << qint64(9872) << qint64(69460) << qint64(79060)
            << qint64(237100) << QStringLiteral("backward_loss");
    QTest::newRow("b3 c5 d12 L3 h2 v37: log_softmax backward")
            << eagerScenario(3, 5, 12, 3, 2, 37) << qint64(7884) << qint64(68143) << qint64(63192)
            << qint64(201071) << QStringLiteral("backward_loss");
    QTest::newRow("b1 c128 d16 L1 h8 v5: softmax backward")
            << eagerScenario(1, 128, 16, 1, 8, 5) << qint64(4304) << qint64(808972) << qint64(34480)
            << qint64(1728832) << QStringLiteral("backward_attention");
    QTest::newRow("b6 c10 d14 L1 h7 v4: SwiGLU product backward")
            << eagerScenario(6, 10, 14, 1, 7, 4) << qint64(3290) << qint64(127072) << qint64(26368)
            << qint64(196324) << QStringLiteral("backward_ffn");
    QTest::newRow("b1 c9 d9 L1 h3 v9: W3 backward")
            << eagerScenario(1, 9, 9, 1, 3, 9) << qint64(1485) << qint64(12009) << qint64(11928)
            << qint64(37405) << QStringLiteral("backward_ffn");
    QTest::newRow("b1 c1 d64 L1 h1 v1000: AdamW denominators")
            << eagerScenario(1, 1, 64, 1, 1, 1000) << qint64(193728) << qint64(12237)
            << qint64(1549872) << qint64(3615984) << QStringLiteral("optimizer_step");
    QTest::newRow("b4 c4 d96 L1 h2 v3: AdamW denominators")
            << eagerScenario(4, 4, 96, 1, 2, 3) << qint64(148320) << qint64(197788)
            << qint64(1186608) << qint64(2816000) << QStringLiteral("optimizer_step");
}

void TestPytorchEager::measured()
{
    QFETCH(Scenario, s);
    QFETCH(qint64, params);
    QFETCH(qint64, saved);
    QFETCH(qint64, optimizer);
    QFETCH(qint64, peak);
    QFETCH(QString, moment);
    const Estimate e = estimate(s);
    QVERIFY(e.ok());
    QCOMPARE(e.params.total, params);
    QCOMPARE(e.memory.activations, saved);
    QCOMPARE(e.memory.gradients, 4 * params);
    QCOMPARE(e.memory.optimizerStates, optimizer);
    // The replay leaves out the 4- and 8-byte wrapped Python scalars (at most 12 bytes at once).
    QVERIFY2(qAbs(e.memory.peak - peak) <= 12, qPrintable(QString::number(e.memory.peak)));
    QCOMPARE(QString::fromLatin1(eagerMomentKey(e.eager.peak.moment)), moment);
}

void TestPytorchEager::terms_data()
{
    QTest::addColumn<int>("term"); // an EagerTerm
    QTest::addColumn<qint64>("bytes");
    // b=2, c=3, d=4, L=5, h=2, v=7, d_ff=16: b·c = 6, b·c·d = 24, b·c·d_ff = 96, b·h·c² = 36.
    QTest::newRow("x: 4·L·bcd") << int(EagerTerm::BlockInput) << qint64(4 * 5 * 24);
    QTest::newRow("Q, K: 8·L·bcd") << int(EagerTerm::QK) << qint64(8 * 5 * 24);
    QTest::newRow("P: 4·L·bhc²") << int(EagerTerm::P) << qint64(4 * 5 * 36);
    QTest::newRow("G, V_ff: 8·L·bc·d_ff") << int(EagerTerm::GVff) << qint64(8 * 5 * 96);
    QTest::newRow("log-probs: 4·bcv") << int(EagerTerm::LogProbs) << qint64(4 * 6 * 7);
    QTest::newRow("x²: 8·L·bcd") << int(EagerTerm::NormSquares) << qint64(8 * 5 * 24);
    QTest::newRow("rms: 8·L·bc") << int(EagerTerm::NormRms) << qint64(8 * 5 * 6);
    QTest::newRow("x / rms: 8·L·bcd") << int(EagerTerm::NormScaled) << qint64(8 * 5 * 24);
    QTest::newRow("final norm: 8·bcd + 4·bc")
            << int(EagerTerm::FinalNormExtras) << qint64(8 * 24 + 4 * 6);
    QTest::newRow("SiLU(G): 4·L·bc·d_ff") << int(EagerTerm::SiluOut) << qint64(4 * 5 * 96);
    QTest::newRow("mask: L·c² bools") << int(EagerTerm::CausalMask) << qint64(5 * 9);
    QTest::newRow("scale: 8·L") << int(EagerTerm::AttentionScale) << qint64(40);
    QTest::newRow("token ids: 8·bc") << int(EagerTerm::TokenIds) << qint64(48);
    QTest::newRow("targets: 8·bc") << int(EagerTerm::TargetIds) << qint64(48);
    QTest::newRow("total weight: 4") << int(EagerTerm::NllTotalWeight) << qint64(4);
    QTest::newRow("step counters: 4·(9L + 3)") << int(EagerTerm::StepCounters) << qint64(4 * 48);
    QTest::newRow("held logits: 4·bcv") << int(EagerTerm::HeldLogits) << qint64(4 * 6 * 7);
}

void TestPytorchEager::terms()
{
    QFETCH(int, term);
    QFETCH(qint64, bytes);
    QCOMPARE(estimate(eagerScenario(2, 3, 4, 5, 2, 7)).eager.of(EagerTerm(term)), bytes);
}

void TestPytorchEager::partsAddUp()
{
    const Estimate e = estimate(eagerScenario(3, 17, 24, 3, 3, 101));
    QVERIFY(e.ok());
    qint64 saved = 0;
    for (std::size_t i = 0; i < kEagerTermCount; ++i) {
        if (eagerTermInfo(static_cast<EagerTerm>(i)).kind == EagerKind::Saved)
            saved += e.eager.bytes[i];
    }
    const MemoryBreakdown &m = e.memory;
    QCOMPARE(m.activations, saved);
    QCOMPARE(m.attentionScores + m.blockOther + m.head, m.activations);
    QCOMPARE(m.optimizerStates, 8 * e.params.total + e.eager.of(EagerTerm::StepCounters));
    const EagerPeak &p = e.eager.peak;
    QCOMPARE(p.staticBytes + p.heldBytes + p.savedBytes + p.transientBytes, p.bytes);
    QCOMPARE(p.staticBytes, m.staticBytes);
    QCOMPARE(m.peak, p.bytes);
}

void TestPytorchEager::lectureModeUnchanged()
{
    // The lecture's worked example, and nothing of the eager model in the lecture's estimate.
    const Estimate e = estimate(Scenario {});
    QCOMPARE(e.memory.peak, qint64(5617631232));
    QCOMPARE(e.maxBatch.exact, qint64(63));
    QCOMPARE(e.eager.peak.bytes, qint64(0));
    QCOMPARE(e.eager.savedActivations, qint64(0));
}

void TestPytorchEager::flopsAreTheCountersFigures()
{
    // The dispatch counter sees every lecture product forward and two of the same size backward.
    Scenario lecture = eagerScenario(3, 17, 24, 3, 3, 101);
    lecture.options.accounting = Accounting::Lecture;
    const Estimate l = estimate(lecture);
    const Estimate e = estimate(eagerScenario(3, 17, 24, 3, 3, 101));
    QCOMPARE(e.flops.forward, l.flops.forward);
    QCOMPARE(e.flops.backward, 2 * e.flops.forward);
    QCOMPARE(e.flops.total, l.flops.total);
    QCOMPARE(e.eager.backwardTerms[std::size_t(Matmul::LmHead)], 2 * e.flops.of(Matmul::LmHead));
}

void TestPytorchEager::largestBatch()
{
    // The worked example in PyTorch eager fits 39 sequences in 24 GiB, not the lecture's 63.
    Scenario s = eagerScenario(4, 256, 1024, 12, 16, 32000);
    const qint64 b = estimate(s).maxBatch.exact;
    QCOMPARE(b, qint64(39));
    s.model.batch = b;
    QVERIFY(estimate(s).fits);
    s.model.batch = b + 1;
    QVERIFY(!estimate(s).fits);
}

void TestPytorchEager::beyondTheLecture_data()
{
    QTest::addColumn<TrainingOptions>("o");
    QTest::addColumn<int>("shapeChange");
    TrainingOptions o;
    o.accounting = Accounting::PytorchEager;
    TrainingOptions bf16 = o, sgd = o, flash = o, full = o, zero = o, accum = o;
    bf16.precision = Precision::Bf16Mixed;
    sgd.optimizer = Optimizer::Sgd;
    flash.flashAttention = true;
    full.checkpointing = Checkpointing::Full;
    zero.zeroStage = 1;
    accum.gradAccum = 2;
    QTest::newRow("bf16-mixed") << bf16 << 0;
    QTest::newRow("sgd") << sgd << 0;
    QTest::newRow("flash") << flash << 0;
    QTest::newRow("full checkpointing") << full << 0;
    QTest::newRow("zero 1") << zero << 0;
    QTest::newRow("grad-accum 2") << accum << 0;
    QTest::newRow("gelu") << o << 1;
    QTest::newRow("d_ff 3d") << o << 2;
    QTest::newRow("tied") << o << 3;
    QTest::newRow("gqa") << o << 4;
}

void TestPytorchEager::beyondTheLecture()
{
    QFETCH(TrainingOptions, o);
    QFETCH(int, shapeChange);
    Scenario s;
    s.options = o;
    switch (shapeChange) {
    case 1: s.model.ffn = FfnKind::Gelu; break;
    case 2: s.model.dFf = 3 * s.model.dModel; break;
    case 3: s.model.tiedEmbeddings = true; break;
    case 4: s.model.kvHeads = 4; break;
    default: break;
    }
    const Estimate e = estimate(s);
    QCOMPARE(e.problems.size(), std::size_t(1));
    QCOMPARE(e.problems[0], (Problem { Field::Accounting, ProblemCode::BeyondEagerModel }));
    s.options.accounting = Accounting::Lecture;
    QVERIFY(estimate(s).ok());
}

void TestPytorchEager::comparison()
{
    const AccountingComparison c = compareAccounting(Scenario {});
    QVERIFY(c.ok());
    // Every term but LoRA's two, which full training does not have.
    QCOMPARE(c.terms.size(), kEagerTermCount - 2);
    for (std::size_t i = 0; i < kEagerLectureTermCount; ++i)
        QCOMPARE(c.terms[i].difference(), qint64(0)); // the lecture's 13 tensors, byte for byte
    for (std::size_t i = kEagerLectureTermCount; i < c.terms.size(); ++i) {
        QCOMPARE(c.terms[i].lecture, qint64(0));
        QVERIFY(c.terms[i].eager > 0);
    }
    QCOMPARE(c.totals.back().lecture, qint64(5617631232));
    QCOMPARE(c.totals.back().eager, c.eager.memory.peak);
    Scenario bf16;
    bf16.options.precision = Precision::Bf16Mixed;
    QVERIFY(!compareAccounting(bf16).ok());
}

void TestPytorchEager::keys()
{
    QVERIFY(parseAccounting("pytorch-eager") == Accounting::PytorchEager);
    QVERIFY(parseAccounting("lecture") == Accounting::Lecture);
    QVERIFY(!parseAccounting("pytorch"));
    QCOMPARE(QString::fromLatin1(keyOf(Accounting::PytorchEager)), QStringLiteral("pytorch-eager"));
}

QTEST_APPLESS_MAIN(TestPytorchEager)
#include "tst_pytorcheager.moc"
