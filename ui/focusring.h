// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace ts::ui {

// A focus ring that a projector shows: a 2-pixel ring in the highlight colour around a slider or
// check box while it has the keyboard focus (the style's own is a faint 1-pixel outline), and a
// transparent one of the same width otherwise, so that nothing moves as focus comes and goes.
void giveFocusRing(QWidget *widget);

} // namespace ts::ui
