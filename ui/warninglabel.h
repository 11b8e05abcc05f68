// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presets.h"
#include "scenario.h"
#include "validation.h"

#include <QLabel>
#include <QStringList>

namespace ts::ui {

// The inline warning under one input: hidden while the field has no problem, else "⚠" and the
// translated sentences. Named <stem>Warning ("headsWarning", "dFfWarning", "precisionWarning").
class WarningLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WarningLabel(Field field, QWidget *parent = nullptr);
    WarningLabel(const QString &stem, QWidget *parent);

    // Shows the messages, or hides the label when there are none.
    void showMessages(const QStringList &messages);

    // The camel-case name of a field ("seq-len" -> "seqLen"), the stem of its widgets' names.
    [[nodiscard]] static QString stem(Field field);
    // The translated sentence for one problem of the given scenario and presets.
    [[nodiscard]] static QString message(const Problem &problem, const Scenario &scenario,
                                         const PresetSelection &presets);
};

} // namespace ts::ui
