// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "configkeys.h"

#include "options.h"

#include <cmath>
#include <limits>
#include <optional>
#include <type_traits>

namespace ts::ui {

namespace {

using Get = std::function<QJsonValue(const Scenario &)>;

// A whole JSON number >= min, exactly (Qt 6 keeps 64-bit integers exact when parsing).
std::optional<std::int64_t> wholeNumber(const QJsonValue &v, std::int64_t min)
{
    if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble())
        return std::nullopt;
    constexpr qint64 kNone = std::numeric_limits<qint64>::min();
    const qint64 n = v.toInteger(kNone);
    if (n == kNone || n < min)
        return std::nullopt;
    return n;
}

template<typename F>
ConfigKey count(const char *section, const char *name, const char *flag, std::int64_t min, F field,
                Get get = {})
{
    ConfigKey k { QString::fromLatin1(section),
                  QString::fromLatin1(name),
                  QString::fromLatin1(flag),
                  QStringLiteral("a whole number >= %1").arg(min),
                  std::move(get),
                  [min, field](Scenario &s, const QJsonValue &v) {
                      const auto n = wholeNumber(v, min);
                      using T = std::remove_reference_t<decltype(field(s))>; // int for zero
                      if (n)
                          field(s) = T(std::min<std::int64_t>(*n, std::numeric_limits<T>::max()));
                      return n.has_value();
                  } };
    if (!k.get)
        k.get = [field](const Scenario &s) { return QJsonValue(qint64(field(s))); };
    return k;
}

template<typename F>
ConfigKey number(const char *section, const char *name, const char *flag, bool atMostOne, F field)
{
    return { QString::fromLatin1(section),
             QString::fromLatin1(name),
             QString::fromLatin1(flag),
             atMostOne ? QStringLiteral("a number with 0 < value <= 1")
                       : QStringLiteral("a finite number > 0"),
             [field](const Scenario &s) { return QJsonValue(field(s)); },
             [field, atMostOne](Scenario &s, const QJsonValue &v) {
                 const double x = v.toDouble();
                 if (!v.isDouble() || !std::isfinite(x) || !(x > 0) || (atMostOne && x > 1))
                     return false;
                 field(s) = x;
                 return true;
             } };
}

template<typename F>
ConfigKey flag(const char *section, const char *name, const char *cliFlag, F field)
{
    return { QString::fromLatin1(section),
             QString::fromLatin1(name),
             QString::fromLatin1(cliFlag),
             QStringLiteral("true or false"),
             [field](const Scenario &s) { return QJsonValue(field(s)); },
             [field](Scenario &s, const QJsonValue &v) {
                 if (v.isBool())
                     field(s) = v.toBool();
                 return v.isBool();
             } };
}

template<typename Enum, typename F>
ConfigKey choice(const char *section, const char *name, const char *allowed,
                 std::optional<Enum> (*parse)(const std::string &), F field)
{
    return { QString::fromLatin1(section),
             QString::fromLatin1(name),
             QString::fromLatin1(name),
             QString::fromLatin1(allowed),
             [field](const Scenario &s) { return QJsonValue(QLatin1String(keyOf(field(s)))); },
             [parse, field](Scenario &s, const QJsonValue &v) {
                 const auto value = v.isString() ? parse(v.toString().toStdString()) : std::nullopt;
                 if (value)
                     field(s) = *value;
                 return value.has_value();
             } };
}

// Both the reader and the writer of one field: a generic lambda serves Scenario and const Scenario.
#define FIELD(member)                                                                              \
    [](auto &s) -> auto &                                                                          \
    {                                                                                              \
        return s.member;                                                                           \
    }

std::vector<ConfigKey> makeKeys()
{
    std::vector<ConfigKey> k;
    k.push_back(count("model", "batch", "batch", 1, FIELD(model.batch)));
    k.push_back(count("model", "seq_len", "seq-len", 1, FIELD(model.seqLen)));
    k.push_back(count("model", "d_model", "d-model", 1, FIELD(model.dModel)));
    k.push_back(count("model", "layers", "layers", 1, FIELD(model.layers)));
    k.push_back(count("model", "heads", "heads", 1, FIELD(model.heads)));
    k.push_back(count("model", "vocab", "vocab", 1, FIELD(model.vocab)));
    k.push_back(choice<FfnKind>("model", "ffn", "swiglu or gelu", parseFfn, FIELD(model.ffn)));
    k.push_back(count("model", "d_ff", "d-ff", 0, FIELD(model.dFf),
                      [](const Scenario &s) { return QJsonValue(qint64(s.model.ffnWidth())); }));
    k.push_back(count("model", "kv_heads", "kv-heads", 0, FIELD(model.kvHeads),
                      [](const Scenario &s) { return QJsonValue(qint64(s.model.kvHeadCount())); }));
    k.push_back(flag("model", "tied_embeddings", "tied-embeddings", FIELD(model.tiedEmbeddings)));
    k.push_back(count("hardware", "gpus", "gpus", 1, FIELD(hardware.gpus)));
    k.push_back(
            count("hardware", "gpu_memory_bytes", "gpu-memory", 1, FIELD(hardware.gpuMemoryBytes)));
    k.push_back(
            number("hardware", "gpu_flops", "gpu-flops", false, FIELD(hardware.peakFlopsPerGpu)));
    k.push_back(number("hardware", "mfu", "mfu", true, FIELD(hardware.mfu)));
    k.push_back(number("run", "tokens", "tokens", false, FIELD(run.tokens)));
    k.push_back(number("run", "epochs", "epochs", false, FIELD(run.epochs)));
    k.push_back(choice<Precision>("options", "precision",
                                  "fp32, tf32, bf16-mixed, fp16-mixed or bf16", parsePrecision,
                                  FIELD(options.precision)));
    k.push_back(choice<Optimizer>("options", "optimizer", "adamw, sgd-momentum, sgd or adam-8bit",
                                  parseOptimizer, FIELD(options.optimizer)));
    k.push_back(choice<Checkpointing>("options", "checkpointing", "none, selective or full",
                                      parseCheckpointing, FIELD(options.checkpointing)));
    k.push_back(
            flag("options", "flash_attention", "flash-attention", FIELD(options.flashAttention)));
    // Any stage is read as given (large ones capped, as on the command line) so that validation
    // names the key: ZeRO has stages 0 to 3.
    k.push_back(count(
            "options", "zero", "zero", 0, [](auto &s) -> auto & { return s.options.zeroStage; }));
    k.push_back(count("options", "grad_accum", "grad-accum", 1, FIELD(options.gradAccum)));
    k.push_back(choice<Accounting>("options", "accounting", "lecture or pytorch-eager",
                                   parseAccounting, FIELD(options.accounting)));
    return k;
}

#undef FIELD

} // namespace

const std::vector<ConfigKey> &configKeys()
{
    static const std::vector<ConfigKey> keys = makeKeys();
    return keys;
}

const ConfigKey *configKeyByPath(const QString &path)
{
    for (const ConfigKey &k : configKeys())
        if (k.path() == path)
            return &k;
    return nullptr;
}

const ConfigKey *configKeyByFlag(const QString &flag)
{
    for (const ConfigKey &k : configKeys())
        if (k.flag == flag)
            return &k;
    return nullptr;
}

QString configPathOf(Field field)
{
    const ConfigKey *k = configKeyByFlag(QString::fromLatin1(fieldKey(field)));
    return k ? k->path() : QStringLiteral("result");
}

} // namespace ts::ui
