// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocontroller.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace ts;
using ts::ui::ScenarioController;

using ts::ui::Snapshot;

using ControllerEdit = std::function<void(ScenarioController &)>;
using Edit = std::function<void(Scenario &)>;
Q_DECLARE_METATYPE(ts::MemoryUnit)
Q_DECLARE_METATYPE(ts::Precision)
Q_DECLARE_METATYPE(ControllerEdit)
Q_DECLARE_METATYPE(Edit)

namespace {

// The snapshots a spy on ScenarioController::changed caught that carried a new valid estimate.
int newEstimates(const QSignalSpy &spy)
{
    int n = 0;
    for (const QList<QVariant> &args : spy)
        n += args.at(0).value<Snapshot>().valid() ? 1 : 0;
    return n;
}

} // namespace

class TestScenarioController : public QObject
{
    Q_OBJECT
private slots:
    void validEditEmitsEstimate();
    void invalidEditKeepsLastValid();
    void gpuMemoryUnits_data();
    void gpuMemoryUnits();
    void naturalUnit_data();
    void naturalUnit();
    void optionSetters_data();
    void optionSetters();
    void gpuPresetPeak_data();
    void gpuPresetPeak();
    void noPeakForPrecisionKeepsLastValid();
    void typedPeakIsAsGiven();
    void typedMemoryAndPeakMakeCustomGpu();
    void modelPresetKeepsBatch();
    void datasetPreset();
    void replacedScenarioInfersPresets();
    void undoAndRedo();
    void dragIsOneStep();
    void modifiedFollowsTheCleanState();
};

void TestScenarioController::validEditEmitsEstimate()
{
    ScenarioController c { Scenario {} };
    QSignalSpy changes(&c, &ScenarioController::changed);
    c.set(Field::Batch, 8);
    QCOMPARE(changes.count(), 1); // one snapshot per edit
    QCOMPARE(newEstimates(changes), 1);
    QCOMPARE(c.scenario().model.batch, 8);
    Scenario expected;
    expected.model.batch = 8;
    QCOMPARE(c.lastValidEstimate().memory.peak, estimate(expected).memory.peak);
    QCOMPARE(c.lastValidEstimate().training.seconds, estimate(expected).training.seconds);
}

void TestScenarioController::invalidEditKeepsLastValid()
{
    ScenarioController c { Scenario {} };
    const std::int64_t peakBefore = c.lastValidEstimate().memory.peak;
    QSignalSpy changes(&c, &ScenarioController::changed);
    c.set(Field::Heads, 5); // 1024 is not a multiple of 5
    QCOMPARE(newEstimates(changes), 0);
    QCOMPARE(changes.count(), 1);
    const auto list = changes.at(0).at(0).value<Snapshot>().problems;
    const Problem headsProblem { Field::Heads, ProblemCode::HeadsMustDivideD };
    QVERIFY(std::find(list.begin(), list.end(), headsProblem) != list.end());
    QCOMPARE(c.scenario().model.heads, 5);
    QCOMPARE(c.lastValidScenario().model.heads, 16);
    QCOMPARE(c.lastValidEstimate().memory.peak, peakBefore);
    c.set(Field::Heads, 8);
    QCOMPARE(newEstimates(changes), 1);
    QVERIFY(c.problems().empty());
}

