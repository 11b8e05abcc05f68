// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace ts::ui {

// The built-in presets of one kind (resources/presets/*.json) and "Custom". Each item's data is
// the preset's id (empty for Custom) and its tooltip the preset's source; the box's own tooltip
// follows the current item.
class PresetCombo : public QComboBox
{
    Q_OBJECT

public:
    // Gpu: the lecture's RTX 3090, every GPU preset, then Custom. Dataset and Model: Custom,
    // then every preset.
    enum class Kind { Gpu, Dataset, Model };

    PresetCombo(Kind kind, const QString &objectName, QWidget *parent = nullptr);

    // Shows the preset with this id, or Custom for an empty or unknown id; emits nothing.
    void showPreset(const QString &id);
    [[nodiscard]] QString currentId() const;

signals:
    // Another item was picked: its id, empty for Custom.
    void presetChosen(const QString &id);

private:
    void addPreset(const QString &id, const QString &text, const QString &source);
    void updateToolTip();

    QString m_help; // what the box is for, first line of every tooltip
};

} // namespace ts::ui
