// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presetcombo.h"
#include "scenario.h"
#include "validation.h"

#include <QWidget>

#include <map>
#include <set>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ts::ui {

class FractionSlider;
class ScenarioController;
class SliderSpinBox;
class WarningLabel;

// The inputs of a scenario and their presets: model shape, hardware and training run. Edits go to
// the controller; its problems come back as a warning under each offending field. Under the peak
// it says which peak the time uses.
class ParameterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterPanel(ScenarioController *controller, QWidget *parent = nullptr);

    // Problems of these fields are shown by another panel, not at the top of this one.
    void setFieldsShownElsewhere(const std::vector<Field> &fields);

private:
    QWidget *buildModelGroup();
    QWidget *buildHardwareGroup();
    QWidget *buildRunGroup();
    SliderSpinBox *addSlider(QFormLayout *form, Field field, const QString &label,
                             const QString &toolTip, int maximum, bool log2);
    void addRow(QFormLayout *form, Field field, const QString &label, const QString &toolTip,
                QWidget *widget);
    PresetCombo *addPreset(QFormLayout *form, PresetCombo::Kind kind, const QString &name,
                           const QString &label);
    QWidget *buildPeakSource(QWidget *parent);
    void showScenario(const Scenario &scenario);
    void showPresets();
    void showProblems(const std::vector<Problem> &problems);
    void emitGpuMemory();

    ScenarioController *m_controller;
    SliderSpinBox *m_batch = nullptr;
    SliderSpinBox *m_seqLen = nullptr;
    SliderSpinBox *m_dModel = nullptr;
    SliderSpinBox *m_layers = nullptr;
    SliderSpinBox *m_heads = nullptr;
    SliderSpinBox *m_vocab = nullptr;
    FractionSlider *m_mfu = nullptr;
    QSpinBox *m_gpus = nullptr;
    QDoubleSpinBox *m_gpuMemory = nullptr;
    QComboBox *m_gpuMemoryUnit = nullptr;
    QDoubleSpinBox *m_peakTflops = nullptr;
    QDoubleSpinBox *m_tokens = nullptr;
    QDoubleSpinBox *m_epochs = nullptr;
    PresetCombo *m_modelPreset = nullptr;
    PresetCombo *m_gpuPreset = nullptr;
    PresetCombo *m_datasetPreset = nullptr;
    QLabel *m_peakSource = nullptr;
    QPushButton *m_usePresetPeak = nullptr;
    std::map<Field, WarningLabel *> m_warnings;
    std::set<Field> m_shownElsewhere;
};

} // namespace ts::ui
