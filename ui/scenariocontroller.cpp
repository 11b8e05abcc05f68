// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocontroller.h"

#include <cmath>
#include <limits>

namespace ts::ui {

ScenarioController::ScenarioController(const Scenario &initial, QObject *parent)
    : QObject(parent)
    , m_scenario(initial)
    , m_unit(naturalUnit(initial.hardware.gpuMemoryBytes))
{
    m_validEstimate = estimate(initial);
    m_problems = m_validEstimate.problems;
    // Start from the lecture's example if the given scenario cannot be shown, so the charts
    // always have a valid scenario to sweep.
    if (!m_validEstimate.ok())
        m_validEstimate = estimate(m_validScenario);
    else
        m_validScenario = initial;
}

MemoryUnit ScenarioController::naturalUnit(std::int64_t bytes)
{
    if (bytes > 0 && bytes % bytesPerUnit(MemoryUnit::GiB) == 0)
        return MemoryUnit::GiB;
    if (bytes > 0 && bytes % bytesPerUnit(MemoryUnit::GB) == 0)
        return MemoryUnit::GB;
    return MemoryUnit::GiB;
}

void ScenarioController::recompute()
{
    Estimate e = estimate(m_scenario);
    m_problems = e.problems;
    emit problemsChanged(m_problems);
    if (!e.ok())
        return;
    m_validScenario = m_scenario;
    m_validEstimate = std::move(e);
    emit estimateChanged(m_validEstimate);
}

void ScenarioController::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    m_unit = naturalUnit(scenario.hardware.gpuMemoryBytes);
    emit scenarioReplaced(m_scenario);
    recompute();
}

void ScenarioController::setBatch(std::int64_t b)
{
    m_scenario.model.batch = b;
    recompute();
}

void ScenarioController::setSeqLen(std::int64_t c)
{
    m_scenario.model.seqLen = c;
    recompute();
}

void ScenarioController::setDModel(std::int64_t d)
{
    m_scenario.model.dModel = d;
    recompute();
}

void ScenarioController::setLayers(std::int64_t layers)
{
    m_scenario.model.layers = layers;
    recompute();
}

void ScenarioController::setHeads(std::int64_t h)
{
    m_scenario.model.heads = h;
    recompute();
}

void ScenarioController::setVocab(std::int64_t v)
{
    m_scenario.model.vocab = v;
    recompute();
}

void ScenarioController::setMfu(double mfu)
{
    m_scenario.hardware.mfu = mfu;
    recompute();
}

void ScenarioController::setGpus(std::int64_t gpus)
{
    m_scenario.hardware.gpus = gpus;
    recompute();
}

void ScenarioController::setGpuMemory(double amount, MemoryUnit unit)
{
    const double bytes = amount * double(bytesPerUnit(unit));
    // Out-of-range amounts become 0 bytes, which validation reports as not positive.
    const bool representable = std::isfinite(bytes) && bytes >= 1
            && bytes < double(std::numeric_limits<std::int64_t>::max());
    m_scenario.hardware.gpuMemoryBytes = representable ? std::llround(bytes) : 0;
    m_unit = unit;
    recompute();
}

void ScenarioController::setPeakFlopsPerGpu(double flopsPerSecond)
{
    m_scenario.hardware.peakFlopsPerGpu = flopsPerSecond;
    recompute();
}

void ScenarioController::setTokens(double tokens)
{
    m_scenario.run.tokens = tokens;
    recompute();
}

void ScenarioController::setEpochs(double epochs)
{
    m_scenario.run.epochs = epochs;
    recompute();
}

} // namespace ts::ui
