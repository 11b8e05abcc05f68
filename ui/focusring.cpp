// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "focusring.h"

#include <QWidget>

namespace ts::ui {

void giveFocusRing(QWidget *widget)
{
    // Box properties only: the style still draws the groove, handle and indicator.
    const QString type = QString::fromLatin1(widget->metaObject()->className());
    widget->setStyleSheet(QStringLiteral("%1 { border: 2px solid transparent; border-radius: 3px; }"
                                         "%1:focus { border: 2px solid palette(highlight); }")
                                  .arg(type));
}

} // namespace ts::ui
