// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout.h"
#include "offload.h"
#include "pytorcheager.h"
#include "scenario.h"
#include "terms.h"
#include "validation.h"

#include <array>
#include <cstdint>
#include <vector>

namespace ts {

// Parameter counts, in parameters (lecture part 1.1). The lecture's figures are in brackets;
// d_ff and d_kv generalise them (docs/formulas.md, "Architecture").
struct ParameterCounts
{
    std::int64_t embedding = 0;      // v·d, input embedding
    std::int64_t positions = 0;      // c_max·d, learned position embedding; 0 without
    std::int64_t blockNorms = 0;     // 2d per block, two RMSNorm gains (4d as LayerNorms)
    std::int64_t blockAttention = 0; // 2d² + 2d·d_kv per block, W_Q, W_O, W_K, W_V [4d²], + biases
    std::int64_t blockFfn = 0; // 3·d·d_ff (SwiGLU) or 2·d·d_ff (GELU) per block [12d²], + biases
    std::int64_t perBlock = 0;          // their sum [2d + 16d²]
    std::int64_t blockSharded = 0;      // of them, what tensor parallelism splits: the matrices
                                        // and the column-parallel biases [16d²]
    std::int64_t blockReplicated = 0;   // the norms and row-parallel biases, on every GPU [2d]
    std::int64_t blockExperts = 0;      // MoE: the routed experts' matrices and column biases,
                                        // which expert parallelism splits (part of blockSharded)
    std::int64_t blockExpertBiases = 0; // MoE: the routed experts' row biases (of blockReplicated)
    std::int64_t allBlocks = 0;         // L·perBlock
    std::int64_t finalNorm = 0;         // d, final RMSNorm gain (2d as a LayerNorm)
    std::int64_t outputProjection = 0;  // d·v, the LM head; 0 when tied to the embedding
    std::int64_t total = 0;             // N_p = embedding + positions + L·perBlock + finalNorm +
                                        // outputProjection [2dv + d + L(2d + 16d²)]
    std::int64_t active = 0;   // the parameters one token uses: N_p less the E − k routed experts
                               // it skips in every block (= total for a dense FFN)
    std::int64_t adapters = 0; // LoRA: L·r·Σ(in + out) over the adapted layers; 0 in full training
    std::int64_t trainable = 0; // N_p in full training, the adapters under LoRA
    std::int64_t quantized = 0; // QLoRA: the blocks' matrix weights, stored in NF4
    std::int64_t perGpu = 0;    // N_t, the parameters each GPU holds under tensor parallelism t:
                             // L·(sharded/t + replicated) + ⌈v/t⌉·d per vocabulary matrix +
                             // positions + final norm; = total at t = 1
};

// Activations saved for backward (lecture part 1.2), for one GPU's micro-batch.
struct ActivationCounts
{
    // Elements and bytes of each tensor over the whole model: per-block tensors are multiplied
    // by L (by 1 under full checkpointing, where one block is re-run at a time).
    std::array<std::int64_t, kActivationCount> elements {};
    std::array<std::int64_t, kActivationCount> bytes {};
    std::int64_t perBlock = 0; // elements of one block, N_B [20bcd + bhc²]
    std::int64_t total = 0;    // elements in all, N_A [L·N_B + 2bcd + bcv]

    [[nodiscard]] std::int64_t of(Activation a) const
    {
        return elements[static_cast<std::size_t>(a)];
    }
    [[nodiscard]] std::int64_t bytesOf(Activation a) const
    {
        return bytes[static_cast<std::size_t>(a)];
    }
};

// Bytes of one GPU at the peak of a step (lecture part 1); with ZeRO, this GPU's shard.
struct MemoryBreakdown
{
    std::int64_t parameters = 0;      // weights [4·N_p, fp32]: trainable and frozen; offloaded
                                      // with the weights, the largest module gathered
    std::int64_t frozenWeights = 0;   // LoRA: the frozen weights among them (NF4 in QLoRA)
    std::int64_t weightCasts = 0;     // among them: autocast's 16-bit casts of the matrices, or
                                      // fp8-mixed's 1-byte transposes of the blocks' matrices
    std::int64_t gradients = 0;       // gradients [4·N_p, part 1.3]
    std::int64_t optimizerStates = 0; // master weights and moments [8·N_p, AdamW m and v, part 1.4]
    std::int64_t activations = 0;     // saved activations [4·N_A]
    std::int64_t attentionScores = 0; // the P tensors, part of activations [4·L·b·h·c²]
    std::int64_t blockOther = 0;      // every other per-block tensor [4·L·20bcd]
    std::int64_t head = 0;            // final norm input, X_final, logits [4·(2bcd + bcv)]
    std::int64_t peak = 0;            // the sum of the four parts [16·N_p + 4·N_A]
    std::int64_t staticBytes = 0;     // M_static: everything but activations [16·N_p]
    std::int64_t perSampleBytes = 0;  // M_per_sample: activations of one sequence [4·N_A / b]
};

// FLOPs of one micro-batch step on one GPU (lecture part 2). Doubles: estimates, not counts.
struct FlopsBreakdown
{
    std::array<double, kMatmulCount> forwardTerms {}; // each matmul, summed over the L blocks
    double forward = 0;                               // F_fwd [L(32bcd² + 4bc²d) + 2bcdv]
    double recompute = 0; // forward work redone in backward by checkpointing or FlashAttention
    double backward = 0;  // 2·F_fwd + recompute (part 2.2)
    double optimizer = 0; // FLOPs per parameter × the parameters this GPU updates [15·N_p,
                          // AdamW, part 2.3]; ⌈N_p/GPUs⌉ of them under ZeRO ≥ 1
    std::int64_t optimizerParameters = 0; // the parameters this GPU updates
    double total = 0;                     // forward + backward + optimizer [3·F_fwd + 15·N_p]

