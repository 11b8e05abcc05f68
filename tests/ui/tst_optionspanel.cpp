// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "mainwindow.h"
#include "memorychart.h"
#include "options.h"
#include "scenariocontroller.h"
#include "windowtesting.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <functional>

using namespace ts;
using ts::ui::Format;
using ts::ui::MainWindow;
using ts::ui::ScenarioController;

using Edit = std::function<void(Scenario &)>;
using ControllerEdit = std::function<void(ScenarioController &)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(ControllerEdit)

// Drives the training options through their named widgets, as a user does, and checks the
// controller's scenario and the results panel against ts::estimate on the scenario each edit
// stands for.
class TestOptionsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup();
    void widgetChangesScenario_data();
    void widgetChangesScenario();
    void problemsShowUnderTheirField_data();
    void problemsShowUnderTheirField();
    void presetMirrorsIntoOptions();
    void tabReachesOptions();
    void mnemonicOpensOptions();
    void countingChoicesAreShown();
    void legendListsTheBandsShown();
    void autocastIsNamed();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return findNamed<T>(m_window, name);
    }
    void showOptions() const;

    MainWindow *m_window = nullptr;
};

void TestOptionsPanel::init()
{
    m_window = openMainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestOptionsPanel::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestOptionsPanel::showOptions() const
{
    child<QTabWidget>(QStringLiteral("inputTabs"))->setCurrentIndex(1);
}

// clang-format off
void TestOptionsPanel::widgetChangesScenario_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QVariant>("value"); // a combo's item data, a spin box's value, a check
    QTest::addColumn<Edit>("edit");
    // The peaks for precision are the lecture GPU's (core's lectureGpu()).
    QTest::newRow("bf16-mixed") << "precisionCombo" << QVariant(int(Precision::Bf16Mixed))
                                << Edit([](Scenario &s) {
                                       s.options.precision = Precision::Bf16Mixed;
                                       s.hardware.peakFlopsPerGpu = 71.2e12;
                                   });
    QTest::newRow("fp16-mixed") << "precisionCombo" << QVariant(int(Precision::Fp16Mixed))
                                << Edit([](Scenario &s) {
                                       s.options.precision = Precision::Fp16Mixed;
                                       s.hardware.peakFlopsPerGpu = 71.2e12;
                                   });
    QTest::newRow("tf32") << "precisionCombo" << QVariant(int(Precision::Tf32))
                          << Edit([](Scenario &s) {
                                 s.options.precision = Precision::Tf32;
                                 s.hardware.peakFlopsPerGpu = 35.58e12;
                             });
    QTest::newRow("SGD") << "optimizerCombo" << QVariant(int(Optimizer::Sgd))
                         << Edit([](Scenario &s) { s.options.optimizer = Optimizer::Sgd; });
    QTest::newRow("SGD momentum") << "optimizerCombo" << QVariant(int(Optimizer::SgdMomentum))
                                  << Edit([](Scenario &s) {
                                         s.options.optimizer = Optimizer::SgdMomentum;
                                     });
    QTest::newRow("8-bit Adam") << "optimizerCombo" << QVariant(int(Optimizer::Adam8bit))
                                << Edit([](Scenario &s) {
                                       s.options.optimizer = Optimizer::Adam8bit;
                                   });
    QTest::newRow("grad accum 8") << "gradAccumSpin" << QVariant(8)
                                  << Edit([](Scenario &s) { s.options.gradAccum = 8; });
    QTest::newRow("selective checkpointing")
        << "checkpointingCombo" << QVariant(int(Checkpointing::Selective))
        << Edit([](Scenario &s) { s.options.checkpointing = Checkpointing::Selective; });
    QTest::newRow("full checkpointing")
        << "checkpointingCombo" << QVariant(int(Checkpointing::Full))
        << Edit([](Scenario &s) { s.options.checkpointing = Checkpointing::Full; });
    QTest::newRow("FlashAttention") << "flashAttentionCheck" << QVariant(true)
                                    << Edit([](Scenario &s) { s.options.flashAttention = true; });
    QTest::newRow("ZeRO 1") << "zeroCombo" << QVariant(1)
                            << Edit([](Scenario &s) { s.options.zeroStage = 1; });
    QTest::newRow("ZeRO 3") << "zeroCombo" << QVariant(3)
                            << Edit([](Scenario &s) { s.options.zeroStage = 3; });
    QTest::newRow("GELU") << "ffnCombo" << QVariant(int(FfnKind::Gelu))
                          << Edit([](Scenario &s) { s.model.ffn = FfnKind::Gelu; });
    QTest::newRow("d_ff 2816") << "dFfSpin" << QVariant(2816)
                               << Edit([](Scenario &s) { s.model.dFf = 2816; });
    QTest::newRow("4 K/V heads") << "kvHeadsSpin" << QVariant(4)
                                 << Edit([](Scenario &s) { s.model.kvHeads = 4; });
    QTest::newRow("tied embeddings") << "tiedEmbeddingsCheck" << QVariant(true)
                                     << Edit([](Scenario &s) { s.model.tiedEmbeddings = true; });
    QTest::newRow("offload optimizer") << "offloadCombo" << QVariant(int(Offload::Optimizer))
                                       << Edit([](Scenario &s) {
                                              s.options.offload = Offload::Optimizer;
                                          });
    QTest::newRow("LoRA") << "finetuneCombo" << QVariant(int(FineTuning::Lora))
                          << Edit([](Scenario &s) { s.options.finetune = FineTuning::Lora; });
}
// clang-format on

