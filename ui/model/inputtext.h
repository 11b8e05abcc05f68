// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputs.h"
#include "presets.h"

#include <QCoreApplication>
#include <QString>

namespace ts::ui {

// The window's words for the inputs, translated: the sentences and choice names of the input
// table (core/inputs.cpp, context "ts::Inputs"), and the peak kinds.
class InputText
{
    Q_DECLARE_TR_FUNCTIONS(ts::ui::InputText)

public:
    // The input's sentence, with what 0 stands for where it does.
    [[nodiscard]] static QString help(Field field);
    // A choice's short name ("bf16-mixed", "SGD with momentum", "1: optimizer states").
    [[nodiscard]] static QString name(Field field, std::int64_t value);
    // What a choice stores and computes, with its source.
    [[nodiscard]] static QString choiceHelp(Field field, std::int64_t value);
    [[nodiscard]] static QString name(Precision p) { return name(Field::Precision, int(p)); }
    [[nodiscard]] static QString name(Optimizer o) { return name(Field::Optimizer, int(o)); }
    // A preset's name as the window shows it: the lecture's GPU translated (context
    // "ts::Presets", marked in core/presets.cpp), the presets' own names as their files give them.
    [[nodiscard]] static QString presetName(const std::string &name)
    {
        return QCoreApplication::translate("ts::Presets", name.c_str());
    }
    // "FP32", "BF16 tensor", "as given".
    [[nodiscard]] static QString peakKind(PeakKind kind);
};

} // namespace ts::ui
