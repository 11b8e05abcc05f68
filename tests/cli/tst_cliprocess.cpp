// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `trainscope` executable as a user would, with no display.
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString writeText(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return path;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runTrainscope(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the app must choose offscreen by itself
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TRAINSCOPE_BINARY), args);
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

} // namespace

class TestCliProcess : public QObject
{
    Q_OBJECT
private slots:
    void jsonIsTheWorkedExample();
    void jsonSchemaKeys();
    void badInput_data();
    void badInput();
    void explainPrintsTheWorking_data();
    void explainPrintsTheWorking();
    void helpAndVersion();
    void optionsReachTheJson();
    void offloadJson();
    void pytorchEagerJson();
    void listPresets();
    void exportWithoutDisplay_data();
    void exportWithoutDisplay();
    void exportToUnwritablePath();
    void exportByExtension_data();
    void exportByExtension();
    void badConfigFile_data();
    void badConfigFile();
    void saveConfigThenConfig();
    void compareJson();
    void compareMarkdownAndExport();
    void compareBadInput_data();
    void compareBadInput();
};

void TestCliProcess::jsonIsTheWorkedExample()
{
    const Run r = runTrainscope({ QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    // Integers must be printed exactly, not as 2.66888192e+08.
    QVERIFY(r.out.contains("\"total\": 266888192"));
    QVERIFY(r.out.contains("\"peak\": 5617631232"));
    QVERIFY(r.out.contains("\"total\": 1480935201792"));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[QStringLiteral("params")][QStringLiteral("total")].toInteger(), 266888192);
    QCOMPARE(o[QStringLiteral("memory_bytes")][QStringLiteral("peak")].toInteger(), 5617631232);
    QCOMPARE(o[QStringLiteral("flops_per_step")][QStringLiteral("total")].toDouble(),
             1480935201792.0);
    QCOMPARE(o[QStringLiteral("max_batch_size")][QStringLiteral("exact")].toInteger(), 63);
    const double seconds = o[QStringLiteral("training")][QStringLiteral("seconds")].toDouble();
    QVERIFY(qAbs(seconds - 10460.762335) < 1e-5);
}

void TestCliProcess::jsonSchemaKeys()
{
    const Run r = runTrainscope(
            { QStringLiteral("--json"), QStringLiteral("--batch"), QStringLiteral("2") });
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QStringList paths = {
        "params/total",
        "memory_bytes/parameters",
        "memory_bytes/gradients",
        "memory_bytes/optimizer_states",
        "memory_bytes/activations",
        "memory_bytes/peak",
        "flops_per_step/forward",
        "flops_per_step/backward",
        "flops_per_step/optimizer",
        "flops_per_step/optimizer_parameters",
        "flops_per_step/total",
        "max_batch_size/exact",
        "max_batch_size/lecture_approx",
        "training/steps",
        "training/seconds",
        "training/hours",
    };
    for (const QString &path : paths) {
        const QStringList parts = path.split(QLatin1Char('/'));
        QVERIFY2(o[parts[0]].toObject().contains(parts[1]), qPrintable(path));
    }
    // One entry per saved tensor, the lecture's 13 without options, summing to N_A.
    const QJsonArray acts = o[QStringLiteral("activations")].toArray();
    QCOMPARE(acts.size(), 13);
    QCOMPARE(acts[3][QStringLiteral("name")].toString(), QStringLiteral("p"));
    qint64 sum = 0;
    for (const QJsonValue &a : acts)
        sum += a[QStringLiteral("elements_total")].toInteger();
    QCOMPARE(sum, o[QStringLiteral("activation_elements")].toInteger());
    QCOMPARE(o[QStringLiteral("config")][QStringLiteral("batch")].toInteger(), 2);
}

// The lecture's worked example, as each format writes N_p's three lines.
void TestCliProcess::explainPrintsTheWorking_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArrayList>("lines");
    QTest::newRow("text") << QStringList { "--explain" }
                          << QByteArrayList { "N_p = 2·d·v + d + L·(2·d + 16·d²)",
                                              "= 2·1024·32000 + 1024 + 12·(2·1024 + 16·1024²)",
                                              "= 266,888,192 parameters", "= 63 sequences" };
    QTest::newRow("markdown") << QStringList { "--explain", "--format", "markdown" }
                              << QByteArrayList { "### Parameters",
                                                  "$\\phantom{N_p} = 266{,}888{,}192$ parameters" };
    QTest::newRow("latex") << QStringList { "--explain", "--format=latex" }
                           << QByteArrayList { "\\subsection*{Parameters}",
                                               "&= 266{,}888{,}192\\ \\text{parameters}" };
    QTest::newRow("options change the formulas")
            << QStringList { "--explain", "--precision", "bf16-mixed", "--checkpointing", "full" }
            << QByteArrayList { "Beyond the slide's fp32 AdamW", "Full checkpointing" };
}

