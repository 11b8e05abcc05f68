// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliparser.h"

#include "estimate.h"
#include "jsonreport.h"
#include "memorysize.h"
#include "validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

namespace ts::cli {

namespace {

enum class Kind { Count, Positive, Fraction, Memory };

// One model or hardware flag: its name, help, the kind of value it takes, and where it goes.
struct ValueFlag
{
    const char *name;
    const char *valueName;
    const char *help;
    Kind kind;
    std::function<void(Scenario &, std::int64_t, double)> apply;
};

const std::vector<ValueFlag> &valueFlags()
{
    static const std::vector<ValueFlag> flags = {
        { "batch", "B", "Batch size b, sequences per step (default 4).", Kind::Count,
          [](Scenario &s, std::int64_t n, double) { s.model.batch = n; } },
        { "seq-len", "C", "Sequence length c in tokens (default 256).", Kind::Count,
          [](Scenario &s, std::int64_t n, double) { s.model.seqLen = n; } },
        { "d-model", "D", "Model width d (default 1024).", Kind::Count,
          [](Scenario &s, std::int64_t n, double) { s.model.dModel = n; } },
        { "layers", "L", "Transformer blocks L (default 12).", Kind::Count,
          [](Scenario &s, std::int64_t n, double) { s.model.layers = n; } },
        { "heads", "H", "Attention heads h, dividing d (default 16).", Kind::Count,
          [](Scenario &s, std::int64_t n, double) { s.model.heads = n; } },
        { "vocab", "V", "Vocabulary size v (default 32000).", Kind::Count,
          [](Scenario &s, std::int64_t n, double) { s.model.vocab = n; } },
        { "mfu", "M", "Model FLOPs utilisation, 0 < M <= 1 (default 0.5).", Kind::Fraction,
          [](Scenario &s, std::int64_t, double x) { s.hardware.mfu = x; } },
        { "gpus", "N", "Number of GPUs (default 4).", Kind::Count,
          [](Scenario &s, std::int64_t n, double) { s.hardware.gpus = n; } },
        { "gpu-memory", "SIZE",
          "Memory per GPU: 24GiB (2^30 bytes), 24GB (10^9 bytes) or a byte count (default 24GiB).",
          Kind::Memory,
          [](Scenario &s, std::int64_t n, double) { s.hardware.gpuMemoryBytes = n; } },
        { "gpu-flops", "FLOPS", "Peak FLOP/s per GPU (default 35.6e12, RTX 3090 FP32).",
          Kind::Positive,
          [](Scenario &s, std::int64_t, double x) { s.hardware.peakFlopsPerGpu = x; } },
        { "tokens", "T", "Tokens in the dataset (default 1.03e8, WikiText-103).", Kind::Positive,
          [](Scenario &s, std::int64_t, double x) { s.run.tokens = x; } },
        { "epochs", "E", "Passes over the dataset (default 5).", Kind::Positive,
          [](Scenario &s, std::int64_t, double x) { s.run.epochs = x; } },
    };
    return flags;
}

QString allowedFor(Kind kind)
{
    switch (kind) {
    case Kind::Count: return QStringLiteral("a whole number >= 1");
    case Kind::Positive: return QStringLiteral("a finite number > 0, e.g. 35.6e12");
    case Kind::Fraction: return QStringLiteral("a number with 0 < value <= 1");
    case Kind::Memory:
        return QStringLiteral("a size such as 24GiB, 24GB, 80 GiB or a byte count");
    }
    return {};
}

// Converts one flag's text; false when the text is not of the flag's kind.
bool convert(Kind kind, const QString &text, std::int64_t *n, double *x)
{
    bool ok = false;
    switch (kind) {
    case Kind::Count:
        *n = text.trimmed().toLongLong(&ok);
        return ok && *n >= 1;
    case Kind::Positive:
        *x = text.trimmed().toDouble(&ok);
        return ok && std::isfinite(*x) && *x > 0;
    case Kind::Fraction:
        *x = text.trimmed().toDouble(&ok);
        return ok && std::isfinite(*x) && *x > 0 && *x <= 1;
    case Kind::Memory: {
        const auto bytes = parseMemorySize(text.toStdString());
        if (bytes)
            *n = *bytes;
        return bytes.has_value();
    }
    }
    return false;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
            "TrainScope shows what it costs to train a Transformer language model: parameters,\n"
            "peak GPU memory, FLOPs per step, the largest batch that fits, and training time.\n"
            "Without --json or --export-png it opens the window, starting from the given flags."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("json"),
                       QStringLiteral("Print the whole estimate as JSON and exit.") });
    for (const ValueFlag &flag : valueFlags())
        parser.addOption({ QString::fromLatin1(flag.name), QString::fromLatin1(flag.help),
                           QString::fromLatin1(flag.valueName) });
    parser.addOption({ QStringLiteral("export-png"),
                       QStringLiteral("Write the charts to FILE as PNG and exit (no display needed)."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("chart"),
                       QStringLiteral("Chart to export: memory, time or both (default memory)."),
                       QStringLiteral("CHART") });
    parser.addOption({ QStringLiteral("x"),
                       QStringLiteral("X-axis of the charts: batch or seq (default batch)."),
                       QStringLiteral("AXIS") });
    parser.addOption({ QStringLiteral("size"),
                       QStringLiteral("Exported image size in pixels (default 1600x900)."),
                       QStringLiteral("WxH") });
    parser.addOption({ QStringLiteral("scale"),
                       QStringLiteral("Pixel ratio of the export, 1 or 2 (2 for slides)."),
                       QStringLiteral("K") });
}

QString flagError(const QString &flag, const QString &value, const QString &allowed)
{
    return QStringLiteral("--%1: '%2' is not valid; expected %3").arg(flag, value, allowed);
}

// Parses the export flags into request; returns an error line or an empty string.
QString parseExport(const QCommandLineParser &parser, ui::ExportRequest &request)
{
    request.path = parser.value(QStringLiteral("export-png"));
    if (request.path.isEmpty())
        return QStringLiteral("--export-png: expected a file name");
    const QString chart = parser.value(QStringLiteral("chart"));
    if (chart == QLatin1String("memory") || chart.isEmpty())
        request.chart = ui::ChartChoice::Memory;
    else if (chart == QLatin1String("time"))
        request.chart = ui::ChartChoice::Time;
    else if (chart == QLatin1String("both"))
        request.chart = ui::ChartChoice::Both;
    else
        return flagError(QStringLiteral("chart"), chart, QStringLiteral("memory, time or both"));

    const QString axis = parser.value(QStringLiteral("x"));
    if (axis == QLatin1String("batch") || axis.isEmpty())
        request.axis = SweepAxis::Batch;
    else if (axis == QLatin1String("seq"))
        request.axis = SweepAxis::SeqLen;
    else
        return flagError(QStringLiteral("x"), axis, QStringLiteral("batch or seq"));

    if (parser.isSet(QStringLiteral("size"))) {
        const QString size = parser.value(QStringLiteral("size"));
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const auto match = pattern.match(size.trimmed());
        const int w = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int h = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (w < 200 || h < 150 || w > 8192 || h > 8192)
            return flagError(QStringLiteral("size"), size,
                             QStringLiteral("WIDTHxHEIGHT with 200..8192 by 150..8192 pixels"));
        request.size = QSize(w, h);
    }
    if (parser.isSet(QStringLiteral("scale"))) {
        const QString scale = parser.value(QStringLiteral("scale"));
        if (scale != QLatin1String("1") && scale != QLatin1String("2"))
            return flagError(QStringLiteral("scale"), scale, QStringLiteral("1 or 2"));
        request.scale = scale.toDouble();
    }
    return {};
}

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fputc('\n', stream);
}

} // namespace

