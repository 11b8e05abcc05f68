// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "validation.h"

#include <QWidget>

#include <map>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace ts::ui {

class FractionSlider;
class ScenarioController;
class SliderSpinBox;

// The inputs of a scenario: model shape, hardware and training run. Edits go to the controller;
// its problems come back as a warning under each offending field.
class ParameterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterPanel(ScenarioController *controller, QWidget *parent = nullptr);

    // The translated sentence for one problem of the given scenario.
    [[nodiscard]] static QString message(const Problem &problem, const Scenario &scenario);

private:
    QWidget *buildModelGroup();
    QWidget *buildHardwareGroup();
    QWidget *buildRunGroup();
    SliderSpinBox *addSlider(QFormLayout *form, Field field, const QString &label,
                             const QString &toolTip, int maximum, bool log2);
    void addRow(QFormLayout *form, Field field, const QString &label, const QString &toolTip,
                QWidget *widget);
    void showScenario(const Scenario &scenario);
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
    QLabel *m_resultWarning = nullptr;
    std::map<Field, QLabel *> m_warnings;
};

} // namespace ts::ui
