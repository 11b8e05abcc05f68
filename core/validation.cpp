// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include <cmath>

namespace ts {

namespace {

void requireCount(std::vector<Problem> &out, Field field, std::int64_t value)
{
    if (value < 1)
        out.push_back({ field, ProblemCode::NotPositive });
}

void requirePositive(std::vector<Problem> &out, Field field, double value)
{
    if (!std::isfinite(value))
        out.push_back({ field, ProblemCode::NotFinite });
    else if (!(value > 0))
        out.push_back({ field, ProblemCode::NotPositive });
}

// The PyTorch eager model is the reference implementation's step (tests/validation/reference.py):
// the lecture's model and training, nothing else. Options it does not implement are a problem,
// not a silent fallback to numbers nobody measured.
bool isLectureConfiguration(const Scenario &s)
{
    const ModelShape &m = s.model;
    const TrainingOptions &o = s.options;
    return m.ffn == FfnKind::SwiGlu && (m.dFf == 0 || m.dFf == 4 * m.dModel) && !m.tiedEmbeddings
            && (m.kvHeads == 0 || m.kvHeads == m.heads) && o.precision == Precision::Fp32
            && o.optimizer == Optimizer::AdamW && o.checkpointing == Checkpointing::None
            && !o.flashAttention && o.zeroStage == 0 && o.gradAccum == 1;
}

} // namespace

std::vector<Problem> validate(const Scenario &s)
{
    std::vector<Problem> out;
    const ModelShape &m = s.model;
    requireCount(out, Field::Batch, m.batch);
    requireCount(out, Field::SeqLen, m.seqLen);
    requireCount(out, Field::DModel, m.dModel);
    requireCount(out, Field::Layers, m.layers);
    requireCount(out, Field::Heads, m.heads);
    requireCount(out, Field::Vocab, m.vocab);
    if (m.heads >= 1 && m.dModel >= 1 && m.dModel % m.heads != 0)
        out.push_back({ Field::Heads, ProblemCode::HeadsMustDivideD });

    const Hardware &hw = s.hardware;
    if (!std::isfinite(hw.mfu))
        out.push_back({ Field::Mfu, ProblemCode::NotFinite });
    else if (!(hw.mfu > 0 && hw.mfu <= 1))
        out.push_back({ Field::Mfu, ProblemCode::MfuOutOfRange });
    requireCount(out, Field::Gpus, hw.gpus);
    requireCount(out, Field::GpuMemory, hw.gpuMemoryBytes);
    requirePositive(out, Field::PeakFlops, hw.peakFlopsPerGpu);

    if (m.dFf < 0)
        out.push_back({ Field::DFf, ProblemCode::NotPositive });
    if (m.kvHeads < 0)
        out.push_back({ Field::KvHeads, ProblemCode::NotPositive });
    else if (m.kvHeads > 0 && m.heads >= 1 && m.heads % m.kvHeads != 0)
        out.push_back({ Field::KvHeads, ProblemCode::KvHeadsMustDivideH });
    const TrainingOptions &o = s.options;
    if (o.zeroStage < 0 || o.zeroStage > 3)
        out.push_back({ Field::ZeroStage, ProblemCode::ZeroStageOutOfRange });
    requireCount(out, Field::GradAccum, o.gradAccum);
    if (o.accounting == Accounting::PytorchEager && !isLectureConfiguration(s))
        out.push_back({ Field::Accounting, ProblemCode::BeyondEagerModel });

    requirePositive(out, Field::Tokens, s.run.tokens);
    requirePositive(out, Field::Epochs, s.run.epochs);
    return out;
}

const char *fieldKey(Field field)
{
    switch (field) {
    case Field::Batch: return "batch";
    case Field::SeqLen: return "seq-len";
    case Field::DModel: return "d-model";
    case Field::Layers: return "layers";
    case Field::Heads: return "heads";
    case Field::Vocab: return "vocab";
    case Field::Mfu: return "mfu";
    case Field::Gpus: return "gpus";
    case Field::GpuMemory: return "gpu-memory";
    case Field::PeakFlops: return "gpu-flops";
    case Field::Tokens: return "tokens";
    case Field::Epochs: return "epochs";
    case Field::DFf: return "d-ff";
    case Field::KvHeads: return "kv-heads";
    case Field::ZeroStage: return "zero";
    case Field::GradAccum: return "grad-accum";
    case Field::Accounting: return "accounting";
    case Field::Result: return "result";
    }
    return "?";
}

std::string describe(const Problem &problem)
{
    const std::string key = fieldKey(problem.field);
    switch (problem.code) {
    case ProblemCode::NotPositive: return key + " must be a positive number";
    case ProblemCode::NotFinite: return key + " must be a finite number";
    case ProblemCode::HeadsMustDivideD:
        return "heads must divide d-model exactly (d_head = d/h must be a whole number)";
    case ProblemCode::MfuOutOfRange: return "mfu must be greater than 0 and at most 1";
    case ProblemCode::KvHeadsMustDivideH:
        return "kv-heads must divide heads exactly (each K/V head serves h/kv query heads)";
    case ProblemCode::ZeroStageOutOfRange: return "zero must be 0, 1, 2 or 3";
    case ProblemCode::Overflow:
        return "the configuration is too large: an exact count exceeds 64 bits";
    case ProblemCode::BeyondEagerModel:
        return "pytorch-eager models only the lecture's configuration (fp32, AdamW, SwiGLU with "
               "d_ff = 4d, untied embeddings, one K/V head per head, no checkpointing or "
               "FlashAttention, ZeRO 0, one micro-batch)";
    case ProblemCode::NoPeakForPrecision:
        return "the GPU has no peak for this precision; choose another precision or give gpu-flops";
    }
    return key + " is invalid";
}

} // namespace ts
