// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportrequest.h"

#include <QImage>
#include <QString>

#include <optional>

namespace ts::ui {

// Renders the requested charts for the scenario, with the request's caption under them, and
// writes them atomically in the request's format. Text and lines grow with the
// picture, so that a 1920×1080 slide is read from the back of a room. Returns false with a
// message in *error when the request is invalid or the file cannot be written.
bool exportCharts(const ExportRequest &request, QString *error);

// How much larger than in the window an export draws text and lines: 1 up to 600 pixels high
// (before the 2× factor), then in proportion to the height, at most 4: at 1080 pixels, 1.8.
[[nodiscard]] double exportTextScale(QSize size);

// The same picture as pixels (for the clipboard); a null image with *error on failure.
[[nodiscard]] QImage renderCharts(const ExportRequest &request, QString *error);

} // namespace ts::ui
