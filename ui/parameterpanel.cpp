// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterpanel.h"

#include "fractionslider.h"
#include "memorysize.h"
#include "palette.h"
#include "scenariocontroller.h"
#include "sliderspinbox.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ts::ui {

namespace {

constexpr double kTokensPerUnit = 1e6; // the tokens spin box counts millions
constexpr double kFlopsPerTera = 1e12; // the peak spin box counts TFLOP/s

// The camel-case name of a field ("seq-len" -> "seqLen"), the stem of its widgets' objectNames.
QString fieldName(Field field)
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

QString warningName(Field field)
{
    return fieldName(field) + QStringLiteral("Warning");
}

QLabel *makeWarning(Field field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(warningName(field));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;")
                                 .arg(palette::warning().name()));
    label->hide();
    return label;
}

QDoubleSpinBox *makeDoubleSpin(const QString &name, double minimum, double maximum, int decimals,
                               QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    spin->setDecimals(decimals);
    spin->setGroupSeparatorShown(true);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

} // namespace

ParameterPanel::ParameterPanel(ScenarioController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("parameterPanel"));
    auto *layout = new QVBoxLayout(this);
    m_resultWarning = makeWarning(Field::Result, this);
    layout->addWidget(m_resultWarning);
    m_warnings[Field::Result] = m_resultWarning;
    layout->addWidget(buildModelGroup());
    layout->addWidget(buildHardwareGroup());
    layout->addWidget(buildRunGroup());
    layout->addStretch(1);

    showScenario(controller->scenario());
    showProblems(controller->problems());
    connect(controller, &ScenarioController::scenarioReplaced, this, &ParameterPanel::showScenario);
    connect(controller, &ScenarioController::problemsChanged, this, &ParameterPanel::showProblems);
}

void ParameterPanel::addRow(QFormLayout *form, Field field, const QString &label,
                            const QString &toolTip, QWidget *widget)
{
    auto *name = new QLabel(label, form->parentWidget());
    name->setToolTip(toolTip);
    name->setBuddy(widget->focusProxy() ? widget->focusProxy() : widget);
    widget->setToolTip(toolTip);
    form->addRow(name, widget);
    QLabel *warning = makeWarning(field, form->parentWidget());
    form->addRow(warning);
    m_warnings[field] = warning;
}

SliderSpinBox *ParameterPanel::addSlider(QFormLayout *form, Field field, const QString &label,
                                         const QString &toolTip, int maximum, bool log2)
{
    auto *widget = new SliderSpinBox(fieldName(field), 1, maximum,
                                     log2 ? SliderSpinBox::Scale::Log2
                                          : SliderSpinBox::Scale::Linear,
                                     form->parentWidget());
    addRow(form, field, label, toolTip, widget);
    return widget;
}

QWidget *ParameterPanel::buildModelGroup()
{
    auto *group = new QGroupBox(tr("Model and batch"), this);
    auto *form = new QFormLayout(group);
    m_batch = addSlider(form, Field::Batch, tr("&Batch b"),
                        tr("Sequences per optimizer step (log scale: each step doubles)"),
                        1 << 20, true);
    m_seqLen = addSlider(form, Field::SeqLen, tr("&Seq. length c"),
                         tr("Tokens per sequence (context length)"), 1 << 20, true);
    m_dModel = addSlider(form, Field::DModel, tr("&Width d"),
                         tr("d_model, the width of the residual stream"), 1 << 16, true);
    m_layers = addSlider(form, Field::Layers, tr("&Layers L"), tr("Transformer blocks"), 256,
                         false);
    m_heads = addSlider(form, Field::Heads, tr("Hea&ds h"),
                        tr("Attention heads; h must divide d"), 256, false);
    m_vocab = addSlider(form, Field::Vocab, tr("V&ocabulary v"), tr("Vocabulary size"), 1 << 20,
                        true);

    const std::pair<SliderSpinBox *, void (ScenarioController::*)(std::int64_t)> links[] = {
        { m_batch, &ScenarioController::setBatch },   { m_seqLen, &ScenarioController::setSeqLen },
        { m_dModel, &ScenarioController::setDModel }, { m_layers, &ScenarioController::setLayers },
        { m_heads, &ScenarioController::setHeads },   { m_vocab, &ScenarioController::setVocab },
    };
    for (const auto &[widget, setter] : links) {
        connect(widget, &SliderSpinBox::valueChanged, m_controller,
                [c = m_controller, s = setter](int value) { (c->*s)(value); });
    }
    return group;
}

