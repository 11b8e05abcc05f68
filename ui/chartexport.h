// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportrequest.h"

#include <QString>

namespace ts::ui {

// Renders the requested charts for the scenario and writes them atomically as PNG.
// Returns false with a message in *error when the file cannot be written.
bool exportPng(const ExportRequest &request, QString *error);

} // namespace ts::ui
