// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"

namespace ts {

// FLOPs of one micro-batch on the slowest stage's GPU group, before dividing by t·cp: the last
// stage's L/p blocks and the LM head (whose forward is not recomputed and whose backward is
// twice its forward). With p = 1 the whole model.
struct StageFlops
{
    double forward = 0;
    double forwardAndBackward = 0;
    double recompute = 0;
};

[[nodiscard]] StageFlops slowestStage(const FlopsBreakdown &f, std::int64_t p);

// The training time of a validated scenario (lecture part 4, docs/formulas.md §8.10): each GPU
// runs m micro-batches of its stage per optimizer step, then its update; the pipeline adds its
// bubble and the parallel groups their communication that nothing hides. With t = p = cp = 1
// and the gradient reduction hidden behind backward this is the lecture's
// steps·F_step / (GPUs·peak·MFU).
[[nodiscard]] TrainingTime trainingOf(const Scenario &s, const FlopsBreakdown &f,
                                      const PipelineMemory &stages);

} // namespace ts
