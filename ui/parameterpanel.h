// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presetcombo.h"
#include "snapshot.h"
#include "validation.h"

#include <QWidget>

#include <set>
#include <vector>

class QFormLayout;
class QLabel;
class QPushButton;

namespace ts::ui {

class InputRows;
class ScenarioController;
class WarningLabel;

// The inputs of a scenario and their presets: model shape, hardware and training run. Edits go to
// the controller; each snapshot comes back as values, a warning under each offending field, the
// peak the time uses, and a note when a model preset's own figures stay although d or h moved.
class ParameterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterPanel(ScenarioController *controller, QWidget *parent = nullptr);

    // Problems of these fields are shown by another panel, not at the top of this one.
    void setFieldsShownElsewhere(const std::vector<Field> &fields);
    void showSnapshot(const Snapshot &snapshot);

private:
    QWidget *buildModelGroup();
    QWidget *buildHardwareGroup();
    QWidget *buildRunGroup();
    PresetCombo *addPreset(QFormLayout *form, PresetCombo::Kind kind, const QString &name,
                           const QString &label);
    QWidget *buildPeakSource(QWidget *parent);
    void showPresets(const Snapshot &snapshot);

    ScenarioController *m_controller;
    InputRows *m_rows;
    PresetCombo *m_modelPreset = nullptr;
    PresetCombo *m_gpuPreset = nullptr;
    PresetCombo *m_datasetPreset = nullptr;
    QLabel *m_keptFromModel = nullptr;
    QLabel *m_peakSource = nullptr;
    QPushButton *m_usePresetPeak = nullptr;
    WarningLabel *m_resultWarning = nullptr;
    std::set<Field> m_shownElsewhere;
};

} // namespace ts::ui
