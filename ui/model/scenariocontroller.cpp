// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocontroller.h"

#include "presetstore.h"

#include <cmath>
#include <limits>

namespace ts::ui {

ScenarioController::ScenarioController(const ScenarioConfig &config, QObject *parent)
    : QObject(parent)
{
    // Start from the lecture's example if the given configuration cannot be shown, so the
    // charts always have a valid scenario to sweep.
    m_snapshot.estimate = estimate(m_snapshot.validScenario);
    setConfig(config);
}

ScenarioController::ScenarioController(const Scenario &initial, const PresetSelection &presets,
                                       QObject *parent)
    : ScenarioController(ScenarioConfig::infer(initial, presets), parent)
{ }

MemoryUnit ScenarioController::naturalUnit(std::int64_t bytes)
{
    if (bytes > 0 && bytes % bytesPerUnit(MemoryUnit::GiB) == 0)
        return MemoryUnit::GiB;
    if (bytes > 0 && bytes % bytesPerUnit(MemoryUnit::GB) == 0)
        return MemoryUnit::GB;
    return MemoryUnit::GiB;
}

void ScenarioController::set(Field field, const InputValue &value)
{
    m_config.give(field, value);
    refresh();
}

void ScenarioController::setGpuMemory(double amount, MemoryUnit unit)
{
    const double bytes = amount * double(bytesPerUnit(unit));
    // Amounts beyond 64 bits become 0 bytes, which validation reports as too small.
    const bool representable = std::isfinite(bytes) && bytes >= 1
            && bytes < double(std::numeric_limits<std::int64_t>::max());
    m_snapshot.unit = unit;
    set(Field::GpuMemory, InputValue(representable ? std::int64_t(std::llround(bytes)) : 0));
}

void ScenarioController::setConfig(const ScenarioConfig &config)
{
    m_config = config;
    const PresetStore &store = PresetStore::builtIn();
    const ModelPreset *model = store.model(config.modelPreset);
    m_modelOrigin = model ? std::optional<ModelPreset>(*model) : std::nullopt;
    m_snapshot.unit = naturalUnit(resolve(m_config).scenario.hardware.gpuMemoryBytes);
    refresh();
}

void ScenarioController::setScenario(const Scenario &scenario, const PresetSelection &presets)
{
    setConfig(ScenarioConfig::infer(scenario, presets));
}

void ScenarioController::setGpuPreset(const QString &id)
{
    if (id.isEmpty()) {
        // Custom: the figures on screen stay, now the user's own.
        m_config.take(Field::GpuMemory, m_snapshot.scenario);
        m_config.take(Field::PeakFlops, m_snapshot.scenario);
        m_config.gpuPreset = kCustomGpu;
        refresh();
        return;
    }
    const GpuPreset *gpu = PresetStore::builtIn().gpu(id);
    if (!gpu)
        return;
    m_config.gpuPreset = id;
    m_config.given.erase(gpuPresetFields());
    m_snapshot.unit = naturalUnit(gpu->memoryBytes);
    refresh();
}

void ScenarioController::setDatasetPreset(const QString &id)
{
    if (id.isEmpty()) {
        m_config.take(Field::Tokens, m_snapshot.scenario);
        m_config.datasetPreset.clear();
        refresh();
        return;
    }
    if (!PresetStore::builtIn().dataset(id))
        return;
    m_config.datasetPreset = id;
    m_config.given.erase(datasetPresetFields());
    refresh();
}

void ScenarioController::setModelPreset(const QString &id)
{
    if (id.isEmpty()) {
        keepModelFigures(m_snapshot.scenario);
        refresh();
        return;
    }
    const ModelPreset *model = PresetStore::builtIn().model(id);
    if (!model)
        return;
    m_config.modelPreset = id; // its architecture and context as c; b stays
    m_config.given.erase(modelPresetFields());
    m_modelOrigin = *model;
    refresh();
}

void ScenarioController::usePresetPeak()
{
    if (!m_config.given.contains(Field::PeakFlops) || !m_snapshot.presetPeak)
        return;
    m_config.given.erase(Field::PeakFlops);
    refresh();
}

void ScenarioController::keepModelFigures(const Scenario &resolved)
{
    for (Field field : modelPresetFields().fields())
        if (!m_config.given.contains(field))
            m_config.take(field, resolved); // raw: a derived d_ff of 0 keeps following d
    m_config.modelPreset.clear();
}

bool ScenarioController::dropStalePresets(const ResolvedConfig &resolved)
{
    const Scenario &s = resolved.scenario;
    const PresetSelection &p = resolved.selection;
    bool dropped = false;
    if (p.model && !sameArchitecture(s.model, p.model->shape)) {
        keepModelFigures(s);
        dropped = true;
    }
    if (p.dataset && s.run.tokens != p.dataset->tokens) {
        m_config.datasetPreset.clear();
        dropped = true;
    }
    // Neither the memory nor the peak is the GPU's any more: nothing of the preset is used.
    if (!p.gpu.id.empty() && m_config.given.contains(Field::PeakFlops)
        && s.hardware.gpuMemoryBytes != p.gpu.memoryBytes) {
        m_config.take(Field::GpuMemory, s);
        m_config.gpuPreset = kCustomGpu;
        dropped = true;
    }
    return dropped;
}

void ScenarioController::refresh()
{
    ResolvedConfig resolved = resolve(m_config);
    if (dropStalePresets(resolved))
        resolved = resolve(m_config);
    Snapshot &s = m_snapshot;
    s.scenario = resolved.scenario;
    s.presets = std::move(resolved.selection);
    s.peakMissing = resolved.peakMissing;
    s.presetPeak = peakFor(s.presets.gpu, s.scenario.options.precision);
    s.modelOrigin = m_modelOrigin ? m_modelOrigin->name : std::string();
    s.keptFromModel = m_modelOrigin ? keptPresetFields(m_modelOrigin->shape, s.scenario.model)
                                    : std::vector<Field> {};
    Estimate e = estimate(s.scenario);
    s.problems = e.problems;
    if (s.peakMissing)
        s.problems.push_back({ Field::PeakFlops, ProblemCode::NoPeakForPrecision });
    if (s.problems.empty()) {
        s.validScenario = s.scenario;
        s.estimate = std::move(e);
        ++s.revision;
    }
    emit changed(m_snapshot);
}

} // namespace ts::ui
