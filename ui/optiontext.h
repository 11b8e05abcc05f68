// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace ts::ui {

// The window's names for the training options and the peak kinds, and what each choice means
// with its source (docs/formulas.md, section 8), for combo items and their tooltips.
class OptionText
{
    Q_DECLARE_TR_FUNCTIONS(ts::ui::OptionText)

public:
    // Short names, as the command line spells them where it can: "fp32", "bf16-mixed".
    [[nodiscard]] static QString precision(Precision p);
    [[nodiscard]] static QString optimizer(Optimizer o);
    [[nodiscard]] static QString checkpointing(Checkpointing c);
    [[nodiscard]] static QString ffn(FfnKind f);
    [[nodiscard]] static QString zeroStage(int stage);
    // core's peak kinds ("FP32", "BF16 tensor", "as given") in the window's words.
    [[nodiscard]] static QString peakKind(const std::string &kind);

    // One or two sentences on what a choice stores and computes, and where that comes from.
    [[nodiscard]] static QString precisionHelp(Precision p);
    [[nodiscard]] static QString optimizerHelp(Optimizer o);
    [[nodiscard]] static QString checkpointingHelp(Checkpointing c);
    [[nodiscard]] static QString ffnHelp(FfnKind f);
    [[nodiscard]] static QString zeroStageHelp(int stage);
};

} // namespace ts::ui
