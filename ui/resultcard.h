// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QFrame;
class QLabel;
class QVBoxLayout;
class QWidget;

// The pieces the result cards are made of (ResultsPanel, FitCard).
namespace ts::ui::resultcard {

// A titled frame. Not a QGroupBox: with the Fusion style its frame costs about a millisecond to
// repaint, and the results repaint on every slider step.
QFrame *make(const QString &title, QWidget *parent);
QVBoxLayout *layoutOf(QFrame *card);

// A plain-text caption with a colour square in front: rich text would be re-laid out on every
// repaint, and the panel repaints on every slider step. Returns the text's label; with a
// swatch, its parent holds the square and the text.
QLabel *caption(const QString &text, const QColor &swatch, bool indent, QWidget *parent);

void setBold(QLabel *label, int pointSizeDelta);
void retainSizeWhenHidden(QWidget *w);

} // namespace ts::ui::resultcard
