// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"
#include "cliparser.h"
#include "console.h"
#include "language.h"
#include "mainwindow.h"
#include "presetstore.h"
#include "scenariocontroller.h"
#include "settings.h"
#include "startupprobe.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

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
    ts::cli::installMessageHandler();
    setApplicationIdentity();
    const ts::cli::Mode mode = ts::cli::modeOf(argc, argv);
    if (mode == ts::cli::Mode::Text) {
        QCoreApplication app(argc, argv);
        return ts::cli::run(QCoreApplication::arguments());
    }
    // Checked before any display is needed: a bad flag exits 2 even where no window could open.
    const ts::cli::ParseResult parsed
            = ts::cli::parse(ts::cli::argumentsWithoutQtOptions(argc, argv));
    if (!parsed.request) {
        ts::cli::printError(parsed.error);
        return 2;
    }
    if (mode == ts::cli::Mode::Export) {
        // An export never needs a display, whatever DISPLAY or QT_QPA_PLATFORM say.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        ts::initResources();
        return ts::cli::run(ts::cli::argumentsWithoutQtOptions(argc, argv), ts::ui::exportCharts);
    }

    // Without a usable display, QApplication's fatal message becomes one line and exit code 1
    // (ts::cli::installMessageHandler).
    QApplication app(argc, argv);
    ts::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/trainscope.svg")));
    for (const QString &warning : parsed.request->warnings)
        ts::cli::printWarning(warning);
    // The window in the remembered language, or the system's; the command line stays English.
    ts::ui::language::apply(ts::ui::language::fromKey(
            ts::ui::Settings().value(ts::ui::Settings::Key::Language).toString()));
    ts::ui::MainWindow window(parsed.request->config);
    window.controller()->startWithPins(parsed.request->pins);
    window.setConfigPath(parsed.request->configPath);
    window.restoreSettings();
    ts::cli::StartupProbe::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
