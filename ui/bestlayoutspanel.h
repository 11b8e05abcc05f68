// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace ts::ui {

class VisibleRefresh;

class BestLayouts;
class ScenarioController;

// The "Best layouts" view (docs/formulas.md §8.11): the 20 fastest layouts of the current
// model, GPUs and global batch that fit, searched again after each new valid estimate while the
// view is shown; a click on a row loads that layout in one undo step.
class BestLayoutsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BestLayoutsPanel(ScenarioController *controller, QWidget *parent = nullptr);

    [[nodiscard]] BestLayouts *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSnapshot(const Snapshot &snapshot);
    void refresh(); // draws now if shown, else when next shown
    void draw();
    void fitColumns();

    ScenarioController *m_controller;
    BestLayouts *m_model;
    QLabel *m_caption;
    QTableView *m_table;
    DrawnEstimate m_drawn;     // the estimate the view shows
    VisibleRefresh *m_refresh; // draws only while shown
};

} // namespace ts::ui
