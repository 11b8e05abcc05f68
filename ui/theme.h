// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QWidget;

// Light and dark: the window's palette, and the few coloured texts that must stay readable on
// either (warnings, the fit margin). Chart colours follow through ChartPanel::setDark.
namespace ts::ui::theme {

enum class Theme {
    System, // the palette the platform gave at start
    Light,  // Fusion's light palette
    Dark,   // a dark Fusion palette
};

// Sets the application's palette and re-colours every text set with setInk.
void apply(Theme theme);
[[nodiscard]] Theme current();
// Whether the palette in use is dark (its window colour is).
[[nodiscard]] bool isDark();

// Coloured text that keeps its contrast on the palette in use.
enum class Ink {
    Warning,    // problems and stale figures
    Fits,       // the margin when it fits
    DoesNotFit, // the margin when it does not
};
[[nodiscard]] QColor ink(Ink which);
// Draws a widget's text in the ink, bold if asked, now and after every theme change.
void setInk(QWidget *widget, Ink which, bool bold);
// Removes what setInk set (the text goes back to the palette's).
void clearInk(QWidget *widget);

// The contrast ratio of two colours, 1 to 21 (WCAG 2): 4.5 for text, 3 for large text.
[[nodiscard]] double contrast(const QColor &a, const QColor &b);

} // namespace ts::ui::theme
