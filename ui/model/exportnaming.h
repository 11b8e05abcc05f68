// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportrequest.h"
#include "presets.h"
#include "scenario.h"

#include <QString>

#include <optional>

// What makes an exported chart stand alone on a slide or in a report: a caption naming the
// configuration it shows, and a file name that says the same.
namespace ts::ui {

// One line (wrapped where it must): the model, b, c, d, L, h, v, the GPU and how many, MFU, the
// precision, every option that differs from the lecture's, and "TrainScope <version>".
[[nodiscard]] QString exportCaption(const Scenario &s, const PresetSelection &presets,
                                    const QString &version);

// The format a file name asks for by its extension (.png, .svg, .pdf, any case); empty for any
// other.
[[nodiscard]] std::optional<ExportFormat> exportFormatOf(const QString &path);

// "gpt2-medium_rtx-4090_bf16-mixed_memory.png": the model preset (or "custom"), the GPU preset
// (or "custom-gpu"), the precision and the chart, with the extension given ("png", "svg", "pdf").
[[nodiscard]] QString exportFileName(const Scenario &s, const PresetSelection &presets,
                                     ChartChoice chart, const QString &extension);

} // namespace ts::ui
