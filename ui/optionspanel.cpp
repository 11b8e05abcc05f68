// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionspanel.h"

#include "inputrows.h"
#include "scenariocontroller.h"
#include "zoom.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace ts::ui {

OptionsPanel::OptionsPanel(ScenarioController *controller, QWidget *parent)
    : QWidget(parent)
    , m_rows(new InputRows(controller, this))
{
    setObjectName(QStringLiteral("optionsPanel"));
    auto *layout = new QVBoxLayout(this);

    QFormLayout *training = addGroup(tr("Precision and optimizer"));
    m_rows->add(training, Field::Precision, tr("&Precision"));
    m_rows->add(training, Field::Amp, tr("Mixed precision runs as"));
    m_rows->add(training, Field::Optimizer, tr("&Optimizer"));

    QFormLayout *memory = addGroup(tr("Memory savers"));
    m_rows->add(memory, Field::Checkpointing, tr("&Checkpointing"));
    m_rows->add(memory, Field::FlashAttention, tr("Flash&Attention"));
    m_rows->add(memory, Field::ZeroStage, tr("&ZeRO stage"));

    // The GPUs' layout (docs/formulas.md §8.9, §8.10). No mnemonics but the first: the other
    // letters are taken.
    QFormLayout *layout3d = addGroup(tr("Parallel layout"));
    m_rows->add(layout3d, Field::GradAccum, tr("Micro-batches m"));
    m_rows->add(layout3d, Field::TensorParallel, tr("Tensor parallel t"));
    m_rows->add(layout3d, Field::SequenceParallel, tr("Sequence parallel"));
    m_rows->add(layout3d, Field::PipelineParallel, tr("Pipeline stages p"));
    m_rows->add(layout3d, Field::PipelineSchedule, tr("Pipeline schedule"));
    m_rows->add(layout3d, Field::PipelineChunks, tr("Interleaved chunks v"));
    m_rows->add(layout3d, Field::ContextParallel, tr("Context parallel cp"));
    m_rows->add(layout3d, Field::ExpertParallel, tr("Expert parallel ep"));
    m_rows->add(layout3d, Field::GradSync, tr("Gradient reduction"));
    m_rows->add(layout3d, Field::GpusPerNode, tr("GPUs per node"));
    m_rows->add(layout3d, Field::GpuLink, tr("GPU link"), { 1e9, tr(" GB/s"), 1 });
    m_rows->add(layout3d, Field::InterNode, tr("Network per GPU"), { 1, tr(" Gb/s"), 100 });

    QFormLayout *finetune = addGroup(tr("Fine-tuning"));
    m_rows->add(finetune, Field::Finetune, tr("&Fine-tuning"));
    m_rows->add(finetune, Field::LoraRank, tr("LoRA &rank r"));
    m_rows->add(finetune, Field::LoraTargets, tr("LoRA layer&s"));
    m_rows->add(finetune, Field::LoraAlpha, tr("LoRA alp&ha α"));

    // No mnemonics: every letter of these captions is taken elsewhere in the window.
    QFormLayout *offload = addGroup(tr("Offload to host memory"));
    m_rows->add(offload, Field::Offload, tr("Offload"));
    m_rows->add(offload, Field::HostLink, tr("Host link"), { 1e9, tr(" GB/s"), 1 });

    QFormLayout *architecture = addGroup(tr("Architecture"));
    m_rows->add(architecture, Field::Ffn, tr("FFN t&ype"));
    m_rows->add(architecture, Field::DFf, tr("FFN &width d_ff"), { 1, {}, 64 });
    m_rows->add(architecture, Field::KvHeads, tr("&K/V heads"));
    m_rows->add(architecture, Field::TiedEmbeddings, tr("&Tied embeddings"));
    m_rows->add(architecture, Field::Norm, tr("Nor&malisation"));
    m_rows->add(architecture, Field::Bias, tr("&Biases"));
    m_rows->add(architecture, Field::MaxPositions, tr("&Learned positions"), { 1, {}, 128 });
    m_rows->add(architecture, Field::ParallelBlock, tr("Parall&el blocks"));
    m_rows->add(architecture, Field::Dropout, tr("&Dropout"));
    m_rows->add(architecture, Field::Experts, tr("Experts E"));
    m_rows->add(architecture, Field::TopK, tr("Experts per token k"));
    m_rows->add(architecture, Field::ExpertDFf, tr("Expert width d_e"), { 1, {}, 64 });
    m_rows->add(architecture, Field::SharedExperts, tr("Shared experts s"));

    // A GPU without a peak for the precision is a problem of the peak, shown at the precision.
    m_rows->setPlacement([](const Problem &p) {
        return p.code == ProblemCode::NoPeakForPrecision ? Field::Precision : p.field;
    });

    // Where sources disagree, say which way TrainScope counts (docs/formulas.md §8.1, §8.3).
    auto *choices = new QLabel(
            tr("How TrainScope counts where sources differ: mixed precision with Adam costs 16 "
               "bytes per parameter (2 + 2 + 12, the ZeRO paper), not 18; attention FLOPs and "
               "the saved probabilities cover the full c×c matrix, with no causal halving (as "
               "the lecture and PaLM count them)."),
            this);
    choices->setObjectName(QStringLiteral("countingChoicesLabel"));
    choices->setWordWrap(true);
    // Wrap to the panel's width instead of widening the panel to the text's.
    choices->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    zoom::setRelativeFont(choices, 0.9, false);
    layout->addWidget(choices);
    layout->addStretch(1);
    fitCaptions();

    showSnapshot(controller->snapshot());
    connect(controller, &ScenarioController::changed, this, &OptionsPanel::showSnapshot);
}

void OptionsPanel::fitCaptions()
{
    // One label column width for the groups, so that their fields line up.
    int width = 0;
    for (QLabel *label : m_rows->captions()) {
        label->setMinimumWidth(0);
        width = std::max(width, label->sizeHint().width());
    }
    for (QLabel *label : m_rows->captions())
        label->setMinimumWidth(width);
}

QFormLayout *OptionsPanel::addGroup(const QString &title)
{
    auto *group = new QGroupBox(title, this);
    static_cast<QVBoxLayout *>(layout())->addWidget(group);
    return new QFormLayout(group);
}

std::vector<Field> OptionsPanel::fields() const
{
    return m_rows->fields();
}

void OptionsPanel::showSnapshot(const Snapshot &snapshot)
{
    m_rows->show(snapshot);
}

} // namespace ts::ui
