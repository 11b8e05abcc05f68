// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accountingview.h"
#include "chartexport.h"
#include "chartpanel.h"
#include "comparepanel.h"
#include "exportdialog.h"
#include "exportnaming.h"
#include "fitcard.h"
#include "fitmappanel.h"
#include "layoutpanel.h"
#include "optionspanel.h"
#include "parameterpanel.h"
#include "resultsmarkdown.h"
#include "resultspanel.h"
#include "scenariocontroller.h"
#include "scenariofile.h"
#include "settings.h"
#include "workingpanel.h"
#include "zoom.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ts::ui {

MainWindow::MainWindow(const ScenarioConfig &config, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new ScenarioController(config, this))
{
    build();
    start();
}

MainWindow::MainWindow(const ts::Scenario &initial, const ts::PresetSelection &presets,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new ScenarioController(initial, presets, this))
{
    build();
    start();
}

void MainWindow::build()
{
    m_parameters = new ParameterPanel(m_controller);
    m_results = new ResultsPanel(m_controller);
    m_charts = new ChartPanel(m_controller);
    m_working = new WorkingPanel(m_controller);
    m_compare = new ComparePanel(m_controller);
    m_fitMap = new FitMapPanel(m_controller);
    m_layout = new LayoutPanel(m_controller);
    setObjectName(QStringLiteral("mainWindow"));
    setConfigPath(m_configPath);

    // The inputs and presets on one tab, the training options on a second, so that both fit
    // 1280×800 without crowding.
    auto *options = new OptionsPanel(m_controller);
    m_parameters->setFieldsShownElsewhere(options->fields());
    auto *inputs = m_inputs = new QTabWidget;
    inputs->setObjectName(QStringLiteral("inputTabs"));
    const auto addTab = [inputs](QWidget *panel, const QString &name, const QString &title) {
        auto *scroll = new QScrollArea;
        scroll->setObjectName(name);
        scroll->setWidget(panel);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // Not a Tab stop of its own: focus moves through its inputs, which it scrolls into view.
        scroll->setFocusPolicy(Qt::NoFocus);
        inputs->addTab(scroll, title);
    };
    addTab(m_parameters, QStringLiteral("parameterScroll"), tr("&Inputs"));
    addTab(options, QStringLiteral("optionsScroll"), tr("Training optio&ns"));
    m_options = options;
    fitInputsWidth();

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 4, 4, 4);
    // In a scroll area, so that result texts changing width relayout only the results panel,
    // not the whole window, on every slider step.
    auto *resultsScroll = new QScrollArea;
    resultsScroll->setObjectName(QStringLiteral("resultsScroll"));
    resultsScroll->setWidget(m_results);
    resultsScroll->setWidgetResizable(true);
    resultsScroll->setFrameShape(QFrame::NoFrame);
    resultsScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    resultsScroll->setFocusPolicy(Qt::NoFocus);
    resultsScroll->setFixedHeight(m_results->sizeHint().height());
    // A narrow window stacks the verdict above the other cards: the results grow taller.
    resultsScroll->viewport()->installEventFilter(this);
    connect(m_results, &ResultsPanel::arrangementChanged, resultsScroll, [this, resultsScroll] {
        if (m_results->isNarrow()) {
            m_fitSlot->addWidget(m_results->fitCard());
            m_results->fitCard()->show();
        }
        // Once the cards' layouts have taken their new sizes (a zoom changes every row).
        QTimer::singleShot(0, resultsScroll, [this, resultsScroll] {
            m_results->layout()->activate();
            resultsScroll->setFixedHeight(m_results->sizeHint().height());
        });
    });
    rightLayout->addWidget(resultsScroll);
    // Under the results, the charts or the working behind every figure: one tab each, so that
    // either has the whole height.
    m_views = new QTabWidget;
    m_views->setObjectName(QStringLiteral("viewTabs"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_charts, tr("Charts"));
    m_views->addTab(m_working, tr("Working"));
    m_views->addTab(m_compare, tr("Compare"));
    m_views->addTab(m_fitMap, tr("Fit map"));
    m_views->addTab(m_layout, tr("Parallelism"));
    // The charts' axis picker and the map's colour picker beside the tabs, where they cost the
    // views no height; each shows only with its own tab.
    auto *corner = new QWidget;
    corner->setObjectName(QStringLiteral("viewCorner"));
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    cornerLayout->addWidget(m_charts->axisBar());
    cornerLayout->addWidget(m_fitMap->modeBar());
    m_views->setCornerWidget(corner, Qt::TopRightCorner);
    const auto showCorner = [this, corner] {
        QWidget *view = m_views->currentWidget();
        m_charts->axisBar()->setVisible(view == m_charts);
        m_fitMap->modeBar()->setVisible(view == m_fitMap);
        corner->setVisible(view == m_charts || view == m_fitMap);
    };
    connect(m_views, &QTabWidget::currentChanged, corner, showCorner);
    showCorner();
    rightLayout->addWidget(m_views, 1);

    // The inputs, and under them the verdict while the window is too narrow for it beside the
    // other results.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(inputs, 1);
    m_fitSlot = new QVBoxLayout;
    leftLayout->addLayout(m_fitSlot);

    auto *splitter = m_splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    // A new menu bar on every build: the old one (after a change of language) goes with its
    // menus, actions and action groups.
    setMenuBar(new QMenuBar);
    buildMenus();
}

