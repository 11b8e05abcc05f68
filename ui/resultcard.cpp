// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultcard.h"

#include "zoom.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace ts::ui::resultcard {

QFrame *make(const QString &title, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->setSpacing(4);
    auto *heading = new QLabel(title, frame);
    setBold(heading, 0);
    layout->addWidget(heading);
    return frame;
}

QVBoxLayout *layoutOf(QFrame *card)
{
    return static_cast<QVBoxLayout *>(card->layout());
}

QLabel *caption(const QString &text, const QColor &swatch, bool indent, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    const int side = label->fontMetrics().ascent();
    label->setIndent(indent ? side * 2 : 0);
    if (!swatch.isValid())
        return label;
    auto *row = new QLabel(parent);
    QPixmap square(side, side);
    square.fill(swatch);
    row->setPixmap(square);
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(indent ? side : 0, 0, 0, 0);
    layout->setSpacing(side / 2);
    layout->addWidget(row);
    label->setIndent(0);
    label->setParent(box);
    layout->addWidget(label, 1);
    box->setObjectName(QStringLiteral("caption"));
    return label;
}

void setBold(QLabel *label, int pointSizeDelta)
{
    // As a ratio of the application font, so that the label keeps its proportion under zoom.
    const double size = label->font().pointSizeF();
    zoom::setRelativeFont(label, size > 0 ? (size + pointSizeDelta) / size : 1.0, true);
}

void retainSizeWhenHidden(QWidget *w)
{
    QSizePolicy keep = w->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    w->setSizePolicy(keep);
}

} // namespace ts::ui::resultcard