    [[nodiscard]] double of(Matmul m) const { return forwardTerms[static_cast<std::size_t>(m)]; }
};

// Largest batch that fits one GPU (lecture part 3).
struct MaxBatch
{
    std::int64_t exact = 0;   // floor((M − M_static) / M_per_sample); 0 when nothing fits
    double lectureApprox = 0; // (M − (256Ld² + 32dv)) / (4Lc(20d + hc)), the slide's shortcut
    bool lectureApproxApplies = false; // the shortcut's model is the scenario's (see below)
};

// One pipeline stage's GPU (docs/formulas.md §8.10); with p = 1 the one GPU.
struct StageMemory
{
    std::int64_t stage = 0;            // 0 is the first stage
    std::int64_t parameters = 0;       // the parameters it holds (before ZeRO)
    std::int64_t expertParameters = 0; // of them, the routed experts' (MoE)
    std::int64_t staticBytes = 0;      // weights, gradients and optimizer states
    std::int64_t activationBytes = 0;  // its activations at the peak
    std::int64_t peak = 0;             // their sum
    std::int64_t perSampleBytes = 0;   // activation bytes per sequence of b
};

struct PipelineMemory
{
    StageMemory first;          // stage 0: the embedding, the most micro-batches in flight
    StageMemory last;           // stage p − 1: final norm and LM head; = first with p = 1
    std::int64_t peakStage = 0; // the stage whose GPU the memory figures describe
};

// Where one optimizer step's time goes on the critical path, in seconds (docs/formulas.md
// §8.10). Their sum is TrainingTime::secondsPerStep.
struct StepTimeBreakdown
{
    double compute = 0;          // forward and backward of the m micro-batches, without recompute
    double recompute = 0;        // forward work redone in backward
    double optimizer = 0;        // the update of this GPU's parameters
    double bubble = 0;           // pipeline fill and drain: (p − 1)/(v·m) of compute + recompute
    double tensorParallel = 0;   // the blocks' all-reduces (reduce-scatters + all-gathers)
    double pipelineParallel = 0; // point-to-point sends between stages
    double contextParallel = 0;  // the K/V ring exchanges beyond the attention they hide behind
    double expertParallel = 0;   // the all-to-alls that send tokens to their experts and back
    double dataParallel = 0;     // gradient reduction (and ZeRO gathers) not hidden by backward
    double dataParallelTotal = 0; // the same before overlap
};

// Wall-clock training time (lecture part 4), data parallel over the GPUs.
struct TrainingTime
{
    double tokensPerStep = 0; // b·c, one micro-batch
    double steps = 0;       // tokens·epochs / (b·c), micro-batches over all GPUs, as on the slide
    double globalBatch = 0; // sequences per optimizer step: b · grad_accum · GPUs
    double optimizerSteps = 0; // tokens·epochs / (global batch · c)
    double totalFlops = 0;     // FLOPs of the whole run on all GPUs
    double secondsPerStep = 0; // one optimizer step: its per-GPU FLOPs / (peak · MFU), plus
                               // the bubble and the communication not overlapped
    StepTimeBreakdown breakdown;
    double modelFlopsPerStep = 0; // useful FLOPs of one step on all GPUs: forward and backward
                                  // without recompute
    double modelledMfu = 0;       // modelFlopsPerStep / (secondsPerStep · GPUs · peak)
    double seconds = 0; // optimizerSteps · secondsPerStep [steps·F_step / (GPUs·peak·MFU)]
    double hours = 0;   // seconds / 3600
};

struct Estimate
{
    std::vector<Problem> problems; // empty when the figures below are valid
    ParameterCounts params;
    ActivationCounts activations;
    MemoryBreakdown memory;
    FlopsBreakdown flops;
    MaxBatch maxBatch;
    TrainingTime training;
    bool fits = false;            // peak ≤ GPU memory
    std::int64_t marginBytes = 0; // GPU memory − peak; negative when it does not fit
    OffloadCost offload;          // host memory and link traffic; zero without offload
    PipelineMemory pipeline;      // the first and last stages' GPUs
    EagerAccounting eager;        // PyTorch eager terms; zero unless options.accounting asks