void TestCliProcess::explainPrintsTheWorking()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArrayList, lines);
    const Run r = runTrainscope(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    for (const QByteArray &line : lines)
        QVERIFY2(r.out.contains(line), line.constData());
}

// clang-format off
void TestCliProcess::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("flag");
    QTest::newRow("heads") << QStringList { "--json", "--heads", "7" } << "--heads";
    QTest::newRow("batch") << QStringList { "--json", "--batch", "-1" } << "--batch";
    QTest::newRow("memory") << QStringList { "--json", "--gpu-memory", "lots" } << "--gpu-memory";
    QTest::newRow("mfu") << QStringList { "--json", "--mfu", "0" } << "--mfu";
    QTest::newRow("unknown") << QStringList { "--json", "--frobnicate" } << "frobnicate";
    QTest::newRow("beyond a bound") << QStringList { "--json", "--d-model", "4294967296" }
                                    << "--d-model";
    // Every input within its bounds, but 4·b·h·c² beyond 64 bits.
    QTest::newRow("overflow") << QStringList { "--json", "--batch", "2147483647", "--seq-len",
                                               "2147483647" }
                              << "too large";
    QTest::newRow("export, unknown format") << QStringList { "--export", "chart.jpg" }
                                            << "--export";
    QTest::newRow("export and export-png")
            << QStringList { "--export", "a.svg", "--export-png", "b.png" } << "not both";
    QTest::newRow("map, misspelt") << QStringList { "--export-png", "m.png", "--chart", "maps" }
                                   << "--chart";
    QTest::newRow("map without export") << QStringList { "--chart", "map" } << "--chart";
    QTest::newRow("map, bad input") << QStringList { "--export-png", "m.png", "--chart", "map",
                                                     "--heads", "7" }
                                    << "--heads";
}
// clang-format on

void TestCliProcess::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, flag);
    const Run r = runTrainscope(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(err.contains(flag), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 0); // one line
}

