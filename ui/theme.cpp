// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "palette.h"

#include <QApplication>
#include <QHash>
#include <QPalette>
#include <QPointer>
#include <QStyle>
#include <QWidget>

#include <cmath>

namespace ts::ui::theme {

namespace {

Theme &currentTheme()
{
    static Theme theme = Theme::System;
    return theme;
}

// The platform's palette, taken before any theme replaces it.
const QPalette &systemPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

QPalette darkPalette()
{
    const QColor window(0x2B, 0x2B, 0x2B), base(0x1E, 0x1E, 0x1E), text(0xE8, 0xE8, 0xE8);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette p(window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x8F, 0xD1));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3C, 0x3C, 0x3C));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Link, QColor(0x7F, 0xB8, 0xFF));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x1A, 0x1A, 0x1A));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

struct Inked
{
    Ink ink;
    bool bold;
};

QHash<QWidget *, Inked> &inked()
{
    static QHash<QWidget *, Inked> widgets;
    return widgets;
}

void paint(QWidget *w, const Inked &i)
{
    w->setStyleSheet(QStringLiteral("color: %1;%2")
                             .arg(ink(i.ink).name(),
                                  i.bold ? QStringLiteral(" font-weight: bold;") : QString()));
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

} // namespace

void apply(Theme theme)
{
    systemPalette(); // taken before the first change
    currentTheme() = theme;
    switch (theme) {
    case Theme::System: QApplication::setPalette(systemPalette()); break;
    case Theme::Light: QApplication::setPalette(QApplication::style()->standardPalette()); break;
    case Theme::Dark: QApplication::setPalette(darkPalette()); break;
    }
    for (auto it = inked().begin(); it != inked().end(); ++it)
        paint(it.key(), it.value());
}

Theme current()
{
    return currentTheme();
}

bool isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor ink(Ink which)
{
    // The palette's colours on light; lighter ones that keep 4.5:1 on the dark window.
    const bool dark = isDark();
    switch (which) {
    case Ink::Warning: return dark ? QColor(0xFF, 0x8A, 0x80) : palette::warning();
    case Ink::Fits: return dark ? QColor(0x6F, 0xD6, 0x8C) : palette::fits();
    case Ink::DoesNotFit: return dark ? QColor(0xFF, 0x8A, 0x80) : palette::doesNotFit();
    }
    return palette::warning();
}

void setInk(QWidget *widget, Ink which, bool bold)
{
    if (!inked().contains(widget))
        QObject::connect(widget, &QObject::destroyed, [widget] { inked().remove(widget); });
    inked()[widget] = { which, bold };
    paint(widget, inked()[widget]);
}

void clearInk(QWidget *widget)
{
    if (inked().remove(widget) > 0)
        widget->setStyleSheet(QString());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ts::ui::theme
