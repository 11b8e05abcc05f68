// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace ts;

using Mutation = std::function<void(Scenario &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(ts::Field)
Q_DECLARE_METATYPE(ts::ProblemCode)

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAreValid();
    void badInput_data();
    void badInput();
    void overflowIsReportedNotWrapped_data();
    void overflowIsReportedNotWrapped();
    void largestExactConfig();
    void everyProblemHasText();
};

void TestValidation::defaultsAreValid()
{
    QVERIFY(validate(Scenario {}).empty());
}

void TestValidation::badInput_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<Field>("field");
    QTest::addColumn<ProblemCode>("code");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    auto row = [](const char *name, Mutation m, Field f, ProblemCode c) {
        QTest::newRow(name) << m << f << c;
    };
    row(
            "batch 0", [](Scenario &s) { s.model.batch = 0; }, Field::Batch, ProblemCode::TooSmall);
    row(
            "seq -1", [](Scenario &s) { s.model.seqLen = -1; }, Field::SeqLen,
            ProblemCode::TooSmall);
    row(
            "d 0", [](Scenario &s) { s.model.dModel = 0; }, Field::DModel, ProblemCode::TooSmall);
    row(
            "layers 0", [](Scenario &s) { s.model.layers = 0; }, Field::Layers,
            ProblemCode::TooSmall);
    row(
            "heads 0", [](Scenario &s) { s.model.heads = 0; }, Field::Heads, ProblemCode::TooSmall);
    row(
            "vocab 0", [](Scenario &s) { s.model.vocab = 0; }, Field::Vocab, ProblemCode::TooSmall);
    row(
            "h=5 does not divide d=1024", [](Scenario &s) { s.model.heads = 5; }, Field::Heads,
            ProblemCode::HeadsMustDivideD);
    row(
            "h > d", [](Scenario &s) { s.model.heads = 2048; }, Field::Heads,
            ProblemCode::HeadsMustDivideD);
    row(
            "mfu 0", [](Scenario &s) { s.hardware.mfu = 0; }, Field::Mfu, ProblemCode::TooSmall);
    row(
            "mfu 1.01", [](Scenario &s) { s.hardware.mfu = 1.01; }, Field::Mfu,
            ProblemCode::TooLarge);
    row(
            "mfu NaN", [nan](Scenario &s) { s.hardware.mfu = nan; }, Field::Mfu,
            ProblemCode::NotFinite);
    row(
            "gpus 0", [](Scenario &s) { s.hardware.gpus = 0; }, Field::Gpus, ProblemCode::TooSmall);
    row(
            "memory 0", [](Scenario &s) { s.hardware.gpuMemoryBytes = 0; }, Field::GpuMemory,
            ProblemCode::TooSmall);
    row(
            "flops -1", [](Scenario &s) { s.hardware.peakFlopsPerGpu = -1; }, Field::PeakFlops,
            ProblemCode::TooSmall);
    row(
            "flops inf", [inf](Scenario &s) { s.hardware.peakFlopsPerGpu = inf; }, Field::PeakFlops,
            ProblemCode::NotFinite);
    row(
            "tokens 0", [](Scenario &s) { s.run.tokens = 0; }, Field::Tokens,
            ProblemCode::TooSmall);
    row(
            "epochs NaN", [nan](Scenario &s) { s.run.epochs = nan; }, Field::Epochs,
            ProblemCode::NotFinite);
    // The input table's upper bounds (core/inputs.cpp): whole numbers up to 2³¹ − 1, so that the
    // window shows every accepted value; reals that keep every figure finite.
    row(
            "batch 2^31", [](Scenario &s) { s.model.batch = qint64(1) << 31; }, Field::Batch,
            ProblemCode::TooLarge);
    row(
            "gpus 2^63 - 1",
            [](Scenario &s) { s.hardware.gpus = std::numeric_limits<qint64>::max(); }, Field::Gpus,
            ProblemCode::TooLarge);
    row(
            "memory above 1 PiB",
            [](Scenario &s) { s.hardware.gpuMemoryBytes = (qint64(1) << 50) + 1; },
            Field::GpuMemory, ProblemCode::TooLarge);
    row(
            "tokens 1e308", [](Scenario &s) { s.run.tokens = 1e308; }, Field::Tokens,
            ProblemCode::TooLarge);
    row(
            "flops 5e-324", [](Scenario &s) { s.hardware.peakFlopsPerGpu = 5e-324; },
            Field::PeakFlops, ProblemCode::TooSmall);
    row(
            "mfu 5e-324", [](Scenario &s) { s.hardware.mfu = 5e-324; }, Field::Mfu,
            ProblemCode::TooSmall);
    row(
            "ZeRO stage 4", [](Scenario &s) { s.options.zeroStage = 4; }, Field::ZeroStage,
            ProblemCode::TooLarge);
    row(
            "ZeRO stage -1", [](Scenario &s) { s.options.zeroStage = -1; }, Field::ZeroStage,
            ProblemCode::TooSmall);
    row(
            "d_ff -1", [](Scenario &s) { s.model.dFf = -1; }, Field::DFf, ProblemCode::TooSmall);
    row(
            "kv-heads 3 do not divide h = 16", [](Scenario &s) { s.model.kvHeads = 3; },
            Field::KvHeads, ProblemCode::KvHeadsMustDivideH);
    row(
            "precision beyond the enum", [](Scenario &s) { s.options.precision = Precision(9); },
            Field::Precision, ProblemCode::TooLarge);
}

