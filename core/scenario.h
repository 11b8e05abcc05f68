// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace ts {

// The defaults of every struct here are the lecture's worked example (CS190C Lec9, part 4):
// b=4, c=256, d=1024, L=12, h=16, v=32000, MFU 0.5, 4 × RTX 3090, WikiText-103 for 5 epochs.

enum class FfnKind {
    SwiGlu, // W1, W3 (d × d_ff) and W2 (d_ff × d), the lecture's FFN (GeGLU counts the same)
    Gelu,   // W1 (d × d_ff) and W2 (d_ff × d), GPT-2 style
};

enum class NormKind {
    RmsNorm,   // a gain of d per norm, the lecture's
    LayerNorm, // a gain and a bias, 2d per norm (GPT-2, GPT-NeoX)
};

enum class BiasKind {
    None, // no linear layer has a bias, the lecture's (LLaMA)
    Qkv,  // only the Q, K and V projections (Qwen2)
    All,  // every linear layer of the blocks: Q, K, V, O and the FFN's (GPT-2, GPT-NeoX)
};

// The lecture's Transformer: pre-norm blocks with RMSNorm, multi-head attention with
// h·d_head = d, SwiGLU FFN with d_ff = 4d, final RMSNorm, untied output projection, no biases,
// no learned positions, no dropout. The fields after vocab go beyond the lecture (model
// families, docs/formulas.md §8.4); their defaults are the lecture's model.
struct ModelShape
{
    std::int64_t batch = 4;     // b, sequences per micro-batch on one GPU
    std::int64_t seqLen = 256;  // c, tokens per sequence
    std::int64_t dModel = 1024; // d, residual stream width
    std::int64_t layers = 12;   // L, Transformer blocks
    std::int64_t heads = 16;    // h, attention heads; must divide d
    std::int64_t vocab = 32000; // v, vocabulary size
    FfnKind ffn = FfnKind::SwiGlu;
    std::int64_t dFf = 0;        // FFN width; 0 means the lecture's 4d
    bool tiedEmbeddings = false; // one v×d matrix for the input embedding and the LM head
    std::int64_t kvHeads = 0;    // K/V heads for grouped-query attention; 0 means h (plain MHA)
    NormKind norm = NormKind::RmsNorm;
    BiasKind bias = BiasKind::None;
    std::int64_t maxPositions = 0; // learned position embedding of c_max × d; 0: none (rotary)
    bool parallelBlock = false;    // attention and FFN both read the block's input (GPT-NeoX)
    bool dropout = false; // masks after the embedding, on P, after attention and FFN (1 byte each)
    // Mixture of experts (docs/formulas.md §8.12): each block's FFN is E routed experts, of
    // which a router sends each token to k, plus s shared experts every token passes through.
    std::int64_t experts = 0;       // E; 0: a dense FFN
    std::int64_t topK = 1;          // k experts per token (1: Switch Transformer's routing)
    std::int64_t expertDFf = 0;     // each expert's FFN width; 0 means d_ff
    std::int64_t sharedExperts = 0; // s, each of the experts' width

    [[nodiscard]] std::int64_t ffnWidth() const { return dFf > 0 ? dFf : 4 * dModel; }
    [[nodiscard]] bool moe() const { return experts > 0; }
    [[nodiscard]] std::int64_t expertWidth() const
    {
        return expertDFf > 0 ? expertDFf : ffnWidth();
    }
    [[nodiscard]] std::int64_t kvHeadCount() const { return kvHeads > 0 ? kvHeads : heads; }
};

// Number formats of training (section "Precision" of docs/formulas.md).
enum class Precision {
    Fp32,      // everything fp32, FP32 CUDA-core peak (the lecture)
    Tf32,      // fp32 storage, matmuls on TF32 tensor cores
    Bf16Mixed, // bf16 weights, gradients and activations; fp32 master weights and moments
    Fp16Mixed, // as Bf16Mixed with fp16 (FP16 tensor peak with fp32 accumulate)
    Bf16,      // everything bf16, including the optimizer states
    Fp8Mixed,  // Transformer Engine: as Bf16Mixed, the blocks' matrix products on fp8 inputs
};

