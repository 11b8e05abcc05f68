// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The View menu of the main window and what it switches: the x axis, the text size, the
// presentation mode, the theme and the lecture-vs-PyTorch view.
#include "mainwindow.h"

#include "accountingview.h"
#include "chartpanel.h"
#include "fitmappanel.h"
#include "layoutpanel.h"
#include "memorychart.h"
#include "optionspanel.h"
#include "parameterpanel.h"
#include "resultspanel.h"
#include "settings.h"
#include "timechart.h"
#include "workingpanel.h"
#include "zoom.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>

namespace ts::ui {

void MainWindow::buildViewMenu(QMenu *view)
{
    auto *axes = new QActionGroup(view);
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
    // The working behind every figure in place of the charts, and back (the tabs do the same).
    QAction *working = view->addAction(tr("Show the &working"));
    working->setObjectName(QStringLiteral("workingAction"));
    working->setCheckable(true);
    working->setShortcut(QKeySequence(Qt::Key_F2));
    // The b × c map likewise (F3).
    QAction *fitMap = view->addAction(tr("Show the &fit map"));
    fitMap->setObjectName(QStringLiteral("fitMapAction"));
    fitMap->setCheckable(true);
    fitMap->setShortcut(QKeySequence(Qt::Key_F3));
    // The layout's time breakdown and stage memory likewise (F4).
    QAction *parallel = view->addAction(tr("Show the parall&elism"));
    parallel->setObjectName(QStringLiteral("parallelismAction"));
    parallel->setCheckable(true);
    parallel->setShortcut(QKeySequence(Qt::Key_F4));
    for (const auto &[action, panel] : { std::pair<QAction *, QWidget *> { working, m_working },
                                         std::pair<QAction *, QWidget *> { fitMap, m_fitMap },
                                         std::pair<QAction *, QWidget *> { parallel, m_layout } }) {
        // Unchecking goes back to the charts only from this action's own tab: another tab
        // becoming current unchecks it too.
        connect(action, &QAction::toggled, this, [this, panel = panel](bool on) {
            if (on)
                m_views->setCurrentWidget(panel);
            else if (m_views->currentWidget() == panel)
                m_views->setCurrentWidget(m_charts);
        });
        connect(m_views, &QTabWidget::currentChanged, action,
                [this, action = action, panel = panel] {
                    action->setChecked(m_views->currentWidget() == panel);
                });
    }
    view->addSeparator();
    // Text for the back of a lecture room: larger or smaller in steps of 10 %, and a presentation
    // mode, full screen with its own (larger) size; each is remembered.
    QAction *zoomIn = view->addAction(tr("&Larger text"), this, [this] { stepZoom(+1); });
    zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    zoomIn->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Equal),
                           QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence::ZoomIn });
    QAction *zoomOut = view->addAction(tr("S&maller text"), this, [this] { stepZoom(-1); });
    zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOut->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut });
    QAction *zoomReset = view->addAction(tr("&Normal text size"), this, [this] { stepZoom(0); });
    zoomReset->setObjectName(QStringLiteral("zoomResetAction"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_presentation = view->addAction(tr("&Presentation"), this, &MainWindow::setPresentation);
    m_presentation->setObjectName(QStringLiteral("presentationAction"));
    m_presentation->setCheckable(true);
    m_presentation->setShortcuts({ QKeySequence(Qt::Key_F11), QKeySequence::FullScreen });
    // Esc leaves it, as in every full-screen presentation.
    auto *leave = new QAction(view);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(leave, &QAction::triggered, this, [this] {
        if (m_presentation->isChecked())
            setPresentation(false);
    });
    addAction(leave);
    // Light or dark: the system's, or either by choice, remembered.
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(themes);
    const std::pair<theme::Theme, QString> themeChoices[] = {
        { theme::Theme::System, tr("&System") },
        { theme::Theme::Light, tr("&Light") },
        { theme::Theme::Dark, tr("&Dark") },
    };
    for (const auto &[which, text] : themeChoices) {
        QAction *action = themes->addAction(text, this, [this, w = which] { setTheme(w); });
        action->setCheckable(true);
        action->setChecked(which == theme::current());
        action->setObjectName(QStringLiteral("theme%1Action").arg(int(which)));
        themeGroup->addAction(action);
    }
    // The language: the system's, or either by choice, remembered; each language's own name.
    QMenu *languages = view->addMenu(tr("L&anguage"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto *languageGroup = new QActionGroup(languages);
    const std::pair<language::Language, QString> languageChoices[] = {
        { language::Language::System, tr("&System") },
        { language::Language::English, QStringLiteral("&English") },
        { language::Language::Chinese, QStringLiteral("简体中文 (&C)") },
    };
    for (const auto &[which, text] : languageChoices) {
        QAction *action = languages->addAction(text);
        action->setCheckable(true);
        action->setChecked(which == language::current());
        action->setObjectName(QStringLiteral("language%1Action").arg(language::key(which)));
        languageGroup->addAction(action);
        // Queued: the rebuild replaces the menu this action sits in.
        connect(action, &QAction::triggered, this, [this, w = which] {
            QMetaObject::invokeMethod(
                    this, [this, w] { setLanguage(w); }, Qt::QueuedConnection);
        });
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
}

void MainWindow::setLanguage(language::Language which)
{
    language::apply(which);
    if (m_persist)
        Settings().setValue(Settings::Key::Language, language::key(which));
    rebuild();
}

void MainWindow::rebuild()
{
    // What the user set up in the widgets; the scenario, history and pins are the controller's.
    const SweepAxis axis = m_charts->axis();
    const int inputTab = m_inputs->currentIndex();
    const int viewTab = m_views->currentIndex();
    const QByteArray splitter = m_splitter->saveState();
    auto *chartSplitter = m_charts->findChild<QSplitter *>(QStringLiteral("chartSplitter"));
    const QByteArray charts = chartSplitter ? chartSplitter->saveState() : QByteArray();
    const bool presenting = m_presentation->isChecked();
    bool accountingShown = false;
    if (auto *dialog = findChild<AccountingView *>()) {
        accountingShown = dialog->isVisible();
        delete dialog;
    }
    delete takeCentralWidget();

    build();
    m_presentation->setChecked(presenting);
    m_charts->setDark(theme::isDark());
    applyZoom(zoom::percent());
    m_splitter->restoreState(splitter);
    if (auto *restored = m_charts->findChild<QSplitter *>(QStringLiteral("chartSplitter")))
        restored->restoreState(charts);
    m_charts->setAxis(axis);
    m_inputs->setCurrentIndex(inputTab);
    m_views->setCurrentIndex(viewTab);
    // The focus was in the old widgets: back on the batch slider, as at start.
    if (auto *batch = findChild<QWidget *>(QStringLiteral("batchSlider")))
        batch->setFocus(Qt::OtherFocusReason);
    if (accountingShown) {
        if (QAction *action = findChild<QAction *>(QStringLiteral("accountingAction")))
            action->trigger();
    }
}

int MainWindow::zoomPercent() const
{
    return zoom::percent();
}

void MainWindow::applyZoom(int percent)
{
    zoom::setPercent(percent);
    // Every font has followed; the layouts sized from fonts follow now.
    m_options->fitCaptions();
    m_charts->setTextZoom(zoom::percent() / 100.0);
    m_fitMap->setTextZoom(zoom::percent() / 100.0);
    m_layout->setTextZoom(zoom::percent() / 100.0);
    m_results->relayout();
    fitInputsWidth();
}

void MainWindow::setTheme(theme::Theme which)
{
    theme::apply(which);
    m_charts->setDark(theme::isDark());
    m_fitMap->setDark(theme::isDark());
    m_layout->setDark(theme::isDark());
    for (QAction *action : findChildren<QAction *>()) {
        if (action->objectName() == QStringLiteral("theme%1Action").arg(int(which)))
            action->setChecked(true);
    }
    if (m_persist) {
        const char *keys[] = { "system", "light", "dark" };
        Settings().setValue(Settings::Key::Theme, QLatin1String(keys[int(which)]));
    }
}

void MainWindow::stepZoom(int direction)
{
    const Settings::Key key = m_presentation->isChecked() ? Settings::Key::PresentationZoomPercent
                                                          : Settings::Key::ZoomPercent;
    const int now = zoom::percent();
    const int next = direction == 0 ? (m_presentation->isChecked() ? 140 : 100)
                                    : now + direction * zoom::kStepPercent;
    applyZoom(next);
    if (m_persist)
        Settings().setValue(key, zoom::percent());
    statusBar()->showMessage(tr("Text at %1 %").arg(zoom::percent()), kStatusTimeoutMs);
}

void MainWindow::setPresentation(bool on)
{
    // Full screen with the presentation's text size; back to the window and its own size.
    const Settings settings;
    m_presentation->setChecked(on);
    const int wanted = settings.value(on ? Settings::Key::PresentationZoomPercent
                                         : Settings::Key::ZoomPercent)
                               .toInt();
    if (!on) {
        applyZoom(wanted);
        showNormal();
        return;
    }
    // On a small projector the chosen size may not fit: the largest that does, down to 100 %.
    QScreen *display = screen();
    const int fitted = display ? fitZoom(display->geometry().size(), wanted) : wanted;
    applyZoom(fitted);
    showFullScreen();
    if (fitted < wanted)
        statusBar()->showMessage(tr("Text at %1 %: the largest that fits this %2×%3 screen")
                                         .arg(fitted)
                                         .arg(display->geometry().width())
                                         .arg(display->geometry().height()),
                                 kStatusTimeoutMs);
}

QSize MainWindow::neededSize() const
{
    // The inputs column beside the memory and compute cards (the verdict under the inputs), and
    // under the cards the view tabs with both charts at their minimum heights.
    const int width = m_inputs->minimumWidth() + m_results->narrowWidth() + 40;
    const int height = menuBar()->sizeHint().height() + statusBar()->sizeHint().height()
            + m_results->sizeHint().height() + m_views->tabBar()->sizeHint().height()
            + m_charts->memoryChart()->minimumHeight() + m_charts->timeChart()->minimumHeight()
            + 40;
    return { width, height };
}

int MainWindow::fitZoom(QSize screen, int wanted)
{
    int percent = wanted;
    applyZoom(percent);
    while (zoom::percent() > 100) {
        const QSize need = neededSize();
        if (need.width() <= screen.width() && need.height() <= screen.height())
            break;
        percent = std::max(100, zoom::percent() - zoom::kStepPercent);
        applyZoom(percent);
    }
    return zoom::percent();
}

void MainWindow::fitInputsWidth()
{
    // The input tabs are as wide as their widest panel needs at the current font.
    int width = 0;
    for (QWidget *panel :
         { static_cast<QWidget *>(m_parameters), static_cast<QWidget *>(m_options) })
        width = std::max(width, panel->sizeHint().width() + 24);
    m_inputs->setMinimumWidth(width);
}

} // namespace ts::ui
