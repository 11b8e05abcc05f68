// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ts::ui {

class ScenarioController;

// The current configuration beside the pinned ones (Ctrl+P pins, up to four): parameters, peak
// memory and its parts, margin, max batch, FLOPs per step and training time, each pinned or
// current figure with its difference to the first pin. Pins are renamed and removed here.
class ComparePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePanel(ScenarioController *controller, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    // The pin whose column is selected, or -1.
    [[nodiscard]] int selectedPin() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSnapshot(const Snapshot &snapshot);
    void refresh();
    void rename();

    ScenarioController *m_controller;
    QTableWidget *m_table;
    QLabel *m_hint;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QPushButton *m_clear;
    Snapshot m_snapshot;
    std::uint64_t m_shown = ~std::uint64_t(0); // revision on screen
};

} // namespace ts::ui
