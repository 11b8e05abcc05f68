// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterpanel.h"

#include "format.h"
#include "fractionslider.h"
#include "memorysize.h"
#include "optiontext.h"
#include "presetcombo.h"
#include "scenariocontroller.h"
#include "sliderspinbox.h"
#include "warninglabel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ts::ui {

namespace {

constexpr double kTokensPerUnit = 1e6; // the tokens spin box counts millions
constexpr double kFlopsPerTera = 1e12; // the peak spin box counts TFLOP/s

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
    auto *resultWarning = new WarningLabel(Field::Result, this);
    layout->addWidget(resultWarning);
    m_warnings[Field::Result] = resultWarning;
    layout->addWidget(buildModelGroup());
    layout->addWidget(buildHardwareGroup());
    layout->addWidget(buildRunGroup());
    layout->addStretch(1);

    showScenario(controller->scenario());
    showPresets();
    showProblems(controller->problems());
    connect(controller, &ScenarioController::scenarioReplaced, this, &ParameterPanel::showScenario);
    connect(controller, &ScenarioController::presetsChanged, this, &ParameterPanel::showPresets);
    connect(controller, &ScenarioController::problemsChanged, this, &ParameterPanel::showProblems);
}

void ParameterPanel::setFieldsShownElsewhere(const std::vector<Field> &fields)
{
    m_shownElsewhere.insert(fields.begin(), fields.end());
    showProblems(m_controller->problems());
}

void ParameterPanel::addRow(QFormLayout *form, Field field, const QString &label,
                            const QString &toolTip, QWidget *widget)
{
    auto *name = new QLabel(label, form->parentWidget());
    name->setToolTip(toolTip);
    name->setBuddy(widget->focusProxy() ? widget->focusProxy() : widget);
    widget->setToolTip(toolTip);
    form->addRow(name, widget);
    auto *warning = new WarningLabel(field, form->parentWidget());
    form->addRow(warning);
    m_warnings[field] = warning;
}

SliderSpinBox *ParameterPanel::addSlider(QFormLayout *form, Field field, const QString &label,
                                         const QString &toolTip, int maximum, bool log2)
{
    auto *widget = new SliderSpinBox(
            WarningLabel::stem(field), 1, maximum,
            log2 ? SliderSpinBox::Scale::Log2 : SliderSpinBox::Scale::Linear, form->parentWidget());
    addRow(form, field, label, toolTip, widget);
    return widget;
}

