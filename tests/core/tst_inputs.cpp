// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"
#include "inputs.h"

#include <QTest>

#include <cctype>
#include <set>
#include <string>

using namespace ts;

Q_DECLARE_METATYPE(ts::Field)

// The input table (core/inputs.cpp) is the one description of every input that the command line,
// configuration files, --json and the window are generated from: these are its promises.
class TestInputs : public QObject
{
    Q_OBJECT
private slots:
    void oneEntryPerFieldInOrder();
    void namesAreUniqueAndWellFormed();
    void defaultsAreTheLectureAndInBounds();
    void getThenSetIsIdentity();
    void parseAndText_data();
    void parseAndText();
    void bounds_data();
    void bounds();
    void allowedTextNamesTheBounds();
    void realTextIsShortestAndExact_data();
    void realTextIsShortestAndExact();
    void fieldSet();
};

void TestInputs::oneEntryPerFieldInOrder()
{
    QCOMPARE(inputs().size(), kInputCount);
    for (std::size_t i = 0; i < kInputCount; ++i) {
        QCOMPARE(inputs()[i].field, Field(i));
        QCOMPARE(&input(Field(i)), &inputs()[i]);
        QVERIFY(inputs()[i].get && inputs()[i].set);
    }
}

void TestInputs::namesAreUniqueAndWellFormed()
{
    std::set<std::string> paths, flags;
    const std::set<std::string> sections { "model", "hardware", "run", "options" };
    for (const InputSpec &spec : inputs()) {
        QVERIFY2(sections.count(spec.section), spec.key);
        QVERIFY2(paths.insert(std::string(spec.section) + "." + spec.key).second, spec.key);
        QVERIFY2(flags.insert(spec.flag).second, spec.flag);
        QVERIFY2(std::string(spec.help).size() > 10, spec.flag);
        // Keys are snake_case, flags kebab-case: what files and the command line expect.
        for (const char *c = spec.key; *c; ++c)
            QVERIFY2(std::islower(static_cast<unsigned char>(*c)) || *c == '_', spec.key);
        for (const char *c = spec.flag; *c; ++c)
            QVERIFY2(std::islower(static_cast<unsigned char>(*c)) || *c == '-', spec.flag);
        QCOMPARE(std::string(spec.valueName).empty(), spec.kind == InputKind::Switch);
        if (spec.kind == InputKind::Choice)
            QVERIFY2(spec.choices.size() >= 2, spec.key);
    }
}

void TestInputs::defaultsAreTheLectureAndInBounds()
{
    for (const InputSpec &spec : inputs())
        QVERIFY2(checkRange(spec, spec.defaultValue()) == RangeCheck::Ok, spec.key);
    // Spot checks against the lecture's worked example (CS190C Lec9, part 4).
    QCOMPARE(input(Field::Batch).defaultValue(), InputValue(std::int64_t(4)));
    QCOMPARE(input(Field::Mfu).defaultValue(), InputValue(0.5));
    QCOMPARE(valueText(input(Field::GpuMemory), input(Field::GpuMemory).defaultValue()),
             std::string("24GiB"));
    QCOMPARE(valueText(input(Field::Precision), input(Field::Precision).defaultValue()),
             std::string("fp32"));
    // 0 stands for a figure derived from others; reports show the figure.
    QCOMPARE(input(Field::DFf).shown(Scenario {}), InputValue(std::int64_t(4096)));
    QCOMPARE(input(Field::KvHeads).shown(Scenario {}), InputValue(std::int64_t(16)));
}