void TestValidation::badInput()
{
    QFETCH(Mutation, mutate);
    QFETCH(Field, field);
    QFETCH(ProblemCode, code);
    Scenario s;
    mutate(s);
    const std::vector<Problem> problems = validate(s);
    QCOMPARE(problems.size(), std::size_t(1));
    QCOMPARE(problems[0].field, field);
    QCOMPARE(problems[0].code, code);
    // The estimate reports the same problem and zero figures instead of crashing.
    const Estimate e = estimate(s);
    QVERIFY(!e.ok());
    QVERIFY(e.problems[0] == problems[0]);
    QCOMPARE(e.memory.peak, qint64(0));
    QCOMPARE(e.params.total, qint64(0));
}

void TestValidation::overflowIsReportedNotWrapped_data()
{
    QTest::addColumn<Mutation>("mutate");
    // 16·d² > 2⁶³ for d = 2³⁰; 4·b·h·c² > 2⁶³ for c = 2³⁰, b = 4, h = 16.
    QTest::newRow("huge d") << Mutation([](Scenario &s) {
        s.model.dModel = qint64(1) << 30;
        s.model.heads = 1;
    });
    QTest::newRow("huge c") << Mutation([](Scenario &s) { s.model.seqLen = qint64(1) << 30; });
    QTest::newRow("huge b·c·v") << Mutation([](Scenario &s) {
        s.model.batch = qint64(1) << 30;
        s.model.vocab = qint64(1) << 30;
    });
    // Every whole-number input at its largest accepted value (2³¹ − 1, core/inputs.cpp).
    QTest::newRow("largest accepted everywhere") << Mutation([](Scenario &s) {
        const qint64 big = std::numeric_limits<int>::max();
        s.model = { big, big, big, big, 1, big };
    });
}

void TestValidation::overflowIsReportedNotWrapped()
{
    QFETCH(Mutation, mutate);
    Scenario s;
    mutate(s);
    const Estimate e = estimate(s);
    QCOMPARE(e.problems.size(), std::size_t(1));
    QCOMPARE(e.problems[0].code, ProblemCode::Overflow);
    QCOMPARE(e.memory.peak, qint64(0));
}

void TestValidation::largestExactConfig()
{
    // Just below the 64-bit limit the figures are still exact: d = 2²⁷ gives 16·N_p ≈ 2⁶², peak
    // below 2⁶³.
    Scenario s;
    s.model = { 1, 1, qint64(1) << 27, 1, 1, 1 };
    const Estimate e = estimate(s);
    QVERIFY(e.ok());
    const qint64 d = qint64(1) << 27;
    QCOMPARE(e.params.total, 2 * d + d + 2 * d + 16 * d * d);
}

void TestValidation::everyProblemHasText()
{
    for (ProblemCode code :
         { ProblemCode::TooSmall, ProblemCode::TooLarge, ProblemCode::NotFinite,
           ProblemCode::HeadsMustDivideD, ProblemCode::KvHeadsMustDivideH, ProblemCode::Overflow,
           ProblemCode::BeyondEagerModel, ProblemCode::NoPeakForPrecision })
        QVERIFY(!describe({ Field::Batch, code }).empty());
    // Range problems say what the input allows, from the input table.
    QCOMPARE(describe({ Field::Batch, ProblemCode::TooSmall }),
             std::string("batch must be a whole number from 1 to 2147483647"));
    QCOMPARE(describe({ Field::ZeroStage, ProblemCode::TooLarge }),
             std::string("zero must be a whole number from 0 to 3"));
    QCOMPARE(describe({ Field::Mfu, ProblemCode::TooSmall }),
             std::string("mfu must be a number from 0.001 to 1"));
    QCOMPARE(QString::fromLatin1(fieldKey(Field::SeqLen)), QStringLiteral("seq-len"));
}

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