void TestScenarioController::gpuMemoryUnits_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<ts::MemoryUnit>("unit");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("24 GiB") << 24.0 << MemoryUnit::GiB << (qint64(24) << 30);
    QTest::newRow("24 GB") << 24.0 << MemoryUnit::GB << qint64(24'000'000'000);
    QTest::newRow("80 GB") << 80.0 << MemoryUnit::GB << qint64(80'000'000'000);
    QTest::newRow("0.5 GiB") << 0.5 << MemoryUnit::GiB << (qint64(1) << 29);
}

void TestScenarioController::gpuMemoryUnits()
{
    QFETCH(double, amount);
    QFETCH(ts::MemoryUnit, unit);
    QFETCH(qint64, bytes);
    ScenarioController c { Scenario {} };
    c.setGpuMemory(amount, unit);
    QCOMPARE(c.scenario().hardware.gpuMemoryBytes, bytes);
    QCOMPARE(c.memoryUnit(), unit);
}

void TestScenarioController::naturalUnit_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<ts::MemoryUnit>("unit");
    QTest::newRow("whole GiB") << (qint64(24) << 30) << MemoryUnit::GiB;
    QTest::newRow("whole GB") << qint64(80'000'000'000) << MemoryUnit::GB;
    QTest::newRow("neither") << qint64(12345) << MemoryUnit::GiB;
}

void TestScenarioController::naturalUnit()
{
    QFETCH(qint64, bytes);
    QFETCH(ts::MemoryUnit, unit);
    QCOMPARE(ScenarioController::naturalUnit(bytes), unit);
}

void TestScenarioController::optionSetters_data()
{
    QTest::addColumn<ControllerEdit>("set");
    QTest::addColumn<Edit>("expected");
    // Each setter against the same edit made to the scenario by hand; the lecture GPU's peaks
    // for the precision rows are core's lectureGpu() (35.58 TF32, 71.2 BF16/FP16 tensor).
    QTest::newRow("bf16-mixed, BF16 peak") << ControllerEdit([](ScenarioController &c) {
        c.set(Field::Precision, Precision::Bf16Mixed);
    }) << Edit([](Scenario &s) {
        s.options.precision = Precision::Bf16Mixed;
        s.hardware.peakFlopsPerGpu = 71.2e12;
    });
    QTest::newRow("tf32, TF32 peak") << ControllerEdit([](ScenarioController &c) {
        c.set(Field::Precision, Precision::Tf32);
    }) << Edit([](Scenario &s) {
        s.options.precision = Precision::Tf32;
        s.hardware.peakFlopsPerGpu = 35.58e12;
    });
    QTest::newRow("8-bit Adam") << ControllerEdit([](ScenarioController &c) {
        c.set(Field::Optimizer, Optimizer::Adam8bit);
    }) << Edit([](Scenario &s) { s.options.optimizer = Optimizer::Adam8bit; });
    QTest::newRow("full checkpointing") << ControllerEdit([](ScenarioController &c) {
        c.set(Field::Checkpointing, Checkpointing::Full);
    }) << Edit([](Scenario &s) { s.options.checkpointing = Checkpointing::Full; });
    QTest::newRow("FlashAttention")
            << ControllerEdit([](ScenarioController &c) { c.set(Field::FlashAttention, true); })
            << Edit([](Scenario &s) { s.options.flashAttention = true; });
    QTest::newRow("GELU") << ControllerEdit([](ScenarioController &c) {
        c.set(Field::Ffn, FfnKind::Gelu);
    }) << Edit([](Scenario &s) { s.model.ffn = FfnKind::Gelu; });
    QTest::newRow("d_ff 3000") << ControllerEdit([](ScenarioController &c) {
        c.set(Field::DFf, 3000);
    }) << Edit([](Scenario &s) { s.model.dFf = 3000; });
    QTest::newRow("tied") << ControllerEdit([](ScenarioController &c) {
        c.set(Field::TiedEmbeddings, true);
    }) << Edit([](Scenario &s) { s.model.tiedEmbeddings = true; });
    QTest::newRow("4 K/V heads") << ControllerEdit([](ScenarioController &c) {
        c.set(Field::KvHeads, 4);
    }) << Edit([](Scenario &s) { s.model.kvHeads = 4; });
    QTest::newRow("ZeRO 3") << ControllerEdit([](ScenarioController &c) {
        c.set(Field::ZeroStage, 3);
    }) << Edit([](Scenario &s) { s.options.zeroStage = 3; });
    QTest::newRow("grad accum 8") << ControllerEdit([](ScenarioController &c) {
        c.set(Field::GradAccum, 8);
    }) << Edit([](Scenario &s) { s.options.gradAccum = 8; });
}

void TestScenarioController::optionSetters()
{
    QFETCH(ControllerEdit, set);
    QFETCH(Edit, expected);
    ScenarioController c { Scenario {} };
    QSignalSpy changes(&c, &ScenarioController::changed);
    set(c);
    Scenario s;
    expected(s);
    const Estimate want = estimate(s);
    QVERIFY(want.ok());
    QCOMPARE(newEstimates(changes), 1);
    QCOMPARE(c.scenario().hardware.peakFlopsPerGpu, s.hardware.peakFlopsPerGpu);
    QCOMPARE(c.lastValidEstimate().params.total, want.params.total);
    QCOMPARE(c.lastValidEstimate().memory.peak, want.memory.peak);
    QCOMPARE(c.lastValidEstimate().flops.total, want.flops.total);
    QCOMPARE(c.lastValidEstimate().training.seconds, want.training.seconds);
}

void TestScenarioController::gpuPresetPeak_data()
{
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<ts::Precision>("precision");
    QTest::addColumn<bool>("precisionFirst");
    QTest::addColumn<double>("peak");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("memory");
    // Figures from resources/presets/gpus.json (dense peaks, memory = label × 2³⁰).
    const qint64 gib = qint64(1) << 30;
    QTest::newRow("lecture 3090, fp32")
            << "lecture-rtx-3090" << Precision::Fp32 << false << 35.6e12 << "FP32" << 24 * gib;
    QTest::newRow("A100 80GB, bf16-mixed") << "a100-80gb-sxm" << Precision::Bf16Mixed << false
                                           << 312e12 << "BF16 tensor" << 80 * gib;
    QTest::newRow("A100 80GB, bf16-mixed chosen first")
            << "a100-80gb-sxm" << Precision::Bf16Mixed << true << 312e12 << "BF16 tensor"
            << 80 * gib;
    QTest::newRow("H100 SXM, tf32")
            << "h100-sxm" << Precision::Tf32 << false << 494.7e12 << "TF32 tensor" << 80 * gib;
    QTest::newRow("V100 16GB, fp16-mixed") << "v100-sxm2-16gb" << Precision::Fp16Mixed << true
                                           << 125e12 << "FP16 tensor" << 16 * gib;
    QTest::newRow("T4, fp32") << "t4" << Precision::Fp32 << false << 8.1e12 << "FP32" << 16 * gib;
}

void TestScenarioController::gpuPresetPeak()
{
    QFETCH(QString, gpu);
    QFETCH(ts::Precision, precision);
    QFETCH(bool, precisionFirst);
    QFETCH(double, peak);
    QFETCH(QString, kind);
    QFETCH(qint64, memory);
    ScenarioController c { Scenario {} };
    if (precisionFirst)
        c.set(Field::Precision, precision);
    c.setGpuPreset(gpu);
    if (!precisionFirst)
        c.set(Field::Precision, precision);
    QVERIFY(c.problems().empty());
    QCOMPARE(c.scenario().hardware.peakFlopsPerGpu, peak);
    QCOMPARE(c.scenario().hardware.gpuMemoryBytes, memory);
    QCOMPARE(QLatin1String(keyOf(c.presets().peakKind)), kind);
    QCOMPARE(QString::fromStdString(c.presets().gpu.id), gpu);
    QVERIFY(!c.peakAsGiven());
    QCOMPARE(c.lastValidEstimate().training.seconds, estimate(c.scenario()).training.seconds);
}

void TestScenarioController::noPeakForPrecisionKeepsLastValid()
{
    ScenarioController c { Scenario {} };
    c.setGpuPreset(QStringLiteral("v100-sxm2-16gb"));
    const Scenario valid = c.scenario();
    const double secondsBefore = c.lastValidEstimate().training.seconds;
    QSignalSpy changes(&c, &ScenarioController::changed);
    c.set(Field::Precision, Precision::Bf16Mixed); // Volta has no BF16
    QVERIFY(c.peakMissing());
    const Problem missing { Field::PeakFlops, ProblemCode::NoPeakForPrecision };
    QCOMPARE(c.problems(), std::vector<Problem> { missing });
    QCOMPARE(newEstimates(changes), 0);
    QCOMPARE(c.lastValidEstimate().training.seconds, secondsBefore);
    QCOMPARE(c.lastValidScenario().options.precision, valid.options.precision);

    // Any of the three ways out: another GPU, another precision, or a typed peak.
    c.setGpuPreset(QStringLiteral("a100-80gb-sxm"));
    QVERIFY(!c.peakMissing());
    QVERIFY(c.problems().empty());
    QCOMPARE(c.scenario().hardware.peakFlopsPerGpu, 312e12);
    c.setGpuPreset(QStringLiteral("v100-sxm2-16gb"));
    QVERIFY(c.peakMissing());
    c.set(Field::Precision, Precision::Fp16Mixed);
    QCOMPARE(c.scenario().hardware.peakFlopsPerGpu, 125e12);
    c.set(Field::Precision, Precision::Bf16);
    QVERIFY(c.peakMissing());
    c.set(Field::PeakFlops, 100e12);
    QVERIFY(!c.peakMissing());
    QVERIFY(c.problems().empty());
    QCOMPARE(c.presets().peakKind, PeakKind::AsGiven);
    QCOMPARE(c.lastValidScenario().hardware.peakFlopsPerGpu, 100e12);
}

void TestScenarioController::typedPeakIsAsGiven()
{
    ScenarioController c { Scenario {} };
    c.setGpuPreset(QStringLiteral("a100-80gb-sxm"));
    c.set(Field::PeakFlops, 200e12);
    QVERIFY(c.peakAsGiven());
    QCOMPARE(c.presets().peakKind, PeakKind::AsGiven);
    QCOMPARE(c.presets().gpu.id, std::string("a100-80gb-sxm")); // the memory is still the A100's
    c.set(Field::Precision, Precision::Bf16Mixed); // a typed peak does not follow the precision
    QCOMPARE(c.scenario().hardware.peakFlopsPerGpu, 200e12);
    QCOMPARE(c.presetPeak(), std::optional<double>(312e12));
    c.usePresetPeak();
    QVERIFY(!c.peakAsGiven());
    QCOMPARE(c.scenario().hardware.peakFlopsPerGpu, 312e12);
    QCOMPARE(c.presets().peakKind, PeakKind::Bf16Tensor);
}

void TestScenarioController::typedMemoryAndPeakMakeCustomGpu()
{
    ScenarioController c { Scenario {} };
    c.setGpuPreset(QStringLiteral("h100-sxm"));
    c.setGpuMemory(40, MemoryUnit::GB); // the peaks still come from the H100
    QVERIFY(!c.customGpu());
    c.set(Field::Precision, Precision::Bf16);
    QCOMPARE(c.scenario().hardware.peakFlopsPerGpu, 989.4e12);
    c.set(Field::PeakFlops, 500e12); // now nothing of the H100 is used
    QVERIFY(c.customGpu());
    QCOMPARE(c.scenario().hardware.gpuMemoryBytes, qint64(40'000'000'000));
    c.set(Field::Precision, Precision::Fp32); // a custom GPU keeps its peak
    QCOMPARE(c.scenario().hardware.peakFlopsPerGpu, 500e12);
    c.usePresetPeak(); // no preset to go back to
    QCOMPARE(c.scenario().hardware.peakFlopsPerGpu, 500e12);
    c.setGpuPreset(QString()); // choosing Custom keeps the figures too
    QVERIFY(c.customGpu());
    QCOMPARE(c.scenario().hardware.peakFlopsPerGpu, 500e12);
    QVERIFY(c.problems().empty());
}

void TestScenarioController::modelPresetKeepsBatch()
{
    ScenarioController c { Scenario {} };
    c.set(Field::Batch, 8);
    QSignalSpy changes(&c, &ScenarioController::changed);
    c.setModelPreset(QStringLiteral("tinyllama-1.1b"));
    QCOMPARE(changes.count(), 1); // one snapshot for all the preset's figures
    // resources/presets/models.json: d 2048, L 22, h 32, 4 K/V heads, v 32000, d_ff 5632, c 2048.
    const ModelShape &m = c.scenario().model;
    QCOMPARE(m.batch, 8);
    QCOMPARE(m.seqLen, 2048);
    QCOMPARE(m.dModel, 2048);
    QCOMPARE(m.layers, 22);
    QCOMPARE(m.heads, 32);
    QCOMPARE(m.kvHeads, 4);
    QCOMPARE(m.vocab, 32000);
    QCOMPARE(m.dFf, 5632);
    QCOMPARE(m.ffn, FfnKind::SwiGlu);
    QCOMPARE(c.presets().model->id, std::string("tinyllama-1.1b"));
    c.set(Field::SeqLen, 512); // c is swept freely: still the same model
    QVERIFY(c.presets().model);
    c.set(Field::Layers, 24); // another architecture: no longer the preset
    QVERIFY(!c.presets().model);
}

void TestScenarioController::datasetPreset()
{
    ScenarioController c { Scenario {} };
    c.setDatasetPreset(QStringLiteral("wikitext-103"));
    QCOMPARE(c.scenario().run.tokens, 103'227'021.0); // Merity et al. 2016, train split
    QCOMPARE(c.presets().dataset->id, std::string("wikitext-103"));
    c.set(Field::Tokens, 2e6);
    QVERIFY(!c.presets().dataset);
    c.setDatasetPreset(QStringLiteral("no-such-dataset"));
    QCOMPARE(c.scenario().run.tokens, 2e6);
}

void TestScenarioController::replacedScenarioInfersPresets()
{
    // A peak that is not the GPU's for the precision was typed (as --gpu-flops would give it).
    Scenario s;
    s.hardware.peakFlopsPerGpu = 50e12;
    ScenarioController c { s };
    QVERIFY(c.peakAsGiven());
    QCOMPARE(c.scenario().hardware.peakFlopsPerGpu, 50e12);
    c.setScenario(Scenario {});
    QVERIFY(!c.peakAsGiven());
    QCOMPARE(c.presets().peakKind, PeakKind::Fp32);
}

void TestScenarioController::undoAndRedo()
{
    ScenarioController c;
    QVERIFY(!c.canUndo() && !c.canRedo());
    c.set(Field::Layers, 24);
    c.set(Field::Precision, Precision::Bf16Mixed);
    c.setGpuPreset(QStringLiteral("a100-80gb-sxm"));
    QVERIFY(c.canUndo());
    c.undo(); // the GPU, its memory and its unit come back
    QCOMPARE(c.presets().gpu.id, lectureGpu().id);
    QCOMPARE(c.scenario().hardware.gpuMemoryBytes, std::int64_t(24) << 30);
    QCOMPARE(int(c.scenario().options.precision), int(Precision::Bf16Mixed));
    c.undo();
    QCOMPARE(int(c.scenario().options.precision), int(Precision::Fp32));
    c.undo();
    QCOMPARE(c.scenario().model.layers, 12);
    QVERIFY(!c.canUndo() && c.canRedo());
    c.redo();
    c.redo();
    c.redo();
    QCOMPARE(c.presets().gpu.id, std::string("a100-80gb-sxm"));
    QCOMPARE(c.lastValidEstimate().memory.peak, estimate(c.scenario()).memory.peak);
    // A new change forgets what could be redone; one that changes nothing is no step.
    c.undo();
    c.set(Field::Heads, 8);
    QVERIFY(!c.canRedo());
    c.set(Field::Heads, 8);
    c.undo();
    QCOMPARE(c.scenario().model.heads, 16);
    // A reset is a step like any other.
    c.setScenario(Scenario {});
    c.undo();
    QCOMPARE(int(c.scenario().options.precision), int(Precision::Bf16Mixed));
}

void TestScenarioController::dragIsOneStep()
{
    // A slider dragged through 2^3 .. 2^9 sends one value per step, each well within a second
    // of the last: one undo returns to where the drag began.
    ScenarioController c;
    for (int p = 3; p <= 9; ++p)
        c.set(Field::Batch, std::int64_t(1) << p);
    c.set(Field::SeqLen, 512); // another input: a step of its own
    c.undo();
    QCOMPARE(c.scenario().model.seqLen, 256);
    QCOMPARE(c.scenario().model.batch, 512);
    c.undo();
    QCOMPARE(c.scenario().model.batch, 4);
    QVERIFY(!c.canUndo());
}

void TestScenarioController::modifiedFollowsTheCleanState()
{
    ScenarioController c;
    QSignalSpy history(&c, &ScenarioController::historyChanged);
    QVERIFY(!c.isModified());
    c.set(Field::Vocab, 50257);
    QVERIFY(c.isModified());
    QVERIFY(!history.isEmpty());
    c.undo();
    QVERIFY(!c.isModified()); // back to the clean configuration
    c.set(Field::Vocab, 50257);
    c.markClean(); // saved
    QVERIFY(!c.isModified());
    c.undo();
    QVERIFY(c.isModified()); // now it differs from the saved file
}

QTEST_APPLESS_MAIN(TestScenarioController)
#include "tst_scenariocontroller.moc"
