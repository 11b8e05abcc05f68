// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "warninglabel.h"

#include <algorithm>

#include "inputtext.h"
#include "palette.h"
#include "theme.h"

#include <QLocale>

namespace ts::ui {

WarningLabel::WarningLabel(Field field, QWidget *parent)
    : WarningLabel(stem(field), parent)
{ }

WarningLabel::WarningLabel(const QString &stem, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(stem + QStringLiteral("Warning"));
    setWordWrap(true);
    // Once, at creation: a style sheet set on every update would repolish the panel.
    theme::setInk(this, theme::Ink::Warning, true);
    hide();
}

void WarningLabel::showMessages(const QStringList &messages)
{
    setVisible(!messages.isEmpty());
    if (!messages.isEmpty())
        setText(QStringLiteral("\u26a0 ") + messages.join(QLatin1Char(' ')));
}

QString WarningLabel::stem(Field field)
{
    const QString key = QString::fromLatin1(fieldKey(field));
    QString name;
    bool upper = false;
    for (QChar ch : key) {
        if (ch == QLatin1Char('-')) {
            upper = true;
            continue;
        }
        name += upper ? ch.toUpper() : ch;
        upper = false;
    }
    return name;
}

QString WarningLabel::message(const Problem &problem, const Scenario &s,
                              const PresetSelection &presets)
{
    const auto bound = [&problem](bool upper) {
        const InputSpec &spec = input(problem.field);
        if (spec.kind == InputKind::Number)
            return QLocale().toString(upper ? spec.maxReal : spec.minReal, 'g',
                                      QLocale::FloatingPointShortest);
        return QLocale().toString(qlonglong(upper ? spec.maxWhole : spec.minWhole));
    };
    switch (problem.code) {
    case ProblemCode::TooSmall:
        return problem.field == Field::Result ? tr("Invalid value.")
                                              : tr("Must be at least %1.").arg(bound(false));
    case ProblemCode::TooLarge:
        return problem.field == Field::Result ? tr("Invalid value.")
                                              : tr("Must be at most %1.").arg(bound(true));
    case ProblemCode::NotFinite: return tr("Must be a finite number.");
    case ProblemCode::HeadsMustDivideD:
        return tr("h = %1 does not divide d = %2, so d/h is not a whole head size.")
                .arg(s.model.heads)
                .arg(s.model.dModel);
    case ProblemCode::KvHeadsMustDivideH:
        return tr("The K/V heads (%1) must divide the heads h = %2.")
                .arg(s.model.kvHeadCount())
                .arg(s.model.heads);
    case ProblemCode::Overflow:
        return tr("Too large to count exactly (beyond 64 bits); showing the last valid result.");
    case ProblemCode::BeyondEagerModel:
        return tr("PyTorch eager accounting covers only the lecture's configuration.");
    case ProblemCode::TensorParallelMustDivide:
        return tr("t = %1 must divide the heads (%2), the K/V heads (%3) and d_ff (%4).")
                .arg(s.options.tensorParallel)
                .arg(s.model.heads)
                .arg(s.model.kvHeadCount())
                .arg(s.model.ffnWidth());
    case ProblemCode::BeyondTensorParallelModel:
        return tr("Tensor, pipeline and context parallelism are modelled for full training "
                  "without offload: set t, p and cp to 1 for LoRA, QLoRA or offload.");
    case ProblemCode::LayoutMustDivideGpus:
        return tr("t × p × cp = %1 must divide the GPUs (%2).")
                .arg(s.options.tensorParallel * s.options.pipelineParallel
                     * s.options.contextParallel)
                .arg(s.hardware.gpus);
    case ProblemCode::PipelineMustDivideLayers:
        return s.options.pipelineSchedule == PipelineSchedule::Interleaved
                ? tr("p × v = %1 must divide the layers L = %2.")
                          .arg(s.options.pipelineParallel * s.options.pipelineChunks)
                          .arg(s.model.layers)
                : tr("p = %1 must divide the layers L = %2.")
                          .arg(s.options.pipelineParallel)
                          .arg(s.model.layers);
    case ProblemCode::InterleavedMicroBatches:
        return tr("The interleaved schedule needs the micro-batches (%1) to be a multiple of "
                  "p = %2.")
                .arg(s.options.gradAccum)
                .arg(s.options.pipelineParallel);
    case ProblemCode::TopKBeyondExperts:
        return tr("k = %1 must not exceed the experts E = %2.")
                .arg(s.model.topK)
                .arg(s.model.experts);
    case ProblemCode::ExpertParallelMustDivide:
        return tr("ep = %1 must divide the experts (%2) and the data-parallel replicas (%3).")
                .arg(s.options.expertParallel)
                .arg(s.model.experts)
                .arg(s.hardware.gpus
                     / std::max<std::int64_t>(1,
                                              s.options.tensorParallel * s.options.pipelineParallel
                                                      * s.options.contextParallel));
    case ProblemCode::BeyondMoeModel:
        return tr("Mixtures of experts are modelled for full training without offload: set the "
                  "experts to 0 for LoRA, QLoRA or offload.");
    case ProblemCode::ContextParallelMustDivide:
        return tr("cp = %1 must divide the sequence length c = %2.")
                .arg(s.options.contextParallel)
                .arg(s.model.seqLen);
    case ProblemCode::NoPeakForPrecision:
        //: GPU name, peak kind ("BF16 tensor"), precision ("bf16-mixed")
        return tr("%1 has no %2 peak for %3: choose another precision or GPU, or type a peak.")
                .arg(InputText::presetName(presets.gpu.name),
                     InputText::peakKind(peakKindFor(s.options.precision)),
                     InputText::name(s.options.precision));
    }
    return tr("Invalid value.");
}

} // namespace ts::ui