void TestOptionsPanel::widgetChangesScenario()
{
    QFETCH(QString, widget);
    QFETCH(QVariant, value);
    QFETCH(Edit, edit);
    showOptions();
    QWidget *w = child<QWidget>(widget);
    QVERIFY(w && w->isVisible());
    if (auto *combo = qobject_cast<QComboBox *>(w))
        combo->setCurrentIndex(combo->findData(value));
    else if (auto *spin = qobject_cast<QSpinBox *>(w))
        spin->setValue(value.toInt());
    else if (auto *check = qobject_cast<QCheckBox *>(w))
        check->setChecked(value.toBool());
    else
        QFAIL("not an option widget");

    Scenario expected;
    edit(expected);
    const Estimate e = estimate(expected);
    QVERIFY(e.ok());
    const Scenario &actual = m_window->controller()->scenario();
    QCOMPARE(int(actual.options.precision), int(expected.options.precision));
    QCOMPARE(int(actual.options.optimizer), int(expected.options.optimizer));
    QCOMPARE(int(actual.options.checkpointing), int(expected.options.checkpointing));
    QCOMPARE(actual.options.flashAttention, expected.options.flashAttention);
    QCOMPARE(actual.options.zeroStage, expected.options.zeroStage);
    QCOMPARE(actual.options.gradAccum, expected.options.gradAccum);
    QCOMPARE(int(actual.model.ffn), int(expected.model.ffn));
    QCOMPARE(actual.model.dFf, expected.model.dFf);
    QCOMPARE(actual.model.kvHeads, expected.model.kvHeads);
    QCOMPARE(actual.model.tiedEmbeddings, expected.model.tiedEmbeddings);
    QCOMPARE(int(actual.options.offload), int(expected.options.offload));
    QCOMPARE(int(actual.options.finetune), int(expected.options.finetune));
    QCOMPARE(actual.hardware.peakFlopsPerGpu, expected.hardware.peakFlopsPerGpu);

    QCOMPARE(child<QLabel>(QStringLiteral("paramCountLabel"))->text(),
             Format::count(e.params.total));
    QVERIFY(child<QLabel>(QStringLiteral("peakMemoryLabel"))
                    ->text()
                    .contains(Format::bytes(double(e.memory.peak), MemoryUnit::GiB)));
    QCOMPARE(child<QLabel>(QStringLiteral("flopsStepLabel"))->text(), Format::flops(e.flops.total));
    QCOMPARE(child<QLabel>(QStringLiteral("timeLabel"))->text(),
             Format::duration(e.training.seconds));
    QCOMPARE(child<QLabel>(QStringLiteral("globalBatchLabel"))->text(),
             Format::count(e.training.globalBatch));
    QCOMPARE(child<QLabel>(QStringLiteral("optimizerStepsLabel"))->text(),
             Format::count(e.training.optimizerSteps));
    auto *recompute = child<QLabel>(QStringLiteral("flopsRecomputeLabel"));
    QCOMPARE(recompute->isVisibleTo(m_window), e.flops.recompute > 0);
    if (e.flops.recompute > 0)
        QCOMPARE(recompute->text(), Format::flops(e.flops.recompute));
    // Rows of terms that only some options have: frozen weights (LoRA), host memory (offload).
    auto *frozen = child<QLabel>(QStringLiteral("frozenMemLabel"));
    QCOMPARE(frozen->isVisibleTo(m_window), e.memory.frozenWeights > 0);
    QVERIFY(frozen->text().contains(
            Format::bytes(double(e.memory.frozenWeights), MemoryUnit::GiB)));
    auto *host = child<QLabel>(QStringLiteral("hostMemLabel"));
    const bool offloaded = expected.options.offload != Offload::None;
    QCOMPARE(host->isVisibleTo(m_window), offloaded);
    QCOMPARE(child<QLabel>(QStringLiteral("hostLinkLabel"))->isVisibleTo(m_window), offloaded);
    if (offloaded)
        QVERIFY(host->text().contains(
                Format::bytes(double(e.offload.hostBytesPerNode), MemoryUnit::GiB)));
    // The precision and the kind of peak the time uses.
    const QString setup = child<QLabel>(QStringLiteral("setupLabel"))->text();
    QVERIFY2(setup.contains(QString::fromLatin1(keyOf(expected.options.precision))),
             qPrintable(setup));
    QVERIFY2(setup.contains(QString::fromLatin1(keyOf(peakKindFor(expected.options.precision)))),
             qPrintable(setup));
}

