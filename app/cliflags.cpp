// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliflags.h"

#include "memorysize.h"
#include "options.h"

#include <cmath>
#include <optional>
#include <string>

namespace ts::cli {

namespace {

using Setter64 = std::function<void(Scenario &, std::int64_t)>;
using SetterD = std::function<void(Scenario &, double)>;

std::optional<double> finite(const QString &text)
{
    bool ok = false;
    const double x = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(x))
        return std::nullopt;
    return x;
}

ScenarioFlag count(const char *name, const char *valueName, const char *help, std::int64_t min,
                   Setter64 set)
{
    const QString allowed = QStringLiteral("a whole number >= %1").arg(min);
    return { QString::fromLatin1(name), QString::fromLatin1(valueName), QString::fromUtf8(help),
             allowed, [min, set](Scenario &s, const QString &text) {
                 bool ok = false;
                 const qint64 n = text.trimmed().toLongLong(&ok);
                 if (!ok || n < min)
                     return false;
                 set(s, n);
                 return true;
             } };
}

ScenarioFlag positive(const char *name, const char *valueName, const char *help, SetterD set)
{
    return { QString::fromLatin1(name), QString::fromLatin1(valueName), QString::fromUtf8(help),
             QStringLiteral("a finite number > 0, e.g. 35.6e12"),
             [set](Scenario &s, const QString &text) {
                 const auto x = finite(text);
                 if (!x || !(*x > 0))
                     return false;
                 set(s, *x);
                 return true;
             } };
}

template<typename Enum>
ScenarioFlag choice(const char *name, const char *help, const char *allowed,
                    std::optional<Enum> (*parse)(const std::string &),
                    std::function<void(Scenario &, Enum)> set)
{
    return { QString::fromLatin1(name), QStringLiteral("KIND"), QString::fromUtf8(help),
             QString::fromLatin1(allowed), [parse, set](Scenario &s, const QString &text) {
                 const auto value = parse(text.trimmed().toStdString());
                 if (!value)
                     return false;
                 set(s, *value);
                 return true;
             } };
}

ScenarioFlag toggle(const char *name, const char *help, std::function<void(Scenario &)> set)
{
    return { QString::fromLatin1(name), QString(), QString::fromUtf8(help), QString(),
             [set](Scenario &s, const QString &) {
                 set(s);
                 return true;
             } };
}

std::vector<ScenarioFlag> makeFlags()
{
    std::vector<ScenarioFlag> f;
    f.push_back(count("batch", "B", "Batch size b, sequences per GPU micro-batch (default 4).", 1,
                      [](Scenario &s, std::int64_t n) { s.model.batch = n; }));
    f.push_back(count("seq-len", "C", "Sequence length c in tokens (default 256).", 1,
                      [](Scenario &s, std::int64_t n) { s.model.seqLen = n; }));
    f.push_back(count("d-model", "D", "Model width d (default 1024).", 1,
                      [](Scenario &s, std::int64_t n) { s.model.dModel = n; }));
    f.push_back(count("layers", "L", "Transformer blocks L (default 12).", 1,
                      [](Scenario &s, std::int64_t n) { s.model.layers = n; }));
    f.push_back(count("heads", "H", "Attention heads h, dividing d (default 16).", 1,
                      [](Scenario &s, std::int64_t n) { s.model.heads = n; }));
    f.push_back(count("vocab", "V", "Vocabulary size v (default 32000).", 1,
                      [](Scenario &s, std::int64_t n) { s.model.vocab = n; }));
    f.push_back(choice<FfnKind>("ffn", "FFN: swiglu (3 matrices, the lecture) or gelu (2).",
                                "swiglu or gelu", parseFfn,
                                [](Scenario &s, FfnKind k) { s.model.ffn = k; }));
    f.push_back(count("d-ff", "N", "FFN width (default 4·d; LLaMA uses about 8/3·d).", 1,
                      [](Scenario &s, std::int64_t n) { s.model.dFf = n; }));
    f.push_back(count("kv-heads", "N",
                      "K/V heads for grouped-query attention, dividing h (default h).", 1,
                      [](Scenario &s, std::int64_t n) { s.model.kvHeads = n; }));
    f.push_back(toggle("tied-embeddings", "Share one v×d matrix between embedding and LM head.",
                       [](Scenario &s) { s.model.tiedEmbeddings = true; }));
    f.push_back({ QStringLiteral("mfu"), QStringLiteral("M"),
                  QStringLiteral("Model FLOPs utilisation, 0 < M <= 1 (default 0.5)."),
                  QStringLiteral("a number with 0 < value <= 1"),
                  [](Scenario &s, const QString &text) {
                      const auto x = finite(text);
                      if (!x || !(*x > 0 && *x <= 1))
                          return false;
                      s.hardware.mfu = *x;
                      return true;
                  } });
    f.push_back(count("gpus", "N", "Data-parallel GPUs (default 4).", 1,
                      [](Scenario &s, std::int64_t n) { s.hardware.gpus = n; }));
    f.push_back({ QStringLiteral("gpu-memory"), QStringLiteral("SIZE"),
                  QStringLiteral("Memory per GPU: 24GiB (2^30 bytes), 24GB (10^9 bytes) or a byte "
                                 "count (default 24GiB, or the --gpu preset's)."),
                  QStringLiteral("a size such as 24GiB, 24GB, 80 GiB or a byte count"),
                  [](Scenario &s, const QString &text) {
                      const auto bytes = parseMemorySize(text.toStdString());
                      if (bytes)
                          s.hardware.gpuMemoryBytes = *bytes;
                      return bytes.has_value();
                  } });
    f.push_back(positive("gpu-flops", "FLOPS",
                         "Peak FLOP/s per GPU (default: the GPU's peak for the precision; "
                         "35.6e12 FP32 for the lecture's RTX 3090).",
                         [](Scenario &s, double x) { s.hardware.peakFlopsPerGpu = x; }));
    f.push_back(positive("tokens", "T", "Tokens in the dataset (default 1.03e8, WikiText-103).",
                         [](Scenario &s, double x) { s.run.tokens = x; }));
    f.push_back(positive("epochs", "E", "Passes over the dataset (default 5).",
                         [](Scenario &s, double x) { s.run.epochs = x; }));
    f.push_back(choice<Precision>("precision",
                                  "fp32 (the lecture), tf32, bf16-mixed, fp16-mixed or bf16.",
                                  "fp32, tf32, bf16-mixed, fp16-mixed or bf16", parsePrecision,
                                  [](Scenario &s, Precision p) { s.options.precision = p; }));
    f.push_back(choice<Optimizer>("optimizer",
                                  "adamw (the lecture), sgd-momentum, sgd or adam-8bit.",
                                  "adamw, sgd-momentum, sgd or adam-8bit", parseOptimizer,
                                  [](Scenario &s, Optimizer o) { s.options.optimizer = o; }));
    f.push_back(choice<Checkpointing>(
            "checkpointing", "Activation checkpointing: none (the lecture), selective or full.",
            "none, selective or full", parseCheckpointing,
            [](Scenario &s, Checkpointing c) { s.options.checkpointing = c; }));
    f.push_back(toggle("flash-attention", "FlashAttention: keep no c×c probabilities.",
                       [](Scenario &s) { s.options.flashAttention = true; }));
    f.push_back(count("zero", "STAGE", "ZeRO stage 0-3 over the GPUs (default 0).", 0,
                      [](Scenario &s, std::int64_t n) {
                          s.options.zeroStage = int(std::min<std::int64_t>(n, 99));
                      }));
    f.push_back(count("grad-accum", "N", "Micro-batches per optimizer step (default 1).", 1,
                      [](Scenario &s, std::int64_t n) { s.options.gradAccum = n; }));
    f.push_back(choice<Accounting>("accounting",
                                   "What memory and FLOPs count: lecture (the slides' list, the "
                                   "default) or pytorch-eager (what a PyTorch 1.13.1 step keeps).",
                                   "lecture or pytorch-eager", parseAccounting,
                                   [](Scenario &s, Accounting a) { s.options.accounting = a; }));
    return f;
}

} // namespace

const std::vector<ScenarioFlag> &scenarioFlags()
{
    static const std::vector<ScenarioFlag> flags = makeFlags();
    return flags;
}

} // namespace ts::cli
