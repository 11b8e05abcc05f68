// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QMetaType>

// Test rows name a model by the lecture's six letters; every other field keeps the lecture's value.
inline ts::ModelShape shape(qint64 b, qint64 c, qint64 d, qint64 L, qint64 h, qint64 v)
{
    ts::ModelShape m;
    m.batch = b;
    m.seqLen = c;
    m.dModel = d;
    m.layers = L;
    m.heads = h;
    m.vocab = v;
    return m;
}

Q_DECLARE_METATYPE(ts::ModelShape)
