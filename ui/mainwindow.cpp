// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accountingview.h"
#include "chartexport.h"
#include "chartpanel.h"
#include "exportdialog.h"
#include "optionspanel.h"
#include "parameterpanel.h"
#include "resultspanel.h"
#include "scenariocontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ts::ui {

namespace {

constexpr int kStatusTimeoutMs = 6000;

} // namespace

MainWindow::MainWindow(const ts::Scenario &initial, const ts::PresetSelection &presets,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new ScenarioController(initial, presets, this))
    , m_parameters(new ParameterPanel(m_controller))
    , m_results(new ResultsPanel(m_controller))
    , m_charts(new ChartPanel(m_controller))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("TrainScope"));

    // The inputs and presets on one tab, the training options on a second, so that both fit
    // 1280×800 without crowding.
    auto *options = new OptionsPanel(m_controller);
    m_parameters->setFieldsShownElsewhere(OptionsPanel::fields());
    auto *inputs = new QTabWidget;
    inputs->setObjectName(QStringLiteral("inputTabs"));
    const auto addTab = [inputs](QWidget *panel, const QString &name, const QString &title) {
        auto *scroll = new QScrollArea;
        scroll->setObjectName(name);
        scroll->setWidget(panel);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        inputs->addTab(scroll, title);
        return panel->sizeHint().width() + 24;
    };
    int width = addTab(m_parameters, QStringLiteral("parameterScroll"), tr("&Inputs"));
    width = std::max(width, addTab(options, QStringLiteral("optionsScroll"), tr("Training optio&ns")));
    inputs->setMinimumWidth(width);

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
    resultsScroll->setFixedHeight(m_results->sizeHint().height());
    rightLayout->addWidget(resultsScroll);
    rightLayout->addWidget(m_charts, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(inputs);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    buildMenus();
    statusBar()->showMessage(tr("Lecture example loaded: edit any input, the charts follow."),
                             kStatusTimeoutMs);
    resize(1280, 800);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(tr("&Export chart as PNG…"), this,
                                            &MainWindow::exportCharts);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *reset = file->addAction(tr("&Reset to lecture example"), this, [this] {
        m_controller->setScenario(Scenario {});
    });
    reset->setObjectName(QStringLiteral("resetAction"));
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *axes = new QActionGroup(this);
    const std::pair<SweepAxis, QString> choices[] = {
        { SweepAxis::Batch, tr("X axis: &batch size") },
        { SweepAxis::SeqLen, tr("X axis: &sequence length") },
    };
    int key = Qt::Key_1;
    for (const auto &[axis, text] : choices) {
        QAction *action = view->addAction(text);
        action->setCheckable(true);
        action->setChecked(axis == m_charts->axis());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        action->setObjectName(axis == SweepAxis::Batch ? QStringLiteral("xBatchAction")
                                                       : QStringLiteral("xSeqLenAction"));
        axes->addAction(action);
        connect(action, &QAction::triggered, this, [this, a = axis] { m_charts->setAxis(a); });
        connect(m_charts, &ChartPanel::axisChanged, action,
                [action, a = axis](SweepAxis now) { action->setChecked(now == a); });
    }
    view->addSeparator();
    QAction *compare = view->addAction(tr("&Lecture vs PyTorch eager…"), this, [this] {
        auto *dialog = findChild<AccountingView *>();
        if (!dialog)
            dialog = new AccountingView(m_controller, this);
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    compare->setObjectName(QStringLiteral("accountingAction"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About TrainScope"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::exportCharts()
{
    ExportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"),
                                                folder + QLatin1Char('/')
                                                        + dialog.suggestedFileName(),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");

    ExportRequest request;
    request.scenario = m_controller->lastValidScenario();
    request.axis = m_charts->axis();
    request.chart = dialog.chart();
    request.size = dialog.size();
    request.scale = dialog.scale();
    request.path = path;
    request.unit = m_controller->memoryUnit();
    QString error;
    if (!exportPng(request, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), kStatusTimeoutMs);
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
