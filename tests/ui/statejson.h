// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputcodec.h"
#include "presets.h"

#include <QJsonObject>

// Everything a configuration decides, as one comparable value: every input as --json's `config`
// shows it, the preset ids and which peak the time uses.
inline QJsonObject stateJson(const ts::Scenario &s, const ts::PresetSelection &p)
{
    QJsonObject o = ts::ui::inputcodec::configJson(s);
    o.insert(QStringLiteral("preset.gpu"), QString::fromStdString(p.gpu.id));
    o.insert(QStringLiteral("preset.dataset"),
             p.dataset ? QString::fromStdString(p.dataset->id) : QString());
    o.insert(QStringLiteral("preset.model"),
             p.model ? QString::fromStdString(p.model->id) : QString());
    o.insert(QStringLiteral("peak_used"), QLatin1String(ts::keyOf(p.peakKind)));
    return o;
}
