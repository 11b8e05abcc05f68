// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presets.h"

#include <QByteArray>
#include <QString>

#include <array>

#include <vector>

namespace ts {

// Registers the compiled-in resources (presets, the icon at ":/icons/trainscope.svg"). Idempotent.
void initResources();

// The GPU, dataset and model presets compiled into the program from resources/presets/*.json.
// Entries missing a required figure are left out rather than guessed.
class PresetStore
{
public:
    // The built-in presets (loaded once, then shared; read-only).
    static const PresetStore &builtIn();

    // Loads from three JSON files; on a malformed file, *error names it and the store is empty.
    static PresetStore load(const QString &gpusPath, const QString &datasetsPath,
                            const QString &modelsPath, QString *error);
    // The same from the files' bytes; names are how errors call them.
    static PresetStore parse(const QByteArray &gpus, const QByteArray &datasets,
                             const QByteArray &models, QString *error,
                             const std::array<QString, 3> &names
                             = { QStringLiteral("gpus.json"), QStringLiteral("datasets.json"),
                                 QStringLiteral("models.json") });

    [[nodiscard]] const std::vector<GpuPreset> &gpus() const { return m_gpus; }
    [[nodiscard]] const std::vector<DatasetPreset> &datasets() const { return m_datasets; }
    [[nodiscard]] const std::vector<ModelPreset> &models() const { return m_models; }

    // The preset with this id; the GPUs include the lecture's RTX 3090 (lectureGpu()), which
    // gpus() does not list.
    [[nodiscard]] const GpuPreset *gpu(const QString &id) const;
    [[nodiscard]] const DatasetPreset *dataset(const QString &id) const;
    [[nodiscard]] const ModelPreset *model(const QString &id) const;
    // The first model preset with this architecture (sameArchitecture), or null.
    [[nodiscard]] const ModelPreset *modelLike(const ModelShape &shape) const;

private:
    GpuPreset m_lectureGpu = lectureGpu();
    std::vector<GpuPreset> m_gpus;
    std::vector<DatasetPreset> m_datasets;
    std::vector<ModelPreset> m_models;
};

} // namespace ts
