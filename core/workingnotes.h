// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <cstdint>
#include <string>

// What the working says about the architecture (core/working.cpp's notes), apart from the steps.
namespace ts::workingnotes {

// The lecture's block: SwiGLU with d_ff = 4d, one K/V head per head, RMSNorm, no biases, no
// learned positions, sequential, no dropout.
[[nodiscard]] bool lectureBlock(const ModelShape &m);

// A pattern's %1 replaced by a number, as the window fills the same (translated) pattern.
[[nodiscard]] std::string filled(const char *pattern, std::int64_t value);

// How the architecture differs from the lecture's block, for the notes; parameters: only what
// changes the parameter count. The window translates the parts one by one
// (ui/workingpanel.cpp), so the shape "Beyond the slide: a; b." stays.
[[nodiscard]] std::string architectureNote(const ModelShape &m, bool parameters);

} // namespace ts::workingnotes
