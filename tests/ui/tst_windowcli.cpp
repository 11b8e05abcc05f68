// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliparser.h"
#include "mainwindow.h"
#include "scenariocontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>

using namespace ts;
using ts::ui::MainWindow;

// One user action: a widget by name and the item data, value or check it is set to.
struct Action
{
    QString widget;
    QVariant value;
};
using Actions = QList<Action>;
Q_DECLARE_METATYPE(Actions)

// The same choices made in the window and on the command line give the same scenario, peak kind
// and figures: presets apply with the CLI's precedence (model first, typed values win, the GPU's
// peak for the precision unless a peak was given, the dataset's tokens).
class TestWindowCli : public QObject
{
    Q_OBJECT
private slots:
    void sameAsCommandLine_data();
    void sameAsCommandLine();
    void widgetsShowAcceptedValuesAsGiven_data();
    void widgetsShowAcceptedValuesAsGiven();
    void keptPresetFiguresAreNoted();
};

void TestWindowCli::sameAsCommandLine_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<Actions>("actions"); // in the order a user would make them
    const auto precision = [](Precision p) { return Action { "precisionCombo", int(p) }; };
    QTest::newRow("lecture") << QStringList {} << Actions {};
    QTest::newRow("A100, bf16-mixed")
            << QStringList { "--gpu", "a100-80gb-sxm", "--precision", "bf16-mixed" }
            << Actions { { "gpuPresetCombo", "a100-80gb-sxm" }, precision(Precision::Bf16Mixed) };
    QTest::newRow("precision chosen before the GPU")
            << QStringList { "--gpu", "h100-sxm", "--precision", "tf32" }
            << Actions { precision(Precision::Tf32), { "gpuPresetCombo", "h100-sxm" } };
    QTest::newRow("GPU memory given") << QStringList { "--gpu", "a100-80gb-sxm", "--gpu-memory",
                                                       "40GiB", "--precision",   "fp16-mixed" }
                                      << Actions { { "gpuPresetCombo", "a100-80gb-sxm" },
                                                   { "gpuMemorySpin", 40.0 },
                                                   precision(Precision::Fp16Mixed) };
    QTest::newRow("peak given on a V100 in bf16")
            << QStringList { "--gpu",  "v100-sxm2-32gb", "--gpu-flops",
                             "100e12", "--precision",    "bf16-mixed" }
            << Actions { { "gpuPresetCombo", "v100-sxm2-32gb" },
                         { "gpuFlopsSpin", 100.0 },
                         precision(Precision::Bf16Mixed) };
    QTest::newRow("GPT-2 small on an H100 over OpenWebText")
            << QStringList { "--model",         "gpt2-small",  "--gpu",       "h100-sxm",
                             "--dataset",       "openwebtext", "--precision", "bf16",
                             "--checkpointing", "full",        "--zero",      "2",
                             "--grad-accum",    "4",           "--batch",     "16" }
            << Actions { { "batchSpin", 16 },
                         { "modelPresetCombo", "gpt2-small" },
                         { "gpuPresetCombo", "h100-sxm" },
                         { "datasetPresetCombo", "openwebtext" },
                         precision(Precision::Bf16),
                         { "checkpointingCombo", int(Checkpointing::Full) },
                         { "zeroCombo", 2 },
                         { "gradAccumSpin", 4 } };
    QTest::newRow("LLaMA-7B, c and K/V heads typed")
            << QStringList { "--model",           "llama-7b",    "--seq-len",   "512",
                             "--kv-heads",        "8",           "--optimizer", "adam-8bit",
                             "--flash-attention", "--gpus",      "8",           "--gpu",
                             "a100-80gb-sxm",     "--precision", "bf16-mixed" }
            << Actions { { "modelPresetCombo", "llama-7b" },
                         { "seqLenSpin", 512 },
                         { "kvHeadsSpin", 8 },
                         { "optimizerCombo", int(Optimizer::Adam8bit) },
                         { "flashAttentionCheck", true },
                         { "gpusSpin", 8 },
                         { "gpuPresetCombo", "a100-80gb-sxm" },
                         precision(Precision::Bf16Mixed) };
    QTest::newRow("GELU, tied, d_ff on WikiText-103")
            << QStringList { "--ffn",        "gelu",        "--tied-embeddings",
                             "--d-ff",       "3000",        "--dataset",
                             "wikitext-103", "--optimizer", "sgd-momentum" }
            << Actions { { "ffnCombo", int(FfnKind::Gelu) },
                         { "tiedEmbeddingsCheck", true },
                         { "dFfSpin", 3000 },
                         { "datasetPresetCombo", "wikitext-103" },
                         { "optimizerCombo", int(Optimizer::SgdMomentum) } };
}

