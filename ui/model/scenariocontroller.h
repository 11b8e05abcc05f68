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
    // Gives b and c at once, one snapshot and one undo step (a click on the fit map).
    void setBatchAndSeqLen(std::int64_t batch, std::int64_t seqLen);
    // Gives several inputs at once, one snapshot and one undo step (a best layout loaded).
    void setInputs(const std::vector<std::pair<Field, InputValue>> &values);
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

    // Undo and redo of every change to the configuration, presets and resets included; a run of
    // changes to one input less than a second apart (a slider's drag) is one step.
    // Pinned configurations to compare with (at most kMaxPins), part of the document: saved in
    // its file and undone like any change.
    [[nodiscard]] const std::vector<Pin> &pins() const { return m_pins; }
    // Pins the current configuration (the last valid one) under pinName(); false when there
    // are kMaxPins already.
    bool pinCurrent();
    void removePin(int index);
    void renamePin(int index, const QString &name);
    void setPins(const std::vector<Pin> &pins);
    // The pins the window starts with (a --config file's): part of the starting state, neither
    // an undoable change nor an unsaved one.
    void startWithPins(const std::vector<Pin> &pins);
    // A file's configuration and pins, as one change.
    void setDocument(const ScenarioConfig &config, const std::vector<Pin> &pins);

    [[nodiscard]] bool canUndo() const { return !m_undo.empty(); }
    [[nodiscard]] bool canRedo() const { return !m_redo.empty(); }
    void undo();
    void redo();
    // Whether the configuration differs from the one last marked clean: the one the window
    // started with, or last opened or saved.
    [[nodiscard]] bool isModified() const { return m_config != m_clean || m_pins != m_cleanPins; }
    void markClean();

signals:
    void changed(const ts::ui::Snapshot &snapshot);
    // Undo, redo or the modified state changed.
    void historyChanged();

private:
    void refresh();
    // Resolves the pins again into the snapshot and emits it (the scenario is unchanged).
    void refreshPins();
    // Drops presets that nothing of the resolved scenario still comes from; true if one was.
    bool dropStalePresets(const ResolvedConfig &resolved);
    // Gives every input a model preset set, so that the preset can be dropped.
    void keepModelFigures(const Scenario &resolved);

    // What undo restores: the configuration, the memory unit shown and the model it came from.
    struct State
    {
        ScenarioConfig config;
        MemoryUnit unit = MemoryUnit::GiB;
        std::optional<ModelPreset> modelOrigin;
        std::vector<Pin> pins;
    };
    // Records one change for the whole of a mutator's body, early returns included; a mutator
    // calling another is still one change.
    class Change
    {
    public:
        Change(ScenarioController *c, int key)
            : m_c(c)
        {
            if (m_c->m_changeDepth++ == 0)
                m_c->record(key);
        }
        ~Change()
        {
            if (--m_c->m_changeDepth == 0)
                m_c->settle();
        }
        Change(const Change &) = delete;
        Change &operator=(const Change &) = delete;

    private:
        ScenarioController *m_c;
    };

    // Called before a change: keeps the state to return to (unless the change continues a run on
    // the same input, key ≥ 0) and forgets what could be redone.
    void record(int key);
    // Called after it: a change that changed nothing leaves no undo step.
    void settle();
    [[nodiscard]] State state() const;
    void restore(const State &state);

    ScenarioConfig m_config;
    ScenarioConfig m_clean;
    std::vector<Pin> m_pins;
    std::vector<Pin> m_cleanPins;
    std::vector<State> m_undo;
    std::vector<State> m_redo;
    int m_runKey = -1;
    std::int64_t m_runTime = 0; // steady-clock ms of the last recorded change
    bool m_pushed = false;      // the change in progress left an undo step
    bool m_recording = false;   // after construction: changes are recorded
    int m_changeDepth = 0;      // Change guards open
    Snapshot m_snapshot;
    std::optional<ModelPreset> m_modelOrigin;
};

} // namespace ts::ui
