// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreport.h"

#include <QJsonArray>

namespace ts::cli {

namespace {

QJsonValue integer(std::int64_t n)
{
    return QJsonValue(qint64(n)); // Qt 6 keeps 64-bit integers exact in JSON output
}

QJsonObject configOf(const Scenario &s)
{
    const ModelShape &m = s.model;
    return {
        { "batch", integer(m.batch) },
        { "seq_len", integer(m.seqLen) },
        { "d_model", integer(m.dModel) },
        { "layers", integer(m.layers) },
        { "heads", integer(m.heads) },
        { "vocab", integer(m.vocab) },
        { "d_ff", integer(4 * m.dModel) },
        { "mfu", s.hardware.mfu },
        { "gpus", integer(s.hardware.gpus) },
        { "gpu_memory_bytes", integer(s.hardware.gpuMemoryBytes) },
        { "gpu_flops", s.hardware.peakFlopsPerGpu },
        { "tokens", s.run.tokens },
        { "epochs", s.run.epochs },
        { "precision", "fp32" },
        { "optimizer", "adamw" },
    };
}

QJsonObject paramsOf(const ParameterCounts &p)
{
    return {
        { "total", integer(p.total) },
        { "embedding", integer(p.embedding) },
        { "per_block", integer(p.perBlock) },
        { "per_block_norms", integer(p.blockNorms) },
        { "per_block_attention", integer(p.blockAttention) },
        { "per_block_ffn", integer(p.blockFfn) },
        { "blocks", integer(p.allBlocks) },
        { "final_norm", integer(p.finalNorm) },
        { "output_projection", integer(p.outputProjection) },
    };
}

QJsonArray activationsOf(const ActivationCounts &a, std::int64_t layers)
{
    QJsonArray out;
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        const ActivationInfo &info = activationInfo(static_cast<Activation>(i));
        const std::int64_t total = a.elements[i];
        out.append(QJsonObject {
                { "name", info.key },
                { "symbol", info.symbol },
                { "formula", info.formula },
                { "per_block", info.perBlock },
                { "elements", integer(info.perBlock ? total / layers : total) },
                { "elements_total", integer(total) },
                { "bytes_total", integer(4 * total) },
        });
    }
    return out;
}

QJsonObject memoryOf(const Estimate &e, const Scenario &s)
{
    const MemoryBreakdown &m = e.memory;
    return {
        { "per_gpu", true },
        { "parameters", integer(m.parameters) },
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
        { "optimizer", f.optimizer },
        { "total", f.total },
        { "forward_terms", terms },
    };
}

QJsonObject trainingOf(const TrainingTime &t)
{
    return {
        { "tokens_per_step", t.tokensPerStep },
        { "steps", t.steps },
        { "total_flops", t.totalFlops },
        { "seconds_per_step", t.secondsPerStep },
        { "seconds", t.seconds },
        { "hours", t.hours },
    };
}

} // namespace

QJsonObject toJson(const Scenario &s, const Estimate &e)
{
    return {
        { "config", configOf(s) },
        { "params", paramsOf(e.params) },
        { "activation_elements", integer(e.activations.total) },
        { "activations", activationsOf(e.activations, s.model.layers) },
        { "memory_bytes", memoryOf(e, s) },
        { "flops_per_step", flopsOf(e.flops) },
        { "max_batch_size",
          QJsonObject { { "exact", integer(e.maxBatch.exact) },
                        { "lecture_approx", e.maxBatch.lectureApprox },
                        { "gpu_memory_bytes", integer(s.hardware.gpuMemoryBytes) } } },
        { "training", trainingOf(e.training) },
    };
}

} // namespace ts::cli
