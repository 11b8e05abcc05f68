// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "mainwindow.h"
#include "presetstore.h"
#include "scenariocontroller.h"
#include "windowtesting.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace ts;
using ts::ui::Format;
using ts::ui::MainWindow;

// The GPU, dataset and model pickers and the line under the peak that says which peak the time
// uses, driven through their named widgets. Expected figures are resources/presets/*.json's.
class TestPresetPickers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup();
    void pickerOrderAndSources();
    void gpuAndPrecisionChooseThePeak_data();
    void gpuAndPrecisionChooseThePeak();
    void gpuWithoutPeakWarns();
    void typedPeakIsAsGiven();
    void modelPresetKeepsBatch();
    void datasetPresetSetsTokens();
    void startsFromTheCommandLinePresets();
    void tabReachesPickers();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return findNamed<T>(m_window, name);
    }
    void choose(const char *combo, const QVariant &data) const;
    QString peakSource() const { return child<QLabel>(QStringLiteral("peakSourceLabel"))->text(); }

    MainWindow *m_window = nullptr;
};

void TestPresetPickers::init()
{
    m_window = openMainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestPresetPickers::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestPresetPickers::choose(const char *combo, const QVariant &data) const
{
    auto *box = child<QComboBox>(QString::fromLatin1(combo));
    const int index = box->findData(data);
    QVERIFY2(index >= 0, combo);
    box->setCurrentIndex(index);
}

void TestPresetPickers::pickerOrderAndSources()
{
    const PresetStore &store = PresetStore::builtIn();
    auto *gpu = child<QComboBox>(QStringLiteral("gpuPresetCombo"));
    // The lecture's RTX 3090 first, then every preset, then Custom.
    QCOMPARE(gpu->count(), int(store.gpus().size()) + 2);
    QCOMPARE(gpu->itemData(0).toString(), QString::fromStdString(lectureGpu().id));
    QCOMPARE(gpu->currentIndex(), 0);
    QCOMPARE(gpu->itemData(gpu->count() - 1).toString(), QString());
    for (std::size_t i = 0; i < store.gpus().size(); ++i) {
        const GpuPreset &g = store.gpus()[i];
        const int row = int(i) + 1;
        QCOMPARE(gpu->itemData(row).toString(), QString::fromStdString(g.id));
        // Each preset's source as its tooltip (the first URL is enough to recognise it).
        const QString tip = gpu->itemData(row, Qt::ToolTipRole).toString();
        const QString firstWords = QString::fromStdString(g.source).left(20).toHtmlEscaped();
        QVERIFY2(tip.contains(firstWords), qPrintable(tip));
    }
    auto *dataset = child<QComboBox>(QStringLiteral("datasetPresetCombo"));
    QCOMPARE(dataset->count(), int(store.datasets().size()) + 1);
    QCOMPARE(dataset->itemData(0).toString(), QString()); // Custom first
    const int wikitext = dataset->findData(QStringLiteral("wikitext-103"));
    QVERIFY(dataset->itemText(wikitext).contains(QStringLiteral("103 M tokens")));
    QVERIFY(dataset->itemData(wikitext, Qt::ToolTipRole).toString().contains("Merity"));
    auto *model = child<QComboBox>(QStringLiteral("modelPresetCombo"));
    QCOMPARE(model->count(), int(store.models().size()) + 1);
    // No model was chosen, but the architecture is the lecture's: the picker names it (at start
    // and after a reset, not "Custom"); away from every preset it says Custom.
    QCOMPARE(model->currentData().toString(), QStringLiteral("lecture"));
    m_window->controller()->set(Field::Layers, 13);
    QCOMPARE(model->currentIndex(), 0);
    m_window->controller()->set(Field::Layers, 12);
    QCOMPARE(model->currentData().toString(), QStringLiteral("lecture"));
}

void TestPresetPickers::gpuAndPrecisionChooseThePeak_data()
{
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<int>("precision");
    QTest::addColumn<double>("peak");
    QTest::addColumn<QString>("source");
    QTest::addColumn<double>("memoryGiB");
    QTest::newRow("lecture fp32") << "lecture-rtx-3090" << int(Precision::Fp32) << 35.6e12
                                  << "FP32 peak of NVIDIA GeForce RTX 3090 (as in the lecture)"
                                  << 24.0;
    QTest::newRow("A100 80GB bf16-mixed") << "a100-80gb-sxm" << int(Precision::Bf16Mixed) << 312e12
                                          << "BF16 tensor peak of NVIDIA A100 80GB SXM4" << 80.0;
    QTest::newRow("A100 80GB tf32") << "a100-80gb-sxm" << int(Precision::Tf32) << 156e12
                                    << "TF32 tensor peak of NVIDIA A100 80GB SXM4" << 80.0;
    QTest::newRow("V100 16GB fp16-mixed")
            << "v100-sxm2-16gb" << int(Precision::Fp16Mixed) << 125e12
            << "FP16 tensor peak of NVIDIA Tesla V100 SXM2 16GB" << 16.0;
    QTest::newRow("H100 SXM bf16") << "h100-sxm" << int(Precision::Bf16) << 989.4e12
                                   << "BF16 tensor peak of NVIDIA H100 SXM5 80GB" << 80.0;
}

void TestPresetPickers::gpuAndPrecisionChooseThePeak()
{
    QFETCH(QString, gpu);
    QFETCH(int, precision);
    QFETCH(double, peak);
    QFETCH(QString, source);
    QFETCH(double, memoryGiB);
    choose("gpuPresetCombo", gpu);
    choose("precisionCombo", precision);
    const Scenario &s = m_window->controller()->scenario();
    QCOMPARE(s.hardware.peakFlopsPerGpu, peak);
    QCOMPARE(s.hardware.gpuMemoryBytes, qint64(memoryGiB * double(qint64(1) << 30)));
    QCOMPARE(peakSource(), source);
    QCOMPARE(child<QDoubleSpinBox>(QStringLiteral("gpuFlopsSpin"))->value(), peak / 1e12);
    QCOMPARE(child<QDoubleSpinBox>(QStringLiteral("gpuMemorySpin"))->value(), memoryGiB);
    QVERIFY(child<QLabel>(QStringLiteral("setupLabel"))
                    ->text()
                    .contains(Format::flopsPerSecond(peak)));
    QVERIFY(!child<QAbstractButton>(QStringLiteral("usePresetPeakButton"))->isVisible());
    QCOMPARE(child<QLabel>(QStringLiteral("timeLabel"))->text(),
             Format::duration(estimate(s).training.seconds));
}

void TestPresetPickers::gpuWithoutPeakWarns()
{
    choose("gpuPresetCombo", QStringLiteral("v100-sxm2-16gb"));
    const QString timeBefore = child<QLabel>(QStringLiteral("timeLabel"))->text();
    const Estimate before = m_window->controller()->lastValidEstimate();
    choose("precisionCombo", int(Precision::Bf16Mixed)); // Volta has no BF16

    auto *warning = child<QLabel>(QStringLiteral("gpuFlopsWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("NVIDIA Tesla V100 SXM2 16GB has no BF16 "
                                                     "tensor peak")),
             qPrintable(warning->text()));
    QVERIFY(child<QLabel>(QStringLiteral("staleLabel"))->isVisible());
    QCOMPARE(child<QLabel>(QStringLiteral("timeLabel"))->text(), timeBefore);
    QCOMPARE(m_window->controller()->lastValidEstimate().training.seconds, before.training.seconds);
    // The options tab says it too, under the precision that caused it.
    child<QTabWidget>(QStringLiteral("inputTabs"))->setCurrentIndex(1);
    QVERIFY(child<QLabel>(QStringLiteral("precisionWarning"))->isVisible());

    choose("gpuPresetCombo", QStringLiteral("a100-80gb-sxm"));
    QVERIFY(child<QLabel>(QStringLiteral("precisionWarning"))->isHidden());
    QVERIFY(child<QLabel>(QStringLiteral("staleLabel"))->isHidden());
    QCOMPARE(m_window->controller()->scenario().hardware.peakFlopsPerGpu, 312e12);
}

