// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariofile.h"

#include "inputcodec.h"
#include "presetstore.h"
#include "safefile.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ts::ui::scenariofile {

namespace {

const char *const kSections[] = { "model", "hardware", "run", "options" };

// The file's own translation context, declared so that lupdate files its texts under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ts::ui::ScenarioFile)
};

// A JSON value as the file spells it: "x", -3, 2.5, true, null, [...], {...}.
QString shown(const QJsonValue &v)
{
    if (v.isObject())
        return QStringLiteral("an object");
    if (v.isArray())
        return QStringLiteral("a list");
    const QByteArray text = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

ReadResult failure(const QString &name, const QString &path, const QString &message)
{
    ReadResult r;
    r.error = path.isEmpty() ? QStringLiteral("%1: %2").arg(name, message)
                             : QStringLiteral("%1: %2: %3").arg(name, path, message);
    return r;
}

bool knownPreset(const QString &kind, const QString &id)
{
    const PresetStore &p = PresetStore::builtIn();
    if (kind == QLatin1String("gpu"))
        return id == kCustomGpu || p.gpu(id) != nullptr;
    if (kind == QLatin1String("dataset"))
        return p.dataset(id) != nullptr;
    return p.model(id) != nullptr;
}

} // namespace

namespace {

// The sections of one configuration (the file's root, or one pin): presets and the inputs.
// `skip` names a key read elsewhere; `version` is the file's.
ReadResult parseSections(const QJsonObject &root, const QString &name, double version,
                         const QStringList &skip)
{
    ReadResult result;
    ScenarioConfig config;
    const auto warnUnknown = [&](const QString &path) {
        result.warnings << Text::tr("%1: unknown key %2 ignored").arg(name, path);
    };
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString section = it.key();
        if (skip.contains(section))
            continue;
        const bool known = section == QLatin1String("presets")
                || std::any_of(std::begin(kSections), std::end(kSections),
                               [&](const char *s) { return section == QLatin1String(s); });
        if (!known) {
            warnUnknown(section);
            continue;
        }
        if (!it.value().isObject())
            return failure(name, section,
                           Text::tr("expected an object, got %1").arg(shown(it.value())));
        const QJsonObject object = it.value().toObject();
        for (auto field = object.begin(); field != object.end(); ++field) {
            const QString path = section + QLatin1Char('.') + field.key();
            if (section == QLatin1String("presets")) {
                const QString kind = field.key();
                if (kind != QLatin1String("gpu") && kind != QLatin1String("dataset")
                    && kind != QLatin1String("model")) {
                    warnUnknown(path);
                    continue;
                }
                const QString id = field.value().toString();
                if (!field.value().isString() || !knownPreset(kind, id))
                    return failure(name, path,
                                   Text::tr("expected a preset id (see --list-presets), got %1")
                                           .arg(shown(field.value())));
                (kind == QLatin1String("gpu")               ? config.gpuPreset
                         : kind == QLatin1String("dataset") ? config.datasetPreset
                                                            : config.modelPreset)
                        = id;
                continue;
            }
            const InputSpec *spec = inputcodec::byPath(path);
            if (!spec) {
                warnUnknown(path);
                continue;
            }
            const std::optional<InputValue> value = inputcodec::fromJson(*spec, field.value());
            if (!value)
                return failure(name, path,
                               Text::tr("expected %1, got %2")
                                       .arg(inputcodec::allowed(*spec), shown(field.value())));
            config.give(spec->field, *value);
        }
    }
    // Version 1 held every figure, the presets' too; version 2 holds only what was given.
    if (version == 1)
        config.dropValuesOfPresets();
    result.config = config;
    return result;
}

// The optional "pins" list: each an object with a "name" and the sections of a configuration.
// More than kMaxPins are read as the first kMaxPins, with a warning.
bool parsePins(const QJsonValue &list, const QString &name, double version, ReadResult &result)
{
    if (!list.isArray()) {
        result = failure(
                name, QStringLiteral("pins"),
                Text::tr("expected a list of pinned configurations, got %1").arg(shown(list)));
        return false;
    }
    const QJsonArray pins = list.toArray();
    if (pins.size() > kMaxPins)
        result.warnings << Text::tr("%1: pins: %2 pinned configurations; the first %3 are kept")
                                   .arg(name)
                                   .arg(pins.size())
                                   .arg(kMaxPins);
    for (int i = 0; i < std::min<int>(int(pins.size()), kMaxPins); ++i) {
        const QString where = QStringLiteral("pins[%1]").arg(i);
        if (!pins[i].isObject()) {
            result = failure(name, where,
                             Text::tr("expected an object, got %1").arg(shown(pins[i])));
            return false;
        }
        const QJsonObject pin = pins[i].toObject();
        const QJsonValue pinName = pin.value(QLatin1String("name"));
        if (!pinName.isUndefined() && !pinName.isString()) {
            result = failure(name, where + QStringLiteral(".name"),
                             Text::tr("expected a string, got %1").arg(shown(pinName)));
            return false;
        }
        const ReadResult one = parseSections(pin, QStringLiteral("%1: %2").arg(name, where),
                                             version, { QStringLiteral("name") });
        QString invalid = one.error;
        if (one.config) // a pin is drawn and compared: it must be a valid configuration
            (void)resolveChecked(*one.config, QStringLiteral("%1: %2").arg(name, where), &invalid);
        if (!invalid.isEmpty()) {
            result = ReadResult {};
            result.error = invalid;
            return false;
        }
        result.warnings << one.warnings;
        result.pins.push_back({ cleanPinName(pinName.toString(), i), *one.config });
    }
    return true;
}

} // namespace

