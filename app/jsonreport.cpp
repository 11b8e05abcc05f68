// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreport.h"

#include "eagerjson.h"
#include "inputcodec.h"
#include "options.h"

#include <QJsonArray>

namespace ts::cli {

namespace {

QJsonValue integer(std::int64_t n)
{
    return QJsonValue(qint64(n)); // Qt 6 keeps 64-bit integers exact in JSON output
}

QJsonObject selectionOf(const PresetSelection &sel)
{
    const GpuPreset &g = sel.gpu;
    auto peak = [](const std::optional<double> &x) { return x ? QJsonValue(*x) : QJsonValue(); };
    QJsonObject out {
        { "gpu",
          QJsonObject { { "id", QString::fromStdString(g.id) },
                        { "name", QString::fromStdString(g.name) },
                        { "memory_label", QString::fromStdString(g.memoryLabel) },
                        { "memory_bytes", integer(g.memoryBytes) },
                        { "fp32_flops", peak(g.fp32) },
                        { "tf32_flops", peak(g.tf32) },
                        { "bf16_flops", peak(g.bf16) },
                        { "fp16_flops", peak(g.fp16) },
                        { "fp8_flops", peak(g.fp8) },
                        { "peak_used", QLatin1String(keyOf(sel.peakKind)) },
                        { "host_link", QString::fromStdString(g.hostLink) },
                        { "gpu_link", QString::fromStdString(g.gpuLink) },
                        { "source", QString::fromStdString(g.source) } } },
    };
    if (sel.dataset)
        out.insert("dataset",
                   QJsonObject { { "id", QString::fromStdString(sel.dataset->id) },
                                 { "name", QString::fromStdString(sel.dataset->name) },
                                 { "tokens", sel.dataset->tokens },
                                 { "tokenizer", QString::fromStdString(sel.dataset->tokenizer) },
                                 { "source", QString::fromStdString(sel.dataset->source) } });
    if (sel.model)
        out.insert("model",
                   QJsonObject { { "id", QString::fromStdString(sel.model->id) },
                                 { "name", QString::fromStdString(sel.model->name) },
                                 { "source", QString::fromStdString(sel.model->source) },
                                 { "notes", QString::fromStdString(sel.model->notes) } });
    return out;
}

QJsonObject paramsOf(const ParameterCounts &p)
{
    return {
        { "total", integer(p.total) },
        { "embedding", integer(p.embedding) },
        { "positions", integer(p.positions) },
        { "per_block", integer(p.perBlock) },
        { "per_block_norms", integer(p.blockNorms) },
        { "per_block_attention", integer(p.blockAttention) },
        { "per_block_ffn", integer(p.blockFfn) },
        { "blocks", integer(p.allBlocks) },
        { "final_norm", integer(p.finalNorm) },
        { "output_projection", integer(p.outputProjection) },
        { "trainable", integer(p.trainable) },
        { "adapters", integer(p.adapters) },
        { "quantized", integer(p.quantized) },
        { "per_gpu", integer(p.perGpu) },
        { "active", integer(p.active) },
        { "per_block_tensor_parallel_split", integer(p.blockSharded) },
        { "per_block_tensor_parallel_whole", integer(p.blockReplicated) },
    };
}

// The lecture's thirteen tensors always (zero when an option drops one, as FlashAttention drops
// P), then the tensors that only options add, when present.
QJsonArray activationsOf(const ActivationCounts &a)
{
    QJsonArray out;
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        const ActivationInfo &info = activationInfo(static_cast<Activation>(i));
        if (i >= kLectureActivationCount && a.elements[i] == 0)
            continue;
        out.append(QJsonObject {
                { "name", info.key },
                { "symbol", info.symbol },
                { "formula", info.formula },
                { "per_block", info.perBlock },
                { "elements_total", integer(a.elements[i]) },
                { "bytes_total", integer(a.bytes[i]) },
        });
    }
    return out;
}

QJsonObject memoryOf(const Estimate &e, const Scenario &s)
{
    const MemoryBreakdown &m = e.memory;
    return {
        { "per_gpu", true },
        { "zero_stage", s.options.zeroStage },
        { "parameters", integer(m.parameters) },
        { "frozen_weights", integer(m.frozenWeights) },
        { "weight_casts", integer(m.weightCasts) },
        { "gradients", integer(m.gradients) },
        { "optimizer_states", integer(m.optimizerStates) },
        { "activations", integer(m.activations) },
        { "activations_attention_scores", integer(m.attentionScores) },
        { "activations_block_other", integer(m.blockOther) },
        { "activations_head", integer(m.head) },
        { "peak", integer(m.peak) },
        { "static", integer(m.staticBytes) },
        { "per_sample", integer(m.perSampleBytes) },
        { "gpu", integer(s.hardware.gpuMemoryBytes) },
        { "margin", integer(e.marginBytes) },
        { "fits", e.fits },
    };
}

QJsonObject flopsOf(const FlopsBreakdown &f)
{
    QJsonObject terms;
    for (std::size_t i = 0; i < kMatmulCount; ++i)
        terms.insert(matmulInfo(static_cast<Matmul>(i)).key, f.forwardTerms[i]);
    return {
        { "forward", f.forward },
        { "backward", f.backward },
        { "recompute", f.recompute },
        { "optimizer", f.optimizer },
        { "optimizer_parameters", integer(f.optimizerParameters) },
        { "total", f.total },
        { "forward_terms", terms },
    };
}

QJsonObject trainingOf(const TrainingTime &t)
{
    return {
        { "tokens_per_step", t.tokensPerStep },
        { "steps", t.steps },
        { "global_batch", t.globalBatch },
        { "optimizer_steps", t.optimizerSteps },
        { "total_flops", t.totalFlops },
        { "seconds_per_step", t.secondsPerStep },
        { "seconds", t.seconds },
        { "hours", t.hours },
        { "model_flops_per_step", t.modelFlopsPerStep },
        { "modelled_mfu", t.modelledMfu },
        { "breakdown_seconds_per_step", breakdownJson(t.breakdown) },
    };
}

// The GPUs' layout and each pipeline stage's GPU (docs/formulas.md §8.10).
QJsonObject layoutOf(const Scenario &s, const Estimate &e)
{
    const Layout l = ts::layoutOf(s);
    QJsonArray stages;
    for (const StageMemory &m : stageMemories(s))
        stages.append(QJsonObject { { "stage", integer(m.stage) },
                                    { "parameters", integer(m.parameters) },
                                    { "static_bytes", integer(m.staticBytes) },
                                    { "activation_bytes", integer(m.activationBytes) },
                                    { "peak_bytes", integer(m.peak) } });
    return {
        { "tensor_parallel", integer(l.tp) },
        { "pipeline_parallel", integer(l.pp) },
        { "pipeline_chunks", integer(l.chunks) },
        { "context_parallel", integer(l.cp) },
        { "expert_parallel", integer(l.ep) },
        { "data_parallel", integer(l.dp) },
        { "micro_batches", integer(l.microBatches) },
        { "bubble_fraction", l.bubbleFraction() },
        { "peak_stage", integer(e.pipeline.peakStage) },
        { "stages", stages },
    };
}

// Host memory and host-link traffic (docs/formulas.md §8.8), per optimizer step.
QJsonObject offloadOf(const OffloadCost &o, const Scenario &s)
{
    const double link = s.hardware.hostLinkBytesPerSecond;
    return {
        { "mode", QLatin1String(keyOf(s.options.offload)) },
        { "host_bytes_per_gpu", integer(o.hostBytesPerGpu) },
        { "gpus_per_node", integer(o.gpusPerNode) },
        { "host_bytes_per_node", integer(o.hostBytesPerNode) },
        { "to_host_bytes_per_step", integer(o.toHostBytes) },
        { "to_gpu_bytes_per_step", integer(o.toGpuBytes) },
        { "host_link_bytes_per_second", link },
        { "link_seconds_per_step", link > 0 ? QJsonValue(o.linkSeconds) : QJsonValue() },
    };
}

} // namespace

