// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioconfig.h"

#include "presetstore.h"

namespace ts::ui {

namespace {

// The input's value in a and b is the same, as reports show it (d_ff 0 and 4d alike).
bool sameValue(Field field, const Scenario &a, const Scenario &b)
{
    const InputSpec &spec = input(field);
    return spec.shown(a) == spec.shown(b);
}

GpuPreset customGpu(std::int64_t memoryBytes)
{
    GpuPreset gpu;
    gpu.id.clear();
    gpu.name.clear();
    gpu.memoryBytes = memoryBytes;
    gpu.fp32 = gpu.tf32 = gpu.bf16 = gpu.fp16 = std::nullopt;
    gpu.source.clear();
    return gpu;
}

} // namespace

namespace {

FieldSet inputsSuppliedBy(PresetKind kind)
{
    FieldSet fields;
    for (Field field : inputsOf(kind))
        fields.insert(field);
    return fields;
}

} // namespace

FieldSet modelPresetFields()
{
    return inputsSuppliedBy(PresetKind::Model);
}

FieldSet gpuPresetFields()
{
    return inputsSuppliedBy(PresetKind::Gpu);
}

FieldSet datasetPresetFields()
{
    return inputsSuppliedBy(PresetKind::Dataset);
}

void ScenarioConfig::give(Field field, const InputValue &value)
{
    input(field).set(values, value);
    given.insert(field);
}

void ScenarioConfig::overlay(const ScenarioConfig &over)
{
    const auto replacePreset = [this](QString &mine, const QString &theirs, FieldSet fields) {
        if (theirs.isEmpty())
            return;
        mine = theirs;
        given.erase(fields);
    };
    replacePreset(modelPreset, over.modelPreset, modelPresetFields());
    replacePreset(gpuPreset, over.gpuPreset, gpuPresetFields());
    replacePreset(datasetPreset, over.datasetPreset, datasetPresetFields());
    for (Field field : over.given.fields())
        take(field, over.values);
}

void ScenarioConfig::dropValuesOfPresets()
{
    // What the presets alone would give, to compare the given values with.
    ScenarioConfig presetsOnly = *this;
    presetsOnly.given.erase(modelPresetFields());
    presetsOnly.given.erase(gpuPresetFields());
    presetsOnly.given.erase(datasetPresetFields());
    const Scenario byPresets = resolve(presetsOnly).scenario;
    for (Field field : suppliedByPresets(*this).fields())
        if (given.contains(field) && sameValue(field, values, byPresets))
            given.erase(field);
    // Without a model preset, d_ff = 4d and kv_heads = h are the defaults, not choices.
    if (given.contains(Field::DFf) && values.model.dFf == 4 * values.model.dModel) {
        values.model.dFf = 0;
        given.erase(Field::DFf);
    }
    if (given.contains(Field::KvHeads) && values.model.kvHeads == values.model.heads) {
        values.model.kvHeads = 0;
        given.erase(Field::KvHeads);
    }
}

ScenarioConfig ScenarioConfig::infer(const Scenario &scenario, const PresetSelection &presets)
{
    ScenarioConfig config;
    config.values = scenario;
    for (const InputSpec &spec : inputs())
        config.given.insert(spec.field);
    config.gpuPreset = presets.gpu.id.empty() ? kCustomGpu : QString::fromStdString(presets.gpu.id);
    if (presets.dataset)
        config.datasetPreset = QString::fromStdString(presets.dataset->id);
    if (presets.model)
        config.modelPreset = QString::fromStdString(presets.model->id);
    const bool peakAsGiven = presets.peakKind == PeakKind::AsGiven;
    config.dropValuesOfPresets();
    if (peakAsGiven)
        config.given.insert(Field::PeakFlops);
    return config;
}

bool operator==(const ScenarioConfig &a, const ScenarioConfig &b)
{
    if (a.given != b.given || a.gpuPreset != b.gpuPreset || a.datasetPreset != b.datasetPreset
        || a.modelPreset != b.modelPreset)
        return false;
    for (Field field : a.given.fields())
        if (input(field).get(a.values) != input(field).get(b.values))
            return false;
    return true;
}

FieldSet suppliedByPresets(const ScenarioConfig &config)
{
    const PresetStore &store = PresetStore::builtIn();
    FieldSet fields;
    if (store.model(config.modelPreset))
        fields.insert(modelPresetFields());
    if (config.gpuPreset != kCustomGpu)
        fields.insert(gpuPresetFields());
    if (store.dataset(config.datasetPreset))
        fields.insert(datasetPresetFields());
    return fields;
}

ResolvedConfig resolve(const ScenarioConfig &config)
{
    const PresetStore &presets = PresetStore::builtIn();
    ResolvedConfig out;
    Scenario &s = out.scenario;
    PresetSelection &sel = out.selection;
    const ModelPreset *model = presets.model(config.modelPreset);
    if (model) {
        applyModel(s.model, *model);
        sel.model = *model;
    }
    for (Field field : config.given.fields())
        input(field).set(s, input(field).get(config.values));
    if (model) {
        for (Field field : keptPresetFields(model->shape, s.model))
            if (!config.given.contains(field))
                out.keptFromModel.push_back(field);
    }

    const bool custom = config.gpuPreset == kCustomGpu;
    if (custom) {
        sel.gpu = customGpu(s.hardware.gpuMemoryBytes);
    } else if (const GpuPreset *gpu
               = presets.gpu(config.gpuPreset.isEmpty() ? QString::fromStdString(lectureGpu().id)
                                                        : config.gpuPreset)) {
        sel.gpu = *gpu;
        if (!config.given.contains(Field::GpuMemory))
            s.hardware.gpuMemoryBytes = gpu->memoryBytes;
        if (!config.given.contains(Field::HostLink))
            s.hardware.hostLinkBytesPerSecond = gpu->hostLinkBytesPerSecond;
        if (!config.given.contains(Field::GpuLink))
            s.hardware.gpuLinkBytesPerSecond = gpu->gpuLinkBytesPerSecond;
    }
    std::optional<double> userFlops;
    if (custom || config.given.contains(Field::PeakFlops))
        userFlops = s.hardware.peakFlopsPerGpu;
    if (const auto peak = resolvePeak(sel.gpu, s.options.precision, userFlops)) {
        s.hardware.peakFlopsPerGpu = peak->flopsPerSecond;
        sel.peakKind = peak->kind;
    } else {
        out.peakMissing = true;
        sel.peakKind = peakKindFor(s.options.precision);
    }
    if (const DatasetPreset *dataset = presets.dataset(config.datasetPreset)) {
        sel.dataset = *dataset;
        if (!config.given.contains(Field::Tokens))
            s.run.tokens = dataset->tokens;
    }
    return out;
}

} // namespace ts::ui
