// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputtext.h"

namespace ts::ui {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ts::Inputs", text);
}

const InputChoice *choiceOf(Field field, std::int64_t value)
{
    const InputSpec &spec = input(field);
    const std::int64_t index = spec.kind == InputKind::Choice ? value : value - spec.minWhole;
    if (index < 0 || index >= std::int64_t(spec.choices.size()))
        return nullptr;
    return &spec.choices[std::size_t(index)];
}

} // namespace

QString InputText::help(Field field)
{
    return translated(input(field).help);
}

QString InputText::name(Field field, std::int64_t value)
{
    const InputChoice *choice = choiceOf(field, value);
    return choice ? translated(choice->name) : QString::number(value);
}

QString InputText::choiceHelp(Field field, std::int64_t value)
{
    const InputChoice *choice = choiceOf(field, value);
    return choice ? translated(choice->help) : QString();
}

QString InputText::peakKind(PeakKind kind)
{
    switch (kind) {
    case PeakKind::Fp32: return tr("FP32");
    case PeakKind::Tf32Tensor: return tr("TF32 tensor");
    case PeakKind::Bf16Tensor: return tr("BF16 tensor");
    case PeakKind::Fp16Tensor: return tr("FP16 tensor");
    case PeakKind::Fp8Tensor: return tr("FP8 tensor");
    case PeakKind::AsGiven: return tr("as given");
    }
    return {};
}

} // namespace ts::ui
