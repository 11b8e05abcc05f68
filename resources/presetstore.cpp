// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presetstore.h"

#include "options.h"
#include "validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

// Resources in a static library must be registered explicitly, outside any namespace.
static void registerResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace ts {

namespace {

std::optional<QJsonArray> arrayOf(const QByteArray &bytes, const QString &name, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = QStringLiteral("%1: not a JSON array (%2)").arg(name, parseError.errorString());
        return std::nullopt;
    }
    return doc.array();
}

std::optional<QByteArray> readAll(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<double> teraflops(const QJsonObject &o, const char *key)
{
    // A peak the input table would refuse as --gpu-flops is no peak at all.
    const QJsonValue v = o.value(QLatin1String(key));
    const InputValue flops(v.toDouble() * 1e12);
    if (!v.isDouble() || checkRange(input(Field::PeakFlops), flops) != RangeCheck::Ok)
        return std::nullopt;
    return std::get<double>(flops);
}

std::string text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().toStdString();
}

std::optional<GpuPreset> gpuFrom(const QJsonObject &o)
{
    GpuPreset g;
    g.id = text(o, "id");
    g.name = text(o, "name");
    g.memoryBytes = o.value(QLatin1String("memory_bytes")).toInteger();
    g.memoryLabel = text(o, "memory_label");
    g.fp32 = teraflops(o, "fp32_tflops");
    g.tf32 = teraflops(o, "tf32_tflops");
    g.bf16 = teraflops(o, "bf16_tflops");
    g.fp16 = teraflops(o, "fp16_tflops");
    g.fp8 = teraflops(o, "fp8_tflops");
    g.source = text(o, "source");
    // GB/s (10⁹ bytes) each direction; a GPU without a published host link has 0 (unknown).
    const QJsonValue link = o.value(QLatin1String("host_link_gb_per_s"));
    g.hostLinkBytesPerSecond = link.toDouble(0) * 1e9;
    g.hostLink = text(o, "host_link");
    const QJsonValue peers = o.value(QLatin1String("gpu_link_gb_per_s"));
    g.gpuLinkBytesPerSecond = peers.toDouble(0) * 1e9;
    g.gpuLink = text(o, "gpu_link");
    const auto rateOk = [](const QJsonValue &v, Field field, double bytesPerSecond) {
        return v.isUndefined() || v.isNull()
                || (v.isDouble()
                    && checkRange(input(field), InputValue(bytesPerSecond)) == RangeCheck::Ok);
    };
    const bool linkOk = rateOk(link, Field::HostLink, g.hostLinkBytesPerSecond)
            && rateOk(peers, Field::GpuLink, g.gpuLinkBytesPerSecond);
    if (g.id.empty() || !(g.fp32 || g.bf16 || g.fp16 || g.tf32) || !linkOk
        || checkRange(input(Field::GpuMemory), InputValue(g.memoryBytes)) != RangeCheck::Ok)
        return std::nullopt;
    return g;
}

std::optional<DatasetPreset> datasetFrom(const QJsonObject &o)
{
    DatasetPreset d;
    d.id = text(o, "id");
    d.name = text(o, "name");
    d.tokens = o.value(QLatin1String("tokens")).toDouble(0);
    d.tokenizer = text(o, "tokenizer");
    d.source = text(o, "source");
    // A dataset whose size is unknown (or beyond the input's bounds) cannot be timed.
    if (d.id.empty() || checkRange(input(Field::Tokens), InputValue(d.tokens)) != RangeCheck::Ok)
        return std::nullopt;
    return d;
}

std::optional<ModelPreset> modelFrom(const QJsonObject &o)
{
    ModelPreset m;
    m.id = text(o, "id");
    m.name = text(o, "name");
    m.source = text(o, "source");
    m.notes = text(o, "notes");
    ModelShape &s = m.shape;
    s.dModel = o.value(QLatin1String("d_model")).toInteger();
    s.layers = o.value(QLatin1String("layers")).toInteger();
    s.heads = o.value(QLatin1String("heads")).toInteger();
    s.vocab = o.value(QLatin1String("vocab")).toInteger();
    // Stated only where the model's source states them; absent, they are derived (h and 4d)
    // and follow an override of h or d.
    s.kvHeads = o.value(QLatin1String("kv_heads")).toInteger(0);
    s.dFf = o.value(QLatin1String("d_ff")).toInteger(0);
    // A mixture of experts states its experts; absent, a dense FFN.
    s.experts = o.value(QLatin1String("experts")).toInteger(0);
    s.topK = o.value(QLatin1String("top_k")).toInteger(1);
    s.expertDFf = o.value(QLatin1String("expert_d_ff")).toInteger(0);
    s.sharedExperts = o.value(QLatin1String("shared_experts")).toInteger(0);
    s.seqLen = o.value(QLatin1String("context")).toInteger();
    s.tiedEmbeddings = o.value(QLatin1String("tied_embeddings")).toBool();
    // The family's switches; absent, the lecture's (RMSNorm, no biases, positions or dropout).
    const auto choice = [&o](Field field, const char *key) -> std::optional<std::int64_t> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return std::get<std::int64_t>(input(field).defaultValue());
        const auto parsed = v.isString() ? parseValue(input(field), v.toString().toStdString())
                                         : std::nullopt;
        return parsed ? std::optional<std::int64_t>(std::get<std::int64_t>(*parsed)) : std::nullopt;
    };
    const auto norm = choice(Field::Norm, "norm");
    const auto bias = choice(Field::Bias, "bias");
    if (!norm || !bias)
        return std::nullopt;
    s.norm = NormKind(*norm);
    s.bias = BiasKind(*bias);
    s.maxPositions = o.value(QLatin1String("max_positions")).toInteger(0);
    s.parallelBlock = o.value(QLatin1String("parallel_block")).toBool(false);
    s.dropout = o.value(QLatin1String("dropout")).toBool(false);
    const auto ffn = parseFfn(text(o, "ffn"));
    if (m.id.empty() || !ffn)
        return std::nullopt;
    s.ffn = *ffn;
    Scenario check;
    check.model = s;
    if (!validate(check).empty()) // every figure within its input's bounds, h dividing d, ...
        return std::nullopt;
    return m;
}