// How mixed precision is run (docs/formulas.md §8.1): the model kept in 16 bits beside an fp32
// master copy (Megatron-LM, DeepSpeed, the ZeRO paper's count), or PyTorch's torch.autocast with
// GradScaler over an fp32 model. Only bf16-mixed and fp16-mixed differ.
enum class Amp {
    Plain,    // weights, gradients and activations in 16 bits, fp32 master and moments
    Autocast, // fp32 weights, gradients and moments; matrix products on 16-bit casts
};

enum class Optimizer { AdamW, SgdMomentum, Sgd, Adam8bit };

// The pipeline schedule (Narayanan et al. 2021, §2.2): one-forward-one-backward with one
// contiguous stage of L/p blocks per GPU, or interleaved with v chunks of L/(p·v) blocks each.
enum class PipelineSchedule {
    OneFOneB,    // PipeDream-Flush 1F1B: bubble (p − 1)/m
    Interleaved, // v model chunks per GPU: bubble (p − 1)/(v·m), v times the point-to-point sends
};

// How much of the data-parallel gradient reduction adds time (docs/formulas.md §8.10). The
// lecture counts computation only; the other two model it.
enum class GradSync {
    Hidden,     // the lecture's: entirely behind the computation, adds nothing
    Overlapped, // buckets reduce while backward runs (PyTorch DDP, Megatron-LM's
                // --overlap-grad-reduce): what outlasts the last micro-batch's backward adds time
    Exposed,    // after backward: all of it adds time
};

enum class Checkpointing {
    None,      // the lecture: every activation kept
    Selective, // attention probabilities recomputed in backward (Korthikanti et al. 2022)
    Full,      // only each block's input kept; blocks re-run forward in backward (Chen et al. 2016)
};

// What training changes (docs/formulas.md §8.7, "Fine-tuning").
enum class FineTuning {
    Full,  // every weight is trained, the lecture's
    Lora,  // the weights are frozen; low-rank adapters B·A are trained (Hu et al. 2021)
    Qlora, // LoRA over 4-bit NF4 weights with double quantisation (Dettmers et al. 2023)
};

// The linear layers of each block that get a LoRA adapter.
enum class LoraTargets {
    Qv,        // W_Q and W_V, PEFT's default for LLaMA
    Attention, // W_Q, W_K, W_V and W_O
    All,       // every linear layer of the blocks, the attention's and the FFN's (QLoRA's)
};

// Which training state lives in host (CPU) memory between the steps' uses (docs/formulas.md
// §8.8, "Offload").
enum class Offload {
    None,               // everything on the GPU, the lecture's
    Optimizer,          // ZeRO-Offload: gradients, master weights and moments (Ren et al. 2021)
    OptimizerAndParams, // ZeRO-Infinity's CPU offload: the weights as well (Rajbhandari et al.
                        // 2021)
};

// Which tensors the memory and FLOP figures count (docs/formulas.md, "PyTorch eager accounting").
enum class Accounting {
    Lecture,      // the lecture's list of saved tensors, 16·N_p static, backward = 2·F_fwd
    PytorchEager, // what one step of PyTorch 1.13.1 eager (CPU, fp32) keeps, term by term, and
                  // the live bytes at the step's worst moment; only the lecture's configuration
};