ReadResult parse(const QByteArray &bytes, const QString &name)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(name, QString(),
                       Text::tr("not valid JSON (%1 at byte %2)")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    if (!doc.isObject())
        return failure(name, QString(), Text::tr("expected a JSON object"));
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QLatin1String("trainscope_config"));
    if (version.isUndefined())
        return failure(name, QStringLiteral("trainscope_config"),
                       Text::tr("missing; this is not a TrainScope configuration file"));
    if (!version.isDouble() || (version.toDouble() != 1 && version.toDouble() != kVersion))
        return failure(name, QStringLiteral("trainscope_config"),
                       Text::tr("expected 1 or %1, got %2").arg(kVersion).arg(shown(version)));
    ReadResult result
            = parseSections(root, name, version.toDouble(),
                            { QStringLiteral("trainscope_config"), QStringLiteral("pins") });
    if (result.config && root.contains(QLatin1String("pins"))
        && !parsePins(root.value(QLatin1String("pins")), name, version.toDouble(), result))
        return result;
    return result;
}

ReadResult read(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    const safefile::ReadResult file = safefile::read(path, kMaxBytes);
    if (file.tooLarge)
        return failure(name, QString(), Text::tr("larger than 1 MiB; not a configuration file"));
    if (!file.bytes)
        return failure(name, QString(), file.error);
    return parse(*file.bytes, name);
}

std::optional<ResolvedConfig> resolveChecked(const ScenarioConfig &config, const QString &name,
                                             QString *error)
{
    const ResolvedConfig resolved = resolve(config);
    if (resolved.peakMissing) {
        *error = QStringLiteral("%1: options.precision: %2")
                         .arg(name,
                              Text::tr("%1 has no %2 peak; choose another precision or give "
                                       "hardware.gpu_flops")
                                      .arg(QString::fromStdString(resolved.selection.gpu.name),
                                           QLatin1String(keyOf(peakKindFor(
                                                   resolved.scenario.options.precision)))));
        return std::nullopt;
    }
    const std::vector<Problem> problems = validate(resolved.scenario);
    if (!problems.empty()) {
        *error = QStringLiteral("%1: %2: %3")
                         .arg(name, inputcodec::pathOf(problems[0].field),
                              QString::fromStdString(describe(problems[0])));
        return std::nullopt;
    }
    return resolved;
}

QJsonObject toJson(const ScenarioConfig &config, const std::vector<Pin> &pins)
{
    QJsonObject root = toJson(config);
    if (pins.empty())
        return root;
    QJsonArray list;
    for (const Pin &pin : pins) {
        QJsonObject object = toJson(pin.config);
        object.remove(QStringLiteral("trainscope_config"));
        object.insert(QStringLiteral("name"), pin.name);
        list.append(object);
    }
    root.insert(QStringLiteral("pins"), list);
    return root;
}

QJsonObject toJson(const ScenarioConfig &config)
{
    const ResolvedConfig resolved = resolve(config);
    const FieldSet supplied = suppliedByPresets(config);
    QJsonObject root { { QStringLiteral("trainscope_config"), kVersion } };
    for (const char *section : kSections) {
        QJsonObject object;
        for (const InputSpec &spec : inputs()) {
            const bool fromPreset
                    = supplied.contains(spec.field) && !config.given.contains(spec.field);
            if (QLatin1String(spec.section) == QLatin1String(section) && !fromPreset)
                object.insert(QLatin1String(spec.key),
                              inputcodec::toJson(spec, spec.get(resolved.scenario)));
        }
        root.insert(QLatin1String(section), object);
    }
    QJsonObject ids;
    ids.insert(QStringLiteral("gpu"),
               config.gpuPreset.isEmpty() ? QString::fromStdString(lectureGpu().id)
                                          : config.gpuPreset);
    if (!config.datasetPreset.isEmpty())
        ids.insert(QStringLiteral("dataset"), config.datasetPreset);
    if (!config.modelPreset.isEmpty())
        ids.insert(QStringLiteral("model"), config.modelPreset);
    root.insert(QStringLiteral("presets"), ids);
    return root;
}

bool write(const QString &path, const ScenarioConfig &config, const std::vector<Pin> &pins,
           QString *error)
{
    return safefile::write(
            path, QJsonDocument(toJson(config, pins)).toJson(QJsonDocument::Indented), error);
}

bool write(const QString &path, const ScenarioConfig &config, QString *error)
{
    return write(path, config, {}, error);
}

} // namespace ts::ui::scenariofile
