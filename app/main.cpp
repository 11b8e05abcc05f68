// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"
#include "cliparser.h"
#include "mainwindow.h"
#include "presetstore.h"
#include "startupprobe.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

#include <cstdio>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TrainScope"));
    QCoreApplication::setApplicationName(QStringLiteral("trainscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRAINSCOPE_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    const ts::cli::Mode mode = ts::cli::modeOf(argc, argv);
    if (mode == ts::cli::Mode::Export)
        ts::cli::preferOffscreenWithoutDisplay();
    setApplicationIdentity();

    if (mode == ts::cli::Mode::Text) {
        QCoreApplication app(argc, argv);
        return ts::cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    ts::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/trainscope.svg")));
    if (mode == ts::cli::Mode::Export)
        return ts::cli::run(QCoreApplication::arguments(), ts::ui::exportPng);

    // The window starts from the same model flags the command line takes.
    const ts::cli::ParseResult parsed = ts::cli::parse(QCoreApplication::arguments());
    if (!parsed.request) {
        std::fprintf(stderr, "trainscope: %s\n", qPrintable(parsed.error));
        return 2;
    }
    for (const QString &warning : parsed.request->warnings)
        std::fprintf(stderr, "trainscope: warning: %s\n", qPrintable(warning));
    ts::ui::MainWindow window(parsed.request->config);
    window.setConfigPath(parsed.request->configPath);
    window.restoreSettings();
    ts::cli::StartupProbe::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
