// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterpanel.h"

#include "format.h"
#include "inputrows.h"
#include "inputtext.h"
#include "presetcombo.h"
#include "presetstore.h"
#include "scenariocontroller.h"
#include "warninglabel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ts::ui {

ParameterPanel::ParameterPanel(ScenarioController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_rows(new InputRows(controller, this))
{
    setObjectName(QStringLiteral("parameterPanel"));
    auto *layout = new QVBoxLayout(this);
    m_resultWarning = new WarningLabel(Field::Result, this);
    layout->addWidget(m_resultWarning);
    layout->addWidget(buildModelGroup());
    layout->addWidget(buildHardwareGroup());
    layout->addWidget(buildRunGroup());
    layout->addStretch(1);

    showSnapshot(controller->snapshot());
    connect(controller, &ScenarioController::changed, this, &ParameterPanel::showSnapshot);
}

void ParameterPanel::setFieldsShownElsewhere(const std::vector<Field> &fields)
{
    m_shownElsewhere.insert(fields.begin(), fields.end());
    showSnapshot(m_controller->snapshot());
}

QWidget *ParameterPanel::buildModelGroup()
{
    auto *group = new QGroupBox(tr("Model and batch"), this);
    auto *form = new QFormLayout(group);
    m_modelPreset = addPreset(form, PresetCombo::Kind::Model, QStringLiteral("modelPresetCombo"),
                              tr("Model p&reset"));
    connect(m_modelPreset, &PresetCombo::presetChosen, m_controller,
            &ScenarioController::setModelPreset);
    m_keptFromModel = new QLabel(group);
    m_keptFromModel->setObjectName(QStringLiteral("keptFromModelLabel"));
    m_keptFromModel->setWordWrap(true);
    m_keptFromModel->setToolTip(tr("A model preset's d_ff and K/V heads are its own figures when "
                                   "its source states them; 4·d and h otherwise, which follow d "
                                   "and h"));
    m_keptFromModel->hide();
    form->addRow(m_keptFromModel);
    m_rows->add(form, Field::Batch, tr("&Batch b"));
    m_rows->add(form, Field::SeqLen, tr("&Seq. length c"));
    m_rows->add(form, Field::DModel, tr("&Width d"));
    m_rows->add(form, Field::Layers, tr("&Layers L"));
    m_rows->add(form, Field::Heads, tr("Hea&ds h"));
    m_rows->add(form, Field::Vocab, tr("V&ocabulary v"));
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
    m_rows->add(form, Field::Gpus, tr("&GPUs"));
    m_rows->add(form, Field::GpuMemory, tr("GPU &memory"));
    m_rows->add(form, Field::PeakFlops, tr("&Peak / GPU"), { 1e12, tr(" TFLOP/s"), 1 });
    form->addRow(buildPeakSource(group));
    m_rows->add(form, Field::Mfu, tr("MF&U"));
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
    //: millions of tokens
    m_rows->add(form, Field::Tokens, tr("&Tokens"), { 1e6, tr(" M"), 1 });
    m_rows->add(form, Field::Epochs, tr("&Epochs"));
    return group;
}

void ParameterPanel::showSnapshot(const Snapshot &s)
{
    QStringList top;
    for (const Problem &p : m_rows->show(s)) {
        // Inputs with no widget here or in the options tab (set on the command line) warn on top.
        if (!m_shownElsewhere.count(p.field))
            top << WarningLabel::message(p, s.scenario, s.presets);
    }
    m_resultWarning->showMessages(top);
    showPresets(s);
}

void ParameterPanel::showPresets(const Snapshot &s)
{
    const PresetSelection &p = s.presets;
    // Only a changed choice touches a picker: a snapshot comes with every slider step.
    const auto show = [](PresetCombo *combo, const std::string &id) {
        const QString text = QString::fromStdString(id);
        if (combo->currentId() != text)
            combo->showPreset(text);
    };
    // Without a chosen model, the picker names the preset the architecture is anyway: the
    // lecture's at start and after a reset.
    const ModelPreset *like
            = p.model ? nullptr : PresetStore::builtIn().modelLike(s.scenario.model);
    show(m_modelPreset, p.model ? p.model->id : like ? like->id : std::string());
    show(m_gpuPreset, p.gpu.id);
    show(m_datasetPreset, p.dataset ? p.dataset->id : std::string());

    QStringList kept;
    for (Field field : s.keptFromModel)
        //: an input's key and value, "d_ff = 11008"
        kept << tr("%1 = %2")
                        .arg(QLatin1String(input(field).key))
                        .arg(Format::count(std::get<std::int64_t>(input(field).get(s.scenario))));
    m_keptFromModel->setVisible(!kept.isEmpty());
    //: the preset's own figures ("d_ff = 11008"), the preset's name
    const QString keptText = kept.isEmpty()
            ? QString()
            : tr("%1 kept from %2: stated by the model, not derived from d and h.")
                      .arg(kept.join(QStringLiteral(", ")), QString::fromStdString(s.modelOrigin));
    if (m_keptFromModel->text() != keptText)
        m_keptFromModel->setText(keptText);

    // Which peak the time uses; while the GPU has none for the precision, the warning says so.
    const QString gpu = InputText::presetName(p.gpu.name);
    const QString kind = InputText::peakKind(peakKindFor(s.scenario.options.precision));
    QString text;
    if (!s.peakAsGiven())
        //: peak kind ("BF16 tensor"), GPU name
        text = tr("%1 peak of %2").arg(kind, gpu);
    else if (s.presetPeak)
        //: GPU name, its peak ("312 TFLOP/s") and the peak's kind
        text = tr("Peak as given; %1: %2 %3").arg(gpu, Format::flopsPerSecond(*s.presetPeak), kind);
    else
        text = tr("Peak as given");
    if (m_peakSource->text() != text)
        m_peakSource->setText(text);
    m_peakSource->setVisible(!s.peakMissing);
    m_usePresetPeak->setVisible(s.peakAsGiven() && s.presetPeak.has_value());
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
