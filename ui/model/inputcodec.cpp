// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputcodec.h"

#include <cmath>
#include <limits>

namespace ts::ui::inputcodec {

QString path(const InputSpec &spec)
{
    return QLatin1String(spec.section) + QLatin1Char('.') + QLatin1String(spec.key);
}

QString pathOf(Field field)
{
    return field == Field::Result ? QStringLiteral("result") : path(input(field));
}

const InputSpec *byPath(const QString &p)
{
    for (const InputSpec &spec : inputs()) {
        if (path(spec) == p
            || (spec.aliasKey
                && p
                        == QLatin1String(spec.section) + QLatin1Char('.')
                                + QLatin1String(spec.aliasKey)))
            return &spec;
    }
    return nullptr;
}

const InputSpec *byFlag(const QString &f)
{
    for (const InputSpec &spec : inputs()) {
        if (QLatin1String(spec.flag) == f || (spec.aliasFlag && QLatin1String(spec.aliasFlag) == f))
            return &spec;
    }
    return nullptr;
}

QString flag(const InputSpec &spec)
{
    return QString::fromLatin1(spec.flag);
}

QString allowed(const InputSpec &spec)
{
    return QString::fromStdString(allowedText(spec));
}

QJsonValue toJson(const InputSpec &spec, const InputValue &value)
{
    if (const bool *b = std::get_if<bool>(&value))
        return *b;
    if (const double *x = std::get_if<double>(&value))
        return *x;
    const std::int64_t n = std::get<std::int64_t>(value);
    if (spec.kind == InputKind::Choice)
        return QString::fromStdString(valueText(spec, value));
    return QJsonValue(qint64(n));
}

std::optional<InputValue> fromJson(const InputSpec &spec, const QJsonValue &json)
{
    std::optional<InputValue> value;
    switch (spec.kind) {
    case InputKind::Count:
    case InputKind::Bytes: {
        // A whole JSON number, exactly (Qt 6 keeps 64-bit integers exact when parsing).
        if (!json.isDouble() || std::floor(json.toDouble()) != json.toDouble())
            break;
        constexpr qint64 kNone = std::numeric_limits<qint64>::min();
        const qint64 n = json.toInteger(kNone);
        if (n != kNone)
            value = InputValue(std::int64_t(n));
        break;
    }
    case InputKind::Number:
        if (json.isDouble())
            value = InputValue(json.toDouble());
        break;
    case InputKind::Choice:
        if (json.isString())
            value = parseValue(spec, json.toString().toStdString());
        break;
    case InputKind::Switch:
        if (json.isBool())
            value = InputValue(json.toBool());
        break;
    }
    if (value && checkRange(spec, *value) != RangeCheck::Ok)
        value.reset();
    return value;
}

std::optional<InputValue> fromText(const InputSpec &spec, const QString &text)
{
    std::optional<InputValue> value = parseValue(spec, text.trimmed().toStdString());
    if (value && checkRange(spec, *value) != RangeCheck::Ok)
        value.reset();
    return value;
}

QJsonObject configJson(const Scenario &s)
{
    QJsonObject out;
    for (const InputSpec &spec : inputs())
        out.insert(QLatin1String(spec.key), toJson(spec, spec.shown(s)));
    return out;
}

} // namespace ts::ui::inputcodec
