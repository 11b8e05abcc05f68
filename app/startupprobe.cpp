// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace ts::cli {

namespace {

long residentKilobytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields[1].toLong() * (sysconf(_SC_PAGESIZE) / 1024);
}

} // namespace

void StartupProbe::installIfRequested(QObject *window)
{
    if (qEnvironmentVariable("TRAINSCOPE_STARTUP_PROBE") != QLatin1String("1"))
        return;
    window->installEventFilter(new StartupProbe(window));
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // The children paint in the same pass; a zero timer runs once the frame is done.
        QTimer::singleShot(0, this, [] {
            std::printf("startup-probe painted rss_kb=%ld\n", residentKilobytes());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ts::cli
