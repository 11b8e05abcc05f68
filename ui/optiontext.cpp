// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "optiontext.h"

namespace ts::ui {

QString OptionText::precision(Precision p)
{
    switch (p) {
    case Precision::Fp32: return tr("fp32");
    case Precision::Tf32: return tr("tf32");
    case Precision::Bf16Mixed: return tr("bf16-mixed");
    case Precision::Fp16Mixed: return tr("fp16-mixed");
    case Precision::Bf16: return tr("bf16");
    }
    return {};
}

QString OptionText::optimizer(Optimizer o)
{
    switch (o) {
    case Optimizer::AdamW: return tr("AdamW");
    case Optimizer::SgdMomentum: return tr("SGD with momentum");
    case Optimizer::Sgd: return tr("SGD");
    case Optimizer::Adam8bit: return tr("8-bit Adam");
    }
    return {};
}

QString OptionText::checkpointing(Checkpointing c)
{
    switch (c) {
    case Checkpointing::None: return tr("None");
    case Checkpointing::Selective: return tr("Selective");
    case Checkpointing::Full: return tr("Full");
    }
    return {};
}

QString OptionText::ffn(FfnKind f)
{
    return f == FfnKind::SwiGlu ? tr("SwiGLU") : tr("GELU");
}

QString OptionText::zeroStage(int stage)
{
    switch (stage) {
    case 0: return tr("0: nothing sharded");
    case 1: return tr("1: optimizer states");
    case 2: return tr("2: + gradients");
    case 3: return tr("3: + weights");
    }
    return QString::number(stage);
}

QString OptionText::peakKind(const std::string &kind)
{
    if (kind == "FP32")
        return tr("FP32");
    if (kind == "TF32 tensor")
        return tr("TF32 tensor");
    if (kind == "BF16 tensor")
        return tr("BF16 tensor");
    if (kind == "FP16 tensor")
        return tr("FP16 tensor");
    if (kind == "as given")
        return tr("as given");
    return QString::fromStdString(kind);
}

QString OptionText::precisionHelp(Precision p)
{
    switch (p) {
    case Precision::Fp32:
        return tr("The lecture: 4 bytes for every weight, gradient, moment and activation; time "
                  "at the GPU's FP32 (CUDA-core) peak.");
    case Precision::Tf32:
        return tr("Stored as fp32 (4 bytes), matrix products on TF32 tensor cores: time at the "
                  "TF32 tensor peak.");
    case Precision::Bf16Mixed:
        return tr("bf16 weights, gradients and activations (2 bytes) plus an fp32 master copy "
                  "and moments: 16 bytes per parameter with Adam, as in the ZeRO paper "
                  "(Rajbhandari et al. 2020, §3.1). Time at the BF16 tensor peak.");
    case Precision::Fp16Mixed:
        return tr("As bf16-mixed with fp16: 16 bytes per parameter with Adam (ZeRO paper, "
                  "§3.1). Time at the FP16 tensor peak (fp32 accumulate).");
    case Precision::Bf16:
        return tr("Everything in bf16, the optimizer moments too (2 bytes each), no master "
                  "copy. Time at the BF16 tensor peak.");
    }
    return {};
}

QString OptionText::optimizerHelp(Optimizer o)
{
    switch (o) {
    case Optimizer::AdamW:
        return tr("The lecture: two moments per parameter, 15 FLOPs per parameter per update "
                  "(lecture part 2.3).");
    case Optimizer::SgdMomentum:
        return tr("One momentum buffer per parameter; 4 FLOPs per parameter per update.");
    case Optimizer::Sgd: return tr("No optimizer state; 2 FLOPs per parameter per update.");
    case Optimizer::Adam8bit:
        return tr("Two 1-byte moments plus one fp32 scale per 2048-element block each; 19 FLOPs "
                  "per parameter (Dettmers et al. 2022, 8-bit Optimizers via Block-wise "
                  "Quantization).");
    }
    return {};
}

QString OptionText::checkpointingHelp(Checkpointing c)
{
    switch (c) {
    case Checkpointing::None: return tr("The lecture: every activation is kept for backward.");
    case Checkpointing::Selective:
        return tr("The attention probabilities P (b·h·c² per block) are not kept; backward "
                  "recomputes S = QKᵀ: + L·2bc²d FLOPs (Korthikanti et al. 2022).");
    case Checkpointing::Full:
        return tr("Each block keeps only its input; backward re-runs one block at a time: + one "
                  "forward of every block (Chen et al. 2016; torch.utils.checkpoint).");
    }
    return {};
}

QString OptionText::ffnHelp(FfnKind f)
{
    return f == FfnKind::SwiGlu
            ? tr("The lecture's FFN: W1, W3 (d × d_ff) and W2 (d_ff × d), 3·d·d_ff parameters.")
            : tr("GPT-2's FFN: W1 (d × d_ff) and W2 (d_ff × d), 2·d·d_ff parameters.");
}

QString OptionText::zeroStageHelp(int stage)
{
    switch (stage) {
    case 0: return tr("Plain data parallelism: every GPU keeps everything (the lecture).");
    case 1: return tr("Each GPU keeps 1/GPUs of the optimizer states.");
    case 2: return tr("Each GPU keeps 1/GPUs of the optimizer states and gradients.");
    case 3: return tr("Each GPU keeps 1/GPUs of the optimizer states, gradients and weights.");
    }
    return {};
}

} // namespace ts::ui