void TestWindowCli::sameAsCommandLine()
{
    QFETCH(QStringList, flags);
    QFETCH(Actions, actions);
    const cli::ParseResult cli = cli::parse(QStringList { "trainscope", "--json" } + flags);
    QVERIFY2(cli.request, qPrintable(cli.error));
    const Scenario &want = cli.request->scenario;

    MainWindow window { Scenario {} };
    for (const Action &a : actions) {
        QWidget *w = window.findChild<QWidget *>(a.widget);
        QVERIFY2(w, qPrintable(a.widget));
        if (auto *combo = qobject_cast<QComboBox *>(w))
            combo->setCurrentIndex(combo->findData(a.value));
        else if (auto *spin = qobject_cast<QSpinBox *>(w))
            spin->setValue(a.value.toInt());
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(w))
            dspin->setValue(a.value.toDouble());
        else if (auto *check = qobject_cast<QCheckBox *>(w))
            check->setChecked(a.value.toBool());
    }
    const ui::ScenarioController *c = window.controller();
    QVERIFY(c->problems().empty());
    const Scenario &got = c->scenario();
    QCOMPARE(got.model.batch, want.model.batch);
    QCOMPARE(got.model.seqLen, want.model.seqLen);
    QCOMPARE(got.model.dModel, want.model.dModel);
    QCOMPARE(got.model.layers, want.model.layers);
    QCOMPARE(got.model.heads, want.model.heads);
    QCOMPARE(got.model.vocab, want.model.vocab);
    QCOMPARE(int(got.model.ffn), int(want.model.ffn));
    QCOMPARE(got.model.ffnWidth(), want.model.ffnWidth());
    QCOMPARE(got.model.kvHeadCount(), want.model.kvHeadCount());
    QCOMPARE(got.model.tiedEmbeddings, want.model.tiedEmbeddings);
    QCOMPARE(got.hardware.gpus, want.hardware.gpus);
    QCOMPARE(got.hardware.gpuMemoryBytes, want.hardware.gpuMemoryBytes);
    QCOMPARE(got.hardware.peakFlopsPerGpu, want.hardware.peakFlopsPerGpu);
    QCOMPARE(got.run.tokens, want.run.tokens);
    QCOMPARE(int(got.options.precision), int(want.options.precision));
    QCOMPARE(c->presets().peakKind, cli.request->selection.peakKind);
    QCOMPARE(c->presets().gpu.id, cli.request->selection.gpu.id);

    // The same scenario gives the same figures, exactly: one estimator for both.
    const Estimate &e = c->lastValidEstimate();
    const Estimate expected = estimate(want);
    QCOMPARE(e.params.total, expected.params.total);
    QCOMPARE(e.memory.peak, expected.memory.peak);
    QCOMPARE(e.maxBatch.exact, expected.maxBatch.exact);
    QCOMPARE(e.flops.total, expected.flops.total);
    QCOMPARE(e.training.globalBatch, expected.training.globalBatch);
    QCOMPARE(e.training.seconds, expected.training.seconds);
}

