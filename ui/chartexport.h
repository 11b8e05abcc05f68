// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memorysize.h"
#include "scenario.h"
#include "sweep.h"

#include <QSize>
#include <QString>

namespace ts::ui {

enum class ChartChoice { Memory, Time, Both };

struct ExportRequest
{
    Scenario scenario;
    SweepAxis axis = SweepAxis::Batch;
    ChartChoice chart = ChartChoice::Memory;
    QSize size { 1600, 900 }; // pixels of the whole image before scaling
    qreal scale = 1.0;        // 2.0 renders at twice the pixels, for slides
    QString path;
    MemoryUnit unit = MemoryUnit::GiB; // unit of the memory chart's y-axis
};

// Renders the requested charts for the scenario and writes them atomically as PNG.
// Returns false with a message in *error when the file cannot be written.
bool exportPng(const ExportRequest &request, QString *error);

} // namespace ts::ui
