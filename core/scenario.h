// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace ts {

// The defaults of every struct here are the lecture's worked example (CS190C Lec9, part 4):
// b=4, c=256, d=1024, L=12, h=16, v=32000, MFU 0.5, 4 × RTX 3090, WikiText-103 for 5 epochs.

// The lecture's Transformer: pre-norm blocks with RMSNorm, multi-head attention with
// h·d_head = d, SwiGLU FFN with d_ff = 4d, final RMSNorm, untied output projection.
struct ModelShape
{
    std::int64_t batch = 4;     // b, sequences per optimizer step
    std::int64_t seqLen = 256;  // c, tokens per sequence
    std::int64_t dModel = 1024; // d, residual stream width
    std::int64_t layers = 12;   // L, Transformer blocks
    std::int64_t heads = 16;    // h, attention heads; must divide d
    std::int64_t vocab = 32000; // v, vocabulary size
};

struct Hardware
{
    std::int64_t gpus = 4;                                // GPUs sharing the step's FLOPs
    std::int64_t gpuMemoryBytes = std::int64_t(24) << 30; // bytes per GPU (RTX 3090: 24 GiB)
    double peakFlopsPerGpu = 35.6e12;                     // FLOP/s per GPU (RTX 3090 FP32, lecture)
    double mfu = 0.5;                                     // model FLOPs utilisation, in (0, 1]
};

struct TrainingRun
{
    double tokens = 1.03e8; // tokens in the dataset (WikiText-103 train, as the lecture rounds it)
    double epochs = 5;      // passes over the dataset
};

struct Scenario
{
    ModelShape model;
    Hardware hardware;
    TrainingRun run;
};

} // namespace ts