// Where a step's time goes (docs/formulas.md §8.10); the parts add up to seconds_per_step.
QJsonObject breakdownJson(const StepTimeBreakdown &b)
{
    return {
        { "compute", b.compute },
        { "recompute", b.recompute },
        { "optimizer", b.optimizer },
        { "pipeline_bubble", b.bubble },
        { "tensor_parallel", b.tensorParallel },
        { "pipeline_parallel", b.pipelineParallel },
        { "context_parallel", b.contextParallel },
        { "expert_parallel", b.expertParallel },
        { "data_parallel", b.dataParallel },
        { "data_parallel_before_overlap", b.dataParallelTotal },
    };
}

QJsonObject toJson(const Scenario &s, const PresetSelection &selection, const Estimate &e)
{
    QJsonObject out {
        { "config", ui::inputcodec::configJson(s) },
        { "presets", selectionOf(selection) },
        { "params", paramsOf(e.params) },
        { "activation_elements", integer(e.activations.total) },
        { "activations", activationsOf(e.activations) },
        { "memory_bytes", memoryOf(e, s) },
        { "flops_per_step", flopsOf(e.flops) },
        { "max_batch_size",
          QJsonObject { { "exact", integer(e.maxBatch.exact) },
                        { "lecture_approx", e.maxBatch.lectureApprox },
                        { "lecture_approx_applies", e.maxBatch.lectureApproxApplies },
                        { "gpu_memory_bytes", integer(s.hardware.gpuMemoryBytes) } } },
        { "training", trainingOf(e.training) },
        { "layout", layoutOf(s, e) },
    };
    if (s.options.offload != Offload::None)
        out.insert("offload", offloadOf(e.offload, s));
    if (s.options.accounting == Accounting::PytorchEager)
        out.insert("pytorch_eager", eagerToJson(e));
    out.insert("comparison", comparisonToJson(s));
    return out;
}

} // namespace ts::cli
