// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliparser.h"

#include "cliflags.h"
#include "configkeys.h"
#include "estimate.h"
#include "jsonreport.h"
#include "presetstore.h"
#include "scenariocontroller.h"
#include "scenariofile.h"
#include "validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>

namespace ts::cli {

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
            "TrainScope shows what it costs to train a Transformer language model: parameters,\n"
            "peak GPU memory, FLOPs per step, the largest batch that fits, and training time.\n"
            "Without --json or --export-png it opens the window, starting from the given flags.\n"
            "Defaults are the lecture's worked example (CS190C Lec9)."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("json"),
                       QStringLiteral("Print the whole estimate as JSON and exit.") });
    parser.addOption({ QStringLiteral("model"),
                       QStringLiteral("Start from a model preset (see --list-presets)."),
                       QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("gpu"),
                       QStringLiteral("GPU preset: memory and the peak for the precision."),
                       QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("dataset"),
                       QStringLiteral("Dataset preset: its token count."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("config"),
                       QStringLiteral("Start from a configuration file; flags given as well "
                                      "override it (see docs/config-format.md)."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("save-config"),
                       QStringLiteral("Write the resolved configuration to FILE and exit."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("list-presets"),
                       QStringLiteral("List the GPU, dataset and model presets and exit.") });
    for (const ScenarioFlag &flag : scenarioFlags()) {
        if (flag.valueName.isEmpty())
            parser.addOption({ flag.name, flag.help });
        else
            parser.addOption({ flag.name, flag.help, flag.valueName });
    }
    parser.addOption(
            { QStringLiteral("export-png"),
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

QString unknownPreset(const char *flag, const QString &id)
{
    return QStringLiteral("--%1: '%2' is not a known preset; see --list-presets")
            .arg(QLatin1String(flag), id);
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

// The flags as a configuration layered over the --config file: a preset flag replaces the file's
// preset and the figures it covers, any other flag just its key; then ui::resolve applies the
// presets with the one precedence the window shares. Returns an error line or an empty string.
QString buildScenario(const QCommandLineParser &parser, Request &request)
{
    const PresetStore &presets = PresetStore::builtIn();
    ui::ScenarioConfig config;
    if (parser.isSet(QStringLiteral("config"))) {
        request.configPath = parser.value(QStringLiteral("config"));
        const ui::scenariofile::ReadResult file = ui::scenariofile::read(request.configPath);
        if (!file.config)
            return QStringLiteral("--config: ") + file.error;
        config = *file.config;
        request.warnings = file.warnings;
    }
    ui::ScenarioConfig flags;
    const struct
    {
        const char *flag;
        bool known;
        QString *id;
    } presetFlags[] = {
        { "model", presets.model(parser.value(QStringLiteral("model"))) != nullptr,
          &flags.modelPreset },
        { "gpu", ui::ScenarioController::gpuById(parser.value(QStringLiteral("gpu"))).has_value(),
          &flags.gpuPreset },
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
    for (const ScenarioFlag &flag : scenarioFlags()) {
        if (!parser.isSet(flag.name))
            continue;
        const QString text = flag.valueName.isEmpty() ? QString() : parser.value(flag.name);
        if (!flag.apply(flags.values, text))
            return flagError(flag.name, text, flag.allowed);
        if (const ui::ConfigKey *key = ui::configKeyByFlag(flag.name))
            flags.given.insert(key->path());
    }
    config.overlay(flags);
    const ui::ResolvedConfig resolved = ui::resolve(config);
    request.scenario = resolved.scenario;
    request.selection = resolved.selection;
    if (resolved.peakMissing)
        return QStringLiteral("--precision: %1 has no %2 peak; choose another precision or give "
                              "--gpu-flops")
                .arg(QString::fromStdString(request.selection.gpu.name),
                     QLatin1String(peakKind(request.scenario.options.precision)));
    // Values that are each fine but do not fit together, such as h not dividing d.
    const std::vector<Problem> problems = validate(request.scenario);
    const QString path = problems.empty() ? QString() : ui::configPathOf(problems[0].field);
    if (!request.configPath.isEmpty() && config.given.contains(path) && !flags.given.contains(path))
        return QStringLiteral("--config: %1: %2: %3")
                .arg(QDir::toNativeSeparators(request.configPath), path,
                     QString::fromStdString(describe(problems[0])));
    if (!problems.empty())
        return QStringLiteral("--%1: %2")
                .arg(QString::fromLatin1(fieldKey(problems[0].field)),
                     QString::fromStdString(describe(problems[0])));
    return {};
}

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fputc('\n', stream);
}

QString presetList()
{
    const PresetStore &p = PresetStore::builtIn();
    QStringList lines { QStringLiteral(
            "GPUs (--gpu ID): memory, dense FP32 / BF16 peak in TFLOP/s") };
    auto tflops = [](const std::optional<double> &x) {
        return x ? QString::number(*x / 1e12, 'g', 5) : QStringLiteral("-");
    };
    for (const GpuPreset &g : p.gpus())
        lines << QStringLiteral("  %1 %2 %3  %4")
                         .arg(QString::fromStdString(g.id), -22)
                         .arg(QString::fromStdString(g.memoryLabel), -26)
                         .arg(tflops(g.fp32) + QStringLiteral(" / ") + tflops(g.bf16), -16)
                         .arg(QString::fromStdString(g.name));
    lines << QString() << QStringLiteral("Datasets (--dataset ID): tokens");
    for (const DatasetPreset &d : p.datasets())
        lines << QStringLiteral("  %1 %2  %3")
                         .arg(QString::fromStdString(d.id), -22)
                         .arg(QString::number(d.tokens, 'f', 0), 16)
                         .arg(QString::fromStdString(d.name));
    lines << QString() << QStringLiteral("Models (--model ID): d_model, layers, heads, vocab");
    for (const ModelPreset &m : p.models())
        lines << QStringLiteral("  %1 d=%2 L=%3 h=%4 v=%5  %6")
                         .arg(QString::fromStdString(m.id), -22)
                         .arg(m.shape.dModel)
                         .arg(m.shape.layers)
                         .arg(m.shape.heads)
                         .arg(m.shape.vocab)
                         .arg(QString::fromStdString(m.name));
    return lines.join(QLatin1Char('\n'));
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
        if (std::strncmp(arg, "save-config=", 12) == 0)
            mode = Mode::Text;
        for (const char *textFlag : { "json", "help", "h", "help-all", "version", "v", "?",
                                      "list-presets", "save-config" }) {
            if (std::strcmp(arg, textFlag) == 0)
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
    request.listPresets = parser.isSet(QStringLiteral("list-presets"));
    request.saveConfigPath = parser.value(QStringLiteral("save-config"));
    if (parser.isSet(QStringLiteral("save-config")) && request.saveConfigPath.isEmpty()) {
        result.error = QStringLiteral("--save-config: expected a file name");
        return result;
    }
    result.error = buildScenario(parser, request);
    if (!result.error.isEmpty())
        return result;

    if (parser.isSet(QStringLiteral("export-png"))) {
        ui::ExportRequest exportRequest;
        exportRequest.scenario = request.scenario;
        result.error = parseExport(parser, exportRequest);
        if (!result.error.isEmpty())
            return result;
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
        printLine(stderr, QStringLiteral("trainscope: warning: ") + warning);
    const Estimate e = estimate(request.scenario);
    if (!e.ok()) {
        printLine(stderr,
                  QStringLiteral("trainscope: ") + QString::fromStdString(describe(e.problems[0])));
        return 2;
    }
    if (request.exportRequest) {
        QString error;
        if (!ui::exportPng(*request.exportRequest, &error)) {
            printLine(stderr, QStringLiteral("trainscope: --export-png: ") + error);
            return 1;
        }
    }
    if (!request.saveConfigPath.isEmpty()) {
        QString error;
        if (!ui::scenariofile::write(request.saveConfigPath, request.scenario, request.selection,
                                     &error)) {
            printLine(stderr, QStringLiteral("trainscope: --save-config: ") + error);
            return 1;
        }
    }
    if (request.json) {
        const QJsonDocument doc(toJson(request.scenario, request.selection, e));
        printLine(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
    }
    return 0;
}

} // namespace ts::cli
