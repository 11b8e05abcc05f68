// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pins.h"

#include "options.h"

#include <QStringList>

namespace ts::ui {

QString pinName(const Scenario &s, const PresetSelection &presets)
{
    const TrainingOptions &o = s.options;
    QStringList parts;
    parts << (presets.model ? QString::fromStdString(presets.model->name)
                            : QStringLiteral("d=%1 L=%2").arg(s.model.dModel).arg(s.model.layers));
    parts << QLatin1String(keyOf(o.precision));
    if (o.checkpointing != Checkpointing::None)
        parts << QStringLiteral("%1 ckpt").arg(QLatin1String(keyOf(o.checkpointing)));
    if (o.flashAttention)
        parts << QStringLiteral("flash");
    if (o.zeroStage > 0)
        parts << QStringLiteral("ZeRO-%1").arg(o.zeroStage);
    if (o.finetune == FineTuning::Lora)
        parts << QStringLiteral("LoRA r=%1").arg(o.loraRank);
    if (o.finetune == FineTuning::Qlora)
        parts << QStringLiteral("QLoRA r=%1").arg(o.loraRank);
    return cleanPinName(parts.join(QStringLiteral(" · ")), 0);
}

QString cleanPinName(const QString &name, int slot)
{
    QString clean = name.simplified();
    if (clean.size() > kMaxPinNameLength)
        clean = clean.left(kMaxPinNameLength - 1).trimmed() + QChar(0x2026); // …
    return clean.isEmpty() ? QStringLiteral("Pin %1").arg(slot + 1) : clean;
}

std::vector<PinnedEstimate> resolvePins(const std::vector<Pin> &pins)
{
    std::vector<PinnedEstimate> out;
    out.reserve(pins.size());
    int slot = 0;
    for (const Pin &pin : pins) {
        const ResolvedConfig resolved = resolve(pin.config);
        PinnedEstimate p { pin.name, slot++, resolved.scenario, resolved.selection, {} };
        if (resolved.peakMissing)
            p.estimate.problems.push_back({ Field::PeakFlops, ProblemCode::NoPeakForPrecision });
        else
            p.estimate = estimate(p.scenario);
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace ts::ui
