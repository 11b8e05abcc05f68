// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memorysize.h"
#include "pins.h"
#include "scenario.h"
#include "sweep.h"

#include <QSize>
#include <QString>

#include <optional>

namespace ts::ui {

// Map and MapTime: the b × c fit map coloured by peak memory or by training time.
enum class ChartChoice { Memory, Time, Both, Map, MapTime };

[[nodiscard]] inline bool isFitMap(ChartChoice c)
{
    return c == ChartChoice::Map || c == ChartChoice::MapTime;
}

enum class ExportFormat { Png, Svg, Pdf };

// The largest export, in pixels after scaling: 7680 × 4320 (8K). Rendering holds about 8 bytes
// per pixel (the image and a chart's pixmap), so an export stays near 270 MB at most.
inline constexpr qint64 kMaxExportPixels = qint64(7680) * 4320;

// What one export draws: the command line fills it without any widget, the window from its
// current state; ui/chartexport.h renders it.
struct ExportRequest
{
    Scenario scenario;
    SweepAxis axis = SweepAxis::Batch;
    ChartChoice chart = ChartChoice::Memory;
    QSize size { 1600, 900 }; // pixels of the whole image before scaling
    qreal scale = 1.0;        // 2.0 renders at twice the pixels, for slides
    QString path;
    MemoryUnit unit = MemoryUnit::GiB; // unit of the memory chart's y-axis
    QString caption; // the configuration it shows, under the charts (exportnaming.h)
    ExportFormat format = ExportFormat::Png;
    std::vector<PinnedEstimate> ghosts; // pinned configurations drawn as thin lines
};

} // namespace ts::ui
