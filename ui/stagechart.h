// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"
#include "estimate.h"
#include "format.h"

#include <qcustomplot.h>

#include <vector>

namespace ts::ui {

// The memory of every pipeline stage's GPU (docs/formulas.md §8.10): weights, gradients and
// optimizer states stacked under the activations, the GPU's memory as a line, the peak stage
// named. One bar without a pipeline.
class StageChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit StageChart(QWidget *parent = nullptr);

    void showStages(const std::vector<StageMemory> &stages, std::int64_t peakStage,
                    std::int64_t gpuBytes, MemoryUnit unit);
    void setDark(bool dark);
    void setTextZoom(double zoom);

private:
    QCPBars *m_static;
    QCPBars *m_activations;
    QCPItemStraightLine *m_gpu;
    QCPItemText *m_peak;
    chartstyle::Ink m_ink;
};

} // namespace ts::ui
