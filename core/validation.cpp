// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

namespace ts {

namespace {

// The PyTorch eager model is the reference implementation's step (tests/validation/reference.py):
// the lecture's model and training, nothing else. Options it does not implement are a problem,
// not a silent fallback to numbers nobody measured.
bool isLectureConfiguration(const Scenario &s)
{
    const ModelShape &m = s.model;
    const TrainingOptions &o = s.options;
    return m.ffn == FfnKind::SwiGlu && m.ffnWidth() == 4 * m.dModel && !m.tiedEmbeddings
            && m.kvHeadCount() == m.heads && m.norm == NormKind::RmsNorm && m.bias == BiasKind::None
            && m.maxPositions == 0 && !m.parallelBlock && !m.dropout
            && o.finetune == FineTuning::Full && o.precision == Precision::Fp32
            && o.optimizer == Optimizer::AdamW && o.checkpointing == Checkpointing::None
            && !o.flashAttention && o.zeroStage == 0 && o.gradAccum == 1
            && o.offload == Offload::None && o.tensorParallel == 1 && o.pipelineParallel == 1
            && o.contextParallel == 1 && !m.moe();
}

} // namespace

std::vector<Problem> validate(const Scenario &s)
{
    std::vector<Problem> out;
    FieldSet bad;
    for (const InputSpec &spec : inputs()) {
        const RangeCheck check = checkRange(spec, spec.get(s));
        if (check == RangeCheck::Ok)
            continue;
        bad.insert(spec.field);
        const ProblemCode code = check == RangeCheck::NotFinite ? ProblemCode::NotFinite
                : check == RangeCheck::TooLarge                 ? ProblemCode::TooLarge
                                                                : ProblemCode::TooSmall;
        out.push_back({ spec.field, code });
    }
    // Bounds between inputs, each once its inputs are within their own (no division by zero).
    const ModelShape &m = s.model;
    if (!bad.contains(Field::Heads) && !bad.contains(Field::DModel) && m.dModel % m.heads != 0)
        out.push_back({ Field::Heads, ProblemCode::HeadsMustDivideD });
    if (!bad.contains(Field::Heads) && !bad.contains(Field::KvHeads)
        && m.heads % m.kvHeadCount() != 0)
        out.push_back({ Field::KvHeads, ProblemCode::KvHeadsMustDivideH });
    // Tensor parallelism splits heads, K/V heads and the FFN's columns evenly (Shoeybi et al.
    // 2019); the pipeline splits the blocks evenly, the interleaved schedule in groups of p
    // micro-batches (Narayanan et al. 2021); context parallelism the tokens; the GPUs form
    // groups of t·p·cp.
    const TrainingOptions &o = s.options;
    const std::int64_t t = o.tensorParallel, p = o.pipelineParallel, cp = o.contextParallel;
    const bool interleaved = o.pipelineSchedule == PipelineSchedule::Interleaved;
    const std::int64_t stages = interleaved ? p * o.pipelineChunks : p;
    if (bad.empty() && t > 1
        && (m.heads % t != 0 || m.kvHeadCount() % t != 0 || m.ffnWidth() % t != 0
            || (m.moe() && m.expertWidth() % t != 0)))
        out.push_back({ Field::TensorParallel, ProblemCode::TensorParallelMustDivide });
    if (bad.empty() && s.hardware.gpus % (t * p * cp) != 0)
        out.push_back({ Field::Gpus, ProblemCode::LayoutMustDivideGpus });
    if (bad.empty() && m.layers % stages != 0)
        out.push_back({ Field::PipelineParallel, ProblemCode::PipelineMustDivideLayers });
    if (bad.empty() && p > 1 && interleaved && o.gradAccum % p != 0)
        out.push_back({ Field::GradAccum, ProblemCode::InterleavedMicroBatches });
    if (bad.empty() && m.seqLen % cp != 0)
        out.push_back({ Field::ContextParallel, ProblemCode::ContextParallelMustDivide });
    // Mixture of experts (docs/formulas.md §8.12): k of the E experts, ep of the data-parallel
    // GPUs holding E/ep each.
    const std::int64_t ep = o.expertParallel;
    if (bad.empty() && m.moe() && m.topK > m.experts)
        out.push_back({ Field::TopK, ProblemCode::TopKBeyondExperts });
    if (bad.empty() && ep > 1
        && (!m.moe() || m.experts % ep != 0 || (s.hardware.gpus / (t * p * cp)) % ep != 0
            || s.hardware.gpus % (t * p * cp) != 0))
        out.push_back({ Field::ExpertParallel, ProblemCode::ExpertParallelMustDivide });
    if (bad.empty() && m.moe() && (o.finetune != FineTuning::Full || o.offload != Offload::None))
        out.push_back({ Field::Experts, ProblemCode::BeyondMoeModel });
    if (bad.empty() && (t > 1 || p > 1 || cp > 1)
        && (o.finetune != FineTuning::Full || o.offload != Offload::None)) {
        const Field field = t > 1 ? Field::TensorParallel
                : p > 1           ? Field::PipelineParallel
                                  : Field::ContextParallel;
        out.push_back({ field, ProblemCode::BeyondTensorParallelModel });
    }
    if (bad.empty() && s.options.accounting == Accounting::PytorchEager
        && !isLectureConfiguration(s))
        out.push_back({ Field::Accounting, ProblemCode::BeyondEagerModel });
    return out;
}

const char *fieldKey(Field field)
{
    return field == Field::Result ? "result" : input(field).flag;
}

std::string describe(const Problem &problem)
{
    const std::string key = fieldKey(problem.field);
    switch (problem.code) {
    case ProblemCode::TooSmall:
    case ProblemCode::TooLarge:
    case ProblemCode::NotFinite: return key + " must be " + allowedText(input(problem.field));
    case ProblemCode::HeadsMustDivideD:
        return "heads must divide d-model exactly (d_head = d/h must be a whole number)";
    case ProblemCode::KvHeadsMustDivideH:
        return "kv-heads must divide heads exactly (each K/V head serves h/kv query heads)";
    case ProblemCode::Overflow:
        return "the configuration is too large: an exact count exceeds 64 bits";
    case ProblemCode::BeyondEagerModel:
        return "pytorch-eager models only the lecture's configuration (fp32, AdamW, SwiGLU with "
               "d_ff = 4d, RMSNorm, no biases, positions or dropout, untied embeddings, one K/V "
               "head per head, sequential blocks, full training, no checkpointing or "
               "FlashAttention, ZeRO 0, one micro-batch)";
    case ProblemCode::TensorParallelMustDivide:
        return "tp must divide the heads, the kv-heads and d-ff (each GPU takes h/t heads and "
               "d_ff/t FFN columns)";
    case ProblemCode::BeyondTensorParallelModel:
        return key
                + " > 1 is modelled for full training without offload; use tp, pp and cp 1 "
                  "with LoRA, QLoRA or offload";
    case ProblemCode::LayoutMustDivideGpus:
        return "tp × pp × cp must divide the GPUs (they form GPUs/(t·p·cp) data-parallel "
               "replicas)";
    case ProblemCode::PipelineMustDivideLayers:
        return "pp must divide the layers (pp × pp-chunks with the interleaved schedule): each "
               "stage takes L/p blocks";
    case ProblemCode::InterleavedMicroBatches:
        return "with the interleaved schedule the micro-batches (grad-accum) must be a multiple "
               "of pp";
    case ProblemCode::ContextParallelMustDivide:
        return "cp must divide seq-len: each GPU keeps c/cp tokens of every sequence";
    case ProblemCode::TopKBeyondExperts:
        return "top-k must not exceed experts: each token goes to k of the E experts";
    case ProblemCode::ExpertParallelMustDivide:
        return "ep must divide experts and the data-parallel replicas GPUs/(tp·pp·cp) (each GPU "
               "holds E/ep experts); ep > 1 needs experts";
    case ProblemCode::BeyondMoeModel:
        return "experts are modelled for full training without offload; use experts 0 with "
               "LoRA, QLoRA or offload";
    case ProblemCode::NoPeakForPrecision:
        return "the GPU has no peak for this precision; choose another precision or give gpu-flops";
    }
    return key + " is invalid";
}

} // namespace ts
