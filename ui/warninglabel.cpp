// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "warninglabel.h"

#include "optiontext.h"
#include "palette.h"

namespace ts::ui {

WarningLabel::WarningLabel(Field field, QWidget *parent)
    : WarningLabel(stem(field), parent)
{ }

WarningLabel::WarningLabel(const QString &stem, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(stem + QStringLiteral("Warning"));
    setWordWrap(true);
    // Once, at creation: a style sheet set on every update would repolish the panel.
    setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(palette::warning().name()));
    hide();
}

void WarningLabel::showMessages(const QStringList &messages)
{
    setVisible(!messages.isEmpty());
    if (!messages.isEmpty())
        setText(QStringLiteral("\u26a0 ") + messages.join(QLatin1Char(' ')));
}

QString WarningLabel::stem(Field field)
{
    const QString key = QString::fromLatin1(fieldKey(field));
    QString name;
    bool upper = false;
    for (QChar ch : key) {
        if (ch == QLatin1Char('-')) {
            upper = true;
            continue;
        }
        name += upper ? ch.toUpper() : ch;
        upper = false;
    }
    return name;
}

QString WarningLabel::message(const Problem &problem, const Scenario &s,
                              const PresetSelection &presets)
{
    switch (problem.code) {
    case ProblemCode::NotPositive: return tr("Must be greater than zero.");
    case ProblemCode::NotFinite: return tr("Must be a finite number.");
    case ProblemCode::HeadsMustDivideD:
        return tr("h = %1 does not divide d = %2, so d/h is not a whole head size.")
                .arg(s.model.heads)
                .arg(s.model.dModel);
    case ProblemCode::MfuOutOfRange: return tr("MFU must lie between 0 and 1.");
    case ProblemCode::KvHeadsMustDivideH:
        return tr("The K/V heads (%1) must divide the heads h = %2.")
                .arg(s.model.kvHeadCount())
                .arg(s.model.heads);
    case ProblemCode::ZeroStageOutOfRange:
        return tr("The ZeRO stage must be 0, 1, 2 or 3 (it is %1).").arg(s.options.zeroStage);
    case ProblemCode::Overflow:
        return tr("Too large to count exactly (beyond 64 bits); showing the last valid result.");
    case ProblemCode::BeyondEagerModel:
        return tr("PyTorch eager accounting covers only the lecture's configuration.");
    case ProblemCode::NoPeakForPrecision:
        //: GPU name, peak kind ("BF16 tensor"), precision ("bf16-mixed")
        return tr("%1 has no %2 peak for %3: choose another precision or GPU, or type a peak.")
                .arg(QString::fromStdString(presets.gpu.name),
                     OptionText::peakKind(peakKind(s.options.precision)),
                     OptionText::precision(s.options.precision));
    }
    return tr("Invalid value.");
}

} // namespace ts::ui