void TestCliProcess::helpAndVersion()
{
    const Run help = runTrainscope({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char *flag : { "--json", "--batch", "--gpu-memory", "--export-png", "--size" })
        QVERIFY2(help.out.contains(flag), flag);
    const Run version = runTrainscope({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("trainscope "));
}

void TestCliProcess::optionsReachTheJson()
{
    const Run r = runTrainscope({ "--json", "--gpu", "a100-80gb-sxm", "--precision", "bf16-mixed",
                                  "--flash-attention", "--zero", "3", "--gpus", "8", "--dataset",
                                  "wikitext-103" });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject config = o[QStringLiteral("config")].toObject();
    QCOMPARE(config[QStringLiteral("precision")].toString(), QStringLiteral("bf16-mixed"));
    QCOMPARE(config[QStringLiteral("zero")].toInt(), 3);
    QVERIFY(config[QStringLiteral("flash_attention")].toBool());
    QCOMPARE(config[QStringLiteral("gpu_flops")].toDouble(), 312e12);
    const QJsonObject presets = o[QStringLiteral("presets")].toObject();
    QCOMPARE(presets[QStringLiteral("gpu")][QStringLiteral("peak_used")].toString(),
             QStringLiteral("BF16 tensor"));
    QCOMPARE(presets[QStringLiteral("dataset")][QStringLiteral("tokens")].toDouble(), 103227021.0);
    // FlashAttention keeps no probabilities but a log-sum-exp per row; P is listed with 0.
    bool sawLse = false;
    for (const QJsonValue &a : o[QStringLiteral("activations")].toArray()) {
        if (a[QStringLiteral("name")] == QStringLiteral("p"))
            QCOMPARE(a[QStringLiteral("elements_total")].toInteger(), 0);
        sawLse = sawLse || a[QStringLiteral("name")] == QStringLiteral("log_sum_exp");
    }
    QVERIFY(sawLse);
    QVERIFY(o[QStringLiteral("memory_bytes")][QStringLiteral("per_gpu")].toBool());
}

void TestCliProcess::offloadJson()
{
    // The H100's PCIe 5.0 x16 link; 8 GPUs, ZeRO 3, the weights offloaded, in nodes of 4.
    const Run r = runTrainscope({ "--json", "--gpu", "h100-sxm", "--precision", "bf16-mixed",
                                  "--zero", "3", "--gpus", "8", "--gpus-per-node", "4", "--offload",
                                  "optimizer+params" });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[QStringLiteral("config")][QStringLiteral("offload")].toString(),
             QStringLiteral("optimizer+params"));
    QCOMPARE(o[QStringLiteral("presets")][QStringLiteral("gpu")][QStringLiteral("host_link")],
             QStringLiteral("PCIe 5.0 x16"));
    const QJsonObject off = o[QStringLiteral("offload")].toObject();
    // The lecture's N_p = 266,888,192: 16 bytes of each of a GPU's N/8, four GPUs a node.
    const qint64 shard = 266'888'192 / 8;
    QCOMPARE(off[QStringLiteral("host_bytes_per_gpu")].toInteger(), 16 * shard);
    QCOMPARE(off[QStringLiteral("host_bytes_per_node")].toInteger(), 4 * 16 * shard);
    QCOMPARE(off[QStringLiteral("to_gpu_bytes_per_step")].toInteger(), 2 * 2 * shard);
    QCOMPARE(off[QStringLiteral("link_seconds_per_step")].toDouble(), 2 * 2 * shard / 63e9);
    QCOMPARE(o[QStringLiteral("memory_bytes")][QStringLiteral("optimizer_states")].toInteger(), 0);
    // Without offload there is no offload object.
    const Run plain = runTrainscope({ "--json" });
    QVERIFY(!QJsonDocument::fromJson(plain.out).object().contains(QStringLiteral("offload")));
}

void TestCliProcess::pytorchEagerJson()
{
    // Measured by tests/validation/reference.py with PyTorch 1.13.1 for this shape.
    const Run r = runTrainscope({ "--json", "--accounting", "pytorch-eager", "--batch", "2",
                                  "--seq-len", "8", "--d-model", "16", "--layers", "2", "--heads",
                                  "4", "--vocab", "50" });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[QStringLiteral("config")][QStringLiteral("accounting")].toString(),
             QStringLiteral("pytorch-eager"));
    const QJsonObject memory = o[QStringLiteral("memory_bytes")].toObject();
    QCOMPARE(memory[QStringLiteral("activations")].toInteger(), 69460);
    QCOMPARE(memory[QStringLiteral("optimizer_states")].toInteger(), 79060);
    QCOMPARE(memory[QStringLiteral("peak")].toInteger(), 237100);
    const QJsonObject eager = o[QStringLiteral("pytorch_eager")].toObject();
    QCOMPARE(eager[QStringLiteral("pytorch_version")].toString(), QStringLiteral("1.13.1"));
    QCOMPARE(eager[QStringLiteral("peak")][QStringLiteral("moment")].toString(),
             QStringLiteral("backward_loss"));
    const QJsonObject comparison = o[QStringLiteral("comparison")].toObject();
    QVERIFY(comparison[QStringLiteral("available")].toBool());
    QCOMPARE(comparison[QStringLiteral("terms")].toArray().size(), 25);
    // The lecture's default keeps its JSON and gains the comparison beside it.
    const Run lecture = runTrainscope({ QStringLiteral("--json") });
    const QJsonObject l = QJsonDocument::fromJson(lecture.out).object();
    QVERIFY(!l.contains(QStringLiteral("pytorch_eager")));
    QVERIFY(l[QStringLiteral("comparison")][QStringLiteral("available")].toBool());
}

void TestCliProcess::listPresets()
{
    const Run r = runTrainscope({ QStringLiteral("--list-presets") });
    QCOMPARE(r.exitCode, 0);
    for (const char *id :
         { "rtx-3090", "h100-sxm", "wikitext-103", "llama-7b", "gpt2-small", "cs336-tinystories" })
        QVERIFY2(r.out.contains(id), id);
}

