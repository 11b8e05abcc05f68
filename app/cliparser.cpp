// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliparser.h"

#include "comparereport.h"
#include "comparison.h"
#include "console.h"
#include "estimate.h"
#include "exportnaming.h"
#include "inputcodec.h"
#include "jsonreport.h"
#include "presetlist.h"
#include "presetstore.h"
#include "scenariofile.h"
#include "searchreport.h"
#include "validation.h"
#include "working.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>

namespace ts::cli {

namespace {

// The options that are not scenario inputs, with the mode each one starts the process in.
struct CommandOption
{
    const char *name;
    const char *valueName; // empty: a switch
    const char *help;
    Mode mode;
};

// clang-format off
const CommandOption kCommandOptions[] = {
    { "json", "", "Print the whole estimate as JSON and exit.", Mode::Text },
    { "compare", "FILE", "Compare configuration files (up to 4, each read as --config with the "
                         "other flags on top): with --json their reports and the differences to "
                         "the first, with --export their ghost curves, else a Markdown table.",
      Mode::Text },
    { "explain", "", "Print the working: every formula, with the numbers, and its result, in "
                     "the lecture's order; then exit.", Mode::Text },
    { "search", "", "Search every layout of the GPUs (tensor, pipeline, context and data "
                    "parallelism, micro-batch size, ZeRO stage, recompute, FlashAttention) for "
                    "the model, GPU and global batch; print the 20 fastest that fit (a table, "
                    "or --json) and exit.", Mode::Text },
    { "global-batch", "N", "Sequences per optimizer step for --search (default: b × m × DP of "
                           "the flags).", Mode::Gui },
    { "format", "FORMAT", "Format of --explain: text, markdown (GitHub, $…$ maths) or latex "
                          "(default text).", Mode::Gui },
    { "model", "ID", "Start from a model preset (see --list-presets).", Mode::Gui },
    { "gpu", "ID", "GPU preset: memory and the peak for the precision; custom: neither "
                   "(give --gpu-memory and --gpu-flops).", Mode::Gui },
    { "dataset", "ID", "Dataset preset: its token count.", Mode::Gui },
    { "config", "FILE", "Start from a configuration file; flags given as well override it (see "
                        "docs/config-format.md).", Mode::Gui },
    { "save-config", "FILE", "Write the configuration to FILE and exit.", Mode::Text },
    { "list-presets", "", "List the GPU, dataset and model presets and exit.", Mode::Text },
    { "export", "FILE", "Write the charts to FILE and exit (no display needed): PNG, SVG or PDF "
                        "by its extension (.png, .svg, .pdf), with a caption naming the "
                        "configuration.", Mode::Export },
    { "export-png", "FILE", "Write the charts to FILE as PNG, whatever its name, and exit.",
      Mode::Export },
    { "chart", "CHART", "Chart to export: memory, time, both, map (the b × c fit map of peak "
                        "memory) or map-time (the map of training time); default memory.",
      Mode::Gui },
    { "x", "AXIS", "X-axis of the charts: batch or seq (default batch).", Mode::Gui },
    { "size", "WxH", "Exported image size in pixels (default 1600x900).", Mode::Gui },
    { "scale", "K", "Pixel ratio of the export, 1 or 2 (2 for slides).", Mode::Gui },
};
// clang-format on

// --help for one input: its sentence and its default.
QString inputHelp(const InputSpec &spec)
{
    QString help = QString::fromUtf8(spec.help);
    if (spec.kind == InputKind::Switch)
        return help;
    const QString value = spec.defaultNote
            ? QString::fromUtf8(spec.defaultNote)
            : QString::fromStdString(valueText(spec, spec.defaultValue()));
    if (spec.kind == InputKind::Choice)
        help += QStringLiteral(" One of %1.").arg(ui::inputcodec::allowed(spec));
    if (spec.zeroMeans && spec.defaultValue() == InputValue(std::int64_t(0)))
        return help + QStringLiteral(" Default: 0 (%1).").arg(QString::fromUtf8(spec.zeroMeans));
    return help + QStringLiteral(" Default: %1.").arg(value);
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
            "TrainScope shows what it costs to train a Transformer language model: parameters,\n"
            "peak GPU memory, FLOPs per step, the largest batch that fits, and training time.\n"
            "Without --json or --export it opens the window, starting from the given flags.\n"
            "Defaults are the lecture's worked example (CS190C Lec9)."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addVersionOption();
    for (const CommandOption &o : kCommandOptions) {
        if (*o.valueName)
            parser.addOption({ QLatin1String(o.name), QString::fromUtf8(o.help),
                               QLatin1String(o.valueName) });
        else
            parser.addOption({ QLatin1String(o.name), QString::fromUtf8(o.help) });
    }
    for (const InputSpec &spec : inputs()) {
        QStringList names { QLatin1String(spec.flag) };
        if (spec.aliasFlag)
            names << QLatin1String(spec.aliasFlag);
        if (spec.kind == InputKind::Switch)
            parser.addOption({ names, inputHelp(spec) });
        else
            parser.addOption({ names, inputHelp(spec), QLatin1String(spec.valueName) });
    }
}

QString flagError(const QString &flag, const QString &value, const QString &allowed)
{
    return QStringLiteral("--%1: '%2' is not valid; expected %3").arg(flag, value, allowed);
}

QString unknownPreset(const char *flag, const QString &id)
{
    return QStringLiteral("--%1: '%2' is not a known preset; see --list-presets")
            .arg(QLatin1String(flag), id);
}

// Parses the export flags into request; returns an error line or an empty string.
QString parseExport(const QCommandLineParser &parser, ui::ExportRequest &request)
{
    const bool png = parser.isSet(QStringLiteral("export-png"));
    const QString flag = png ? QStringLiteral("export-png") : QStringLiteral("export");
    if (png && parser.isSet(QStringLiteral("export")))
        return QStringLiteral("--export: give --export or --export-png, not both");
    request.path = parser.value(flag);
    if (request.path.isEmpty())
        return QStringLiteral("--%1: expected a file name").arg(flag);
    if (png) {
        request.format = ui::ExportFormat::Png;
    } else if (const auto format = ui::exportFormatOf(request.path)) {
        request.format = *format;
    } else {
        return QStringLiteral("--export: '%1' must end in .png, .svg or .pdf").arg(request.path);
    }
    const QString chart = parser.value(QStringLiteral("chart"));
    if (chart == QLatin1String("memory") || chart.isEmpty())
        request.chart = ui::ChartChoice::Memory;
    else if (chart == QLatin1String("time"))
        request.chart = ui::ChartChoice::Time;
    else if (chart == QLatin1String("both"))
        request.chart = ui::ChartChoice::Both;
    else if (chart == QLatin1String("map"))
        request.chart = ui::ChartChoice::Map;
    else if (chart == QLatin1String("map-time"))
        request.chart = ui::ChartChoice::MapTime;
    else
        return flagError(QStringLiteral("chart"), chart,
                         QStringLiteral("memory, time, both, map or map-time"));

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
    const qint64 pixels = qint64(request.size.width() * request.scale)
            * qint64(request.size.height() * request.scale);
    if (pixels > ui::kMaxExportPixels)
        return QStringLiteral("--size: %1x%2 at scale %3 is %4 pixels; at most %5 (7680x4320)")
                .arg(request.size.width())
                .arg(request.size.height())
                .arg(request.scale)
                .arg(pixels)
                .arg(ui::kMaxExportPixels);
    return {};
}

// The flags as a configuration layered over the --config file: a preset flag replaces the file's
// preset and the figures it covers, any other flag just its input; then ui::resolve applies the
// presets with the one precedence the window shares. Returns an error line or an empty string.
// `configPath` is --config's file, or one --compare file (`flag` then names it in errors).
QString buildScenario(const QCommandLineParser &parser, Request &request,
                      const std::optional<QString> &configPath, const QString &flag)
{
    const PresetStore &presets = PresetStore::builtIn();
    ui::ScenarioConfig config;
    if (configPath) {
        request.configPath = *configPath;
        const ui::scenariofile::ReadResult file = ui::scenariofile::read(request.configPath);
        if (!file.config)
            return QStringLiteral("--%1: %2").arg(flag, file.error);
        config = *file.config;
        request.warnings = file.warnings;
        request.pins = file.pins;
    }
    ui::ScenarioConfig flags;
    const QString gpu = parser.value(QStringLiteral("gpu"));
    const struct
    {
        const char *flag;
        bool known;
        QString *id;
    } presetFlags[] = {
        { "model", presets.model(parser.value(QStringLiteral("model"))) != nullptr,
          &flags.modelPreset },
        { "gpu", gpu == ui::kCustomGpu || presets.gpu(gpu) != nullptr, &flags.gpuPreset },
        { "dataset", presets.dataset(parser.value(QStringLiteral("dataset"))) != nullptr,
          &flags.datasetPreset },
    };
    for (const auto &preset : presetFlags) {
        const QString name = QString::fromLatin1(preset.flag);
        if (!parser.isSet(name))
            continue;
        if (!preset.known)
            return unknownPreset(preset.flag, parser.value(name));
        *preset.id = parser.value(name);
    }
    for (const InputSpec &spec : inputs()) {
        const QString name = QLatin1String(spec.flag);
        if (!parser.isSet(name))
            continue;
        if (spec.kind == InputKind::Switch) {
            flags.give(spec.field, InputValue(true));
            continue;
        }
        const QString text = parser.value(name);
        const std::optional<InputValue> value = ui::inputcodec::fromText(spec, text);
        if (!value)
            return flagError(name, text, ui::inputcodec::allowed(spec));
        flags.give(spec.field, *value);
    }
    config.overlay(flags);
    request.fromFlags = flags.given;
    const ui::ResolvedConfig resolved = ui::resolve(config);
    request.config = config;
    request.scenario = resolved.scenario;
    request.selection = resolved.selection;
    for (Field kept : resolved.keptFromModel) {
        const InputSpec &spec = input(kept);
        const QString from
                = kept == Field::DFf ? QStringLiteral("d-model") : QStringLiteral("heads");
        request.warnings << QStringLiteral("--model %1: %2 = %3 is the preset's own figure and "
                                           "stays although --%4 changed; give --%5 to change it")
                                    .arg(config.modelPreset, QLatin1String(spec.key),
                                         QString::fromStdString(
                                                 valueText(spec, spec.get(resolved.scenario))),
                                         from, QLatin1String(spec.flag));
    }
    if (resolved.peakMissing)
        return QStringLiteral("--precision: %1 has no %2 peak; choose another precision or give "
                              "--gpu-flops")
                .arg(QString::fromStdString(request.selection.gpu.name),
                     QLatin1String(keyOf(peakKindFor(request.scenario.options.precision))));
    // Values that are each fine but do not fit together, such as h not dividing d.
    const std::vector<Problem> problems = validate(request.scenario);
    if (problems.empty())
        return {};
    const Field field = problems[0].field;
    const QString problem = QString::fromStdString(describe(problems[0]));
    if (!request.configPath.isEmpty() && config.given.contains(field)
        && !flags.given.contains(field))
        return QStringLiteral("--%1: %2: %3: %4")
                .arg(flag, QDir::toNativeSeparators(request.configPath),
                     ui::inputcodec::pathOf(field), problem);
    return QStringLiteral("--%1: %2").arg(QString::fromLatin1(fieldKey(field)), problem);
}

// --compare A.json B.json …: each file read as --config with the same flags on top, checked,
// and estimated; at most ui::kMaxPins of them (a picture's ghost curves).
QString readCompared(const QCommandLineParser &parser, Request &request)
{
    if (!parser.isSet(QStringLiteral("compare")))
        return {};
    if (request.explain)
        return QStringLiteral("--compare: not together with --explain");
    const QStringList files
            = parser.values(QStringLiteral("compare")) + parser.positionalArguments();
    if (files.size() > ui::kMaxPins)
        return QStringLiteral("--compare: at most %1 files, got %2")
                .arg(ui::kMaxPins)
                .arg(files.size());
    int slot = 0;
    for (const QString &file : files) {
        if (file.isEmpty())
            return QStringLiteral("--compare: expected a file name");
        Request one;
        const QString error = buildScenario(parser, one, file, QStringLiteral("compare"));
        if (!error.isEmpty())
            return error;
        request.warnings << one.warnings;
        ui::PinnedEstimate pinned { QFileInfo(file).fileName(), slot++, one.scenario, one.selection,
                                    estimate(one.scenario) };
        if (!pinned.estimate.ok()) // beyond 64 bits, which validation alone does not see
            return QStringLiteral("--compare: %1: %2")
                    .arg(QDir::toNativeSeparators(file),
                         QString::fromStdString(describe(pinned.estimate.problems[0])));
        request.compared.push_back(std::move(pinned));
    }
    return {};
}

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fputc('\n', stream);
}

// Where an input came from, as an error names it: its flag, or the file and key path.
QString origin(const Request &r, Field field)
{
    const InputSpec &spec = input(field);
    if (!r.configPath.isEmpty() && r.config.given.contains(field) && !r.fromFlags.contains(field))
        return QStringLiteral("--config: %1: %2")
                .arg(QDir::toNativeSeparators(r.configPath), ui::inputcodec::path(spec));
    return QLatin1String("--") + QLatin1String(spec.flag);
}

// A problem of the whole estimate, naming the inputs behind it: for an overflow, each whole-number
// input whose default value alone would bring every count back within 64 bits.
QString problemLine(const Request &r, const Problem &problem)
{
    const QString text = QString::fromStdString(describe(problem));
    if (problem.code != ProblemCode::Overflow)
        return text;
    QStringList culprits;
    for (const InputSpec &spec : inputs()) {
        if (spec.kind != InputKind::Count || spec.get(r.scenario) == spec.defaultValue())
            continue;
        Scenario smaller = r.scenario;
        spec.set(smaller, spec.defaultValue());
        const Estimate e = estimate(smaller);
        if (e.ok() || e.problems[0].code != ProblemCode::Overflow)
            culprits << origin(r, spec.field);
    }
    if (culprits.isEmpty())
        return text;
    return QStringLiteral("%1: %2 (%3)")
            .arg(culprits.constFirst(), text,
                 culprits.size() == 1 ? QStringLiteral("reduce it")
                                      : QStringLiteral("reduce one of %1")
                                                .arg(culprits.join(QStringLiteral(", "))));
}

} // namespace