void TestPresetPickers::typedPeakIsAsGiven()
{
    choose("gpuPresetCombo", QStringLiteral("a100-80gb-sxm"));
    choose("precisionCombo", int(Precision::Bf16Mixed));
    child<QDoubleSpinBox>(QStringLiteral("gpuFlopsSpin"))->setValue(200);
    QCOMPARE(m_window->controller()->scenario().hardware.peakFlopsPerGpu, 200e12);
    QCOMPARE(peakSource(),
             QStringLiteral("Peak as given; NVIDIA A100 80GB SXM4: 312 TFLOP/s BF16 tensor"));
    QVERIFY(child<QLabel>(QStringLiteral("setupLabel"))
                    ->text()
                    .contains(QStringLiteral("as given")));
    QCOMPARE(child<QComboBox>(QStringLiteral("gpuPresetCombo"))->currentData().toString(),
             QStringLiteral("a100-80gb-sxm")); // the memory is still the A100's
    auto *usePreset = child<QAbstractButton>(QStringLiteral("usePresetPeakButton"));
    QVERIFY(usePreset->isVisible());

    choose("precisionCombo", int(Precision::Fp32)); // a typed peak stays
    QCOMPARE(m_window->controller()->scenario().hardware.peakFlopsPerGpu, 200e12);
    usePreset->click();
    QCOMPARE(m_window->controller()->scenario().hardware.peakFlopsPerGpu, 19.5e12);
    QCOMPARE(peakSource(), QStringLiteral("FP32 peak of NVIDIA A100 80GB SXM4"));
    QCOMPARE(child<QDoubleSpinBox>(QStringLiteral("gpuFlopsSpin"))->value(), 19.5);
    QVERIFY(!usePreset->isVisible());

    // Typing the memory as well leaves nothing of the A100: the picker says Custom.
    child<QDoubleSpinBox>(QStringLiteral("gpuFlopsSpin"))->setValue(100);
    child<QDoubleSpinBox>(QStringLiteral("gpuMemorySpin"))->setValue(40);
    QCOMPARE(child<QComboBox>(QStringLiteral("gpuPresetCombo"))->currentData().toString(),
             QString());
    QCOMPARE(peakSource(), QStringLiteral("Peak as given"));
}

