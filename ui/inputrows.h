// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputs.h"
#include "snapshot.h"
#include "validation.h"

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

class QFormLayout;
class QLabel;
class QWidget;

namespace ts::ui {

class ScenarioController;
class WarningLabel;

// How an input's number is shown: value / scale with a suffix (" TFLOP/s" at 1e12), and the
// arrows' step (0: the widget's default).
struct InputDisplay
{
    double scale = 1;
    QString suffix;
    double step = 0;
};

// The window's editors for inputs, built from the input table (core/inputs.cpp): the widget that
// suits the input's kind and bounds, its tooltip, its inline warning, and the edit sent to the
// controller. A panel places each input with one add(); show() mirrors each snapshot into them.
// Editors and warnings are named after the flag: "seqLenSpin", "seqLenSlider", "zeroCombo",
// "flashAttentionCheck", "gpuMemoryUnitCombo", "seqLenWarning".
class InputRows : public QObject
{
    Q_OBJECT

public:
    InputRows(ScenarioController *controller, QObject *parent);

    // Adds the input's caption, editor and warning to form; a switch is a check box named by the
    // label. Returns the editor.
    QWidget *add(QFormLayout *form, Field field, const QString &label,
                 const InputDisplay &display = {});
    // Where a problem is shown; by default under its own field.
    void setPlacement(std::function<Field(const Problem &)> place) { m_place = std::move(place); }

    [[nodiscard]] std::vector<Field> fields() const;
    [[nodiscard]] const std::vector<QLabel *> &captions() const { return m_captions; }

    // Shows the snapshot's values (an editor whose value already matches, such as the one being
    // typed in, is left alone) and each problem under its row; returns the problems of inputs
    // with no row here.
    std::vector<Problem> show(const Snapshot &snapshot);

private:
    struct Row
    {
        Field field;
        WarningLabel *warning;
        std::function<void(const Snapshot &)> sync;
    };
    QWidget *makeEditor(Field field, const QString &label, const InputDisplay &display,
                        QWidget *parent, std::function<void(const Snapshot &)> *sync);

    ScenarioController *m_controller;
    std::vector<Row> m_rows;
    std::vector<QLabel *> m_captions;
    std::function<Field(const Problem &)> m_place;
};

} // namespace ts::ui
