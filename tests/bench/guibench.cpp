// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guibench.h"

#include "bestlayouts.h"
#include "bestlayoutspanel.h"
#include "chartexport.h"
#include "estimate.h"
#include "fitmapsampler.h"
#include "layoutpanel.h"
#include "mainwindow.h"
#include "scenariocontroller.h"

#include <QAbstractEventDispatcher>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <qcustomplot.h>

namespace ts::bench {

namespace {

// Runs the event loop until nothing is pending: queued replots, timers due now, posted paint
// requests. That is the moment every visible chart shows the new value. False on timeout.
bool drainEvents()
{
    QElapsedTimer guard;
    guard.start();
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    for (;;) {
        QCoreApplication::sendPostedEvents();
        if (!dispatcher->processEvents(QEventLoop::AllEvents))
            return true;
        if (guard.elapsed() > 250)
            return false;
    }
}

// The samples' median and 99th percentile. Out of line: GCC 12 mistakes the inlined copies
// quantile() makes for a free of a non-heap pointer (-Wfree-nonheap-object).
[[gnu::noinline]] ReplotLatency latencyOf(const std::vector<double> &samples, int timeouts)
{
    ReplotLatency out;
    out.samples = int(samples.size());
    out.timeouts = timeouts;
    out.p50Ms = quantile(samples, 0.50);
    out.p99Ms = quantile(samples, 0.99);
    return out;
}

} // namespace

ReplotLatency sliderToReplot(const Options &o, int pins, bool fitMapTab)
{
    ui::MainWindow window { Scenario {} };
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    ui::ScenarioController *controller = window.controller();
    for (int i = 0; i < pins; ++i) {
        controller->set(Field::Checkpointing, std::int64_t(i < 3 ? i : 0));
        controller->set(Field::FlashAttention, i == 3);
        controller->pinCurrent();
    }
    controller->set(Field::Checkpointing, std::int64_t(Checkpointing::None));
    controller->set(Field::FlashAttention, false);
    if (fitMapTab) {
        auto *action = window.findChild<QAction *>(QStringLiteral("fitMapAction"));
        if (!action)
            return {};
        action->trigger();
    }
    // A lecture moves every slider, not only the one on the chart's x-axis: moving b only
    // slides the markers, while d, L, v, c and MFU redraw every curve.
    QList<QSlider *> sliders;
    for (const char *name : { "batchSlider", "seqLenSlider", "dModelSlider", "layersSlider",
                              "vocabSlider", "mfuSlider" }) {
        if (auto *slider = window.findChild<QSlider *>(QLatin1String(name)))
            sliders << slider;
    }
    if (sliders.size() != 6)
        return {};
    QTest::qWait(50);
    drainEvents();

    const int changesPerSlider = o.quick ? 4 : 100;
    ReplotLatency out;
    std::vector<double> samples;
    samples.reserve(std::size_t(changesPerSlider * sliders.size()));
    for (QSlider *slider : sliders) {
        const int start = slider->value();
        const std::size_t first = samples.size();
        const int lo = slider->minimum(), hi = slider->maximum(), span = hi - lo;
        for (int i = 0; i < changesPerSlider; ++i) {
            // Walk from the current value up and down the whole range, one step at a time, as
            // a drag does.
            const int phase = (start - lo + i + 1) % (2 * span);
            const int target = lo + (phase <= span ? phase : 2 * span - phase);
            if (target == slider->value())
                continue;
            QElapsedTimer timer;
            timer.start();
            slider->setValue(target);
            if (!drainEvents())
                ++out.timeouts;
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        slider->setValue(start);
        drainEvents();
        if (qEnvironmentVariableIsSet("TRAINSCOPE_BENCH_VERBOSE")) {
            const std::vector<double> mine(samples.begin() + std::ptrdiff_t(first), samples.end());
            std::fprintf(stderr, "%-14s p50 %.2f ms  p99 %.2f ms\n",
                         qPrintable(slider->objectName()), quantile(mine, 0.5),
                         quantile(mine, 0.99));
        }
    }
    out.samples = int(samples.size());
    out.p50Ms = quantile(samples, 0.50);
    out.p99Ms = quantile(samples, 0.99);
    return out;
}

ReplotLatency sliderToBestLayouts(const Options &o)
{
    // LLaMA-2-70B's shape on 64 H100s in nodes of 8 (about 5·10⁴ layouts per search), the
    // Parallelism tab in view.
    Scenario s;
    s.model = { 1, 4096, 8192, 80, 64, 32000 };
    s.model.kvHeads = 8;
    s.model.dFf = 28672;
    s.options.precision = Precision::Bf16Mixed;
    s.options.tensorParallel = 8;
    s.options.sequenceParallel = true;
    s.options.pipelineParallel = 4;
    s.options.gradAccum = 16;
    s.hardware.gpus = 64;
    s.hardware.gpusPerNode = 8;
    s.hardware.gpuMemoryBytes = std::int64_t(80) << 30;
    s.hardware.peakFlopsPerGpu = 989.4e12;
    s.hardware.gpuLinkBytesPerSecond = 450e9;
    ui::MainWindow window { s };
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    auto *action = window.findChild<QAction *>(QStringLiteral("parallelismAction"));
    if (!action)
        return {};
    action->trigger();
    ui::BestLayouts *table = window.layoutPanel()->bestLayouts()->model();
    table->waitForIdle();
    drainEvents();
    QList<QSlider *> sliders;
    for (const char *name : { "batchSlider", "seqLenSlider", "layersSlider", "mfuSlider" }) {
        if (auto *slider = window.findChild<QSlider *>(QLatin1String(name)))
            sliders << slider;
    }
    if (sliders.size() != 4)
        return {};
    const int changesPerSlider = o.quick ? 3 : 40;
    ReplotLatency out;
    std::vector<double> samples;
    samples.reserve(std::size_t(changesPerSlider * sliders.size()));
    for (QSlider *slider : sliders) {
        const int start = slider->value();
        for (int i = 1; i <= changesPerSlider; ++i) {
            // Small steps about the start, as a drag near the model's own value does.
            const int target = std::clamp(start + (i % 2 == 0 ? i / 2 : -(i / 2 + 1)),
                                          slider->minimum(), slider->maximum());
            if (target == slider->value())
                continue;
            QElapsedTimer timer;
            timer.start();
            slider->setValue(target);
            // Until the table holds this scenario's layouts and the window is idle again.
            table->waitForIdle();
            if (!drainEvents())
                ++out.timeouts;
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        slider->setValue(start);
        table->waitForIdle();
        drainEvents();
    }
    return latencyOf(samples, out.timeouts);
}

double explainProcessMilliseconds(const Options &o)
{
    const int runs = o.quick ? 1 : 15;
    std::vector<double> samples;
    for (int r = 0; r < runs; ++r) {
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(TRAINSCOPE_BINARY), { QStringLiteral("--explain") });
        if (!p.waitForFinished(10000) || p.exitCode() != 0)
            return -1;
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return quantile(samples, 0.5);
}

double searchProcessMilliseconds(const Options &o)
{
    // LLaMA-2-70B on 4096 H100s, a global batch of 4096 sequences: about 7·10⁵ candidates.
    const QStringList args { QStringLiteral("--search"),        QStringLiteral("--json"),
                             QStringLiteral("--model"),         QStringLiteral("llama2-70b"),
                             QStringLiteral("--gpu"),           QStringLiteral("h100-sxm"),
                             QStringLiteral("--precision"),     QStringLiteral("bf16-mixed"),
                             QStringLiteral("--gpus"),          QStringLiteral("4096"),
                             QStringLiteral("--gpus-per-node"), QStringLiteral("8"),
                             QStringLiteral("--seq-len"),       QStringLiteral("4096"),
                             QStringLiteral("--global-batch"),  QStringLiteral("4096") };
    const int runs = o.quick ? 1 : 15;
    std::vector<double> samples;
    for (int r = 0; r < runs; ++r) {
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(TRAINSCOPE_BINARY), args);
        if (!p.waitForFinished(10000) || p.exitCode() != 0)
            return -1;
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return quantile(samples, 0.5);
}

MapRecompute fitMapRecompute(const Options &o)
{
    const int runs = o.quick ? 10 : 1000;
    ui::FitMapSampler sampler;
    Scenario s;
    std::vector<double> samples;
    samples.reserve(std::size_t(runs));
    std::int64_t sink = 0;
    for (int r = 0; r < runs; ++r) {
        // Each run a different model, as a slider's drag gives, and its own estimate.
        s.model.layers = 1 + (r % 48);
        s.model.dModel = 256 << (r % 4);
        s.model.seqLen = 64 << (r % 6);
        const Estimate e = estimate(s);
        QElapsedTimer timer;
        timer.start();
        const ui::FitMapFrame &frame = sampler.sample(s, e, MemoryUnit::GiB);
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        sink += frame.grid.peakBytes.back() + std::int64_t(frame.grid.affineRows);
    }
    if (sink == 42) // keeps the work observable
        return {};
    return { quantile(samples, 0.5), quantile(samples, 0.99), int(samples.size()) };
}

Startup startup(const Options &o)
{
    const int runs = o.quick ? 1 : 7;
    std::vector<double> times, rss;
    for (int r = 0; r < runs; ++r) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TRAINSCOPE_STARTUP_PROBE"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(TRAINSCOPE_BINARY), {});
        QByteArray line;
        while (!line.contains('\n') && p.waitForReadyRead(10000))
            line += p.readAllStandardOutput();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        p.waitForFinished(10000);
        const int at = line.indexOf("rss_kb=");
        if (at < 0)
            continue;
        times.push_back(ms);
        rss.push_back(line.mid(at + 7).trimmed().toDouble() / 1024.0);
    }
    return { quantile(times, 0.5), quantile(rss, 0.5) };
}

double exportPngMilliseconds(const Options &o)
{
    QTemporaryDir dir;
    ui::ExportRequest request;
    request.chart = ui::ChartChoice::Memory;
    request.size = QSize(1920, 1080);
    request.path = dir.filePath(QStringLiteral("bench.png"));
    const int runs = o.quick ? 2 : 15;
    std::vector<double> samples;
    for (int r = 0; r < runs; ++r) {
        request.scenario.model.batch = 4 + r; // a different chart each time
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!ui::exportCharts(request, &error))
            return -1;
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return quantile(samples, 0.5);
}

} // namespace ts::bench