void TestPresetPickers::modelPresetKeepsBatch()
{
    child<QSpinBox>(QStringLiteral("batchSpin"))->setValue(8);
    choose("modelPresetCombo", QStringLiteral("gpt2-medium"));
    // gpt2-medium: d 1024, L 24, h 16, v 50257, context 1024.
    const ModelShape &m = m_window->controller()->scenario().model;
    QCOMPARE(m.batch, 8);
    QCOMPARE(m.dModel, 1024);
    QCOMPARE(m.layers, 24);
    QCOMPARE(m.heads, 16);
    QCOMPARE(m.vocab, 50257);
    QCOMPARE(m.seqLen, 1024);
    QCOMPARE(child<QSpinBox>(QStringLiteral("batchSpin"))->value(), 8);
    QCOMPARE(child<QSpinBox>(QStringLiteral("layersSpin"))->value(), 24);
    QCOMPARE(child<QSpinBox>(QStringLiteral("vocabSpin"))->value(), 50257);
    QCOMPARE(child<QSpinBox>(QStringLiteral("seqLenSpin"))->value(), 1024);
    QCOMPARE(child<QLabel>(QStringLiteral("paramCountLabel"))->text(),
             Format::count(estimate(m_window->controller()->scenario()).params.total));
    child<QSpinBox>(QStringLiteral("seqLenSpin"))->setValue(512); // c is free
    QCOMPARE(child<QComboBox>(QStringLiteral("modelPresetCombo"))->currentData().toString(),
             QStringLiteral("gpt2-medium"));
    child<QSpinBox>(QStringLiteral("layersSpin"))->setValue(12); // another model now
    QCOMPARE(child<QComboBox>(QStringLiteral("modelPresetCombo"))->currentData().toString(),
             QString());
}

void TestPresetPickers::datasetPresetSetsTokens()
{
    choose("datasetPresetCombo", QStringLiteral("tinystories"));
    QCOMPARE(m_window->controller()->scenario().run.tokens, 471'650'941.0);
    // The spin box shows the value as held, not rounded to three decimals.
    QCOMPARE(child<QDoubleSpinBox>(QStringLiteral("tokensSpin"))->value(), 471.650941);
    child<QDoubleSpinBox>(QStringLiteral("tokensSpin"))->setValue(100);
    QCOMPARE(child<QComboBox>(QStringLiteral("datasetPresetCombo"))->currentData().toString(),
             QString());
}

void TestPresetPickers::startsFromTheCommandLinePresets()
{
    // What `trainscope --gpu h100-sxm --precision bf16-mixed --model gpt2-small` hands over.
    PresetSelection sel;
    sel.gpu = *PresetStore::builtIn().gpu(QStringLiteral("h100-sxm"));
    sel.model = *PresetStore::builtIn().model(QStringLiteral("gpt2-small"));
    sel.peakKind = PeakKind::Bf16Tensor;
    Scenario s;
    applyModel(s.model, *sel.model);
    s.options.precision = Precision::Bf16Mixed;
    s.hardware.gpuMemoryBytes = sel.gpu.memoryBytes;
    s.hardware.peakFlopsPerGpu = *sel.gpu.bf16;
    MainWindow window(s, sel);
    auto *gpu = window.findChild<QComboBox *>(QStringLiteral("gpuPresetCombo"));
    auto *model = window.findChild<QComboBox *>(QStringLiteral("modelPresetCombo"));
    auto *source = window.findChild<QLabel *>(QStringLiteral("peakSourceLabel"));
    QCOMPARE(gpu->currentData().toString(), QStringLiteral("h100-sxm"));
    QCOMPARE(model->currentData().toString(), QStringLiteral("gpt2-small"));
    QCOMPARE(source->text(), QStringLiteral("BF16 tensor peak of NVIDIA H100 SXM5 80GB"));
}

void TestPresetPickers::tabReachesPickers()
{
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    child<QWidget>(QStringLiteral("modelPresetCombo"))->setFocus();
    QSet<QString> reached;
    for (int i = 0; i < 40; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QWidget *named = focus->objectName().isEmpty() ? focus->parentWidget() : focus;
        reached.insert(named->objectName());
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    for (const char *name : { "modelPresetCombo", "batchSpin", "gpuPresetCombo", "gpusSpin",
                              "gpuFlopsSpin", "datasetPresetCombo", "tokensSpin" })
        QVERIFY2(reached.contains(QLatin1String(name)), name);
}

QTEST_MAIN(TestPresetPickers)
#include "tst_presetpickers.moc"
