// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QDialog>

#include <cstdint>

class QLabel;
class QTableWidget;

namespace ts::ui {

class ScenarioController;

// The lecture's count beside what a PyTorch 1.13.1 eager step keeps, for the window's current
// configuration: totals, FLOPs and every tensor, with the difference and why. Follows the
// controller while it is open.
class AccountingView : public QDialog
{
    Q_OBJECT

public:
    explicit AccountingView(ScenarioController *controller, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLabel *summary() const { return m_summary; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    Scenario m_scenario; // the controller's last valid scenario
    std::uint64_t m_revision = 0;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace ts::ui