// clang-format off
void TestOptionsPanel::problemsShowUnderTheirField_data()
{
    QTest::addColumn<ControllerEdit>("edit");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("text");
    // The command line can set these beyond what the widgets allow; the widgets' own range
    // is covered by "5 K/V heads".
    QTest::newRow("5 K/V heads do not divide 16")
        << ControllerEdit([](ScenarioController &c) { c.set(Field::KvHeads, 5); }) << "kvHeadsWarning"
        << "must divide the heads h = 16";
    QTest::newRow("negative d_ff")
        << ControllerEdit([](ScenarioController &c) { c.set(Field::DFf, -1); }) << "dFfWarning"
        << "at least 0";
    QTest::newRow("ZeRO 4") << ControllerEdit([](ScenarioController &c) { c.set(Field::ZeroStage, 4); })
                            << "zeroWarning"
                            << "at most 3";
    QTest::newRow("no micro-batch")
        << ControllerEdit([](ScenarioController &c) { c.set(Field::GradAccum, 0); }) << "gradAccumWarning"
        << "at least 1";
}
// clang-format on

void TestOptionsPanel::problemsShowUnderTheirField()
{
    QFETCH(ControllerEdit, edit);
    QFETCH(QString, warning);
    QFETCH(QString, text);
    showOptions();
    const Estimate before = m_window->controller()->lastValidEstimate();
    auto *label = child<QLabel>(warning);
    QVERIFY(!label->isVisible());
    edit(*m_window->controller());
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(text), qPrintable(label->text()));
    // Not repeated at the top of the inputs tab, which is for fields without a widget.
    QVERIFY(child<QLabel>(QStringLiteral("resultWarning"))->isHidden());
    QVERIFY(!child<QLabel>(QStringLiteral("staleLabel"))->isHidden());
    QCOMPARE(child<QLabel>(QStringLiteral("timeLabel"))->text(),
             Format::duration(before.training.seconds));
    m_window->controller()->setScenario(Scenario {});
    QVERIFY(!label->isVisible());
}

void TestOptionsPanel::presetMirrorsIntoOptions()
{
    // gpt2-small in resources/presets/models.json: GELU, d_ff 3072, 12 K/V heads, tied.
    auto *model = child<QComboBox>(QStringLiteral("modelPresetCombo"));
    model->setCurrentIndex(model->findData(QStringLiteral("gpt2-small")));
    showOptions();
    QCOMPARE(child<QComboBox>(QStringLiteral("ffnCombo"))->currentData().toInt(),
             int(FfnKind::Gelu));
    // GPT-2 derives both (nanoGPT: 4·n_embd, one K/V head per head): 0, shown with its value.
    QCOMPARE(child<QSpinBox>(QStringLiteral("dFfSpin"))->value(), 0);
    QVERIFY(child<QSpinBox>(QStringLiteral("dFfSpin"))->text().contains(QStringLiteral("3,072")));
    QCOMPARE(child<QSpinBox>(QStringLiteral("kvHeadsSpin"))->value(), 0);
    QVERIFY(child<QSpinBox>(QStringLiteral("kvHeadsSpin"))->text().contains(QStringLiteral("12")));
    QVERIFY(child<QCheckBox>(QStringLiteral("tiedEmbeddingsCheck"))->isChecked());
    // Mirroring did not count as an edit: the preset is still chosen.
    QCOMPARE(model->currentData().toString(), QStringLiteral("gpt2-small"));
    child<QCheckBox>(QStringLiteral("tiedEmbeddingsCheck"))->setChecked(false);
    QCOMPARE(model->currentData().toString(), QString()); // Custom
}

