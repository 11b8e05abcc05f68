// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocontroller.h"

#include "presetstore.h"

#include <cmath>
#include <limits>

namespace ts::ui {

namespace {

constexpr const char *kAsGiven = "as given"; // resolvePeak's kind for a typed peak

// The figures a model preset sets, less b and c: c is swept freely without leaving the model.
bool sameArchitecture(const ModelShape &a, const ModelShape &b)
{
    return a.dModel == b.dModel && a.layers == b.layers && a.heads == b.heads && a.vocab == b.vocab
            && a.ffn == b.ffn && a.ffnWidth() == b.ffnWidth() && a.kvHeadCount() == b.kvHeadCount()
            && a.tiedEmbeddings == b.tiedEmbeddings;
}

GpuPreset makeCustomGpu(std::int64_t memoryBytes)
{
    GpuPreset gpu;
    gpu.id.clear();
    gpu.name.clear();
    gpu.memoryBytes = memoryBytes;
    return gpu;
}

} // namespace

ScenarioController::ScenarioController(const Scenario &initial, QObject *parent)
    : ScenarioController(initial, PresetSelection {}, parent)
{ }

ScenarioController::ScenarioController(const Scenario &initial, const PresetSelection &presets,
                                       QObject *parent)
    : QObject(parent)
    , m_scenario(initial)
    , m_unit(naturalUnit(initial.hardware.gpuMemoryBytes))
    , m_presets(presets)
{
    adoptPresets();
    m_validEstimate = estimate(m_scenario);
    m_problems = m_validEstimate.problems;
    // Start from the lecture's example if the given scenario cannot be shown, so the charts
    // always have a valid scenario to sweep.
    if (!m_validEstimate.ok())
        m_validEstimate = estimate(m_validScenario);
    else
        m_validScenario = m_scenario;
}

MemoryUnit ScenarioController::naturalUnit(std::int64_t bytes)
{
    if (bytes > 0 && bytes % bytesPerUnit(MemoryUnit::GiB) == 0)
        return MemoryUnit::GiB;
    if (bytes > 0 && bytes % bytesPerUnit(MemoryUnit::GB) == 0)
        return MemoryUnit::GB;
    return MemoryUnit::GiB;
}

std::optional<GpuPreset> ScenarioController::gpuById(const QString &id)
{
    GpuPreset lecture = lectureGpu();
    if (id.toStdString() == lecture.id)
        return lecture;
    if (const GpuPreset *gpu = PresetStore::builtIn().gpu(id))
        return *gpu;
    return std::nullopt;
}

std::optional<double> ScenarioController::presetPeak() const
{
    return peakFor(m_presets.gpu, m_scenario.options.precision);
}

void ScenarioController::adoptPresets()
{
    // A peak the GPU does not have for this precision was typed (the CLI's --gpu-flops).
    const std::optional<double> own = presetPeak();
    if (m_presets.peakKind == kAsGiven || !own || *own != m_scenario.hardware.peakFlopsPerGpu)
        m_userPeak = m_scenario.hardware.peakFlopsPerGpu;
    else
        m_userPeak.reset();
    resolvePeakNow();
    dropStalePresets();
}

bool ScenarioController::resolvePeakNow()
{
    const Precision precision = m_scenario.options.precision;
    const auto peak = resolvePeak(m_presets.gpu, precision, m_userPeak);
    m_peakMissing = !peak;
    m_presets.peakKind = peak ? peak->kind : peakKind(precision);
    if (!peak || peak->flopsPerSecond == m_scenario.hardware.peakFlopsPerGpu)
        return false;
    m_scenario.hardware.peakFlopsPerGpu = peak->flopsPerSecond;
    return true;
}

bool ScenarioController::dropStalePresets()
{
    bool dropped = false;
    if (m_presets.model && !sameArchitecture(m_scenario.model, m_presets.model->shape)) {
        m_presets.model.reset();
        dropped = true;
    }
    if (m_presets.dataset && m_scenario.run.tokens != m_presets.dataset->tokens) {
        m_presets.dataset.reset();
        dropped = true;
    }
    // Neither the memory nor the peak is the GPU's any more: nothing of the preset is used.
    if (!customGpu() && m_userPeak
        && m_scenario.hardware.gpuMemoryBytes != m_presets.gpu.memoryBytes) {
        m_presets.gpu = makeCustomGpu(m_scenario.hardware.gpuMemoryBytes);
        dropped = true;
    }
    return dropped;
}

void ScenarioController::recompute()
{
    if (dropStalePresets())
        emit presetsChanged();
    Estimate e = estimate(m_scenario);
    m_problems = e.problems;
    if (m_peakMissing)
        m_problems.push_back({ Field::PeakFlops, ProblemCode::NoPeakForPrecision });
    emit problemsChanged(m_problems);
    if (!m_problems.empty())
        return;
    m_validScenario = m_scenario;
    m_validEstimate = std::move(e);
    emit estimateChanged(m_validEstimate);
}

void ScenarioController::presetApplied(bool fieldsChanged)
{
    emit presetsChanged();
    if (fieldsChanged)
        emit scenarioReplaced(m_scenario);
    recompute();
}

void ScenarioController::setScenario(const Scenario &scenario, const PresetSelection &presets)
{
    m_scenario = scenario;
    m_presets = presets;
    m_unit = naturalUnit(scenario.hardware.gpuMemoryBytes);
    adoptPresets();
    emit presetsChanged();
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
    m_userPeak = flopsPerSecond;
    resolvePeakNow();
    emit presetsChanged();
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

void ScenarioController::setPrecision(Precision p)
{
    m_scenario.options.precision = p;
    presetApplied(resolvePeakNow()); // the peak follows the precision
}

void ScenarioController::setOptimizer(Optimizer o)
{
    m_scenario.options.optimizer = o;
    recompute();
}

void ScenarioController::setCheckpointing(Checkpointing c)
{
    m_scenario.options.checkpointing = c;
    recompute();
}

void ScenarioController::setFlashAttention(bool on)
{
    m_scenario.options.flashAttention = on;
    recompute();
}

void ScenarioController::setFfn(FfnKind ffn)
{
    m_scenario.model.ffn = ffn;
    recompute();
}

void ScenarioController::setDFf(std::int64_t dFf)
{
    m_scenario.model.dFf = dFf;
    recompute();
}

void ScenarioController::setTiedEmbeddings(bool tied)
{
    m_scenario.model.tiedEmbeddings = tied;
    recompute();
}

void ScenarioController::setKvHeads(std::int64_t kvHeads)
{
    m_scenario.model.kvHeads = kvHeads;
    recompute();
}

void ScenarioController::setZeroStage(int stage)
{
    m_scenario.options.zeroStage = stage;
    recompute();
}

void ScenarioController::setGradAccum(std::int64_t microBatches)
{
    m_scenario.options.gradAccum = microBatches;
    recompute();
}

void ScenarioController::setGpuPreset(const QString &id)
{
    if (id.isEmpty()) {
        // Custom: the figures on screen stay, now the user's own.
        m_presets.gpu = makeCustomGpu(m_scenario.hardware.gpuMemoryBytes);
        m_userPeak = m_scenario.hardware.peakFlopsPerGpu;
        presetApplied(resolvePeakNow());
        return;
    }
    const std::optional<GpuPreset> gpu = gpuById(id);
    if (!gpu)
        return;
    m_presets.gpu = *gpu;
    m_userPeak.reset();
    m_scenario.hardware.gpuMemoryBytes = gpu->memoryBytes;
    m_unit = naturalUnit(gpu->memoryBytes);
    resolvePeakNow();
    presetApplied(true);
}

void ScenarioController::setDatasetPreset(const QString &id)
{
    if (id.isEmpty()) {
        m_presets.dataset.reset();
        presetApplied(false);
        return;
    }
    const DatasetPreset *dataset = PresetStore::builtIn().dataset(id);
    if (!dataset)
        return;
    m_presets.dataset = *dataset;
    m_scenario.run.tokens = dataset->tokens;
    presetApplied(true);
}

void ScenarioController::setModelPreset(const QString &id)
{
    if (id.isEmpty()) {
        m_presets.model.reset();
        presetApplied(false);
        return;
    }
    const ModelPreset *model = PresetStore::builtIn().model(id);
    if (!model)
        return;
    applyModel(m_scenario.model, *model); // architecture and context as c; b stays
    m_presets.model = *model;
    presetApplied(true);
}

void ScenarioController::usePresetPeak()
{
    if (!m_userPeak || !presetPeak())
        return;
    m_userPeak.reset();
    presetApplied(resolvePeakNow());
}

} // namespace ts::ui