// clang-format off
void TestCliProcess::exportWithoutDisplay_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("axis");
    QTest::addColumn<QString>("scale");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("memory by batch") << "memory" << "batch" << "1" << QSize(800, 600);
    QTest::newRow("time by seq") << "time" << "seq" << "1" << QSize(800, 600);
    QTest::newRow("both, 2x") << "both" << "batch" << "2" << QSize(1600, 1200);
    QTest::newRow("fit map") << "map" << "batch" << "1" << QSize(800, 600);
    QTest::newRow("fit map of time, 2x") << "map-time" << "batch" << "2" << QSize(1600, 1200);
}
// clang-format on

void TestCliProcess::exportWithoutDisplay()
{
    QFETCH(QString, chart);
    QFETCH(QString, axis);
    QFETCH(QString, scale);
    QFETCH(QSize, expected);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("chart.png"));
    const Run r = runTrainscope({ "--export-png", file, "--chart", chart, "--x", axis, "--size",
                                  "800x600", "--scale", scale });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), expected);
    // Not blank: a chart has axes, text and filled areas in several colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
}

void TestCliProcess::exportByExtension_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << "c.png" << QByteArray("\x89PNG");
    QTest::newRow("svg") << "c.svg" << QByteArray("<?xml");
    QTest::newRow("pdf") << "c.PDF" << QByteArray("%PDF-");
}

void TestCliProcess::exportByExtension()
{
    // --export picks the format by the extension, needs no display, and captions the picture
    // with the configuration (here in the SVG's text).
    QFETCH(QString, name);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    const QString file = dir.filePath(name);
    const Run r = runTrainscope({ "--export", file, "--model", "gpt2-small", "--zero", "1" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith(magic));
    if (name.endsWith(QLatin1String(".svg")))
        QVERIFY(bytes.contains("GPT-2 small") && bytes.contains("zero 1"));
}

void TestCliProcess::exportToUnwritablePath()
{
    const Run r = runTrainscope({ "--export-png", "/nonexistent-dir/sub/chart.png" });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("--export-png"));
    QVERIFY(r.out.isEmpty());
}

// A bad --config file: one line on stderr naming the file and key, exit 2, nothing on stdout.
// clang-format off
void TestCliProcess::badConfigFile_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("not JSON") << QByteArray("{") << "not valid JSON";
    QTest::newRow("wrong type") << QByteArray(R"({"trainscope_config": 1, "model": {"heads": "x"}})")
                                << "model.heads";
    QTest::newRow("unknown preset")
            << QByteArray(R"({"trainscope_config": 1, "presets": {"dataset": "the-web"}})")
            << "presets.dataset";
    QTest::newRow("invalid together") << QByteArray(R"({"trainscope_config": 1, "model": {"heads": 7}})")
                                      << "model.heads";
    QTest::newRow("missing file") << QByteArray() << "cannot open";
}
// clang-format on

void TestCliProcess::badConfigFile()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    QTemporaryDir dir;
    const QString path = QTest::currentDataTag() == QByteArray("missing file")
            ? dir.filePath(QStringLiteral("none.json"))
            : writeText(dir, QStringLiteral("bad.json"), text);
    const Run r = runTrainscope({ QStringLiteral("--config"), path, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
    QVERIFY2(err.contains(path) && err.contains(key), qPrintable(err));
}

// --save-config writes what --config reads back to the same --json; an unwritable path is exit 1.
void TestCliProcess::saveConfigThenConfig()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.json"));
    const QStringList flags { "--model",      "llama-7b",   "--gpu",           "h100-sxm",
                              "--precision",  "bf16-mixed", "--dataset",       "openwebtext",
                              "--batch",      "2",          "--checkpointing", "full",
                              "--zero",       "3",          "--gpus",          "64",
                              "--grad-accum", "8",          "--kv-heads",      "8" };
    const Run saved = runTrainscope(flags + QStringList { "--save-config", path, "--json" });
    QCOMPARE(saved.exitCode, 0);
    QVERIFY(saved.err.isEmpty());
    const Run loaded = runTrainscope({ "--config", path, "--json" });
    QCOMPARE(loaded.exitCode, 0);
    QVERIFY(loaded.err.isEmpty());
    QCOMPARE(loaded.out, saved.out);
    const Run unwritable = runTrainscope({ "--save-config", dir.filePath("no/such/dir.json") });
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY(unwritable.err.contains("--save-config"));
    const QString warned = writeText(dir, "extra.json", R"({"trainscope_config": 1, "colour": 3})");
    const Run warning = runTrainscope({ "--config", warned, "--json" });
    QCOMPARE(warning.exitCode, 0);
    QVERIFY(warning.err.contains("unknown key colour"));
}

