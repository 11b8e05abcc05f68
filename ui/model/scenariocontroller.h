// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenarioconfig.h"
#include "snapshot.h"

#include <QObject>
#include <QString>

#include <optional>
#include <type_traits>

namespace ts::ui {

// Owns the window's configuration: the inputs given and the presets chosen, resolved with the
// one precedence the command line and files use (scenarioconfig.h). Every change recomputes the
// estimate at once (microseconds) and emits one Snapshot; while the inputs are invalid the
// snapshot keeps the last valid estimate, so the panels keep showing figures.
//
// A preset that nothing comes from any more is dropped: the model preset when an architecture
// figure other than c moves (its figures stay, now given), the dataset when the tokens are typed,
// the GPU when both its memory and its peak are typed. A typed peak is "as given" and stops
// following the precision until a GPU is chosen again or usePresetPeak() is called.
class ScenarioController : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioController(const ScenarioConfig &config = {}, QObject *parent = nullptr);
    // Starts from a whole scenario and the presets it came from (ScenarioConfig::infer).
    explicit ScenarioController(const Scenario &initial, const PresetSelection &presets = {},
                                QObject *parent = nullptr);

    [[nodiscard]] const Snapshot &snapshot() const { return m_snapshot; }
    // What a configuration file saves.
    [[nodiscard]] const ScenarioConfig &config() const { return m_config; }

    [[nodiscard]] const Scenario &scenario() const { return m_snapshot.scenario; }
    [[nodiscard]] const std::vector<Problem> &problems() const { return m_snapshot.problems; }
    [[nodiscard]] const Scenario &lastValidScenario() const { return m_snapshot.validScenario; }
    [[nodiscard]] const Estimate &lastValidEstimate() const { return m_snapshot.estimate; }
    [[nodiscard]] MemoryUnit memoryUnit() const { return m_snapshot.unit; }
    [[nodiscard]] const PresetSelection &presets() const { return m_snapshot.presets; }
    [[nodiscard]] bool customGpu() const { return m_snapshot.customGpu(); }
    [[nodiscard]] bool peakMissing() const { return m_snapshot.peakMissing; }
    [[nodiscard]] bool peakAsGiven() const { return m_snapshot.peakAsGiven(); }
    [[nodiscard]] std::optional<double> presetPeak() const { return m_snapshot.presetPeak; }

    // Gives one input a value (core/inputs.cpp says which kind); out-of-range values are kept
    // and shown as problems, as typed.
    void set(Field field, const InputValue &value);
    template<typename Enum, std::enable_if_t<std::is_enum_v<Enum>, int> = 0>
    void set(Field field, Enum value)
    {
        set(field, InputValue(std::int64_t(value)));
    }
    // amount × bytesPerUnit(unit) bytes; memory figures are shown in that unit from then on.
    void setGpuMemory(double amount, MemoryUnit unit);

    void setConfig(const ScenarioConfig &config);
    void setScenario(const Scenario &scenario, const PresetSelection &presets = {});
    // Presets by id (PresetStore::builtIn(); the lecture's GPU included). An empty id is Custom:
    // the current figures stay, now given. Unknown ids are ignored.
    void setGpuPreset(const QString &id);
    void setDatasetPreset(const QString &id);
    void setModelPreset(const QString &id);
    // Forgets a typed peak: the time uses the GPU preset's peak for the precision again.
    void usePresetPeak();

    // The unit a byte count reads best in: GiB when it is whole GiB, else GB when whole GB.
    [[nodiscard]] static MemoryUnit naturalUnit(std::int64_t bytes);

signals:
    void changed(const ts::ui::Snapshot &snapshot);

private:
    void refresh();
    // Drops presets that nothing of the resolved scenario still comes from; true if one was.
    bool dropStalePresets(const ResolvedConfig &resolved);
    // Gives every input a model preset set, so that the preset can be dropped.
    void keepModelFigures(const Scenario &resolved);

    ScenarioConfig m_config;
    Snapshot m_snapshot;
    std::optional<ModelPreset> m_modelOrigin;
};

} // namespace ts::ui