ParseResult parseArguments(const QStringList &arguments);

Mode modeOf(int argc, char **argv)
{
    Mode mode = Mode::Gui;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        while (*arg == '-')
            ++arg;
        if (arg == argv[i])
            continue; // a value, not a flag
        const char *end = std::strchr(arg, '=');
        const std::string name = end ? std::string(arg, end) : std::string(arg);
        // QCommandLineParser's own --help and --version, and the options above.
        for (const char *text : { "help", "h", "help-all", "?", "version", "v" }) {
            if (name == text)
                mode = Mode::Text;
        }
        for (const CommandOption &o : kCommandOptions) {
            if (name != o.name)
                continue;
            if (o.mode == Mode::Export)
                return Mode::Export;
            if (o.mode == Mode::Text)
                mode = Mode::Text;
        }
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
    ParseResult result = parseArguments(arguments);
    result.error = oneLine(result.error); // a value with a newline must not make two lines
    return result;
}

ParseResult parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    ParseResult result;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty() && !parser.isSet(QStringLiteral("compare"))) {
        result.error = QStringLiteral("unexpected argument '%1'; see --help")
                               .arg(parser.positionalArguments().constFirst());
        return result;
    }
    Request request;
    request.help = parser.isSet(QStringLiteral("help"));
    request.version = parser.isSet(QStringLiteral("version"));
    request.json = parser.isSet(QStringLiteral("json"));
    request.explain = parser.isSet(QStringLiteral("explain"));
    if (request.explain && request.json) { // one output a program can read, not two mixed
        result.error = QStringLiteral("--explain: print either the working or --json, not both");
        return result;
    }
    result.error = parseSearch(parser, request);
    if (!result.error.isEmpty())
        return result;
    if (parser.isSet(QStringLiteral("format"))) {
        const QString format = parser.value(QStringLiteral("format"));
        if (!request.explain) {
            result.error = QStringLiteral("--format: only valid together with --explain");
            return result;
        }
        if (format == QLatin1String("markdown"))
            request.explainFormat = WorkingFormat::Markdown;
        else if (format == QLatin1String("latex"))
            request.explainFormat = WorkingFormat::Latex;
        else if (format != QLatin1String("text")) {
            result.error = flagError(QStringLiteral("format"), format,
                                     QStringLiteral("text, markdown or latex"));
            return result;
        }
    }
    request.listPresets = parser.isSet(QStringLiteral("list-presets"));
    request.saveConfigPath = parser.value(QStringLiteral("save-config"));
    if (parser.isSet(QStringLiteral("save-config")) && request.saveConfigPath.isEmpty()) {
        result.error = QStringLiteral("--save-config: expected a file name");
        return result;
    }
    result.error = buildScenario(parser, request,
                                 parser.isSet(QStringLiteral("config"))
                                         ? std::optional(parser.value(QStringLiteral("config")))
                                         : std::nullopt,
                                 QStringLiteral("config"));
    if (!result.error.isEmpty())
        return result;
    result.error = readCompared(parser, request);
    if (!result.error.isEmpty())
        return result;

    if (parser.isSet(QStringLiteral("export-png")) || parser.isSet(QStringLiteral("export"))) {
        ui::ExportRequest exportRequest;
        exportRequest.scenario = request.scenario;
        exportRequest.ghosts = request.compared;
        exportRequest.caption = ui::exportCaption(request.scenario, request.selection,
                                                  QCoreApplication::applicationVersion());
        result.error = parseExport(parser, exportRequest);
        if (!result.error.isEmpty())
            return result;
        request.exportRequest = exportRequest;
        request.exportFlag = parser.isSet(QStringLiteral("export-png"))
                ? QStringLiteral("export-png")
                : QStringLiteral("export");
    } else {
        for (const char *name : { "chart", "x", "size", "scale" }) {
            if (parser.isSet(QString::fromLatin1(name))) {
                result.error = QStringLiteral("--%1: only valid together with --export")
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

int run(const QStringList &arguments, const Exporter &exporter)
{
    const ParseResult parsed = parse(arguments);
    if (!parsed.request) {
        printError(parsed.error);
        return 2;
    }
    const Request &request = *parsed.request;
    if (request.help) {
        printLine(stdout, helpText());
        return 0;
    }
    if (request.version) {
        printLine(stdout,
                  QCoreApplication::applicationName() + QLatin1Char(' ')
                          + QCoreApplication::applicationVersion());
        return 0;
    }
    if (request.listPresets) {
        printLine(stdout, presetList());
        return 0;
    }
    for (const QString &warning : request.warnings)
        printWarning(warning);
    const Estimate e = estimate(request.scenario);
    if (!e.ok()) {
        printError(problemLine(request, e.problems[0]));
        return 2;
    }
    if (request.exportRequest) {
        QString error;
        if (!exporter || !exporter(*request.exportRequest, &error)) {
            printError(QStringLiteral("--%1: ").arg(request.exportFlag) + error);
            return 1;
        }
    }
    if (!request.saveConfigPath.isEmpty()) {
        QString error;
        if (!ui::scenariofile::write(request.saveConfigPath, request.config, request.pins,
                                     &error)) {
            printError(QStringLiteral("--save-config: ") + error);
            return 1;
        }
    }
    if (!request.compared.empty()) {
        // The files side by side: JSON with --json, else (without an export) a Markdown table.
        if (request.json) {
            const QJsonDocument doc(compareJson(request.compared));
            printLine(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
        } else if (!request.exportRequest) {
            std::vector<ui::Compared> columns;
            for (const ui::PinnedEstimate &c : request.compared)
                columns.push_back({ c.name, &c.estimate });
            printLine(stdout, ui::Comparison::markdown(columns, 0, MemoryUnit::GiB).trimmed());
        }
        return 0;
    }
    if (request.search) {
        printLine(stdout, searchReport(request.scenario, request.globalBatch, request.json));
        return 0;
    }
    if (request.json) {
        const QJsonDocument doc(toJson(request.scenario, request.selection, e));
        printLine(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
    }
    if (request.explain)
        printLine(stdout,
                  QString::fromStdString(
                          renderWorking(working(request.scenario, e), request.explainFormat))
                          .trimmed());
    return 0;
}

} // namespace ts::cli