QWidget *ParameterPanel::buildHardwareGroup()
{
    auto *group = new QGroupBox(tr("Hardware"), this);
    auto *form = new QFormLayout(group);

    m_gpus = new QSpinBox(group);
    m_gpus->setObjectName(QStringLiteral("gpusSpin"));
    m_gpus->setRange(1, 1'000'000);
    m_gpus->setGroupSeparatorShown(true);
    m_gpus->setAlignment(Qt::AlignRight);
    addRow(form, Field::Gpus, tr("&GPUs"),
           tr("GPUs sharing each step's FLOPs (memory is per GPU)"), m_gpus);
    connect(m_gpus, &QSpinBox::valueChanged, m_controller,
            [this](int n) { m_controller->setGpus(n); });

    auto *memory = new QWidget(group);
    auto *memoryLayout = new QHBoxLayout(memory);
    memoryLayout->setContentsMargins(0, 0, 0, 0);
    m_gpuMemory = makeDoubleSpin(QStringLiteral("gpuMemorySpin"), 0.01, 1e6, 2, memory);
    m_gpuMemoryUnit = new QComboBox(memory);
    m_gpuMemoryUnit->setObjectName(QStringLiteral("gpuMemoryUnitCombo"));
    m_gpuMemoryUnit->addItem(tr("GiB (2³⁰ B)"), int(MemoryUnit::GiB));
    m_gpuMemoryUnit->addItem(tr("GB (10⁹ B)"), int(MemoryUnit::GB));
    m_gpuMemoryUnit->setToolTip(tr("Unit of the GPU memory; every memory figure uses it too"));
    memoryLayout->addWidget(m_gpuMemory, 1);
    memoryLayout->addWidget(m_gpuMemoryUnit);
    memory->setFocusProxy(m_gpuMemory);
    addRow(form, Field::GpuMemory, tr("GPU &memory"), tr("Memory of one GPU"), memory);
    connect(m_gpuMemory, &QDoubleSpinBox::valueChanged, this, &ParameterPanel::emitGpuMemory);
    connect(m_gpuMemoryUnit, &QComboBox::currentIndexChanged, this,
            &ParameterPanel::emitGpuMemory);

    m_peakTflops = makeDoubleSpin(QStringLiteral("peakTflopsSpin"), 0.1, 1e6, 1, group);
    m_peakTflops->setSuffix(tr(" TFLOP/s"));
    addRow(form, Field::PeakFlops, tr("&Peak / GPU"),
           tr("Peak FLOP/s of one GPU at the training precision"), m_peakTflops);
    connect(m_peakTflops, &QDoubleSpinBox::valueChanged, m_controller,
            [this](double t) { m_controller->setPeakFlopsPerGpu(t * kFlopsPerTera); });

    m_mfu = new FractionSlider(QStringLiteral("mfu"), group);
    addRow(form, Field::Mfu, tr("MF&U"),
           tr("Model FLOPs utilisation: the fraction of peak the training reaches"), m_mfu);
    connect(m_mfu, &FractionSlider::valueChanged, m_controller,
            [this](double mfu) { m_controller->setMfu(mfu); });
    return group;
}

QWidget *ParameterPanel::buildRunGroup()
{
    auto *group = new QGroupBox(tr("Training run"), this);
    auto *form = new QFormLayout(group);
    m_tokens = makeDoubleSpin(QStringLiteral("tokensSpin"), 0.001, 1e9, 3, group);
    m_tokens->setSuffix(tr(" M"));
    addRow(form, Field::Tokens, tr("&Tokens"), tr("Dataset size in millions of tokens"),
           m_tokens);
    connect(m_tokens, &QDoubleSpinBox::valueChanged, m_controller,
            [this](double m) { m_controller->setTokens(m * kTokensPerUnit); });

    m_epochs = makeDoubleSpin(QStringLiteral("epochsSpin"), 0.01, 1e5, 2, group);
    addRow(form, Field::Epochs, tr("&Epochs"), tr("Passes over the dataset"), m_epochs);
    connect(m_epochs, &QDoubleSpinBox::valueChanged, m_controller,
            [this](double e) { m_controller->setEpochs(e); });
    return group;
}