void MainWindow::start()
{
    statusBar()->showMessage(tr("Edit any input: every figure and both charts follow at once."),
                             kStatusTimeoutMs);
    resize(1280, 800);
    // Visible focus from the start, on the first thing a lecturer moves: the batch slider.
    if (auto *batch = findChild<QWidget *>(QStringLiteral("batchSlider")))
        batch->setFocus(Qt::OtherFocusReason);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open configuration…"), this,
                                    &MainWindow::openConfigurationDialog);
    open->setObjectName(QStringLiteral("openConfigAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QAction *save = file->addAction(tr("&Save configuration as…"), this,
                                    &MainWindow::saveConfigurationDialog);
    save->setObjectName(QStringLiteral("saveConfigAction"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    file->addSeparator();
    QAction *exportAction
            = file->addAction(tr("&Export chart…"), this, &MainWindow::exportChartsDialog);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *reset = file->addAction(tr("&Reset to lecture example"), this, [this] {
        m_controller->setScenario(Scenario {});
        statusBar()->showMessage(tr("Reset to the lecture's example: Ctrl+Z brings your "
                                    "configuration back."),
                                 kStatusTimeoutMs);
    });
    reset->setObjectName(QStringLiteral("resetAction"));
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Every change to the configuration can be undone: a slider's drag is one step, a preset or a
    // reset another.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), m_controller, &ScenarioController::undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = edit->addAction(tr("&Redo"), m_controller, &ScenarioController::redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(
            { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addSeparator();
    // Keep the configuration beside the one being edited: ghost curves and the Compare tab.
    QAction *pin = edit->addAction(tr("&Pin configuration"), this, [this] {
        if (!m_controller->pinCurrent())
            statusBar()->showMessage(
                    tr("%1 pins already: unpin one in the Compare tab first").arg(kMaxPins),
                    kStatusTimeoutMs);
    });
    pin->setObjectName(QStringLiteral("pinAction"));
    pin->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    edit->addSeparator();
    QAction *copyChart = edit->addAction(tr("Copy &chart"), this, &MainWindow::copyChart);
    copyChart->setObjectName(QStringLiteral("copyChartAction"));
    copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *copyResults
            = edit->addAction(tr("Copy results as &Markdown"), this, &MainWindow::copyResults);
    copyResults->setObjectName(QStringLiteral("copyResultsAction"));
    // Ctrl+C copies the results while they have the focus (click them); elsewhere it stays the
    // text fields' own.
    auto *copyHere = new QAction(m_results);
    copyHere->setShortcut(QKeySequence::Copy);
    copyHere->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyHere, &QAction::triggered, this, &MainWindow::copyResults);
    m_results->addAction(copyHere);
    m_results->setFocusPolicy(Qt::ClickFocus);

    const auto showHistory = [this, undo, redo] {
        undo->setEnabled(m_controller->canUndo());
        redo->setEnabled(m_controller->canRedo());
        setWindowModified(m_controller->isModified());
    };
    connect(m_controller, &ScenarioController::historyChanged, undo, showHistory);
    showHistory();

    buildViewMenu(menuBar()->addMenu(tr("&View")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About TrainScope"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

ExportRequest MainWindow::exportRequest(ChartChoice chart, QSize size, qreal scale) const
{
    ExportRequest request;
    request.scenario = m_controller->lastValidScenario();
    request.axis = m_charts->axis();
    request.chart = chart;
    request.size = size;
    request.scale = scale;
    request.unit = m_controller->memoryUnit();
    request.ghosts = m_controller->snapshot().pins;
    request.caption = exportCaption(request.scenario, m_controller->presets(),
                                    QCoreApplication::applicationVersion());
    return request;
}

void MainWindow::exportChartsDialog()
{
    ExportDialog dialog(this);
    dialog.restoreChoices();
    dialog.setChart(chartToExport(dialog.chart()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.saveChoices();
    Settings settings;
    QString folder = settings.value(Settings::Key::LastExportDir).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    ExportRequest request = exportRequest(dialog.chart(), dialog.size(), dialog.scale());
    const QString suggested = exportFileName(request.scenario, m_controller->presets(),
                                             request.chart, QStringLiteral("png"));
    QString path = QFileDialog::getSaveFileName(
            this, tr("Export chart"), folder + QLatin1Char('/') + suggested,
            tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!exportFormatOf(path))
        path += QStringLiteral(".png");
    settings.setValue(Settings::Key::LastExportDir, QFileInfo(path).absolutePath());
    request.path = path;
    request.format = *exportFormatOf(path);
    QString error;
    if (!exportCharts(request, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), kStatusTimeoutMs);
}

ChartChoice MainWindow::chartToExport(ChartChoice remembered) const
{
    // The chart in view: the map as it is coloured when its tab is current; otherwise the last
    // export's choice, but not a map nobody is looking at (then both charts).
    if (m_views->currentWidget() == m_fitMap)
        return m_fitMap->mode() == FitMapChart::Mode::Memory ? ChartChoice::Map
                                                             : ChartChoice::MapTime;
    const bool map = remembered == ChartChoice::Map || remembered == ChartChoice::MapTime;
    return map ? ChartChoice::Both : remembered;
}

void MainWindow::copyChart()
{
    // The picture of the last export's choices (1920×1080 memory chart at first), with its
    // caption, ready to paste into slides.
    ExportDialog choices(this);
    choices.restoreChoices();
    choices.setChart(chartToExport(choices.chart()));
    QString error;
    const QImage image
            = renderCharts(exportRequest(choices.chart(), choices.size(), choices.scale()), &error);
    if (image.isNull()) {
        statusBar()->showMessage(error, kStatusTimeoutMs);
        return;
    }
    QGuiApplication::clipboard()->setImage(image);
    statusBar()->showMessage(
            tr("Chart copied (%1 × %2 pixels)").arg(image.width()).arg(image.height()),
            kStatusTimeoutMs);
}

void MainWindow::copyResults()
{
    const Snapshot &s = m_controller->snapshot();
    QGuiApplication::clipboard()->setText(resultsMarkdown(s.validScenario, s.presets, s.estimate,
                                                          s.unit,
                                                          QCoreApplication::applicationVersion()));
    statusBar()->showMessage(tr("Results copied as a Markdown table"), kStatusTimeoutMs);
}

bool MainWindow::openConfiguration(const QString &path, QString *error, QStringList *warnings)
{
    const scenariofile::ReadResult file = scenariofile::read(path);
    if (!file.config) {
        *error = file.error;
        return false;
    }
    const auto resolved
            = scenariofile::resolveChecked(*file.config, QDir::toNativeSeparators(path), error);
    if (!resolved)
        return false;
    if (warnings)
        *warnings = file.warnings;
    m_controller->setDocument(*file.config, file.pins);
    setConfigPath(path);
    return true;
}

bool MainWindow::saveConfiguration(const QString &path, QString *error)
{
    if (!scenariofile::write(path, m_controller->config(), m_controller->pins(), error))
        return false;
    setConfigPath(path);
    return true;
}

void MainWindow::setConfigPath(const QString &path)
{
    // [*] shows an asterisk while the configuration differs from the file (or the start).
    m_configPath = path;
    setWindowTitle(path.isEmpty() ? tr("TrainScope[*]")
                                  : tr("%1[*] — TrainScope").arg(QFileInfo(path).fileName()));
    m_controller->markClean();
}

void MainWindow::openConfigurationDialog()
{
    Settings settings;
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open configuration"), settings.value(Settings::Key::LastConfigDir).toString(),
            tr("TrainScope configurations (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(Settings::Key::LastConfigDir, QFileInfo(path).absolutePath());
    QString error;
    QStringList warnings;
    if (!openConfiguration(path, &error, &warnings)) {
        QMessageBox::warning(this, tr("Cannot open configuration"), error);
        return;
    }
    if (!warnings.isEmpty())
        QMessageBox::information(this, tr("Configuration opened with warnings"),
                                 warnings.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), kStatusTimeoutMs);
}

void MainWindow::saveConfigurationDialog()
{
    Settings settings;
    QString folder = settings.value(Settings::Key::LastConfigDir).toString();
    const QString name = m_configPath.isEmpty() ? QStringLiteral("trainscope.json")
                                                : QFileInfo(m_configPath).fileName();
    QString path = QFileDialog::getSaveFileName(this, tr("Save configuration as"),
                                                folder.isEmpty() ? name
                                                                 : folder + QLatin1Char('/') + name,
                                                tr("TrainScope configurations (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    settings.setValue(Settings::Key::LastConfigDir, QFileInfo(path).absolutePath());
    QString error;
    if (!saveConfiguration(path, &error)) {
        QMessageBox::warning(this, tr("Cannot save configuration"), error);
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), kStatusTimeoutMs);
}

void MainWindow::restoreSettings()
{
    m_persist = true;
    const Settings settings;
    if (!settings.unusablePath().isEmpty())
        statusBar()->showMessage(tr("The settings file %1 is not a regular file: settings are "
                                    "neither read nor saved.")
                                         .arg(QDir::toNativeSeparators(settings.unusablePath())));
    applyZoom(settings.value(Settings::Key::ZoomPercent).toInt());
    const QString themeKey = settings.value(Settings::Key::Theme).toString();
    setTheme(themeKey == QLatin1String("dark")            ? theme::Theme::Dark
                     : themeKey == QLatin1String("light") ? theme::Theme::Light
                                                          : theme::Theme::System);
    restoreGeometry(settings.value(Settings::Key::WindowGeometry).toByteArray());
    fitToScreen();
    restoreState(settings.value(Settings::Key::WindowState).toByteArray());
    m_splitter->restoreState(settings.value(Settings::Key::MainSplitter).toByteArray());
    if (auto *charts = m_charts->findChild<QSplitter *>(QStringLiteral("chartSplitter")))
        charts->restoreState(settings.value(Settings::Key::ChartSplitter).toByteArray());
    const bool seq = settings.value(Settings::Key::XAxis).toString() == QLatin1String("seq");
    m_charts->setAxis(seq ? SweepAxis::SeqLen : SweepAxis::Batch);
    m_inputs->setCurrentIndex(settings.value(Settings::Key::InputTab).toInt());
    const QString tab = settings.value(Settings::Key::ViewTab).toString();
    QWidget *view = m_charts;
    if (tab == QLatin1String("working"))
        view = m_working;
    else if (tab == QLatin1String("compare"))
        view = m_compare;
    else if (tab == QLatin1String("fitmap"))
        view = m_fitMap;
    else if (tab == QLatin1String("parallelism"))
        view = m_layout;
    m_views->setCurrentWidget(view);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_results->parentWidget())
        m_results->setAvailableWidth(static_cast<QResizeEvent *>(event)->size().width());
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitToScreen()
{
    // A damaged or foreign geometry must not make the window larger than its screen: on X11 a
    // 100000×100000 window allocates gigabytes before it ever appears.
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size = geometry().size().boundedTo(available.size());
    if (size != geometry().size())
        resize(size);
    if (!available.intersects(frameGeometry()))
        move(available.topLeft());
}

void MainWindow::saveSettings() const
{
    Settings settings;
    settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::WindowState, saveState());
    settings.setValue(Settings::Key::MainSplitter, m_splitter->saveState());
    if (auto *charts = m_charts->findChild<QSplitter *>(QStringLiteral("chartSplitter")))
        settings.setValue(Settings::Key::ChartSplitter, charts->saveState());
    settings.setValue(Settings::Key::XAxis,
                      m_charts->axis() == SweepAxis::SeqLen ? QStringLiteral("seq")
                                                            : QStringLiteral("batch"));
    settings.setValue(Settings::Key::InputTab, m_inputs->currentIndex());
    const QWidget *tab = m_views->currentWidget();
    settings.setValue(Settings::Key::ViewTab,
                      tab == m_working           ? QStringLiteral("working")
                              : tab == m_compare ? QStringLiteral("compare")
                              : tab == m_fitMap  ? QStringLiteral("fitmap")
                              : tab == m_layout  ? QStringLiteral("parallelism")
                                                 : QStringLiteral("charts"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    if (m_presentation->isChecked())
        setPresentation(false); // the window's own geometry is what is remembered
    if (m_persist)
        saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::confirmDiscard()
{
    // The scenario is never remembered between runs: changes not saved to a file are lost.
    if (!m_controller->isModified())
        return true;
    const QString name
            = m_configPath.isEmpty() ? tr("the configuration") : QFileInfo(m_configPath).fileName();
    QMessageBox box(QMessageBox::Question, tr("Save changes?"),
                    tr("Save the changes to %1 before closing?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("saveChangesBox"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Discard: return true;
    case QMessageBox::Save: saveConfigurationDialog(); return !m_controller->isModified();
    default: return false;
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About TrainScope"),
            tr("<h3>TrainScope %1</h3>"
               "<p>What it costs to train a Transformer language model: parameters, memory per "
               "GPU, FLOPs and training time, following the formulas of the CS190C lecture.</p>"
               "<p>Copyright © 2026 TrainScope contributors. Free software under the GNU General "
               "Public License, version 3 or (at your option) any later version.</p>"
               "<p>Charts are drawn with <a href=\"https://www.qcustomplot.com/\">QCustomPlot</a> "
               "by Emanuel Eichhammer (GPL), on Qt %2.</p>")
                    .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace ts::ui
