// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// trainscope-bench: prints TrainScope's speed and memory figures (README, "Performance").
#include "benchstats.h"
#include "guibench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace ts::bench;

int main(int argc, char *argv[])
{
    // Offscreen, so the figures do not depend on a display server and CI can run it.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trainscope-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures TrainScope's speed and memory."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print one JSON object.") });
    parser.addOption({ QStringLiteral("quick"),
                       QStringLiteral("A few iterations only, to check the benchmark runs.") });
    parser.addOption({ QStringLiteral("only"),
                       QStringLiteral("Measure one figure only (for profiling under callgrind): "
                                      "estimates, parallel, sweep, replot, pins, explain, search, "
                                      "layouts-replot, "
                                      "map, map-replot, "
                                      "startup or "
                                      "export."),
                       QStringLiteral("NAME") });
    parser.process(app);
    Options o;
    o.quick = parser.isSet(QStringLiteral("quick"));
    const QString only = parser.value(QStringLiteral("only"));
    auto wanted
            = [&only](const char *name) { return only.isEmpty() || only == QLatin1String(name); };

    const double eps = wanted("estimates") ? estimatesPerSecond(o) : 0;
    const double parallelEps = wanted("parallel") ? parallelEstimatesPerSecond(o) : 0;
    const double sweepUs = wanted("sweep") ? sweep1024Microseconds(o) : 0;
    const ReplotLatency replot = wanted("replot") ? sliderToReplot(o) : ReplotLatency {};
    const ReplotLatency pinned = wanted("pins") ? sliderToReplot(o, 4) : ReplotLatency {};
    const double explainMs = wanted("explain") ? explainProcessMilliseconds(o) : 0;
    const double searchMs = wanted("search") ? searchProcessMilliseconds(o) : 0;
    const ReplotLatency layouts
            = wanted("layouts-replot") ? sliderToBestLayouts(o) : ReplotLatency {};
    const MapRecompute map = wanted("map") ? fitMapRecompute(o) : MapRecompute {};
    const ReplotLatency mapReplot
            = wanted("map-replot") ? sliderToReplot(o, 0, true) : ReplotLatency {};
    const Startup start = wanted("startup") ? startup(o) : Startup {};
    const double exportMs = wanted("export") ? exportPngMilliseconds(o) : 0;

    const QJsonObject result {
        { "estimates_per_second", eps },
        { "parallel_layout_estimates_per_second", parallelEps },
        { "search_process_ms", searchMs },
        { "slider_to_best_layouts_ms",
          QJsonObject { { "p50", layouts.p50Ms },
                        { "p99", layouts.p99Ms },
                        { "samples", layouts.samples },
                        { "timeouts", layouts.timeouts } } },
        { "sweep_1024_points_us", sweepUs },
        { "slider_to_replot_ms",
          QJsonObject { { "p50", replot.p50Ms },
                        { "p99", replot.p99Ms },
                        { "samples", replot.samples },
                        { "timeouts", replot.timeouts } } },
        { "slider_to_replot_4_pins_ms",
          QJsonObject { { "p50", pinned.p50Ms },
                        { "p99", pinned.p99Ms },
                        { "samples", pinned.samples },
                        { "timeouts", pinned.timeouts } } },
        { "explain_process_ms", explainMs },
        { "fit_map_256x256_recompute_ms",
          QJsonObject { { "p50", map.p50Ms }, { "p99", map.p99Ms }, { "samples", map.samples } } },
        { "slider_to_replot_fit_map_ms",
          QJsonObject { { "p50", mapReplot.p50Ms },
                        { "p99", mapReplot.p99Ms },
                        { "samples", mapReplot.samples },
                        { "timeouts", mapReplot.timeouts } } },
        { "startup_ms", start.startupMs },
        { "rss_mb", start.rssMb },
        { "export_png_1920x1080_ms", exportMs },
        { "quick", o.quick },
    };
    if (parser.isSet(QStringLiteral("json"))) {
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    } else {
        std::printf("%-28s %14s %12s\n", "figure", "value", "target");
        std::printf("%-28s %14.0f %12s\n", "estimates per second", eps, ">= 1e6");
        std::printf("%-28s %14.0f %12s\n", "... with a 3-D layout", parallelEps, ">= 1e6");
        std::printf("%-28s %14.1f %12s\n", "1024-point sweep (us)", sweepUs, "");
        std::printf("%-28s %14.2f %12s\n", "slider to replot p50 (ms)", replot.p50Ms, "");
        std::printf("%-28s %14.2f %12s\n", "slider to replot p99 (ms)", replot.p99Ms, "<= 4");
        std::printf("%-28s %14.2f %12s\n", "... with 4 pins p99 (ms)", pinned.p99Ms, "<= 5");
        std::printf("%-28s %14.1f %12s\n", "--explain process (ms)", explainMs, "<= 20");
        std::printf("%-28s %14.1f %12s\n", "--search 4096 GPUs (ms)", searchMs, "<= 100");
        std::printf("%-28s %14.2f %12s\n", "slider to layouts p50 (ms)", layouts.p50Ms, "");
        std::printf("%-28s %14.2f %12s\n", "slider to layouts p99 (ms)", layouts.p99Ms, "<= 16");
        std::printf("%-28s %14.2f %12s\n", "fit map 256x256 p50 (ms)", map.p50Ms, "");
        std::printf("%-28s %14.2f %12s\n", "fit map 256x256 p99 (ms)", map.p99Ms, "<= 4");
        std::printf("%-28s %14.2f %12s\n", "slider to map p50 (ms)", mapReplot.p50Ms, "");
        std::printf("%-28s %14.2f %12s\n", "slider to map p99 (ms)", mapReplot.p99Ms, "<= 8");
        std::printf("%-28s %14.0f %12s\n", "start-up (ms)", start.startupMs, "<= 500");
        std::printf("%-28s %14.1f %12s\n", "resident memory (MB)", start.rssMb, "<= 150");
        std::printf("%-28s %14.1f %12s\n", "export 1920x1080 PNG (ms)", exportMs, "<= 100");
    }
    // Every figure must have been measured; a missing one fails the run (and the quick test).
    if (!only.isEmpty())
        return 0;
    const bool complete = eps > 0 && parallelEps > 0 && searchMs > 0 && layouts.samples > 0
            && sweepUs > 0 && replot.samples > 0 && replot.timeouts == 0 && pinned.samples > 0
            && pinned.timeouts == 0 && explainMs > 0 && map.samples > 0 && mapReplot.samples > 0
            && mapReplot.timeouts == 0 && start.startupMs > 0 && start.rssMb > 0 && exportMs > 0;
    if (!complete)
        std::fprintf(stderr, "trainscope-bench: some figures could not be measured\n");
    return complete ? 0 : 1;
}
