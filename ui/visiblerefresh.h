// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace ts::ui {

// Redraws a view only while it is shown: sweeping, mapping or searching for a tab nobody sees
// would slow every slider step, so a request while hidden waits, and the view catches up once
// when it is next shown. The charts, the fit map, the parallelism view and its best layouts
// each own one.
class VisibleRefresh : public QObject
{
public:
    VisibleRefresh(QWidget *view, std::function<void()> draw);

    // Draws now if the view is visible, else when it is next shown.
    void request();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_draw;
    bool m_stale = true; // a request came while the view was hidden
};

} // namespace ts::ui
