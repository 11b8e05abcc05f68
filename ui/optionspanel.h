// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "validation.h"

#include <QWidget>

#include <map>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace ts::ui {

class ScenarioController;
class WarningLabel;

// The training options beyond the lecture (docs/formulas.md, section 8): precision, optimizer,
// gradient accumulation, checkpointing, FlashAttention, ZeRO, and the FFN, d_ff, K/V heads and
// tied embeddings of the architecture. Edits go to the controller; problems of these fields, and
// a GPU without a peak for the precision, come back as warnings under them.
class OptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OptionsPanel(ScenarioController *controller, QWidget *parent = nullptr);

    // The fields whose problems this panel shows.
    [[nodiscard]] static std::vector<Field> fields();

private:
    QWidget *buildTrainingGroup();
    QWidget *buildMemoryGroup();
    QWidget *buildArchitectureGroup();
    QComboBox *addCombo(QFormLayout *form, const QString &name, const QString &label,
                        const QString &toolTip);
    void addRow(QFormLayout *form, const QString &label, const QString &toolTip, QWidget *widget,
                WarningLabel *warning);
    QSpinBox *makeSpin(const QString &name, int minimum, int maximum, QWidget *parent);
    void showScenario(const Scenario &scenario);
    void showProblems(const std::vector<Problem> &problems);

    ScenarioController *m_controller;
    QComboBox *m_precision = nullptr;
    QComboBox *m_optimizer = nullptr;
    QSpinBox *m_gradAccum = nullptr;
    QComboBox *m_checkpointing = nullptr;
    QCheckBox *m_flashAttention = nullptr;
    QComboBox *m_zero = nullptr;
    QComboBox *m_ffn = nullptr;
    QSpinBox *m_dFf = nullptr;
    QSpinBox *m_kvHeads = nullptr;
    QCheckBox *m_tied = nullptr;
    WarningLabel *m_precisionWarning = nullptr;
    std::map<Field, WarningLabel *> m_warnings;
    std::vector<QLabel *> m_captions; // the row labels of all groups
};

} // namespace ts::ui
