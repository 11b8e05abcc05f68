// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"

#include <QSettings>
#include <QStandardPaths>
#include <QString>

// The main window as the window tests drive it: 1280×800, shown (offscreen), starting from the
// given scenario. The caller owns it and waits with QTest::qWaitForWindowExposed.
inline ts::ui::MainWindow *openMainWindow(const ts::Scenario &scenario = ts::Scenario {})
{
    auto *window = new ts::ui::MainWindow(scenario);
    window->resize(1280, 800);
    window->show();
    return window;
}

// A widget by objectName, with a warning naming it when it is missing (the test then fails on
// the null pointer instead of silently testing nothing).
template<typename T>
T *findNamed(const QObject *root, const QString &name)
{
    auto *w = root->findChild<T *>(name);
    if (!w)
        qWarning("no child named %s", qPrintable(name));
    return w;
}

// Forgets every remembered setting (tab, theme, zoom, …), so that a test that lets the window
// save them starts from the defaults. Call after QStandardPaths::setTestModeEnabled(true).
inline void clearWindowSettings()
{
    QSettings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                      + QStringLiteral("/trainscope.ini"),
              QSettings::IniFormat)
            .clear();
}