namespace {

// Checkpointing none, selective and full on the lecture's example, as three files.
QStringList checkpointingFiles(const QTemporaryDir &dir)
{
    QStringList files;
    for (const char *kind : { "none", "selective", "full" })
        files << writeText(
                dir, QStringLiteral("%1.json").arg(QLatin1String(kind)),
                QByteArray("{\"trainscope_config\": 2, \"options\": {\"checkpointing\": \"") + kind
                        + "\"}}");
    return files;
}

} // namespace

void TestCliProcess::compareJson()
{
    QTemporaryDir dir;
    const QStringList files = checkpointingFiles(dir);
    // The flags apply to every file: here b = 8.
    const Run r = runTrainscope(QStringList { "--json", "--batch", "8", "--compare" } + files);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray reports = o[QStringLiteral("compare")].toArray();
    QCOMPARE(reports.size(), 3);
    QCOMPARE(reports[2][QStringLiteral("name")].toString(), QStringLiteral("full.json"));
    // Each report is what --json prints for that file with those flags.
    for (int i = 0; i < 3; ++i) {
        const Run one = runTrainscope({ "--json", "--batch", "8", "--config", files[i] });
        QCOMPARE(reports[i][QStringLiteral("report")].toObject(),
                 QJsonDocument::fromJson(one.out).object());
    }
    const QJsonArray differences = o[QStringLiteral("differences")].toArray();
    QCOMPARE(differences.size(), 2);
    const QJsonObject peak
            = differences[1][QStringLiteral("metrics")][QStringLiteral("peak_bytes")].toObject();
    const double none = reports[0][QStringLiteral("report")][QStringLiteral("memory_bytes")]
                               [QStringLiteral("peak")]
                                       .toDouble();
    const double full = reports[2][QStringLiteral("report")][QStringLiteral("memory_bytes")]
                               [QStringLiteral("peak")]
                                       .toDouble();
    QCOMPARE(peak[QStringLiteral("baseline")].toDouble(), none);
    QCOMPARE(peak[QStringLiteral("absolute")].toDouble(), full - none);
    QCOMPARE(peak[QStringLiteral("relative")].toDouble(), (full - none) / none);
    QVERIFY(full < none);
}

void TestCliProcess::compareMarkdownAndExport()
{
    QTemporaryDir dir;
    const QStringList files = checkpointingFiles(dir);
    const Run table = runTrainscope(QStringList { "--compare" } + files);
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.startsWith("|  | none.json | selective.json | full.json |"),
             table.out.constData());
    QVERIFY(table.out.contains("| Parameters | 266,888,192 | 266,888,192 ±0 | 266,888,192 ±0 |"));
    const QString png = dir.filePath(QStringLiteral("ghosts.png"));
    const Run image = runTrainscope(
            QStringList { "--export-png", png, "--size", "800x600", "--compare" } + files);
    QCOMPARE(image.exitCode, 0);
    QCOMPARE(QImage(png).size(), QSize(800, 600));
}

void TestCliProcess::compareBadInput_data()
{
    QTest::addColumn<QStringList>("args"); // FILE stands for a valid file
    QTest::addColumn<QString>("message");
    QTest::newRow("five files") << QStringList {
        "--compare", "FILE", "FILE", "FILE", "FILE", "FILE"
    } << "--compare: at most 4 files, got 5";
    QTest::newRow("missing file") << QStringList { "--json", "--compare", "FILE", "nowhere.json" }
                                  << "--compare: nowhere.json";
    QTest::newRow("invalid with the flags")
            << QStringList { "--compare", "FILE", "--heads", "7" } << "--heads";
    QTest::newRow("with --explain") << QStringList { "--explain", "--compare", "FILE" }
                                    << "--compare: not together with --explain";
    QTest::newRow("a file without --compare") << QStringList { "FILE" } << "unexpected argument";
}

void TestCliProcess::compareBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString file = checkpointingFiles(dir).front();
    args.replaceInStrings(QStringLiteral("FILE"), file);
    const Run r = runTrainscope(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cliprocess.moc"