Mode modeOf(int argc, char **argv)
{
    Mode mode = Mode::Gui;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        while (*arg == '-')
            ++arg;
        if (arg == argv[i])
            continue; // a value, not a flag
        if (std::strcmp(arg, "export-png") == 0 || std::strncmp(arg, "export-png=", 11) == 0)
            return Mode::Export;
        if (!std::strcmp(arg, "json") || !std::strcmp(arg, "help") || !std::strcmp(arg, "h")
            || !std::strcmp(arg, "help-all") || !std::strcmp(arg, "version")
            || !std::strcmp(arg, "v") || !std::strcmp(arg, "?"))
            mode = Mode::Text;
    }
    return mode;
}

void preferOffscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

ParseResult parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    ParseResult result;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = QStringLiteral("unexpected argument '%1'; see --help")
                               .arg(parser.positionalArguments().constFirst());
        return result;
    }
    Request request;
    request.help = parser.isSet(QStringLiteral("help"));
    request.version = parser.isSet(QStringLiteral("version"));
    request.json = parser.isSet(QStringLiteral("json"));

    for (const ValueFlag &flag : valueFlags()) {
        const QString name = QString::fromLatin1(flag.name);
        if (!parser.isSet(name))
            continue;
        const QString text = parser.value(name);
        std::int64_t n = 0;
        double x = 0;
        if (!convert(flag.kind, text, &n, &x)) {
            result.error = flagError(name, text, allowedFor(flag.kind));
            return result;
        }
        flag.apply(request.scenario, n, x);
    }
    // Values that are each fine but do not fit together, such as h not dividing d.
    const std::vector<Problem> problems = validate(request.scenario);
    if (!problems.empty()) {
        result.error = QStringLiteral("--%1: %2").arg(QString::fromLatin1(fieldKey(problems[0].field)),
                                                      QString::fromStdString(describe(problems[0])));
        return result;
    }

    if (parser.isSet(QStringLiteral("export-png"))) {
        ui::ExportRequest exportRequest;
        exportRequest.scenario = request.scenario;
        const QString error = parseExport(parser, exportRequest);
        if (!error.isEmpty()) {
            result.error = error;
            return result;
        }
        request.exportRequest = exportRequest;
    } else {
        for (const char *name : { "chart", "x", "size", "scale" }) {
            if (parser.isSet(QString::fromLatin1(name))) {
                result.error = QStringLiteral("--%1: only valid together with --export-png")
                                       .arg(QString::fromLatin1(name));
                return result;
            }
        }
    }
    result.request = request;
    return result;
}

QString helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    return parser.helpText();
}

int run(const QStringList &arguments)
{
    const ParseResult parsed = parse(arguments);
    if (!parsed.request) {
        printLine(stderr, QStringLiteral("trainscope: ") + parsed.error);
        return 2;
    }
    const Request &request = *parsed.request;
    if (request.help) {
        printLine(stdout, helpText());
        return 0;
    }
    if (request.version) {
        printLine(stdout, QCoreApplication::applicationName() + QLatin1Char(' ')
                          + QCoreApplication::applicationVersion());
        return 0;
    }
    const Estimate e = estimate(request.scenario);
    if (!e.ok()) {
        printLine(stderr, QStringLiteral("trainscope: ") + QString::fromStdString(describe(e.problems[0])));
        return 2;
    }
    if (request.exportRequest) {
        QString error;
        if (!ui::exportPng(*request.exportRequest, &error)) {
            printLine(stderr, QStringLiteral("trainscope: --export-png: ") + error);
            return 1;
        }
    }
    if (request.json)
        printLine(stdout, QString::fromUtf8(QJsonDocument(toJson(request.scenario, e)).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

} // namespace ts::cli
