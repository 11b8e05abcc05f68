// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocontroller.h"

#include "presetstore.h"

#include <chrono>
#include <cmath>
#include <limits>

namespace ts::ui {

namespace {

constexpr std::size_t kUndoLimit = 500; // steps kept; the oldest go first

} // namespace

ScenarioController::ScenarioController(const ScenarioConfig &config, QObject *parent)
    : QObject(parent)
{
    // Start from the lecture's example if the given configuration cannot be shown, so the
    // charts always have a valid scenario to sweep.
    m_snapshot.estimate = estimate(m_snapshot.validScenario);
    setConfig(config);
    m_clean = m_config;
    m_recording = true;
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
    const Change change(this, int(field));
    m_config.give(field, value);
    refresh();
}

void ScenarioController::setBatchAndSeqLen(std::int64_t batch, std::int64_t seqLen)
{
    const Change change(this, -1);
    m_config.give(Field::Batch, InputValue(batch));
    m_config.give(Field::SeqLen, InputValue(seqLen));
    refresh();
}

void ScenarioController::setInputs(const std::vector<std::pair<Field, InputValue>> &values)
{
    const Change change(this, -1);
    for (const auto &[field, value] : values)
        m_config.give(field, value);
    refresh();
}

void ScenarioController::setGpuMemory(double amount, MemoryUnit unit)
{
    const Change change(this, int(Field::GpuMemory));
    const double bytes = amount * double(bytesPerUnit(unit));
    // Amounts beyond 64 bits become 0 bytes, which validation reports as too small.
    const bool representable = std::isfinite(bytes) && bytes >= 1
            && bytes < double(std::numeric_limits<std::int64_t>::max());
    m_snapshot.unit = unit;
    set(Field::GpuMemory, InputValue(representable ? std::int64_t(std::llround(bytes)) : 0));
}

void ScenarioController::setConfig(const ScenarioConfig &config)
{
    const Change change(this, -1);
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
    const Change change(this, -1);
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
    const Change change(this, -1);
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
    const Change change(this, -1);
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
    const Change change(this, -1);
    if (!m_config.given.contains(Field::PeakFlops) || !m_snapshot.presetPeak)
        return;
    m_config.given.erase(Field::PeakFlops);
    refresh();
}

ScenarioController::State ScenarioController::state() const
{
    return { m_config, m_snapshot.unit, m_modelOrigin, m_pins };
}

void ScenarioController::restore(const State &state)
{
    m_config = state.config;
    m_snapshot.unit = state.unit;
    m_modelOrigin = state.modelOrigin;
    if (m_pins != state.pins) {
        m_pins = state.pins;
        m_snapshot.pins = resolvePins(m_pins);
        ++m_snapshot.pinsRevision;
    }
    refresh();
}

void ScenarioController::record(int key)
{
    m_pushed = false;
    if (!m_recording)
        return;
    const std::int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                     std::chrono::steady_clock::now().time_since_epoch())
                                     .count();
    const bool sameRun = key >= 0 && key == m_runKey && now - m_runTime < 1000;
    m_runKey = key;
    m_runTime = now;
    if (sameRun)
        return;
    m_undo.push_back(state());
    if (m_undo.size() > kUndoLimit)
        m_undo.erase(m_undo.begin());
    m_pushed = true;
}

void ScenarioController::settle()
{
    if (!m_recording)
        return;
    if (m_pushed && m_undo.back().config == m_config && m_undo.back().unit == m_snapshot.unit
        && m_undo.back().pins == m_pins) {
        m_undo.pop_back(); // nothing changed: no step to undo
        m_runKey = -1;
    } else {
        m_redo.clear();
    }
    m_pushed = false;
    emit historyChanged();
}

void ScenarioController::undo()
{
    if (m_undo.empty())
        return;
    m_redo.push_back(state());
    const State previous = m_undo.back();
    m_undo.pop_back();
    m_runKey = -1; // the next change starts a step of its own
    restore(previous);
    emit historyChanged();
}

void ScenarioController::redo()
{
    if (m_redo.empty())
        return;
    m_undo.push_back(state());
    const State next = m_redo.back();
    m_redo.pop_back();
    m_runKey = -1;
    restore(next);
    emit historyChanged();
}

void ScenarioController::markClean()
{
    m_clean = m_config;
    m_cleanPins = m_pins;
    emit historyChanged();
}

bool ScenarioController::pinCurrent()
{
    if (int(m_pins.size()) >= kMaxPins)
        return false;
    const Change change(this, -1);
    // The last valid configuration: what the charts and the results show.
    const Snapshot &s = m_snapshot;
    ScenarioConfig config = ScenarioConfig::infer(s.validScenario, s.presets);
    m_pins.push_back({ pinName(s.validScenario, s.presets), std::move(config) });
    refreshPins();
    return true;
}

void ScenarioController::removePin(int index)
{
    if (index < 0 || index >= int(m_pins.size()))
        return;
    const Change change(this, -1);
    m_pins.erase(m_pins.begin() + index);
    refreshPins();
}

void ScenarioController::renamePin(int index, const QString &name)
{
    if (index < 0 || index >= int(m_pins.size()))
        return;
    const Change change(this, -1);
    m_pins[std::size_t(index)].name = cleanPinName(name, index);
    refreshPins();
}

void ScenarioController::setPins(const std::vector<Pin> &pins)
{
    const Change change(this, -1);
    m_pins.assign(pins.begin(), pins.begin() + std::min<std::ptrdiff_t>(pins.size(), kMaxPins));
    refreshPins();
}

void ScenarioController::startWithPins(const std::vector<Pin> &pins)
{
    m_pins.assign(pins.begin(), pins.begin() + std::min<std::ptrdiff_t>(pins.size(), kMaxPins));
    m_cleanPins = m_pins;
    refreshPins();
}

void ScenarioController::setDocument(const ScenarioConfig &config, const std::vector<Pin> &pins)
{
    const Change change(this, -1);
    setPins(pins);
    setConfig(config);
}

void ScenarioController::refreshPins()
{
    m_snapshot.pins = resolvePins(m_pins);
    ++m_snapshot.pinsRevision;
    ++m_snapshot.revision; // the charts draw the pins: a new picture
    emit changed(m_snapshot);
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
