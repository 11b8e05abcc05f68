// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"
#include "validation.h"

#include <QWidget>

#include <vector>

class QFormLayout;

namespace ts::ui {

class InputRows;
class ScenarioController;

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
    [[nodiscard]] std::vector<Field> fields() const;
    // Lines up the groups' fields again after a font change (zoom).
    void fitCaptions();
    void showSnapshot(const Snapshot &snapshot);

private:
    QFormLayout *addGroup(const QString &title);

    InputRows *m_rows;
};

} // namespace ts::ui
