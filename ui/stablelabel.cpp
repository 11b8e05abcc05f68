// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stablelabel.h"

#include <QResizeEvent>

#include <utility>

namespace ts::ui {

StableLabel::StableLabel(int lines, QString widthTemplate, QWidget *parent)
    : QLabel(parent)
    , m_lines(lines)
    , m_widthTemplate(std::move(widthTemplate))
{
    setWordWrap(lines > 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void StableLabel::setLines(int lines)
{
    if (lines == m_lines)
        return;
    m_lines = lines;
    setWordWrap(lines > 1);
    updateGeometry();
}

QSize StableLabel::sizeHint() const
{
    // Font metrics only, no text layout: cheap, and still right after a font change.
    return { fontMetrics().horizontalAdvance(m_widthTemplate),
             fontMetrics().lineSpacing() * m_lines + 2 };
}

ElidedLabel::ElidedLabel(QString widthTemplate, QWidget *parent)
    : StableLabel(1, std::move(widthTemplate), parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ElidedLabel::setFullText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setToolTip(text);
    elide();
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    StableLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const QString shown = fontMetrics().elidedText(m_text, Qt::ElideMiddle, contentsRect().width());
    if (shown != text())
        setText(shown);
}

} // namespace ts::ui