void ParameterPanel::emitGpuMemory()
{
    const auto unit = MemoryUnit(m_gpuMemoryUnit->currentData().toInt());
    m_controller->setGpuMemory(m_gpuMemory->value(), unit);
}

void ParameterPanel::showScenario(const Scenario &s)
{
    m_batch->setValue(int(s.model.batch));
    m_seqLen->setValue(int(s.model.seqLen));
    m_dModel->setValue(int(s.model.dModel));
    m_layers->setValue(int(s.model.layers));
    m_heads->setValue(int(s.model.heads));
    m_vocab->setValue(int(s.model.vocab));
    m_mfu->setValue(s.hardware.mfu);
    const MemoryUnit unit = m_controller->memoryUnit();
    for (QWidget *w : std::initializer_list<QWidget *> { m_gpus, m_gpuMemory, m_gpuMemoryUnit,
                                                         m_peakTflops, m_tokens, m_epochs })
        w->blockSignals(true);
    m_gpus->setValue(int(s.hardware.gpus));
    m_gpuMemory->setValue(double(s.hardware.gpuMemoryBytes) / double(bytesPerUnit(unit)));
    m_gpuMemoryUnit->setCurrentIndex(m_gpuMemoryUnit->findData(int(unit)));
    m_peakTflops->setValue(s.hardware.peakFlopsPerGpu / kFlopsPerTera);
    m_tokens->setValue(s.run.tokens / kTokensPerUnit);
    m_epochs->setValue(s.run.epochs);
    for (QWidget *w : std::initializer_list<QWidget *> { m_gpus, m_gpuMemory, m_gpuMemoryUnit,
                                                         m_peakTflops, m_tokens, m_epochs })
        w->blockSignals(false);
}

void ParameterPanel::showProblems(const std::vector<Problem> &problems)
{
    std::map<Field, QStringList> texts;
    for (const Problem &p : problems) {
        // Inputs this panel has no widget for (set on the command line) warn at the top.
        const Field shownAt = m_warnings.count(p.field) ? p.field : Field::Result;
        texts[shownAt] << message(p, m_controller->scenario());
    }
    for (const auto &[field, label] : m_warnings) {
        const auto it = texts.find(field);
        label->setVisible(it != texts.end());
        if (it != texts.end())
            label->setText(QStringLiteral("\u26a0 ") + it->second.join(QLatin1Char(' ')));
    }
}

QString ParameterPanel::message(const Problem &problem, const Scenario &s)
{
    switch (problem.code) {
    case ProblemCode::NotPositive:
        return tr("Must be greater than zero.");
    case ProblemCode::NotFinite:
        return tr("Must be a finite number.");
    case ProblemCode::HeadsMustDivideD:
        return tr("h = %1 does not divide d = %2, so d/h is not a whole head size.")
                .arg(s.model.heads)
                .arg(s.model.dModel);
    case ProblemCode::MfuOutOfRange:
        return tr("MFU must lie between 0 and 1.");
    case ProblemCode::KvHeadsMustDivideH:
        return tr("The K/V heads (%1) must divide the heads h = %2.")
                .arg(s.model.kvHeadCount())
                .arg(s.model.heads);
    case ProblemCode::ZeroStageOutOfRange:
        return tr("The ZeRO stage must be 0, 1, 2 or 3 (it is %1).").arg(s.options.zeroStage);
    case ProblemCode::Overflow:
        return tr("Too large to count exactly (beyond 64 bits); showing the last valid result.");
    case ProblemCode::BeyondEagerModel:
        return tr("PyTorch eager accounting covers only the lecture's configuration.");
    case ProblemCode::NoPeakForPrecision:
        return tr("The GPU has no peak for this precision: choose another precision or GPU, or "
                  "type a peak.");
    }
    return tr("Invalid value.");
}

} // namespace ts::ui
