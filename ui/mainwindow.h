// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportrequest.h"
#include "language.h"
#include "presets.h"
#include "scenario.h"
#include "scenarioconfig.h"
#include "theme.h"

#include <QMainWindow>
#include <QStringList>

#include <optional>

class QAction;
class QMenu;
class QSplitter;
class QVBoxLayout;
class QTabWidget;

namespace ts::ui {

class ChartPanel;
class FitMapPanel;
class LayoutPanel;
class OptionsPanel;
class Settings;
class ParameterPanel;
class ResultsPanel;
class ScenarioController;
class WorkingPanel;
class ComparePanel;

// Assembles the panels, menus and actions; the numbers live in the controller and the panels.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Starts from a configuration (the command line's, resolved as it resolves it).
    explicit MainWindow(const ScenarioConfig &config = {}, QWidget *parent = nullptr);
    // Starts from a whole scenario and the presets it came from.
    explicit MainWindow(const ts::Scenario &initial, const ts::PresetSelection &presets = {},
                        QWidget *parent = nullptr);

    [[nodiscard]] ScenarioController *controller() const { return m_controller; }
    [[nodiscard]] ChartPanel *charts() const { return m_charts; }
    [[nodiscard]] WorkingPanel *workingPanel() const { return m_working; }
    [[nodiscard]] ComparePanel *comparePanel() const { return m_compare; }
    [[nodiscard]] FitMapPanel *fitMap() const { return m_fitMap; }
    [[nodiscard]] LayoutPanel *layoutPanel() const { return m_layout; }

    // Loads a configuration file into the controller (its scenario and presets, resolved as the
    // command line resolves --config). On error nothing changes and *error names the file and
    // the key; *warnings lists unknown keys. The dialog-free half of File > Open configuration.
    bool openConfiguration(const QString &path, QString *error, QStringList *warnings = nullptr);
    // Writes the controller's scenario and presets; the dialog-free half of Save configuration.
    bool saveConfiguration(const QString &path, QString *error);
    // What Export chart and Copy chart draw, given the last export's choice: the fit map as
    // coloured when its tab is shown, else that choice unless it is a map (then both charts).
    [[nodiscard]] ChartChoice chartToExport(ChartChoice remembered) const;
    // The size the layout needs at the current text size (see mainwindowview.cpp).
    [[nodiscard]] QSize neededSize() const;
    // Applies the largest text size from `wanted` down to 100 % whose layout fits `screen`
    // (presentation mode on a small projector) and returns it.
    int fitZoom(QSize screen, int wanted);
    // The configuration file last opened or saved, shown in the title; empty for none.
    [[nodiscard]] QString configPath() const { return m_configPath; }
    void setConfigPath(const QString &path);

    // Restores the geometry, splitters, x-axis and input tab, and saves them on close from then
    // on. main() calls it; tests that do not leave the window deterministic.
    void restoreSettings();
    void saveSettings() const;

    // Installs the language's translations and rebuilds the panels and menus in it; the
    // scenario, its undo history, the pins, the tabs, the axis and the text size stay.
    void setLanguage(language::Language which);

protected:
    void closeEvent(QCloseEvent *event) override;
    // The results' viewport resized: the cards choose their arrangement by its width.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int kStatusTimeoutMs = 6000; // how long a status message stays
    void build();                                 // the panels and menus, in the current language
    void start();                                 // once: the first message, the size and the focus
    void rebuild();                               // build() again, keeping what the user set up
    void buildMenus();
    void buildViewMenu(QMenu *view); // mainwindowview.cpp
    void openConfigurationDialog();
    void saveConfigurationDialog();
    void exportChartsDialog();
    void copyChart();
    void copyResults();
    // What the window would export: the current valid scenario, axis, unit and caption.
    [[nodiscard]] ExportRequest exportRequest(ChartChoice chart, QSize size, qreal scale) const;
    void fitToScreen();
    void showAbout();
    // Text size (zoom.h) and the layouts that follow it; presentation mode.
    [[nodiscard]] int zoomPercent() const;
    void applyZoom(int percent);
    void stepZoom(int direction); // +1 larger, −1 smaller, 0 the mode's normal size
    void setPresentation(bool on);
    void setTheme(theme::Theme which);
    void fitInputsWidth();
    // Asks whether to save unsaved changes; false when the user cancels (or the save fails).
    bool confirmDiscard();

    ScenarioController *m_controller;
    ParameterPanel *m_parameters = nullptr;
    ResultsPanel *m_results = nullptr;
    ChartPanel *m_charts = nullptr;
    ComparePanel *m_compare = nullptr;
    WorkingPanel *m_working = nullptr;
    FitMapPanel *m_fitMap = nullptr;
    LayoutPanel *m_layout = nullptr;
    QTabWidget *m_views = nullptr; // under the results: the charts, the working or the fit map
    QTabWidget *m_inputs = nullptr;
    QSplitter *m_splitter = nullptr;
    OptionsPanel *m_options = nullptr;
    QAction *m_presentation = nullptr;
    QVBoxLayout *m_fitSlot = nullptr; // under the inputs: the verdict, while the window is narrow
    QString m_configPath;
    bool m_persist = false; // restoreSettings() was called: save the settings on close
};

} // namespace ts::ui