// Every value the command line accepts is shown by its widget as it is, never clamped to a
// widget's range (the spin boxes take the input table's bounds).
void TestWindowCli::widgetsShowAcceptedValuesAsGiven_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("spin");
    QTest::addColumn<double>("shown");
    QTest::newRow("b = 3,000,000") << QStringList { "--batch", "3000000" } << "batchSpin" << 3e6;
    QTest::newRow("2,000,000 GPUs") << QStringList { "--gpus", "2000000" } << "gpusSpin" << 2e6;
    QTest::newRow("largest b") << QStringList { "--batch", "2147483647", "--seq-len", "1" }
                               << "batchSpin" << 2147483647.0;
    QTest::newRow("512 layers") << QStringList { "--layers", "512" } << "layersSpin" << 512.0;
    QTest::newRow("MFU 0.005") << QStringList { "--mfu", "0.005" } << "mfuSpin" << 0.005;
    QTest::newRow("1,500,000 grad accum")
            << QStringList { "--grad-accum", "1500000" } << "gradAccumSpin" << 1.5e6;
    QTest::newRow("d_ff 9,000,000") << QStringList { "--d-ff", "9000000" } << "dFfSpin" << 9e6;
    QTest::newRow("peak 0.5 GFLOP/s")
            << QStringList { "--gpu-flops", "5e8" } << "gpuFlopsSpin" << 0.0005; // in TFLOP/s
    QTest::newRow("2 bytes") << QStringList { "--gpu-memory", "2" } << "gpuMemorySpin"
                             << 2.0 / (1 << 30); // in GiB
}

void TestWindowCli::widgetsShowAcceptedValuesAsGiven()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, spin);
    QFETCH(double, shown);
    const cli::ParseResult cli = cli::parse(QStringList { "trainscope" } + flags);
    QVERIFY2(cli.request, qPrintable(cli.error));
    MainWindow window(cli.request->config);
    QWidget *w = window.findChild<QWidget *>(spin);
    QVERIFY2(w, qPrintable(spin));
    if (auto *count = qobject_cast<QSpinBox *>(w))
        QCOMPARE(double(count->value()), shown);
    else
        QCOMPARE(qobject_cast<QDoubleSpinBox *>(w)->value(), shown);
    // The window computes with the same value the command line does.
    QCOMPARE(window.controller()->scenario().model.batch, cli.request->scenario.model.batch);
    QCOMPARE(window.controller()->lastValidEstimate().training.seconds,
             estimate(cli.request->scenario).training.seconds);
}

void TestWindowCli::keptPresetFiguresAreNoted()
{
    // LLaMA-7B's own d_ff = 11008 stays when d moves: the command line warns, the window says
    // so under the model picker, and the two agree on the model.
    const cli::ParseResult cli
            = cli::parse(QStringList { "trainscope", "--model", "llama-7b", "--d-model", "2048" });
    QVERIFY2(cli.request, qPrintable(cli.error));
    QCOMPARE(cli.request->warnings.size(), 1);
    MainWindow window(cli.request->config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *note = window.findChild<QLabel *>(QStringLiteral("keptFromModelLabel"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("d_ff = 11,008"))
                     && note->text().contains(QStringLiteral("LLaMA")),
             qPrintable(note->text()));
    QCOMPARE(window.controller()->scenario().model.dFf, qint64(11008));
    QCOMPARE(window.controller()->lastValidEstimate().params.total,
             estimate(cli.request->scenario).params.total);
    // Moving d back to the preset's, or giving d_ff, ends the note.
    window.findChild<QSpinBox *>(QStringLiteral("dModelSpin"))->setValue(4096);
    QVERIFY(note->isHidden());
    window.findChild<QSpinBox *>(QStringLiteral("dModelSpin"))->setValue(1024);
    QVERIFY(note->isVisible());
    window.findChild<QSpinBox *>(QStringLiteral("dFfSpin"))->setValue(2816);
    QVERIFY(note->isHidden());
    // The same in the window alone: choose the preset, then move d.
    MainWindow fresh { Scenario {} };
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    auto *model = fresh.findChild<QComboBox *>(QStringLiteral("modelPresetCombo"));
    model->setCurrentIndex(model->findData(QStringLiteral("llama-7b")));
    auto *freshNote = fresh.findChild<QLabel *>(QStringLiteral("keptFromModelLabel"));
    QVERIFY(freshNote->isHidden());
    fresh.findChild<QSpinBox *>(QStringLiteral("dModelSpin"))->setValue(2048);
    QVERIFY(freshNote->isVisible());
    QCOMPARE(model->currentData().toString(), QString()); // no longer the preset: Custom
}

QTEST_MAIN(TestWindowCli)
#include "tst_windowcli.moc"