    [[nodiscard]] bool ok() const { return problems.empty(); }
};

// The whole estimate for a scenario. Invalid inputs or an overflowing count give an estimate
// whose problems are non-empty and whose figures are zero; it never throws.
[[nodiscard]] Estimate estimate(const Scenario &s);
// The same for a scenario known to be valid (validate(s) empty), without validating it again:
// sweeps validate their base once and vary only b or c within its bounds.
// Without maxBatch, the largest batch (and each stage's per-sequence bytes) is left 0: the layout
// search needs only the peak and the time.
[[nodiscard]] Estimate estimateValid(const Scenario &s, bool maxBatch = true);

// Every pipeline stage's GPU, first to last; empty for an invalid or overflowing scenario.
[[nodiscard]] std::vector<StageMemory> stageMemories(const Scenario &s);

// Whether the slide's max-batch shortcut describes the scenario: the lecture's block (SwiGLU with
// d_ff = 4d, one K/V head per head, RMSNorm, no biases, positions or dropout, untied) trained in
// full with AdamW on 4-byte numbers (fp32 or tf32), nothing recomputed, sharded or offloaded.
[[nodiscard]] bool lectureShortcutApplies(const Scenario &s);

// The pieces, for tests and sweeps. All assume a validated scenario and report overflow through
// the returned flag rather than wrapping.
[[nodiscard]] ParameterCounts countParameters(const ModelShape &m, bool *overflow);
[[nodiscard]] ActivationCounts countActivations(const ModelShape &m, const TrainingOptions &o,
                                                bool *overflow);
// Each saved tensor of one block (per-block tensors) or of the head, on one GPU after the tensor-
// and context-parallel splits, with its bytes per element: what every pipeline stage shares.
struct SavedTensors
{
    std::array<std::int64_t, kActivationCount> elements {};
    std::array<std::int64_t, kActivationCount> width {}; // bytes per element
    std::int64_t blockInput = 0; // a block's input, the checkpoint of full recompute
    bool full = false;           // full recompute: one block's tensors alive at a time
    bool overflow = false;
};
[[nodiscard]] SavedTensors savedTensors(const ModelShape &m, const TrainingOptions &o);
// savedTensors of one sequence of s (b = 1).
[[nodiscard]] SavedTensors oneSequence(const Scenario &s);
// The same from the parts that many layouts of one model share: its parameter counts (with
// countTrainable) and oneSequence(s), which depends only on the model, precision, t, sequence
// and context parallelism, recompute and FlashAttention (the layout search reuses both).
[[nodiscard]] Estimate estimateValid(const Scenario &s, const ParameterCounts &counted,
                                     const SavedTensors &oneSequence, bool maxBatch);
[[nodiscard]] ActivationCounts countActivations(const SavedTensors &saved, const StageSlice &stage,
                                                bool *overflow);
// The same for one pipeline stage: its blocks' tensors for each block-micro-batch in flight,
// the head's on the last stage, the embedding's masks on the first.
[[nodiscard]] ActivationCounts countActivations(const ModelShape &m, const TrainingOptions &o,
                                                const StageSlice &stage, bool *overflow);
// updated: the parameters one GPU's optimizer updates (updatedParameters()).
[[nodiscard]] FlopsBreakdown countFlops(const ModelShape &m, const TrainingOptions &o,
                                        std::int64_t updated);
// N_p, or this GPU's ⌈N_p/(DP·CP)⌉ shard when ZeRO ≥ 1 partitions the optimizer states.
[[nodiscard]] std::int64_t updatedParameters(const Scenario &s, std::int64_t parameters);
// The data-parallel replicas: GPUs / (t·p·cp); the GPUs without model parallelism.
[[nodiscard]] std::int64_t dataParallel(const Scenario &s);
// N_t: the parameters each GPU of a tensor-parallel group of t holds (p.total at t = 1).
[[nodiscard]] std::int64_t tensorParallelShare(const ModelShape &m, const ParameterCounts &p,
                                               std::int64_t t, bool *overflow);
// Fills p.adapters, p.trainable and p.quantized from the fine-tuning options.
void countTrainable(const Scenario &s, ParameterCounts &p, bool *overflow);
// Replaces the lecture's memory, backward FLOPs and largest batch of e by what PyTorch eager
// keeps and computes (core/pytorcheager.cpp), and fills e.eager.
void applyPytorchEager(const Scenario &s, Estimate &e, bool *overflow);

} // namespace ts
