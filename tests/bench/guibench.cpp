// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guibench.h"

#include "chartexport.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

namespace ts::bench {

namespace {

// Pumps the event loop until every visible chart has replotted since the counters were taken.
bool waitForReplots(const QList<QCustomPlot *> &charts, const QVector<int> &before,
                    const QVector<int> &counts)
{
    QElapsedTimer guard;
    guard.start();
    for (;;) {
        bool all = true;
        for (int i = 0; i < charts.size(); ++i)
            all = all && (!charts[i]->isVisible() || counts[i] > before[i]);
        if (all)
            break;
        if (guard.elapsed() > 250)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    // The replot drew into the chart's buffer; flush the pending paint to the window too.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return true;
}

} // namespace

ReplotLatency sliderToReplot(const Options &o)
{
    ui::MainWindow window { Scenario {} };
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    auto *slider = window.findChild<QSlider *>(QStringLiteral("batchSlider"));
    const QList<QCustomPlot *> charts = { window.findChild<QCustomPlot *>(QStringLiteral("memoryChart")),
                                          window.findChild<QCustomPlot *>(QStringLiteral("timeChart")) };
    if (!slider || charts.contains(nullptr))
        return {};
    QVector<int> counts(charts.size(), 0);
    for (int i = 0; i < charts.size(); ++i)
        QObject::connect(charts[i], &QCustomPlot::afterReplot, charts[i], [&counts, i] { ++counts[i]; });
    QTest::qWait(50);

    const int changes = o.quick ? 20 : 600;
    const int lo = slider->minimum(), hi = slider->maximum(), span = hi - lo;
    ReplotLatency out;
    std::vector<double> samples;
    samples.reserve(std::size_t(changes));
    for (int i = 0; i < changes; ++i) {
        // Walk up and down the whole range, one slider step at a time, as a drag does.
        const int phase = (i + 1) % (2 * span);
        const int target = lo + (phase <= span ? phase : 2 * span - phase);
        if (target == slider->value())
            continue;
        const QVector<int> before = counts;
        QElapsedTimer timer;
        timer.start();
        slider->setValue(target);
        if (!waitForReplots(charts, before, counts))
            ++out.timeouts;
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    out.samples = int(samples.size());
    out.p50Ms = quantile(samples, 0.50);
    out.p99Ms = quantile(samples, 0.99);
    return out;
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
        if (!ui::exportPng(request, &error))
            return -1;
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return quantile(samples, 0.5);
}

} // namespace ts::bench
