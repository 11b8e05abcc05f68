// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "working.h"

#include "exportrequest.h"
#include "presets.h"
#include "scenario.h"
#include "scenarioconfig.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ts::cli {

// How the process must start, decided from the raw arguments before any QApplication exists.
enum class Mode {
    Gui,    // the window, optionally starting from the model flags
    Text,   // --json, --save-config, --help, --version, --list-presets: no display
    Export, // --export or --export-png: charts rendered offscreen
};

[[nodiscard]] Mode modeOf(int argc, char **argv);

// With no X11 or Wayland display, selects Qt's offscreen platform unless the user chose one.
void preferOffscreenWithoutDisplay();

struct Request
{
    ui::ScenarioConfig config;    // the --config file with the flags layered on top
    FieldSet fromFlags;           // the inputs the flags gave
    Scenario scenario;            // config resolved
    PresetSelection selection;    // GPU, dataset and model presets, and the peak used
    bool json = false;            // print the estimate as JSON
    bool explain = false;         // print the working
    bool search = false;          // search the layouts
    std::int64_t globalBatch = 0; // --global-batch for --search; 0: the flags' b·m·DP
    WorkingFormat explainFormat = WorkingFormat::Text;
    bool listPresets = false;
    QString configPath;        // --config: the file the flags were layered over
    std::vector<ui::Pin> pins; // the --config file's pinned configurations, kept on save
    std::vector<ui::PinnedEstimate> compared; // --compare's files, resolved and estimated
    QStringList warnings;   // unknown keys of the file, preset figures kept; one line each
    QString saveConfigPath; // --save-config: where to write the configuration
    std::optional<ui::ExportRequest> exportRequest; // --export or --export-png was given
    QString exportFlag;                             // which of them, for messages
    bool help = false;
    bool version = false;
};

struct ParseResult
{
    std::optional<Request> request; // empty on error
    QString error;                  // one line naming the flag and what it allows
};

// Parses the whole command line (program name first). Pure: prints nothing.
[[nodiscard]] ParseResult parse(const QStringList &arguments);

// The help text, as --help prints it.
[[nodiscard]] QString helpText();

// Draws an export request (ui::exportCharts in the executable); false with *error on failure. The
// command line itself never needs Qt Widgets.
using Exporter = std::function<bool(const ui::ExportRequest &, QString *error)>;

// Runs a Text or Export command line: prints to stdout or stderr, returns the exit code
// (0 success, 1 export or save failed, 2 bad flags or values).
int run(const QStringList &arguments, const Exporter &exporter = {});

} // namespace ts::cli
