// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoom.h"

#include <QApplication>
#include <QEvent>
#include <QSet>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace ts::ui::zoom {

namespace {

// The platform's default size, taken before any zoom changes the application font.
double basePointSize()
{
    static const double base = [] {
        const double size = QApplication::font().pointSizeF();
        return size > 0 ? size : 9.0;
    }();
    return base;
}

// A widget's font as a ratio of the application font; every one alive is applied again when the
// zoom changes (a widget with a font of its own does not follow the application font).
class RelativeFont : public QObject
{
public:
    RelativeFont(QWidget *widget, double ratio, bool bold)
        : QObject(widget)
        , m_widget(widget)
        , m_ratio(ratio)
        , m_bold(bold)
    {
        apply();
        all().insert(this);
    }
    ~RelativeFont() override { all().remove(this); }

    static QSet<RelativeFont *> &all()
    {
        static QSet<RelativeFont *> fonts;
        return fonts;
    }

    void apply()
    {
        QFont f = QApplication::font(m_widget);
        f.setBold(m_bold);
        f.setPointSizeF(f.pointSizeF() * m_ratio);
        m_widget->setFont(f);
    }

    QWidget *m_widget;
    double m_ratio;
    bool m_bold;
};

} // namespace

int percent()
{
    return int(std::lround(100 * QApplication::font().pointSizeF() / basePointSize()));
}

void setPercent(int percent)
{
    const double base = basePointSize();
    QFont f = QApplication::font();
    f.setPointSizeF(base * std::clamp(percent, kMinPercent, kMaxPercent) / 100.0);
    if (f.pointSizeF() == QApplication::font().pointSizeF())
        return;
    QApplication::setFont(f);
    // Qt delivers the change to the widgets as posted events: deliver them now, so that every
    // font has followed when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationFontChange);
    for (RelativeFont *relative : RelativeFont::all())
        relative->apply();
}

void setRelativeFont(QWidget *widget, double ratio, bool bold)
{
    new RelativeFont(widget, ratio, bold);
}

} // namespace ts::ui::zoom