template<typename T, typename Parse>
bool fill(std::vector<T> &out, const QByteArray &bytes, const QString &name, Parse parse,
          QString *error)
{
    const auto array = arrayOf(bytes, name, error);
    if (!array)
        return false;
    for (const QJsonValue &v : *array) {
        if (auto item = parse(v.toObject()))
            out.push_back(std::move(*item));
    }
    return true;
}

template<typename T>
const T *findById(const std::vector<T> &items, const QString &id)
{
    const std::string key = id.toStdString();
    const auto it
            = std::find_if(items.begin(), items.end(), [&key](const T &t) { return t.id == key; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

PresetStore PresetStore::load(const QString &gpusPath, const QString &datasetsPath,
                              const QString &modelsPath, QString *error)
{
    const auto gpus = readAll(gpusPath, error);
    const auto datasets = gpus ? readAll(datasetsPath, error) : std::nullopt;
    const auto models = datasets ? readAll(modelsPath, error) : std::nullopt;
    if (!models)
        return {};
    return parse(*gpus, *datasets, *models, error, { gpusPath, datasetsPath, modelsPath });
}

PresetStore PresetStore::parse(const QByteArray &gpus, const QByteArray &datasets,
                               const QByteArray &models, QString *error,
                               const std::array<QString, 3> &names)
{
    PresetStore store;
    if (!fill(store.m_gpus, gpus, names[0], gpuFrom, error)
        || !fill(store.m_datasets, datasets, names[1], datasetFrom, error)
        || !fill(store.m_models, models, names[2], modelFrom, error))
        return {};
    return store;
}

const PresetStore &PresetStore::builtIn()
{
    static const PresetStore store = [] {
        initResources();
        QString error;
        PresetStore s = load(QStringLiteral(":/presets/gpus.json"),
                             QStringLiteral(":/presets/datasets.json"),
                             QStringLiteral(":/presets/models.json"), &error);
        Q_ASSERT_X(error.isEmpty(), "PresetStore", qPrintable(error));
        return s;
    }();
    return store;
}

void initResources()
{
    static const bool once = [] {
        registerResources();
        return true;
    }();
    Q_UNUSED(once);
}

const GpuPreset *PresetStore::gpu(const QString &id) const
{
    if (id.toStdString() == m_lectureGpu.id)
        return &m_lectureGpu;
    return findById(m_gpus, id);
}
const DatasetPreset *PresetStore::dataset(const QString &id) const
{
    return findById(m_datasets, id);
}
const ModelPreset *PresetStore::model(const QString &id) const
{
    return findById(m_models, id);
}

const ModelPreset *PresetStore::modelLike(const ModelShape &shape) const
{
    for (const ModelPreset &m : m_models) {
        if (sameArchitecture(m.shape, shape))
            return &m;
    }
    return nullptr;
}

} // namespace ts
