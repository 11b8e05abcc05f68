// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

// The size of every text of the window, as a factor of the platform's default font: Ctrl+= and
// Ctrl+− in the window, and the presentation mode's larger text for a lecture room.
namespace ts::ui::zoom {

inline constexpr int kMinPercent = 70;
inline constexpr int kMaxPercent = 300;
inline constexpr int kStepPercent = 10;

// 100 at the platform's default font size.
[[nodiscard]] int percent();
// Sets the application font to the default size × percent / 100 (clamped to the bounds above);
// every widget without a font of its own follows at once.
void setPercent(int percent);

// Keeps a label's font `ratio` times the application font (bold if asked), also after the
// application font changes: for the few texts drawn larger or smaller than the rest.
void setRelativeFont(QWidget *widget, double ratio, bool bold);

} // namespace ts::ui::zoom
