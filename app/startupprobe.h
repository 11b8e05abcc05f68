// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace ts::cli {

// For the start-up benchmark: when TRAINSCOPE_STARTUP_PROBE=1, prints
// "startup-probe painted rss_kb=N" to stdout once the watched window has painted its first frame,
// then quits. Users never see it; `trainscope-bench` measures from process start to that line.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    // Installs the probe on window if the environment asks for it.
    static void installIfRequested(QObject *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    bool m_reported = false;
};

} // namespace ts::cli