void TestOptionsPanel::tabReachesOptions()
{
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    showOptions();
    child<QComboBox>(QStringLiteral("precisionCombo"))->setFocus();
    QSet<QString> reached;
    for (int i = 0; i < 40; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        // A spin box's focus sits on its line edit; count the spin box.
        QWidget *named = focus->objectName().isEmpty() ? focus->parentWidget() : focus;
        reached.insert(named->objectName());
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    for (const char *name : { "precisionCombo", "optimizerCombo", "gradAccumSpin",
                              "checkpointingCombo", "flashAttentionCheck", "zeroCombo", "ffnCombo",
                              "dFfSpin", "kvHeadsSpin", "tiedEmbeddingsCheck" })
        QVERIFY2(reached.contains(QLatin1String(name)), name);
}

void TestOptionsPanel::mnemonicOpensOptions()
{
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    auto *tabs = child<QTabWidget>(QStringLiteral("inputTabs"));
    QCOMPARE(tabs->currentIndex(), 0);
    // Each tab's mnemonics are unique among the widgets shown with it; a hidden tab's are off.
    QTest::keyClick(m_window, Qt::Key_P, Qt::AltModifier); // "&Peak / GPU"
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(QStringLiteral("gpuFlopsSpin")));
    QTest::keyClick(m_window, Qt::Key_Y, Qt::AltModifier); // "GPU t&ype"
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(QStringLiteral("gpuPresetCombo")));
    QTest::keyClick(m_window, Qt::Key_N, Qt::AltModifier); // "Training optio&ns"
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(m_window, Qt::Key_P, Qt::AltModifier); // "&Precision"
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(QStringLiteral("precisionCombo")));
    QTest::keyClick(m_window, Qt::Key_I, Qt::AltModifier); // "&Inputs"
    QCOMPARE(tabs->currentIndex(), 0);
}

void TestOptionsPanel::countingChoicesAreShown()
{
    // Where sources disagree the tab says which way the figures count (issue: "show the choice").
    showOptions();
    auto *note = child<QLabel>(QStringLiteral("countingChoicesLabel"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("16 bytes")));
    QVERIFY(note->text().contains(QLatin1String("causal")));
}

void TestOptionsPanel::legendListsTheBandsShown()
{
    // The memory chart's legend names the bands it draws: the frozen weights and the adapters'
    // under LoRA, no gradients or optimizer states once they are offloaded.
    auto *chart = child<ui::MemoryChart>(QStringLiteral("memoryChart"));
    const auto names = [chart] {
        QStringList out;
        for (int i = 0; i < chart->legend->itemCount(); ++i) {
            if (auto *item = qobject_cast<QCPPlottableLegendItem *>(chart->legend->item(i)))
                out << item->plottable()->name();
        }
        return out;
    };
    ScenarioController *c = m_window->controller();
    QCoreApplication::processEvents();
    QStringList shown = names();
    QVERIFY2(!shown.contains(QStringLiteral("Frozen weights")), qPrintable(shown.join(", ")));
    QVERIFY(shown.contains(QStringLiteral("Gradients")));
    c->set(Field::Finetune, FineTuning::Qlora);
    QCoreApplication::processEvents();
    shown = names();
    QCOMPARE(shown.mid(0, 4),
             QStringList({ QStringLiteral("Frozen weights"), QStringLiteral("Adapters"),
                           QStringLiteral("Adapter gradients"),
                           QStringLiteral("Adapter optimizer") }));
    c->set(Field::Offload, Offload::Optimizer);
    QCoreApplication::processEvents();
    shown = names();
    QVERIFY2(!shown.contains(QStringLiteral("Adapter gradients"))
                     && !shown.contains(QStringLiteral("Adapter optimizer")),
             qPrintable(shown.join(", ")));
    QVERIFY(shown.last().startsWith(QStringLiteral("GPU")));
}

void TestOptionsPanel::autocastIsNamed()
{
    // torch.autocast changes the figures of the mixed precisions only, and the line above the
    // results says when it applies.
    ScenarioController *c = m_window->controller();
    c->set(Field::Amp, Amp::Autocast);
    QCoreApplication::processEvents();
    auto *setup = child<QLabel>(QStringLiteral("setupLabel"));
    QVERIFY2(!setup->text().contains(QStringLiteral("autocast")), qPrintable(setup->text()));
    c->set(Field::Precision, Precision::Bf16Mixed);
    QCoreApplication::processEvents();
    QVERIFY2(setup->text().contains(QStringLiteral("bf16-mixed (autocast)")),
             qPrintable(setup->text()));
    const Estimate e = estimate(c->scenario());
    QVERIFY(e.memory.weightCasts > 0);
    QVERIFY(child<QLabel>(QStringLiteral("paramsMemLabel"))
                    ->text()
                    .contains(Format::bytes(double(e.memory.parameters), MemoryUnit::GiB)));
}

QTEST_MAIN(TestOptionsPanel)
#include "tst_optionspanel.moc"
