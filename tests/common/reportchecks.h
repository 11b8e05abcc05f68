// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace ts::testing {

// Every number in a --json report is finite. A NaN or an infinity would print as null, which
// only what may be absent is: a GPU preset's missing peak (`presets.gpu.*_flops`), an eager
// term's lecture counterpart (`pytorch_eager.terms[].lecture_term`), what PyTorch saves where
// the eager model does not reach (`comparison.saved_activations_pytorch_eager`) and the offload
// time over an unknown host link (`offload.link_seconds_per_step`).
inline bool allFinite(const QJsonValue &v, bool nullAllowed = false)
{
    if (v.isNull())
        return nullAllowed;
    if (v.isDouble())
        return std::isfinite(v.toDouble());
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            if (!allFinite(item))
                return false;
        }
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const bool absent = it.key().endsWith(QLatin1String("_flops"))
                    || it.key() == QLatin1String("lecture_term")
                    || it.key() == QLatin1String("saved_activations_pytorch_eager")
                    || it.key() == QLatin1String("link_seconds_per_step");
            if (!allFinite(it.value(), absent))
                return false;
        }
    }
    return true;
}

} // namespace ts::testing
