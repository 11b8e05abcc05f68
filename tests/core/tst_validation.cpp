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
            "batch 0", [](Scenario &s) { s.model.batch = 0; }, Field::Batch,
            ProblemCode::NotPositive);
    row(
            "seq -1", [](Scenario &s) { s.model.seqLen = -1; }, Field::SeqLen,
            ProblemCode::NotPositive);
    row(
            "d 0", [](Scenario &s) { s.model.dModel = 0; }, Field::DModel,
            ProblemCode::NotPositive);
    row(
            "layers 0", [](Scenario &s) { s.model.layers = 0; }, Field::Layers,
            ProblemCode::NotPositive);
    row(
            "heads 0", [](Scenario &s) { s.model.heads = 0; }, Field::Heads,
            ProblemCode::NotPositive);
    row(
            "vocab 0", [](Scenario &s) { s.model.vocab = 0; }, Field::Vocab,
            ProblemCode::NotPositive);
    row(
            "h=5 does not divide d=1024", [](Scenario &s) { s.model.heads = 5; }, Field::Heads,
            ProblemCode::HeadsMustDivideD);
    row(
            "h > d", [](Scenario &s) { s.model.heads = 2048; }, Field::Heads,
            ProblemCode::HeadsMustDivideD);
    row(
            "mfu 0", [](Scenario &s) { s.hardware.mfu = 0; }, Field::Mfu,
            ProblemCode::MfuOutOfRange);
    row(
            "mfu 1.01", [](Scenario &s) { s.hardware.mfu = 1.01; }, Field::Mfu,
            ProblemCode::MfuOutOfRange);
    row(
            "mfu NaN", [nan](Scenario &s) { s.hardware.mfu = nan; }, Field::Mfu,
            ProblemCode::NotFinite);
    row(
            "gpus 0", [](Scenario &s) { s.hardware.gpus = 0; }, Field::Gpus,
            ProblemCode::NotPositive);
    row(
            "memory 0", [](Scenario &s) { s.hardware.gpuMemoryBytes = 0; }, Field::GpuMemory,
            ProblemCode::NotPositive);
    row(
            "flops -1", [](Scenario &s) { s.hardware.peakFlopsPerGpu = -1; }, Field::PeakFlops,
            ProblemCode::NotPositive);
    row(
            "flops inf", [inf](Scenario &s) { s.hardware.peakFlopsPerGpu = inf; }, Field::PeakFlops,
            ProblemCode::NotFinite);
    row(
            "tokens 0", [](Scenario &s) { s.run.tokens = 0; }, Field::Tokens,
            ProblemCode::NotPositive);
    row(
            "epochs NaN", [nan](Scenario &s) { s.run.epochs = nan; }, Field::Epochs,
            ProblemCode::NotFinite);
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
        s.model.batch = qint64(1) << 40;
        s.model.vocab = qint64(1) << 30;
    });
    QTest::newRow("max int64 everywhere") << Mutation([](Scenario &s) {
        const qint64 big = std::numeric_limits<qint64>::max();
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
         { ProblemCode::NotPositive, ProblemCode::NotFinite, ProblemCode::HeadsMustDivideD,
           ProblemCode::MfuOutOfRange, ProblemCode::Overflow })
        QVERIFY(!describe({ Field::Batch, code }).empty());
    QCOMPARE(QString::fromLatin1(fieldKey(Field::SeqLen)), QStringLiteral("seq-len"));
}

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
