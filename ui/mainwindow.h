// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presets.h"
#include "scenario.h"

#include <QMainWindow>

namespace ts::ui {

class ChartPanel;
class ParameterPanel;
class ResultsPanel;
class ScenarioController;

// Assembles the panels, menus and actions; the numbers live in the controller and the panels.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // presets: the GPU, dataset and model the initial scenario came from (the command line's).
    explicit MainWindow(const ts::Scenario &initial, const ts::PresetSelection &presets = {},
                        QWidget *parent = nullptr);

    [[nodiscard]] ScenarioController *controller() const { return m_controller; }
    [[nodiscard]] ChartPanel *charts() const { return m_charts; }

private:
    void buildMenus();
    void exportCharts();
    void showAbout();

    ScenarioController *m_controller;
    ParameterPanel *m_parameters;
    ResultsPanel *m_results;
    ChartPanel *m_charts;
};

} // namespace ts::ui
