// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stablelabel.h"

namespace ts::ui {

StableLabel::StableLabel(int lines, int width, QWidget *parent)
    : QLabel(parent)
    , m_lines(lines)
    , m_width(width)
{
    setWordWrap(lines > 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize StableLabel::sizeHint() const
{
    // Font metrics only, no text layout: cheap, and still right after a font change.
    return { m_width, fontMetrics().lineSpacing() * m_lines + 2 };
}

} // namespace ts::ui
