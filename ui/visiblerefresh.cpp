// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "visiblerefresh.h"

#include <QEvent>
#include <QWidget>

namespace ts::ui {

VisibleRefresh::VisibleRefresh(QWidget *view, std::function<void()> draw)
    : QObject(view)
    , m_view(view)
    , m_draw(std::move(draw))
{
    view->installEventFilter(this);
}

void VisibleRefresh::request()
{
    if (!m_view->isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_draw();
}

bool VisibleRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale)
        request();
    return QObject::eventFilter(watched, event);
}

} // namespace ts::ui