QWidget *ParameterPanel::buildModelGroup()
{
    auto *group = new QGroupBox(tr("Model and batch"), this);
    auto *form = new QFormLayout(group);
    m_modelPreset = addPreset(form, PresetCombo::Kind::Model, QStringLiteral("modelPresetCombo"),
                              tr("Model p&reset"));
    connect(m_modelPreset, &PresetCombo::presetChosen, m_controller,
            &ScenarioController::setModelPreset);
    m_batch = addSlider(form, Field::Batch, tr("&Batch b"),
                        tr("Sequences per optimizer step (log scale: each step doubles)"), 1 << 20,
                        true);
    m_seqLen = addSlider(form, Field::SeqLen, tr("&Seq. length c"),
                         tr("Tokens per sequence (context length)"), 1 << 20, true);
    m_dModel = addSlider(form, Field::DModel, tr("&Width d"),
                         tr("d_model, the width of the residual stream"), 1 << 16, true);
    m_layers
            = addSlider(form, Field::Layers, tr("&Layers L"), tr("Transformer blocks"), 256, false);
    m_heads = addSlider(form, Field::Heads, tr("Hea&ds h"), tr("Attention heads; h must divide d"),
                        256, false);
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
    m_gpuPreset = addPreset(form, PresetCombo::Kind::Gpu, QStringLiteral("gpuPresetCombo"),
                            tr("GPU t&ype"));
    connect(m_gpuPreset, &PresetCombo::presetChosen, m_controller,
            &ScenarioController::setGpuPreset);

    m_gpus = new QSpinBox(group);
    m_gpus->setObjectName(QStringLiteral("gpusSpin"));
    m_gpus->setRange(1, 1'000'000);
    m_gpus->setGroupSeparatorShown(true);
    m_gpus->setAlignment(Qt::AlignRight);
    addRow(form, Field::Gpus, tr("&GPUs"), tr("GPUs sharing each step's FLOPs (memory is per GPU)"),
           m_gpus);
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
    connect(m_gpuMemoryUnit, &QComboBox::currentIndexChanged, this, &ParameterPanel::emitGpuMemory);

    m_peakTflops = makeDoubleSpin(QStringLiteral("peakTflopsSpin"), 0.01, 1e6, 2, group);
    m_peakTflops->setSuffix(tr(" TFLOP/s"));
    addRow(form, Field::PeakFlops, tr("&Peak / GPU"),
           tr("Peak FLOP/s of one GPU at the training precision; follows the GPU preset and the "
              "precision until typed"),
           m_peakTflops);
    connect(m_peakTflops, &QDoubleSpinBox::valueChanged, m_controller,
            [this](double t) { m_controller->setPeakFlopsPerGpu(t * kFlopsPerTera); });
    form->addRow(buildPeakSource(group));

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
    m_datasetPreset = addPreset(form, PresetCombo::Kind::Dataset,
                                QStringLiteral("datasetPresetCombo"), tr("D&ataset"));
    connect(m_datasetPreset, &PresetCombo::presetChosen, m_controller,
            &ScenarioController::setDatasetPreset);
    m_tokens = makeDoubleSpin(QStringLiteral("tokensSpin"), 0.001, 1e9, 3, group);
    m_tokens->setSuffix(tr(" M"));
    addRow(form, Field::Tokens, tr("&Tokens"), tr("Dataset size in millions of tokens"), m_tokens);
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

void ParameterPanel::showPresets()
{
    const PresetSelection &p = m_controller->presets();
    m_modelPreset->showPreset(p.model ? QString::fromStdString(p.model->id) : QString());
    m_gpuPreset->showPreset(QString::fromStdString(p.gpu.id));
    m_datasetPreset->showPreset(p.dataset ? QString::fromStdString(p.dataset->id) : QString());

    // Which peak the time uses; while the GPU has none for the precision, the warning says so.
    const QString gpu = QString::fromStdString(p.gpu.name);
    const std::optional<double> own = m_controller->presetPeak();
    const QString kind = OptionText::peakKind(peakKind(m_controller->scenario().options.precision));
    QString text;
    if (!m_controller->peakAsGiven())
        //: peak kind ("BF16 tensor"), GPU name
        text = tr("%1 peak of %2").arg(kind, gpu);
    else if (own)
        //: GPU name, its peak ("312 TFLOP/s") and the peak's kind
        text = tr("Peak as given; %1: %2 %3").arg(gpu, Format::flopsPerSecond(*own), kind);
    else
        text = tr("Peak as given");
    m_peakSource->setText(text);
    m_peakSource->setVisible(!m_controller->peakMissing());
    m_usePresetPeak->setVisible(m_controller->peakAsGiven() && own.has_value());
}

void ParameterPanel::showProblems(const std::vector<Problem> &problems)
{
    std::map<Field, QStringList> texts;
    const Scenario &s = m_controller->scenario();
    for (const Problem &p : problems) {
        if (m_shownElsewhere.count(p.field))
            continue;
        // Inputs this panel has no widget for (set on the command line) warn at the top.
        const Field shownAt = m_warnings.count(p.field) ? p.field : Field::Result;
        texts[shownAt] << WarningLabel::message(p, s, m_controller->presets());
    }
    for (const auto &[field, label] : m_warnings)
        label->showMessages(texts[field]);
}

PresetCombo *ParameterPanel::addPreset(QFormLayout *form, PresetCombo::Kind kind,
                                       const QString &name, const QString &label)
{
    auto *combo = new PresetCombo(kind, name, form->parentWidget());
    auto *caption = new QLabel(label, form->parentWidget());
    caption->setBuddy(combo);
    caption->setToolTip(tr("Presets from resources/presets with their sources; values typed "
                           "afterwards win, as on the command line"));
    form->addRow(caption, combo);
    return combo;
}

QWidget *ParameterPanel::buildPeakSource(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_peakSource = new QLabel(row);
    m_peakSource->setObjectName(QStringLiteral("peakSourceLabel"));
    m_peakSource->setWordWrap(true);
    m_peakSource->setToolTip(tr("Which peak the training time uses: the GPU preset's for the "
                                "precision (docs/formulas.md §8.1), or the one typed"));
    m_usePresetPeak = new QPushButton(tr("Use it"), row);
    m_usePresetPeak->setObjectName(QStringLiteral("usePresetPeakButton"));
    m_usePresetPeak->setToolTip(tr("Use the GPU preset's peak for the precision again"));
    connect(m_usePresetPeak, &QPushButton::clicked, m_controller,
            &ScenarioController::usePresetPeak);
    layout->addWidget(m_peakSource, 1);
    layout->addWidget(m_usePresetPeak, 0, Qt::AlignTop);
    return row;
}

} // namespace ts::ui
