// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputs.h"

#include <limits>
#include <type_traits>

// Marks the table's texts for Qt Linguist, which reads the macro by name; core needs no Qt.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace ts {

namespace {

// Whole-number inputs stop at the largest int, so that every accepted value fits the window's
// spin boxes exactly; exact counts beyond 64 bits are still reported as overflow by estimate().
constexpr std::int64_t kMaxCount = std::numeric_limits<int>::max();
constexpr std::int64_t kMaxGpuBytes = std::int64_t(1) << 50; // 1 PiB per GPU

template<typename T>
InputValue toValue(T v)
{
    if constexpr (std::is_same_v<T, bool>)
        return v;
    else if constexpr (std::is_enum_v<T> || std::is_integral_v<T>)
        return std::int64_t(v);
    else
        return double(v);
}

template<typename T>
void fromValue(const InputValue &v, T &out)
{
    if constexpr (std::is_same_v<T, bool>) {
        if (const bool *b = std::get_if<bool>(&v))
            out = *b;
    } else if constexpr (std::is_enum_v<T> || std::is_integral_v<T>) {
        if (const std::int64_t *n = std::get_if<std::int64_t>(&v)) {
            // int fields (the ZeRO stage) keep out-of-range values out of range, never wrapped.
            using Raw = std::conditional_t<std::is_enum_v<T>, int, T>;
            const auto lo = std::int64_t(std::numeric_limits<Raw>::min());
            const auto hi = std::int64_t(std::numeric_limits<Raw>::max());
            out = T(Raw(std::min(std::max(*n, lo), hi)));
        }
    } else if (const double *x = std::get_if<double>(&v)) {
        out = *x;
    }
}

// The reader and the writer of one Scenario field.
#define ACCESS(path)                                                                               \
    [](const Scenario &s) { return toValue(s.path); },                                             \
            [](Scenario &s, const InputValue &v) { fromValue(v, s.path); }

using Getter = InputValue (*)(const Scenario &);
using Setter = void (*)(Scenario &, const InputValue &);

struct Spec : InputSpec
{
    Spec &slider(std::int64_t max, bool log2)
    {
        sliderMax = max;
        log2Slider = log2;
        return *this;
    }
    Spec &zero(const char *means, Getter resolvedValue)
    {
        zeroMeans = means;
        resolved = resolvedValue;
        return *this;
    }
    Spec &named(std::vector<InputChoice> names)
    {
        choices = std::move(names);
        return *this;
    }
    Spec &byDefault(const char *note)
    {
        defaultNote = note;
        return *this;
    }
    Spec &flagged(const char *name) // a flag that is not the key (keys use _, flags -)
    {
        flag = name;
        return *this;
    }
    Spec &aliased(const char *otherFlag, const char *otherKey) // a second name for both
    {
        aliasFlag = otherFlag;
        aliasKey = otherKey;
        return *this;
    }
    Spec &from(PresetKind kind)
    {
        preset = kind;
        return *this;
    }
};

Spec base(Field f, InputKind kind, const char *section, const char *key, const char *flag,
          const char *valueName, const char *unit, const char *help, Getter get, Setter set)
{
    Spec s;
    s.field = f;
    s.kind = kind;
    s.section = section;
    s.key = key;
    s.flag = flag;
    s.valueName = valueName;
    s.unit = unit;
    s.help = help;
    s.get = get;
    s.set = set;
    return s;
}

Spec count(Field f, const char *section, const char *key, const char *flag, const char *valueName,
           std::int64_t min, std::int64_t max, const char *unit, const char *help, Getter get,
           Setter set)
{
    Spec s = base(f, InputKind::Count, section, key, flag, valueName, unit, help, get, set);
    s.minWhole = min;
    s.maxWhole = max;
    return s;
}

Spec number(Field f, const char *section, const char *key, const char *flag, const char *valueName,
            double min, double max, const char *unit, const char *help, Getter get, Setter set)
{
    Spec s = base(f, InputKind::Number, section, key, flag, valueName, unit, help, get, set);
    s.minReal = min;
    s.maxReal = max;
    return s;
}

Spec choice(Field f, const char *section, const char *key, const char *help,
            std::vector<InputChoice> choices, Getter get, Setter set)
{
    Spec s = base(f, InputKind::Choice, section, key, key, "KIND", "", help, get, set);
    s.choices = std::move(choices);
    return s;
}

Spec toggle(Field f, const char *section, const char *key, const char *flag, const char *help,
            Getter get, Setter set)
{
    return base(f, InputKind::Switch, section, key, flag, "", "", help, get, set);
}

// clang-format off
std::array<InputSpec, kInputCount> makeInputs()
{
    return { {
        count(Field::Batch, "model", "batch", "batch", "B", 1, kMaxCount, "sequences",
              QT_TRANSLATE_NOOP("ts::Inputs", "Batch size b: sequences in one micro-batch on one GPU; the global batch is "
                 "b × gradient accumulation × GPUs."),
              ACCESS(model.batch)).slider(1 << 20, true),
        count(Field::SeqLen, "model", "seq_len", "seq-len", "C", 1, kMaxCount, "tokens",
              QT_TRANSLATE_NOOP("ts::Inputs", "Sequence length c: tokens per sequence (the context length)."),
              ACCESS(model.seqLen)).slider(1 << 20, true).from(PresetKind::Model),
        count(Field::DModel, "model", "d_model", "d-model", "D", 1, kMaxCount, "",
              QT_TRANSLATE_NOOP("ts::Inputs", "Model width d (d_model): the width of the residual stream."),
              ACCESS(model.dModel)).slider(1 << 16, true).from(PresetKind::Model),
        count(Field::Layers, "model", "layers", "layers", "L", 1, kMaxCount, "blocks",
              QT_TRANSLATE_NOOP("ts::Inputs", "Transformer blocks L."),
              ACCESS(model.layers)).slider(256, false).from(PresetKind::Model),
        count(Field::Heads, "model", "heads", "heads", "H", 1, kMaxCount, "heads",
              QT_TRANSLATE_NOOP("ts::Inputs", "Attention heads h; h must divide d."),
              ACCESS(model.heads)).slider(256, false).from(PresetKind::Model),
        count(Field::Vocab, "model", "vocab", "vocab", "V", 1, kMaxCount, "tokens",
              QT_TRANSLATE_NOOP("ts::Inputs", "Vocabulary size v."),
              ACCESS(model.vocab)).slider(1 << 20, true).from(PresetKind::Model),
        choice(Field::Ffn, "model", "ffn",
               QT_TRANSLATE_NOOP("ts::Inputs", "The feed-forward network of each block (docs/formulas.md §8.4)."),
               { { "swiglu", QT_TRANSLATE_NOOP("ts::Inputs", "SwiGLU"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "The lecture's FFN: W1, W3 (d × d_ff) and W2 (d_ff × d), 3·d·d_ff "
                      "parameters.") },
                 { "gelu", QT_TRANSLATE_NOOP("ts::Inputs", "GELU"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "GPT-2's FFN: W1 (d × d_ff) and W2 (d_ff × d), 2·d·d_ff parameters.") } },
               ACCESS(model.ffn)).from(PresetKind::Model),
        count(Field::DFf, "model", "d_ff", "d-ff", "N", 0, kMaxCount, "",
              QT_TRANSLATE_NOOP("ts::Inputs", "FFN width d_ff, the FFN's hidden layer; 0 is the lecture's 4·d (LLaMA uses "
                 "about 8/3·d) (docs/formulas.md §8.4)."),
              ACCESS(model.dFf))
                .zero(QT_TRANSLATE_NOOP("ts::Inputs", "4·d"), [](const Scenario &s) { return toValue(s.model.ffnWidth()); })
                .from(PresetKind::Model),
        count(Field::KvHeads, "model", "kv_heads", "kv-heads", "N", 0, kMaxCount, "heads",
              QT_TRANSLATE_NOOP("ts::Inputs", "K/V heads for grouped-query attention: K and V get kv·d/h columns instead of "
                 "d; kv must divide h; 0 is h, plain multi-head attention (docs/formulas.md "
                 "§8.4)."),
              ACCESS(model.kvHeads))
                .zero(QT_TRANSLATE_NOOP("ts::Inputs", "h"), [](const Scenario &s) { return toValue(s.model.kvHeadCount()); })
                .from(PresetKind::Model),
        toggle(Field::TiedEmbeddings, "model", "tied_embeddings", "tied-embeddings",
               QT_TRANSLATE_NOOP("ts::Inputs", "One v×d matrix serves as the input embedding and the LM head: d·v fewer "
                  "parameters; the head's FLOPs stay (docs/formulas.md §8.4)."),
               ACCESS(model.tiedEmbeddings)).from(PresetKind::Model),
        choice(Field::Norm, "model", "norm",
               QT_TRANSLATE_NOOP("ts::Inputs", "The normalisation of each block and the final one (docs/formulas.md §8.4)."),
               { { "rmsnorm", QT_TRANSLATE_NOOP("ts::Inputs", "RMSNorm"), QT_TRANSLATE_NOOP("ts::Inputs", "The lecture's: a gain of d parameters per norm.") },
                 { "layernorm", QT_TRANSLATE_NOOP("ts::Inputs", "LayerNorm"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "A gain and a bias, 2d parameters per norm (GPT-2, GPT-NeoX).") } },
               ACCESS(model.norm)).from(PresetKind::Model),
        choice(Field::Bias, "model", "bias",
               QT_TRANSLATE_NOOP("ts::Inputs", "Biases of the blocks' linear layers: parameters only, no saved tensor and no "
                  "matrix-product FLOPs (docs/formulas.md §8.4)."),
               { { "none", QT_TRANSLATE_NOOP("ts::Inputs", "None"), QT_TRANSLATE_NOOP("ts::Inputs", "The lecture's and LLaMA's: no biases.") },
                 { "qkv", QT_TRANSLATE_NOOP("ts::Inputs", "Q, K, V"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "On the Q, K and V projections only: d + 2·d_kv per block (Qwen2).") },
                 { "all", QT_TRANSLATE_NOOP("ts::Inputs", "All"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "On every linear layer of a block: Q, K, V, O and the FFN's "
                      "(GPT-2, GPT-NeoX).") } },
               ACCESS(model.bias)).from(PresetKind::Model),
        count(Field::MaxPositions, "model", "max_positions", "max-positions", "N", 0, kMaxCount,
              "positions",
              QT_TRANSLATE_NOOP("ts::Inputs", "Learned position embedding of c_max × d parameters (GPT-2: 1024); 0 is none, "
                 "as with rotary positions (docs/formulas.md §8.4)."),
              ACCESS(model.maxPositions))
                .zero(QT_TRANSLATE_NOOP("ts::Inputs", "none"), nullptr)
                .from(PresetKind::Model),
        toggle(Field::ParallelBlock, "model", "parallel_block", "parallel-block",
               QT_TRANSLATE_NOOP("ts::Inputs", "Attention and FFN both read the block's input, x + Attn(LN₁(x)) + "
                  "FFN(LN₂(x)) (GPT-NeoX, Pythia): the residual between them is not kept "
                  "(docs/formulas.md §8.4)."),
               ACCESS(model.parallelBlock)).from(PresetKind::Model),
        toggle(Field::Dropout, "model", "dropout", "dropout",
               QT_TRANSLATE_NOOP("ts::Inputs", "Dropout after the embedding, on the attention probabilities and after "
                  "attention and FFN: 1-byte masks and the dropped-out probabilities are kept "
                  "(Korthikanti et al. 2022; docs/formulas.md §8.4)."),
               ACCESS(model.dropout)).from(PresetKind::Model),
        count(Field::Experts, "model", "experts", "experts", "E", 0, 4096, "experts",
              QT_TRANSLATE_NOOP("ts::Inputs", "Mixture of experts: E routed experts per block, each an FFN of the expert "
                 "width, and a router (d × E); 0 is a dense FFN (docs/formulas.md §8.12)."),
              ACCESS(model.experts)).from(PresetKind::Model),
        count(Field::TopK, "model", "top_k", "top-k", "K", 1, 4096, "experts",
              QT_TRANSLATE_NOOP("ts::Inputs", "Experts each token is routed to, k ≤ E: the FLOPs and saved tensors of k "
                 "experts per token (no token dropped)."),
              ACCESS(model.topK)).from(PresetKind::Model),
        count(Field::ExpertDFf, "model", "expert_d_ff", "expert-d-ff", "N", 0, kMaxCount, "",
              QT_TRANSLATE_NOOP("ts::Inputs", "Each expert's FFN width (fine-grained experts are narrower than d_ff); 0 is "
                 "d_ff."),
              ACCESS(model.expertDFf))
                .zero(QT_TRANSLATE_NOOP("ts::Inputs", "d_ff"), [](const Scenario &s) { return toValue(s.model.expertWidth()); })
                .from(PresetKind::Model),
        count(Field::SharedExperts, "model", "shared_experts", "shared-experts", "S", 0, 4096,
              "experts",
              QT_TRANSLATE_NOOP("ts::Inputs", "Shared experts every token passes through beside its k routed ones "
                 "(DeepSeekMoE), each of the expert width."),
              ACCESS(model.sharedExperts)).from(PresetKind::Model),
        count(Field::Gpus, "hardware", "gpus", "gpus", "N", 1, kMaxCount, "GPUs",
              QT_TRANSLATE_NOOP("ts::Inputs", "GPUs sharing each step's FLOPs, data parallel; every memory figure is for one "
                 "GPU."),
              ACCESS(hardware.gpus)),
        [] {
            Spec s = base(Field::GpuMemory, InputKind::Bytes, "hardware", "gpu_memory_bytes",
                          "gpu-memory", "SIZE", "bytes",
                          QT_TRANSLATE_NOOP("ts::Inputs", "Memory of one GPU: 24GiB (2^30 bytes), 24GB (10^9 bytes) or a byte "
                             "count."),
                          ACCESS(hardware.gpuMemoryBytes));
            s.minWhole = 1;
            s.maxWhole = kMaxGpuBytes;
            return s.byDefault("the GPU preset's, 24GiB for the lecture's RTX 3090")
                    .from(PresetKind::Gpu);
        }(),
        number(Field::PeakFlops, "hardware", "gpu_flops", "gpu-flops", "FLOPS", 1, 1e18, "FLOP/s",
               QT_TRANSLATE_NOOP("ts::Inputs", "Peak FLOP/s of one GPU; typed, it is used as given and no longer follows the "
                  "precision."),
               ACCESS(hardware.peakFlopsPerGpu))
                .byDefault("the GPU preset's peak for the precision, 35.6e12 FP32 for the "
                              "lecture's RTX 3090")
                .from(PresetKind::Gpu),
        number(Field::Mfu, "hardware", "mfu", "mfu", "M", 0.001, 1, "",
               QT_TRANSLATE_NOOP("ts::Inputs", "Model FLOPs utilisation: the fraction of the peak the training reaches."),
               ACCESS(hardware.mfu)),
        count(Field::GpusPerNode, "hardware", "gpus_per_node", "gpus-per-node", "N", 0, kMaxCount,
              "GPUs",
              QT_TRANSLATE_NOOP("ts::Inputs", "GPUs sharing one host's memory: offloaded state is counted per node "
                 "(docs/formulas.md §8.8); 0 puts every GPU in one node."),
              ACCESS(hardware.gpusPerNode))
                .zero(QT_TRANSLATE_NOOP("ts::Inputs", "all GPUs"),
                      [](const Scenario &s) { return toValue(s.hardware.gpusOnANode()); }),
        number(Field::HostLink, "hardware", "host_link_bytes_per_second", "host-link", "RATE", 0,
               1e15, "bytes/s",
               QT_TRANSLATE_NOOP("ts::Inputs", "Bandwidth between one GPU and its host, each direction (PCIe 4.0 x16: "
                  "31.5e9): the time of offload transfers (docs/formulas.md §8.8); 0 is "
                  "unknown."),
               ACCESS(hardware.hostLinkBytesPerSecond))
                .byDefault("the GPU preset's host link, 31.5e9 for the lecture's RTX 3090")
                .from(PresetKind::Gpu),
        number(Field::GpuLink, "hardware", "gpu_link_bytes_per_second", "gpu-link", "RATE", 0,
               1e15, "bytes/s",
               QT_TRANSLATE_NOOP("ts::Inputs", "Bandwidth from one GPU to the others of its node, each direction (NVLink, "
                  "or PCIe without it): the time of tensor-, pipeline-, context- and data-parallel "
                  "communication inside a node (docs/formulas.md §8.10); 0 is unknown."),
               ACCESS(hardware.gpuLinkBytesPerSecond))
                .byDefault("the GPU preset's link, 31.5e9 (PCIe 4.0 x16) for the lecture's RTX 3090")
                .from(PresetKind::Gpu),
        number(Field::InterNode, "hardware", "inter_node_gbit_per_second", "inter-node-bw", "GBIT",
               0, 1e6, "Gb/s",
               QT_TRANSLATE_NOOP("ts::Inputs", "Network bandwidth per GPU between nodes, in Gb/s each direction: InfiniBand "
                  "EDR 100, HDR 200, NDR 400; 0 is unknown. Groups that span nodes (see GPUs per "
                  "node) communicate at this rate (docs/formulas.md §8.10)."),
               ACCESS(hardware.interNodeGbitPerSecond)),
        number(Field::Tokens, "run", "tokens", "tokens", "T", 1, 1e18, "tokens",
               QT_TRANSLATE_NOOP("ts::Inputs", "Tokens in the dataset."),
               ACCESS(run.tokens))
                .byDefault("1.03e8, WikiText-103 as the lecture rounds it, or the dataset "
                              "preset's")
                .from(PresetKind::Dataset),
        number(Field::Epochs, "run", "epochs", "epochs", "E", 1e-6, 1e6, "epochs",
               QT_TRANSLATE_NOOP("ts::Inputs", "Passes over the dataset (may be fractional)."),
               ACCESS(run.epochs)),
        choice(Field::Precision, "options", "precision",
               QT_TRANSLATE_NOOP("ts::Inputs", "Number format of weights, gradients, optimizer states and activations; the "
                  "peak FLOP/s of the time follows it (docs/formulas.md §8.1)."),
               { { "fp32", QT_TRANSLATE_NOOP("ts::Inputs", "fp32"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "The lecture: 4 bytes for every weight, gradient, moment and activation; "
                      "time at the GPU's FP32 (CUDA-core) peak.") },
                 { "tf32", QT_TRANSLATE_NOOP("ts::Inputs", "tf32"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "Stored as fp32 (4 bytes), matrix products on TF32 tensor cores: time at "
                      "the TF32 tensor peak.") },
                 { "bf16-mixed", QT_TRANSLATE_NOOP("ts::Inputs", "bf16-mixed"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "bf16 weights, gradients and activations (2 bytes) plus an fp32 master "
                      "copy and moments: 16 bytes per parameter with Adam, as in the ZeRO paper "
                      "(Rajbhandari et al. 2020, §3.1). Time at the BF16 tensor peak.") },
                 { "fp16-mixed", QT_TRANSLATE_NOOP("ts::Inputs", "fp16-mixed"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "As bf16-mixed with fp16: 16 bytes per parameter with Adam (ZeRO paper, "
                      "§3.1). Time at the FP16 tensor peak (fp32 accumulate).") },
                 { "bf16", QT_TRANSLATE_NOOP("ts::Inputs", "bf16"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "Everything in bf16, the optimizer moments too (2 bytes each), no master "
                      "copy. Time at the BF16 tensor peak.") },
                 { "fp8-mixed", QT_TRANSLATE_NOOP("ts::Inputs", "fp8-mixed"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "Transformer Engine's FP8 training: bf16 weights and gradients, fp32 master "
                      "copy and moments; the blocks' linear layers keep their inputs in 1-byte "
                      "fp8 and a 1-byte fp8 transpose of each weight. Time at the FP8 tensor "
                      "peak.") } },
               ACCESS(options.precision)),
        choice(Field::Amp, "options", "amp",
               QT_TRANSLATE_NOOP("ts::Inputs", "How bf16-mixed and fp16-mixed run: the model in 16 bits beside an fp32 master "
                  "copy, or PyTorch's torch.autocast over an fp32 model (docs/formulas.md "
                  "§8.1)."),
               { { "plain", QT_TRANSLATE_NOOP("ts::Inputs", "16-bit model"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "Weights, gradients and activations in 16 bits, fp32 master copy and "
                      "moments (Megatron-LM, DeepSpeed; the ZeRO paper's 16 bytes per "
                      "parameter).") },
                 { "autocast", QT_TRANSLATE_NOOP("ts::Inputs", "torch.autocast"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "fp32 weights, gradients and moments; each matrix cast to 16 bits for its "
                      "products and held to backward; softmax, norms' statistics and the "
                      "cross-entropy in fp32, the residual stream fp32 (PyTorch's AMP recipe "
                      "with GradScaler).") } },
               ACCESS(options.amp)),
        choice(Field::Optimizer, "options", "optimizer",
               QT_TRANSLATE_NOOP("ts::Inputs", "Optimizer states per parameter and FLOPs per update (docs/formulas.md §8.2)."),
               { { "adamw", QT_TRANSLATE_NOOP("ts::Inputs", "AdamW"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "The lecture: two moments per parameter, 15 FLOPs per parameter per update "
                      "(lecture part 2.3).") },
                 { "sgd-momentum", QT_TRANSLATE_NOOP("ts::Inputs", "SGD with momentum"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "One momentum buffer per parameter; 4 FLOPs per parameter per update.") },
                 { "sgd", QT_TRANSLATE_NOOP("ts::Inputs", "SGD"), QT_TRANSLATE_NOOP("ts::Inputs", "No optimizer state; 2 FLOPs per parameter per update.") },
                 { "adam-8bit", QT_TRANSLATE_NOOP("ts::Inputs", "8-bit Adam"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "Two 1-byte moments plus one fp32 scale per 2048-element block each; 19 "
                      "FLOPs per parameter (Dettmers et al. 2022, 8-bit Optimizers via Block-wise "
                      "Quantization).") } },
               ACCESS(options.optimizer)),
        choice(Field::Checkpointing, "options", "checkpointing",
               QT_TRANSLATE_NOOP("ts::Inputs", "Activation checkpointing: which activations backward recomputes instead of "
                  "keeping (docs/formulas.md §8.3)."),
               { { "none", QT_TRANSLATE_NOOP("ts::Inputs", "None"), QT_TRANSLATE_NOOP("ts::Inputs", "The lecture: every activation is kept for backward.") },
                 { "selective", QT_TRANSLATE_NOOP("ts::Inputs", "Selective"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "The attention probabilities P (b·h·c² per block) are not kept; backward "
                      "recomputes S = QKᵀ: + L·2bc²d FLOPs (Korthikanti et al. 2022).") },
                 { "full", QT_TRANSLATE_NOOP("ts::Inputs", "Full"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "Each block keeps only its input; backward re-runs one block at a time: + "
                      "one forward of every block (Chen et al. 2016; torch.utils.checkpoint).") } },
               ACCESS(options.checkpointing)),
        toggle(Field::FlashAttention, "options", "flash_attention", "flash-attention",
               QT_TRANSLATE_NOOP("ts::Inputs", "FlashAttention (Dao et al. 2022): P (b·h·c² per block) is never stored, one "
                  "fp32 log-sum-exp per row and head is; backward recomputes S = QKᵀ: + L·2bc²d "
                  "FLOPs (docs/formulas.md §8.3)."),
               ACCESS(options.flashAttention)),
        count(Field::ZeroStage, "options", "zero", "zero", "STAGE", 0, 3, "",
              QT_TRANSLATE_NOOP("ts::Inputs", "ZeRO stage (Rajbhandari et al. 2020): shards the training state over the GPUs; "
                 "every memory figure is per GPU (docs/formulas.md §8.5)."),
              ACCESS(options.zeroStage))
                .named({ { "0", QT_TRANSLATE_NOOP("ts::Inputs", "0: nothing sharded"),
                           QT_TRANSLATE_NOOP("ts::Inputs", "Plain data parallelism: every GPU keeps everything (the "
                              "lecture).") },
                         { "1", QT_TRANSLATE_NOOP("ts::Inputs", "1: optimizer states"),
                           QT_TRANSLATE_NOOP("ts::Inputs", "Each GPU keeps 1/GPUs of the optimizer states and updates only "
                              "those parameters.") },
                         { "2", QT_TRANSLATE_NOOP("ts::Inputs", "2: + gradients"),
                           QT_TRANSLATE_NOOP("ts::Inputs", "Each GPU keeps 1/GPUs of the optimizer states and gradients.") },
                         { "3", QT_TRANSLATE_NOOP("ts::Inputs", "3: + weights"),
                           QT_TRANSLATE_NOOP("ts::Inputs", "Each GPU keeps 1/GPUs of the optimizer states, gradients and "
                              "weights.") } }),
        count(Field::GradAccum, "options", "grad_accum", "grad-accum", "N", 1, kMaxCount,
              "micro-batches",
              QT_TRANSLATE_NOOP("ts::Inputs", "Micro-batches m of b sequences per optimizer step on each data-parallel "
                 "group: gradient accumulation without a pipeline (memory stays one "
                 "micro-batch's), the micro-batches that fill the pipeline with p > 1 "
                 "(docs/formulas.md §8.5, §8.10)."),
              ACCESS(options.gradAccum))
                .aliased("micro-batches", "micro_batches"),
        count(Field::TensorParallel, "options", "tensor_parallel", "tp", "T", 1, 1024, "GPUs",
              QT_TRANSLATE_NOOP("ts::Inputs", "Tensor parallelism t (Megatron-LM): each block's matrices, the embedding and "
                 "the LM head split over t GPUs, which also share the step's activations; the "
                 "GPUs form GPUs/(t·p·cp) data-parallel groups; the time adds the all-reduces "
                 "of each block (docs/formulas.md §8.9, §8.10)."),
              ACCESS(options.tensorParallel)),
        toggle(Field::SequenceParallel, "options", "sequence_parallel", "sp",
               QT_TRANSLATE_NOOP("ts::Inputs", "Sequence parallelism with t > 1 (Korthikanti et al. 2022): the norms', "
                  "dropouts' and the first linear layers' inputs split over the t GPUs too, so "
                  "that every activation is 1/t (docs/formulas.md §8.9)."),
               ACCESS(options.sequenceParallel)),
        count(Field::PipelineParallel, "options", "pipeline_parallel", "pp", "P", 1, 1024, "GPUs",
              QT_TRANSLATE_NOOP("ts::Inputs", "Pipeline parallelism p (Narayanan et al. 2021): the blocks split into p "
                 "stages on p GPUs, the embedding on the first and the LM head on the last; memory "
                 "is the worst stage's, time adds the pipeline bubble (docs/formulas.md §8.10)."),
              ACCESS(options.pipelineParallel)),
        choice(Field::PipelineSchedule, "options", "pipeline_schedule",
               QT_TRANSLATE_NOOP("ts::Inputs", "The pipeline schedule with p > 1 (Narayanan et al. 2021, §2.2)."),
               { { "1f1b", QT_TRANSLATE_NOOP("ts::Inputs", "1F1B"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "One forward, one backward: the first stage holds p micro-batches in "
                      "flight; bubble (p − 1)/m of the compute.") },
                 { "interleaved", QT_TRANSLATE_NOOP("ts::Inputs", "Interleaved"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "v chunks of L/(p·v) blocks per GPU: bubble (p − 1)/(v·m), first-stage "
                      "activations × (1 + (p − 1)/(p·v)), v times the sends; m must be a "
                      "multiple of p.") } },
               ACCESS(options.pipelineSchedule))
                .flagged("pp-schedule"),
        count(Field::PipelineChunks, "options", "pipeline_chunks", "pp-chunks", "V", 1, 64, "chunks",
              QT_TRANSLATE_NOOP("ts::Inputs", "Model chunks v per GPU of the interleaved schedule; p·v must divide L. The "
                 "1F1B schedule ignores it."),
              ACCESS(options.pipelineChunks)),
        count(Field::ContextParallel, "options", "context_parallel", "cp", "N", 1, 1024, "GPUs",
              QT_TRANSLATE_NOOP("ts::Inputs", "Context parallelism (ring attention): each of cp GPUs keeps c/cp tokens of "
                 "every sequence, so activations and compute divide by cp; K and V travel around "
                 "the ring (docs/formulas.md §8.10)."),
              ACCESS(options.contextParallel)),
        count(Field::ExpertParallel, "options", "expert_parallel", "ep", "N", 1, 4096, "GPUs",
              QT_TRANSLATE_NOOP("ts::Inputs", "Expert parallelism: the routed experts split over ep GPUs of the data-parallel "
                 "group, each holding E/ep of them; tokens travel by all-to-all; ep divides E and "
                 "DP (docs/formulas.md §8.12)."),
              ACCESS(options.expertParallel)),
        choice(Field::GradSync, "options", "grad_sync",
               QT_TRANSLATE_NOOP("ts::Inputs", "How much of the data-parallel gradient reduction adds time (docs/formulas.md §8.10)."),
               { { "hidden", QT_TRANSLATE_NOOP("ts::Inputs", "Hidden"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "The lecture's: the reduction hides entirely behind the computation and adds "
                      "no time; its volume and time are still reported.") },
                 { "overlapped", QT_TRANSLATE_NOOP("ts::Inputs", "Behind backward"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "Gradient buckets reduce while backward runs (PyTorch DDP, Megatron's "
                      "overlap-grad-reduce): only what outlasts the last micro-batch's backward "
                      "adds time.") },
                 { "exposed", QT_TRANSLATE_NOOP("ts::Inputs", "After backward"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "The reduction starts when backward ends: all of it adds time.") } },
               ACCESS(options.gradSync))
                .flagged("grad-sync"),
        choice(Field::Finetune, "options", "finetune",
               QT_TRANSLATE_NOOP("ts::Inputs", "Full training, or fine-tuning with low-rank adapters over frozen weights "
                  "(docs/formulas.md §8.7)."),
               { { "full", QT_TRANSLATE_NOOP("ts::Inputs", "Full"), QT_TRANSLATE_NOOP("ts::Inputs", "Every weight is trained, the lecture's.") },
                 { "lora", QT_TRANSLATE_NOOP("ts::Inputs", "LoRA"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "The weights are frozen; each targeted linear layer gets B·A of rank r: "
                      "r·(in + out) trainable parameters (Hu et al. 2021).") },
                 { "qlora", QT_TRANSLATE_NOOP("ts::Inputs", "QLoRA"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "LoRA over the blocks' matrices stored in 4-bit NF4 with double "
                      "quantisation, 4.127 bits per weight (Dettmers et al. 2023).") } },
               ACCESS(options.finetune)),
        count(Field::LoraRank, "options", "lora_rank", "lora-rank", "R", 1, kMaxCount, "",
              QT_TRANSLATE_NOOP("ts::Inputs", "LoRA rank r: each adapter is A (r × in) and B (out × r)."),
              ACCESS(options.loraRank)),
        choice(Field::LoraTargets, "options", "lora_targets",
               QT_TRANSLATE_NOOP("ts::Inputs", "The linear layers of each block that get an adapter."),
               { { "qv", QT_TRANSLATE_NOOP("ts::Inputs", "W_Q, W_V"), QT_TRANSLATE_NOOP("ts::Inputs", "PEFT's default for LLaMA.") },
                 { "attention", QT_TRANSLATE_NOOP("ts::Inputs", "Attention"), QT_TRANSLATE_NOOP("ts::Inputs", "W_Q, W_K, W_V and W_O.") },
                 { "all", QT_TRANSLATE_NOOP("ts::Inputs", "All linear"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "Every linear layer of the blocks, attention and FFN, as in QLoRA.") } },
               ACCESS(options.loraTargets))
                .flagged("lora-targets"),
        number(Field::LoraAlpha, "options", "lora_alpha", "lora-alpha", "A", 1e-6, 1e6, "",
               QT_TRANSLATE_NOOP("ts::Inputs", "LoRA α: the adapter's output is scaled by α/r; no effect on memory or "
                  "FLOPs."),
               ACCESS(options.loraAlpha)),
        choice(Field::Offload, "options", "offload",
               QT_TRANSLATE_NOOP("ts::Inputs", "Training state kept in host memory and moved over the host link each step "
                  "(docs/formulas.md §8.8)."),
               { { "none", QT_TRANSLATE_NOOP("ts::Inputs", "None"), QT_TRANSLATE_NOOP("ts::Inputs", "Everything stays on the GPU, the lecture's.") },
                 { "optimizer", QT_TRANSLATE_NOOP("ts::Inputs", "Optimizer"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "ZeRO-Offload (Ren et al. 2021): gradients, master weights and moments "
                      "live in host memory and the CPU runs the update; needs ZeRO ≥ 1.") },
                 { "optimizer+params", QT_TRANSLATE_NOOP("ts::Inputs", "Optimizer + weights"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "ZeRO-Infinity's CPU offload (Rajbhandari et al. 2021): the weights too, "
                      "fetched for forward and backward; needs ZeRO 3.") } },
               ACCESS(options.offload)),
        choice(Field::Accounting, "options", "accounting",
               QT_TRANSLATE_NOOP("ts::Inputs", "What memory and FLOPs count: the lecture's list, or what a PyTorch 1.13.1 "
                  "eager step keeps (docs/formulas.md §9)."),
               { { "lecture", QT_TRANSLATE_NOOP("ts::Inputs", "Lecture"), QT_TRANSLATE_NOOP("ts::Inputs", "The slides' list of saved tensors.") },
                 { "pytorch-eager", QT_TRANSLATE_NOOP("ts::Inputs", "PyTorch eager"),
                   QT_TRANSLATE_NOOP("ts::Inputs", "What one PyTorch 1.13.1 eager training step keeps and computes; the "
                      "lecture's configuration only.") } },
               ACCESS(options.accounting)),
    } };
}
// clang-format on

#undef ACCESS

} // namespace

const std::array<InputSpec, kInputCount> &inputs()
{
    static const std::array<InputSpec, kInputCount> table = makeInputs();
    return table;
}

std::vector<Field> inputsOf(PresetKind preset)
{
    std::vector<Field> out;
    for (const InputSpec &spec : inputs()) {
        if (spec.preset == preset)
            out.push_back(spec.field);
    }
    return out;
}

const InputSpec &input(Field field)
{
    return inputs()[std::size_t(field) < kInputCount ? std::size_t(field) : 0];
}

} // namespace ts
