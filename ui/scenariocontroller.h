// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "memorysize.h"
#include "scenario.h"

#include <QObject>

#include <cstdint>
#include <vector>

namespace ts::ui {

// Owns the window's scenario. Every setter recomputes the estimate at once (microseconds) and
// emits problemsChanged; estimateChanged follows only for a valid scenario, so the panels keep
// showing the last valid figures while an input is being corrected.
class ScenarioController : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioController(const Scenario &initial, QObject *parent = nullptr);

    [[nodiscard]] const Scenario &scenario() const { return m_scenario; }
    [[nodiscard]] const std::vector<Problem> &problems() const { return m_problems; }
    // The scenario behind lastValidEstimate(), for sweeps while the current one is invalid.
    [[nodiscard]] const Scenario &lastValidScenario() const { return m_validScenario; }
    [[nodiscard]] const Estimate &lastValidEstimate() const { return m_validEstimate; }
    // The unit the GPU memory was entered in; memory figures are shown in it too.
    [[nodiscard]] MemoryUnit memoryUnit() const { return m_unit; }

    void setScenario(const Scenario &scenario);
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
    void setPeakFlopsPerGpu(double flopsPerSecond);
    void setTokens(double tokens);
    void setEpochs(double epochs);

    // The unit a byte count reads best in: GiB when it is whole GiB, else GB when whole GB.
    [[nodiscard]] static MemoryUnit naturalUnit(std::int64_t bytes);

signals:
    void estimateChanged(const ts::Estimate &estimate);
    void problemsChanged(const std::vector<ts::Problem> &problems);
    // The whole scenario was replaced (not one field edited); input widgets should mirror it.
    void scenarioReplaced(const ts::Scenario &scenario);

private:
    void recompute();

    Scenario m_scenario;
    Scenario m_validScenario;
    Estimate m_validEstimate;
    std::vector<Problem> m_problems;
    MemoryUnit m_unit = MemoryUnit::GiB;
};

} // namespace ts::ui
