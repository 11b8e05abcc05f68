// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "memorysize.h"
#include "presets.h"
#include "scenario.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace ts::ui {

// Owns the window's scenario and the presets it came from. Every setter recomputes the estimate
// at once (microseconds) and emits problemsChanged; estimateChanged follows only for a valid
// scenario, so the panels keep showing the last valid figures while an input is being corrected.
//
// Presets apply as on the command line (app/cliparser.cpp): a model preset sets the architecture
// and c (b stays); a GPU preset sets the memory and the peak for the precision; a dataset sets
// the tokens; values typed afterwards win. A typed peak is "as given" and stops following the
// precision until a GPU is chosen again or usePresetPeak() is called.
class ScenarioController : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioController(const Scenario &initial, QObject *parent = nullptr);
    ScenarioController(const Scenario &initial, const PresetSelection &presets,
                       QObject *parent = nullptr);

    [[nodiscard]] const Scenario &scenario() const { return m_scenario; }
    [[nodiscard]] const std::vector<Problem> &problems() const { return m_problems; }
    // The scenario behind lastValidEstimate(), for sweeps while the current one is invalid.
    [[nodiscard]] const Scenario &lastValidScenario() const { return m_validScenario; }
    [[nodiscard]] const Estimate &lastValidEstimate() const { return m_validEstimate; }
    // The unit the GPU memory was entered in; memory figures are shown in it too.
    [[nodiscard]] MemoryUnit memoryUnit() const { return m_unit; }

    // The presets in use; peakKind names the peak the time uses ("FP32", "BF16 tensor", ...,
    // "as given"). With a custom GPU, gpu has an empty id and no peaks.
    [[nodiscard]] const PresetSelection &presets() const { return m_presets; }
    [[nodiscard]] bool customGpu() const { return m_presets.gpu.id.empty(); }
    // The GPU has no peak for the precision (a V100 has no BF16): a problem of PeakFlops with
    // ProblemCode::NoPeakForPrecision, until the precision, the GPU or the peak changes.
    [[nodiscard]] bool peakMissing() const { return m_peakMissing; }
    // The peak was typed rather than taken from the GPU preset.
    [[nodiscard]] bool peakAsGiven() const { return m_userPeak.has_value(); }
    // The GPU preset's own peak for the current precision, if it has one.
    [[nodiscard]] std::optional<double> presetPeak() const;

    // Replaces the scenario (and the presets: a peak that is not the GPU's for the precision
    // counts as given; a model or dataset preset the scenario no longer matches is dropped).
    void setScenario(const Scenario &scenario, const PresetSelection &presets = {});
    void setBatch(std::int64_t b);
    void setSeqLen(std::int64_t c);
    void setDModel(std::int64_t d);
    void setLayers(std::int64_t layers);
    void setHeads(std::int64_t h);
    void setVocab(std::int64_t v);
    void setMfu(double mfu);
    void setGpus(std::int64_t gpus);
    // amount × bytesPerUnit(unit) bytes; unit must be GB or GiB style (any MemoryUnit works).
    void setGpuMemory(double amount, MemoryUnit unit);
    // A typed peak: used "as given" whatever the precision.
    void setPeakFlopsPerGpu(double flopsPerSecond);
    void setTokens(double tokens);
    void setEpochs(double epochs);

    void setPrecision(Precision p);
    void setOptimizer(Optimizer o);
    void setCheckpointing(Checkpointing c);
    void setFlashAttention(bool on);
    void setFfn(FfnKind ffn);
    void setDFf(std::int64_t dFf); // 0: the lecture's 4d
    void setTiedEmbeddings(bool tied);
    void setKvHeads(std::int64_t kvHeads); // 0: h, plain multi-head attention
    void setZeroStage(int stage);
    void setGradAccum(std::int64_t microBatches);

    // Presets by id: lectureGpu().id or an id of PresetStore::builtIn(); an empty id is Custom
    // (the current figures stay, now as given). Unknown ids are ignored.
    void setGpuPreset(const QString &id);
    void setDatasetPreset(const QString &id);
    void setModelPreset(const QString &id);
    // Forgets a typed peak: the time uses the GPU preset's peak for the precision again.
    void usePresetPeak();

    // The unit a byte count reads best in: GiB when it is whole GiB, else GB when whole GB.
    [[nodiscard]] static MemoryUnit naturalUnit(std::int64_t bytes);
    // The GPU with this id (lectureGpu()'s or a built-in preset's), if any.
    [[nodiscard]] static std::optional<GpuPreset> gpuById(const QString &id);

signals:
    void estimateChanged(const ts::Estimate &estimate);
    void problemsChanged(const std::vector<ts::Problem> &problems);
    // The whole scenario was replaced, or a preset changed several fields at once; input widgets
    // should mirror it.
    void scenarioReplaced(const ts::Scenario &scenario);
    // presets(), peakAsGiven() or peakMissing() changed.
    void presetsChanged();

private:
    void recompute();
    // Infers which figures of a replaced scenario are the presets' and which were given.
    void adoptPresets();
    // Sets the peak from the GPU and precision unless it was typed; true if the peak changed.
    bool resolvePeakNow();
    // Drops presets that nothing of the scenario still comes from; true if one was dropped.
    bool dropStalePresets();
    // After a preset changed scenario fields: tells the panels, then recomputes.
    void presetApplied(bool fieldsChanged);

    Scenario m_scenario;
    Scenario m_validScenario;
    Estimate m_validEstimate;
    std::vector<Problem> m_problems;
    MemoryUnit m_unit = MemoryUnit::GiB;
    PresetSelection m_presets;
    std::optional<double> m_userPeak; // a typed peak, FLOP/s
    bool m_peakMissing = false;
};

} // namespace ts::ui