void TestInputs::getThenSetIsIdentity()
{
    // Writing each input's value of one scenario into another copies exactly that field.
    Scenario from;
    from.model = { 8, 512, 768, 6, 12, 50257, FfnKind::Gelu, 3000, true, 4 };
    from.hardware = { 8, std::int64_t(80) << 30, 312e12, 0.4 };
    from.run = { 2.5e9, 1.5 };
    from.options.precision = Precision::Bf16Mixed;
    from.options.optimizer = Optimizer::Adam8bit;
    from.options.checkpointing = Checkpointing::Selective;
    from.options.flashAttention = true;
    from.options.zeroStage = 2;
    from.options.gradAccum = 16;
    from.model.norm = NormKind::LayerNorm;
    from.model.bias = BiasKind::All;
    from.model.maxPositions = 2048;
    from.model.parallelBlock = true;
    from.model.dropout = true;
    from.options.finetune = FineTuning::Lora;
    from.options.loraRank = 32;
    from.options.loraTargets = LoraTargets::All;
    from.options.loraAlpha = 64;
    Scenario to;
    for (const InputSpec &spec : inputs()) {
        spec.set(to, spec.get(from));
        QVERIFY2(spec.get(to) == spec.get(from), spec.key);
    }
    QCOMPARE(estimate(to).memory.peak, estimate(from).memory.peak);
    QCOMPARE(estimate(to).training.seconds, estimate(from).training.seconds);
}

// clang-format off
void TestInputs::parseAndText_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written"); // valueText of what was parsed; empty: malformed
    QTest::newRow("count") << Field::Batch << "16" << "16";
    QTest::newRow("count with +") << Field::Batch << "+16" << "16";
    QTest::newRow("count fraction") << Field::Batch << "2.5" << "";
    QTest::newRow("count beyond 64 bits") << Field::Batch << "99999999999999999999" << "";
    QTest::newRow("count text") << Field::Batch << "four" << "";
    QTest::newRow("count empty") << Field::Batch << "" << "";
    QTest::newRow("d_ff 0 is 4d") << Field::DFf << "0" << "0";
    QTest::newRow("bytes GiB") << Field::GpuMemory << "80GiB" << "80GiB";
    QTest::newRow("bytes GB") << Field::GpuMemory << "40GB" << "40GB";
    QTest::newRow("bytes count") << Field::GpuMemory << "12345" << "12345";
    QTest::newRow("real") << Field::PeakFlops << "35.6e12" << "3.56e13";
    QTest::newRow("real decimal") << Field::Mfu << "0.45" << "0.45";
    QTest::newRow("real comma") << Field::Mfu << "0,45" << "";
    QTest::newRow("real trailing text") << Field::Tokens << "1e8x" << "";
    QTest::newRow("choice") << Field::Precision << "bf16-mixed" << "bf16-mixed";
    QTest::newRow("choice unknown") << Field::Precision << "fp8" << "";
    QTest::newRow("choice case") << Field::Optimizer << "AdamW" << "";
    QTest::newRow("switch") << Field::FlashAttention << "true" << "true";
}
// clang-format on

void TestInputs::parseAndText()
{
    QFETCH(Field, field);
    QFETCH(QString, text);
    QFETCH(QString, written);
    const std::optional<InputValue> v = parseValue(input(field), text.toStdString());
    QCOMPARE(v.has_value(), !written.isEmpty());
    if (v)
        QCOMPARE(QString::fromStdString(valueText(input(field), *v)), written);
}

// clang-format off
void TestInputs::bounds_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("check"); // RangeCheck
    QTest::newRow("batch 1") << Field::Batch << "1" << int(RangeCheck::Ok);
    QTest::newRow("batch 0") << Field::Batch << "0" << int(RangeCheck::TooSmall);
    QTest::newRow("batch 2^31 - 1") << Field::Batch << "2147483647" << int(RangeCheck::Ok);
    QTest::newRow("batch 2^31") << Field::Batch << "2147483648" << int(RangeCheck::TooLarge);
    QTest::newRow("zero 3") << Field::ZeroStage << "3" << int(RangeCheck::Ok);
    QTest::newRow("zero 4") << Field::ZeroStage << "4" << int(RangeCheck::TooLarge);
    QTest::newRow("kv-heads 0") << Field::KvHeads << "0" << int(RangeCheck::Ok);
    QTest::newRow("kv-heads -1") << Field::KvHeads << "-1" << int(RangeCheck::TooSmall);
    QTest::newRow("memory 1 PiB") << Field::GpuMemory << "1125899906842624" << int(RangeCheck::Ok);
    QTest::newRow("memory 2 PiB") << Field::GpuMemory << "2048TiB" << int(RangeCheck::TooLarge);
    QTest::newRow("mfu 1") << Field::Mfu << "1" << int(RangeCheck::Ok);
    QTest::newRow("mfu 0.001") << Field::Mfu << "0.001" << int(RangeCheck::Ok);
    QTest::newRow("mfu 0.0009") << Field::Mfu << "0.0009" << int(RangeCheck::TooSmall);
    QTest::newRow("mfu nan") << Field::Mfu << "nan" << int(RangeCheck::NotFinite);
    QTest::newRow("flops inf") << Field::PeakFlops << "inf" << int(RangeCheck::NotFinite);
    QTest::newRow("tokens 1e18") << Field::Tokens << "1e18" << int(RangeCheck::Ok);
    QTest::newRow("tokens 1e19") << Field::Tokens << "1e19" << int(RangeCheck::TooLarge);
    QTest::newRow("epochs 1e-6") << Field::Epochs << "1e-6" << int(RangeCheck::Ok);
}
// clang-format on

