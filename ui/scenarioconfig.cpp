// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioconfig.h"

#include "configkeys.h"
#include "presetstore.h"
#include "scenariocontroller.h"

namespace ts::ui {

namespace {

// The key's value in a and b is the same (d_ff and kv_heads compared as resolved).
bool sameValue(const QString &path, const Scenario &a, const Scenario &b)
{
    const ConfigKey *key = configKeyByPath(path);
    return key && key->get(a) == key->get(b);
}

} // namespace

const QStringList &modelPresetKeys()
{
    static const QStringList keys {
        QStringLiteral("model.seq_len"),
        QStringLiteral("model.d_model"),
        QStringLiteral("model.layers"),
        QStringLiteral("model.heads"),
        QStringLiteral("model.vocab"),
        QStringLiteral("model.ffn"),
        QStringLiteral("model.d_ff"),
        QStringLiteral("model.kv_heads"),
        QStringLiteral("model.tied_embeddings"),
    };
    return keys;
}

const QStringList &gpuPresetKeys()
{
    static const QStringList keys { QStringLiteral("hardware.gpu_memory_bytes"),
                                    QStringLiteral("hardware.gpu_flops") };
    return keys;
}

const QStringList &datasetPresetKeys()
{
    static const QStringList keys { QStringLiteral("run.tokens") };
    return keys;
}

void ScenarioConfig::take(const QString &path, const Scenario &from)
{
    const ConfigKey *key = configKeyByPath(path);
    if (!key)
        return;
    // Copy the raw field, not the resolved JSON, so that d_ff 0 still means 4d.
    if (path == QLatin1String("model.d_ff"))
        values.model.dFf = from.model.dFf;
    else if (path == QLatin1String("model.kv_heads"))
        values.model.kvHeads = from.model.kvHeads;
    else
        key->set(values, key->get(from));
    given.insert(path);
}

void ScenarioConfig::overlay(const ScenarioConfig &over)
{
    const auto replacePreset
            = [this](QString &mine, const QString &theirs, const QStringList &keys) {
                  if (theirs.isEmpty())
                      return;
                  mine = theirs;
                  for (const QString &k : keys)
                      given.remove(k);
              };
    replacePreset(modelPreset, over.modelPreset, modelPresetKeys());
    replacePreset(gpuPreset, over.gpuPreset, gpuPresetKeys());
    replacePreset(datasetPreset, over.datasetPreset, datasetPresetKeys());
    for (const QString &path : over.given)
        take(path, over.values);
}

void ScenarioConfig::dropValuesOfPresets()
{
    // What the presets alone would give, to compare the given values with.
    ScenarioConfig presetsOnly;
    presetsOnly.values = values;
    presetsOnly.modelPreset = modelPreset;
    presetsOnly.gpuPreset = gpuPreset;
    presetsOnly.datasetPreset = datasetPreset;
    for (const QString &path : given)
        if (!modelPresetKeys().contains(path) && !gpuPresetKeys().contains(path)
            && !datasetPresetKeys().contains(path))
            presetsOnly.given.insert(path);
    const Scenario byPresets = resolve(presetsOnly).scenario;
    QStringList covered = gpuPresetKeys() + datasetPresetKeys();
    if (!modelPreset.isEmpty())
        covered += modelPresetKeys();
    for (const QString &path : covered)
        if (given.contains(path) && sameValue(path, values, byPresets))
            given.remove(path);
    // Without a model preset, d_ff = 4d and kv_heads = h are the defaults, not choices.
    if (given.contains(QStringLiteral("model.d_ff"))
        && values.model.dFf == 4 * values.model.dModel) {
        values.model.dFf = 0;
        given.remove(QStringLiteral("model.d_ff"));
    }
    if (given.contains(QStringLiteral("model.kv_heads"))
        && values.model.kvHeads == values.model.heads) {
        values.model.kvHeads = 0;
        given.remove(QStringLiteral("model.kv_heads"));
    }
}

ResolvedConfig resolve(const ScenarioConfig &config)
{
    const PresetStore &presets = PresetStore::builtIn();
    ResolvedConfig out;
    Scenario &s = out.scenario;
    PresetSelection &sel = out.selection;
    if (const ModelPreset *model = presets.model(config.modelPreset)) {
        applyModel(s.model, *model);
        sel.model = *model;
    }
    for (const QString &path : config.given)
        if (const ConfigKey *key = configKeyByPath(path))
            key->set(s, key->get(config.values));
    // Raw d_ff and kv_heads: 0 keeps meaning 4d and h.
    if (config.given.contains(QStringLiteral("model.d_ff")))
        s.model.dFf = config.values.model.dFf;
    if (config.given.contains(QStringLiteral("model.kv_heads")))
        s.model.kvHeads = config.values.model.kvHeads;
    if (!config.gpuPreset.isEmpty()) {
        if (const std::optional<GpuPreset> gpu = ScenarioController::gpuById(config.gpuPreset)) {
            sel.gpu = *gpu;
            if (!config.given.contains(QStringLiteral("hardware.gpu_memory_bytes")))
                s.hardware.gpuMemoryBytes = gpu->memoryBytes;
        }
    }
    std::optional<double> userFlops;
    if (config.given.contains(QStringLiteral("hardware.gpu_flops")))
        userFlops = s.hardware.peakFlopsPerGpu;
    if (const auto peak = resolvePeak(sel.gpu, s.options.precision, userFlops)) {
        s.hardware.peakFlopsPerGpu = peak->flopsPerSecond;
        sel.peakKind = peak->kind;
    } else {
        out.peakMissing = true;
        sel.peakKind = peakKind(s.options.precision);
    }
    if (const DatasetPreset *dataset = presets.dataset(config.datasetPreset)) {
        sel.dataset = *dataset;
        if (!config.given.contains(QStringLiteral("run.tokens")))
            s.run.tokens = dataset->tokens;
    }
    return out;
}

} // namespace ts::ui