// How the step is trained; the defaults are the lecture's (fp32, AdamW, nothing recomputed,
// plain data parallelism without sharding).
struct TrainingOptions
{
    Precision precision = Precision::Fp32;
    Amp amp = Amp::Plain;
    Optimizer optimizer = Optimizer::AdamW;
    Checkpointing checkpointing = Checkpointing::None;
    bool flashAttention = false; // P never stored, recomputed in backward (Dao et al. 2022)
    int zeroStage = 0;           // ZeRO stage 0..3 (Rajbhandari et al. 2020), over hardware.gpus
    std::int64_t gradAccum = 1;  // m: micro-batches per optimizer step on each data-parallel
                                 // group (gradient accumulation; the pipeline's micro-batches)
    // Megatron tensor parallelism t (Shoeybi et al. 2019): each block's matrices, the embedding
    // and the LM head split over t GPUs; the GPUs form gpus/t data-parallel groups.
    std::int64_t tensorParallel = 1;
    bool sequenceParallel = false; // with t > 1: the norms' and dropouts' tensors split too
                                   // (Korthikanti et al. 2022)
    // Pipeline parallelism p (Narayanan et al. 2021): the blocks split into p stages on p GPUs,
    // the embedding on the first, the final norm and LM head on the last.
    std::int64_t pipelineParallel = 1;
    PipelineSchedule pipelineSchedule = PipelineSchedule::OneFOneB;
    std::int64_t pipelineChunks = 2; // v: model chunks per GPU, interleaved schedule only
    // Context parallelism (ring attention; Liu et al. 2023, Megatron-LM): each of cp GPUs keeps
    // c/cp tokens of every sequence and exchanges K and V around a ring.
    std::int64_t contextParallel = 1;
    // Expert parallelism: the routed experts split over ep GPUs of the data-parallel group,
    // tokens exchanged by all-to-all (Lepikhin et al. 2020; Megatron-LM).
    std::int64_t expertParallel = 1;
    GradSync gradSync = GradSync::Hidden;
    FineTuning finetune = FineTuning::Full;
    std::int64_t loraRank = 8; // r: A is r × in, B is out × r
    LoraTargets loraTargets = LoraTargets::Qv;
    double loraAlpha = 16; // scales B·A·x by α/r: no bytes and no matrix-product FLOPs
    Offload offload = Offload::None;
    Accounting accounting = Accounting::Lecture; // what the memory and FLOP figures count
};

struct Hardware
{
    std::int64_t gpus = 4;                                // data-parallel GPUs
    std::int64_t gpuMemoryBytes = std::int64_t(24) << 30; // bytes per GPU (RTX 3090: 24 GiB)
    double peakFlopsPerGpu = 35.6e12;                     // FLOP/s per GPU (RTX 3090 FP32, lecture)
    double mfu = 0.5;                                     // model FLOPs utilisation, in (0, 1]
    std::int64_t gpusPerNode = 0; // GPUs sharing one host's memory; 0: all GPUs in one node
    double hostLinkBytesPerSecond = 31.5e9; // GPU↔host, each direction (PCIe 4.0 x16); 0: unknown
    // GPU↔GPU within a node, each direction, per GPU: NVLink, or PCIe for cards without it (the
    // RTX 3090's NVLink bridge joins only pairs, so four of them talk over PCIe 4.0 x16).
    double gpuLinkBytesPerSecond = 31.5e9;
    double interNodeGbitPerSecond = 200; // network per GPU between nodes, Gb/s (InfiniBand HDR)

    [[nodiscard]] std::int64_t gpusOnANode() const
    {
        return gpusPerNode > 0 && gpusPerNode < gpus ? gpusPerNode : gpus;
    }
};

struct TrainingRun
{
    double tokens = 1.03e8; // tokens in the dataset (WikiText-103 train, as the lecture rounds it)
    double epochs = 5;      // passes over the dataset
};

// Every input of a Scenario below, in the order of the configuration file and --help; each has
// one entry in the input table (core/inputs.cpp). Result names a problem of the whole estimate
// rather than of one input.
enum class Field {
    Batch,
    SeqLen,
    DModel,
    Layers,
    Heads,
    Vocab,
    Ffn,
    DFf,
    KvHeads,
    TiedEmbeddings,
    Norm,
    Bias,
    MaxPositions,
    ParallelBlock,
    Dropout,
    Experts,
    TopK,
    ExpertDFf,
    SharedExperts,
    Gpus,
    GpuMemory,
    PeakFlops,
    Mfu,
    GpusPerNode,
    HostLink,
    GpuLink,
    InterNode,
    Tokens,
    Epochs,
    Precision,
    Amp,
    Optimizer,
    Checkpointing,
    FlashAttention,
    ZeroStage,
    GradAccum,
    TensorParallel,
    SequenceParallel,
    PipelineParallel,
    PipelineSchedule,
    PipelineChunks,
    ContextParallel,
    ExpertParallel,
    GradSync,
    Finetune,
    LoraRank,
    LoraTargets,
    LoraAlpha,
    Offload,
    Accounting,
    Result,
};

inline constexpr std::size_t kInputCount = std::size_t(Field::Result);

struct Scenario
{
    ModelShape model;
    Hardware hardware;
    TrainingRun run;
    TrainingOptions options;
};

} // namespace ts