void TestInputs::bounds()
{
    QFETCH(Field, field);
    QFETCH(QString, text);
    QFETCH(int, check);
    const std::optional<InputValue> v = parseValue(input(field), text.toStdString());
    QVERIFY(v);
    QCOMPARE(int(checkRange(input(field), *v)), check);
    // A value of the wrong kind is never in bounds.
    QCOMPARE(checkRange(input(Field::Batch), InputValue(4.0)), RangeCheck::WrongKind);
    QCOMPARE(checkRange(input(Field::Mfu), InputValue(std::int64_t(1))), RangeCheck::WrongKind);
}

void TestInputs::allowedTextNamesTheBounds()
{
    QCOMPARE(allowedText(input(Field::Batch)), std::string("a whole number from 1 to 2147483647"));
    QCOMPARE(allowedText(input(Field::DFf)),
             std::string("a whole number from 0 to 2147483647 (0 means 4·d)"));
    QCOMPARE(allowedText(input(Field::Mfu)), std::string("a number from 0.001 to 1"));
    QCOMPARE(allowedText(input(Field::Ffn)), std::string("swiglu or gelu"));
    QCOMPARE(allowedText(input(Field::Precision)),
             std::string("fp32, tf32, bf16-mixed, fp16-mixed, bf16 or fp8-mixed"));
    QCOMPARE(allowedText(input(Field::TiedEmbeddings)), std::string("true or false"));
    QVERIFY(allowedText(input(Field::GpuMemory)).find("1048576GiB") != std::string::npos);
}

void TestInputs::realTextIsShortestAndExact_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<QString>("text");
    QTest::newRow("half") << 0.5 << "0.5";
    QTest::newRow("one") << 1.0 << "1";
    QTest::newRow("lecture peak") << 35.6e12 << "3.56e13";
    QTest::newRow("million") << 1e6 << "1e6";
    QTest::newRow("micro") << 1e-6 << "1e-6";
    QTest::newRow("WikiText-103") << 103227021.0 << "103227021";
    QTest::newRow("third") << 1.0 / 3 << "0.3333333333333333";
}

void TestInputs::realTextIsShortestAndExact()
{
    QFETCH(double, x);
    QFETCH(QString, text);
    const std::string written = realText(x);
    QCOMPARE(QString::fromStdString(written), text);
    QCOMPARE(std::get<double>(*parseValue(input(Field::Tokens), written)), x);
}

void TestInputs::fieldSet()
{
    FieldSet set { Field::Batch, Field::Accounting };
    QVERIFY(set.contains(Field::Batch) && set.contains(Field::Accounting));
    QVERIFY(!set.contains(Field::SeqLen));
    set.insert(FieldSet { Field::SeqLen });
    set.erase(Field::Batch);
    QCOMPARE(set.fields(), (std::vector<Field> { Field::SeqLen, Field::Accounting }));
    set.erase(FieldSet { Field::SeqLen, Field::Accounting });
    QVERIFY(set.empty());
    QVERIFY(FieldSet {} == FieldSet {});
}

QTEST_APPLESS_MAIN(TestInputs)
#include "tst_inputs.moc"
