// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real `trainscope` executable under hostile input and an unlucky system: a full disk, a
// file-size limit, devices and pipes where files should be, damaged settings, no display, values
// at and beyond every bound. Each slot is one item of the reliability list in the README.
#include <QDataStream>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRect>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

const QByteArray kOld = "OLD CONTENT, KEEP ME\n";

struct Run
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
};

// Runs the executable with a clean environment: no display unless extra says otherwise (a value
// of "<unset>" removes the variable).
Run run(const QStringList &args, const QProcessEnvironment &extra = {}, int timeoutMs = 60000,
        const QString &program = QStringLiteral(TRAINSCOPE_BINARY))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QLatin1String(name));
    for (const QString &key : extra.keys()) {
        if (extra.value(key) == QLatin1String("<unset>"))
            env.remove(key);
        else
            env.insert(key, extra.value(key));
    }
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

// The executable started by a shell that sets a file-size limit first (SIGXFSZ ignored, so a
// write past it fails with EFBIG as it does on a full quota).
Run runLimited(int blocksOf1k, const QStringList &args)
{
    QStringList quoted;
    for (const QString &a : args)
        quoted << QLatin1Char('\'') + a + QLatin1Char('\'');
    const QString script = QStringLiteral("trap '' XFSZ; ulimit -f %1; exec '%2' %3")
                                   .arg(blocksOf1k)
                                   .arg(QStringLiteral(TRAINSCOPE_BINARY), quoted.join(' '));
    return run({ QStringLiteral("-c"), script }, {}, 60000, QStringLiteral("/bin/sh"));
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// stderr is exactly one line.
bool oneLine(const QByteArray &err)
{
    return err.endsWith('\n') && err.count('\n') == 1;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::System | QDir::Hidden);
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
private slots:
    void failedWriteKeepsTheOldFile_data();
    void failedWriteKeepsTheOldFile();
    void fullDiskKeepsTheOldFile();
    void nonRegularTargetsAreRefused_data();
    void nonRegularTargetsAreRefused();
    void damagedGeometryFitsTheScreen();
    void pipesDoNotHang();
    void hugeExportsAreRefused();
    void countsNeverWrap_data();
    void countsNeverWrap();
    void everyPrintedNumberIsFinite_data();
    void everyPrintedNumberIsFinite();
    void noDisplayNoAbort_data();
    void noDisplayNoAbort();
    void saveThenLoadIsIdentical_data();
    void saveThenLoadIsIdentical();
    void oneLineOnStderr_data();
    void oneLineOnStderr();
};

// 1. A failed save reports failure, names the file and the system's reason, and leaves the old
// file byte for byte, with no temporary file beside it.
void TestHostileInput::failedWriteKeepsTheOldFile_data()
{
    QTest::addColumn<int>("limitKiB");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("args"); // FILE stands for the target
    QTest::newRow("config, no room at all")
            << 0 << "c.json" << QStringList { "--save-config", "FILE" };
    QTest::newRow("PNG, no room at all")
            << 0 << "c.png" << QStringList { "--export-png", "FILE", "--size", "200x150" };
    QTest::newRow("PNG, room for 1 KiB")
            << 1 << "c.png" << QStringList { "--export-png", "FILE", "--size", "200x150" };
    QTest::newRow("config, room for 1 KiB")
            << 1 << "c.json" << QStringList { "--save-config", "FILE" };
}

void TestHostileInput::failedWriteKeepsTheOldFile()
{
    QFETCH(int, limitKiB);
    QFETCH(QString, name);
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(name), kOld);
    args.replaceInStrings(QStringLiteral("FILE"), path);
    const Run r = runLimited(limitKiB, args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(oneLine(r.err), r.err.constData());
    QVERIFY2(r.err.contains(path.toUtf8()) && r.err.contains("File too large"), r.err.constData());
    QCOMPARE(readFile(path), kOld);
    QCOMPARE(filesIn(dir.path()), QStringList { name });
}

void TestHostileInput::fullDiskKeepsTheOldFile()
{
    // A real 64 KiB tmpfs, filled, in a mount namespace of its own (root only: the file-size
    // rows above take the same path without root).
    if (::geteuid() != 0)
        QSKIP("mounting a tmpfs needs root; failedWriteKeepsTheOldFile covers the same code");
    QTemporaryDir dir;
    const QString mount = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mount));
    const QString script
            = QStringLiteral("mount -t tmpfs -o size=64k tmpfs '%1' || exit 77; cd '%1';"
                             "printf 'OLD CONTENT, KEEP ME\\n' > c.json; cp c.json c.png;"
                             "dd if=/dev/zero of=filler bs=1k 2>/dev/null;"
                             "'%2' --save-config c.json; echo \"save=$?\";"
                             "'%2' --export-png c.png --size 400x300; echo \"export=$?\";"
                             "cat c.json c.png; echo \"files: $(ls -A | tr '\\n' ' ')\"")
                      .arg(mount, QStringLiteral(TRAINSCOPE_BINARY));
    const Run r = run({ QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script },
                      {}, 60000, QStringLiteral("/usr/bin/unshare"));
    if (r.exitCode == 77 || r.err.contains("unshare"))
        QSKIP("this system does not allow a private tmpfs mount here");
    QVERIFY2(r.out.contains("save=1") && r.out.contains("export=1"), r.out.constData());
    QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
    QCOMPARE(r.out.count(kOld), 2); // both old files, whole
    QVERIFY2(r.out.contains("files: c.json c.png filler \n"), r.out.constData()); // no leftovers
}

// 2. A target that exists and is not a regular file is refused, not replaced.
void TestHostileInput::nonRegularTargetsAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("args");
    for (const char *kind : { "fifo", "device", "directory" }) {
        QTest::addRow("save-config onto a %s", kind)
                << kind << QStringList { "--save-config", "FILE" };
        QTest::addRow("export-png onto a %s", kind)
                << kind << QStringList { "--export-png", "FILE", "--size", "200x150" };
    }
}

void TestHostileInput::nonRegularTargetsAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("target"));
    const QByteArray name = QFile::encodeName(path);
    if (kind == QLatin1String("fifo"))
        QCOMPARE(::mkfifo(name.constData(), 0600), 0);
    else if (kind == QLatin1String("directory"))
        QVERIFY(QDir().mkpath(path));
    else if (::mknod(name.constData(), S_IFCHR | 0600, makedev(1, 7)) != 0) // a copy of /dev/full
        QSKIP("creating a device node needs root; the fifo rows cover the same check");
    args.replaceInStrings(QStringLiteral("FILE"), path);
    const Run r = run(args, {}, 20000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(oneLine(r.err) && r.err.contains("refusing to replace"), r.err.constData());
    struct stat st
    {
    };
    QCOMPARE(::lstat(name.constData(), &st), 0);
    QVERIFY(!S_ISREG(st.st_mode)); // still what it was
    QCOMPARE(filesIn(dir.path()).size(), kind == QLatin1String("directory") ? 0 : 1);
}

// 3. A damaged saved geometry (100000 × 100000) is fitted to the screen before the window shows,
// on a real X server: the window appears and stays small in memory.
void TestHostileInput::damagedGeometryFitsTheScreen()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    QVERIFY2(!xvfb.isEmpty(), "xvfb-run is missing; ./packaging/install-deps.sh installs it");
    QTemporaryDir config;
    const QString ini = config.filePath(QStringLiteral("TrainScope/trainscope/trainscope.ini"));
    QVERIFY(QDir().mkpath(QFileInfo(ini).path()));
    {
        // QWidget::saveGeometry's format (version 3) for a 100000 × 100000 window saved on a
        // 1280-pixel-wide screen, as a damaged or hand-edited file could hold it.
        QByteArray geometry;
        QDataStream out(&geometry, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_4_0);
        const QRect huge(0, 0, 100000, 100000);
        out << quint32(0x1D9D0CB) << quint16(3) << quint16(0) << huge << huge << qint32(0)
            << quint8(0) << quint8(0) << qint32(1280) << huge;
        QSettings settings(ini, QSettings::IniFormat);
        settings.setValue(QStringLiteral("MainWindow/geometry"), geometry);
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    env.insert(QStringLiteral("TRAINSCOPE_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    const Run r
            = run({ QStringLiteral("-a"), QStringLiteral("-s"),
                    QStringLiteral("-screen 0 1280x800x24"), QStringLiteral(TRAINSCOPE_BINARY) },
                  env, 120000, xvfb);
    QCOMPARE(r.exitCode, 0);
    const auto match
            = QRegularExpression(QStringLiteral("rss_kb=(\\d+)")).match(QString::fromUtf8(r.out));
    QVERIFY2(match.hasMatch(), r.out.constData());
    // A 1280×800 window costs about 40 MB; a 100000×100000 one gigabytes.
    QVERIFY2(match.captured(1).toLongLong() < 300 * 1024, r.out.constData());
}

// 4. A FIFO where a file is read never blocks: the configuration is refused, the settings are
// skipped and the window starts.
void TestHostileInput::pipesDoNotHang()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("config.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Run config
            = run({ QStringLiteral("--json"), QStringLiteral("--config"), fifo }, {}, 10000);
    QCOMPARE(config.exitCode, 2);
    QVERIFY2(oneLine(config.err) && config.err.contains("pipe"), config.err.constData());

    const QString ini = dir.filePath(QStringLiteral("TrainScope/trainscope/trainscope.ini"));
    QVERIFY(QDir().mkpath(QFileInfo(ini).path()));
    QCOMPARE(::mkfifo(QFile::encodeName(ini).constData(), 0600), 0);
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    env.insert(QStringLiteral("TRAINSCOPE_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run window = run({}, env, 20000);
    QCOMPARE(window.exitCode, 0);
    QVERIFY2(window.out.contains("startup-probe painted"), window.out.constData());
}

// 5. An export larger than 7680 × 4320 pixels is refused before anything is drawn.
void TestHostileInput::hugeExportsAreRefused()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    const Run r
            = run({ QStringLiteral("--export-png"), png, QStringLiteral("--size"),
                    QStringLiteral("8192x8192"), QStringLiteral("--scale"), QStringLiteral("2") },
                  {}, 20000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(oneLine(r.err) && r.err.contains("--size") && r.err.contains("7680x4320"),
             r.err.constData());
    QVERIFY(!QFile::exists(png));
}

// 6. Inputs whose products would pass 2⁶³ are refused by their bounds or reported as too large,
// never answered with wrapped numbers.
void TestHostileInput::countsNeverWrap_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("names");
    QTest::newRow("2^63 - 1 GPUs, ZeRO 1")
            << QStringList { "--gpus", "9223372036854775807", "--zero", "1" } << "--gpus";
    QTest::newRow("2^63 - 1 GPUs, ZeRO 3")
            << QStringList { "--gpus", "9223372036854775807", "--zero", "3" } << "--gpus";
    QTest::newRow("d = 2^61, eager") << QStringList { "--accounting", "pytorch-eager",
                                                      "--d-model",    "2305843009213693952",
                                                      "--heads",      "1",
                                                      "--d-ff",       "7" }
                                     << "--d-model";
    QTest::newRow("b and c at their bounds")
            << QStringList { "--batch", "2147483647", "--seq-len", "2147483647" } << "--seq-len";
}

void TestHostileInput::countsNeverWrap()
{
    QFETCH(QStringList, args);
    QFETCH(QString, names);
    const Run r = run(QStringList { QStringLiteral("--json") } + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(oneLine(r.err) && r.err.startsWith("trainscope: " + names.toUtf8()),
             r.err.constData());
    // The same from a file names the file and the key.
    QTemporaryDir dir;
    const QString file
            = writeFile(dir.filePath(QStringLiteral("big.json")),
                        R"({"trainscope_config": 2, "model": {"d_model": 4611686018427387904,
                                       "heads": 1, "d_ff": 8}})");
    const Run f = run({ QStringLiteral("--json"), QStringLiteral("--config"), file });
    QCOMPARE(f.exitCode, 2);
    QVERIFY2(oneLine(f.err) && f.err.contains("big.json: model.d_model"), f.err.constData());
}

// 7. Every figure printed is a finite number; inputs that would make one infinite are refused
// and named.
void TestHostileInput::everyPrintedNumberIsFinite_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("1e308 tokens") << QStringList { "--tokens", "1e308" } << 2;
    QTest::newRow("MFU 5e-324") << QStringList { "--mfu", "5e-324" } << 2;
    QTest::newRow("peak 5e-324") << QStringList { "--gpu-flops", "5e-324" } << 2;
    QTest::newRow("largest tokens, smallest MFU and peak")
            << QStringList { "--tokens", "1e18",    "--mfu",   "0.001", "--gpu-flops", "1",
                             "--epochs", "1000000", "--batch", "1",     "--seq-len",   "1" }
            << 0;
}

void TestHostileInput::everyPrintedNumberIsFinite()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = run(QStringList { QStringLiteral("--json") } + args);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY2(oneLine(r.err) && r.err.contains(args.constFirst().toUtf8()), r.err.constData());
        return;
    }
    // null would stand for NaN or infinity; the GPU presets' missing peaks are the only nulls.
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    for (const char *section : { "training", "flops_per_step", "memory_bytes", "max_batch_size" })
        QVERIFY2(!QJsonDocument(o.value(QLatin1String(section)).toObject())
                          .toJson()
                          .contains("null"),
                 section);
    // And the export of that scenario draws finite curves.
    QTemporaryDir dir;
    const Run png = run(QStringList { QStringLiteral("--export-png"), dir.filePath("x.png"),
                                      QStringLiteral("--chart"), QStringLiteral("both") }
                        + args);
    QCOMPARE(png.exitCode, 0);
}

// 8. Without a usable display: exports render offscreen anyway, bad flags exit 2 before any
// platform is needed, and the window says in one line that it cannot open, exit code 1.
void TestHostileInput::noDisplayNoAbort_data()
{
    QTest::addColumn<QStringList>("env"); // NAME=VALUE
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const QStringList exportArgs { "--export-png", "OUT" };
    QTest::newRow("export, DISPLAY without a server")
            << QStringList { "DISPLAY=:99" } << exportArgs << 0 << "";
    QTest::newRow("export, no XDG_RUNTIME_DIR: nothing on stderr")
            << QStringList { "XDG_RUNTIME_DIR=<unset>" } << exportArgs << 0 << "";
    QTest::newRow("export, xcb without a server")
            << QStringList { "DISPLAY=:99", "QT_QPA_PLATFORM=xcb" } << exportArgs << 0 << "";
    QTest::newRow("export, bad flag, empty platform")
            << QStringList { "QT_QPA_PLATFORM=" }
            << QStringList { "--export-png", "OUT", "--scale", "3" } << 2 << "--scale";
    QTest::newRow("window, bad flag, no display")
            << QStringList {} << QStringList { "--batch", "0" } << 2 << "--batch";
    QTest::newRow("window, no display")
            << QStringList {} << QStringList {} << 1 << "cannot open the window";
    QTest::newRow("window, DISPLAY without a server")
            << QStringList { "DISPLAY=:99", "QT_QPA_PLATFORM=xcb" } << QStringList {} << 1
            << "cannot open the window: could not connect to display :99";
    QTest::newRow("window, WAYLAND_DISPLAY without a server")
            << QStringList { "WAYLAND_DISPLAY=wayland-99" } << QStringList {} << 1
            << "cannot open the window";
    QTest::newRow("window, unknown platform")
            << QStringList { "QT_QPA_PLATFORM=bogus" } << QStringList {} << 1 << "bogus";
}

void TestHostileInput::noDisplayNoAbort()
{
    QFETCH(QStringList, env);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("chart.png"));
    args.replaceInStrings(QStringLiteral("OUT"), out);
    QProcessEnvironment e;
    for (const QString &pair : env)
        e.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    const Run r = run(args, e, 30000);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 0) {
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(QFile::exists(out));
    } else {
        QVERIFY2(oneLine(r.err) && r.err.contains(says.toUtf8()), r.err.constData());
    }
}

// 9. --save-config then --config prints the same --json, byte for byte, for command lines with
// model presets that broke this before (tst_configroundtrip checks 1,000 random ones in-process).
void TestHostileInput::saveThenLoadIsIdentical_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("GPT-2 large, h = 1, one K/V head")
            << QStringList { "--model", "gpt2-large", "--heads", "1", "--kv-heads", "1" };
    QTest::newRow("GPT-2 small, d = 1536, d_ff = 6144")
            << QStringList { "--model", "gpt2-small", "--d-model", "1536", "--d-ff", "6144" };
    QTest::newRow("the lecture's peak, typed") << QStringList { "--gpu-flops", "35.6e12" };
    QTest::newRow("custom GPU") << QStringList { "--gpu", "custom", "--gpu-memory", "40GB" };
}

void TestHostileInput::saveThenLoadIsIdentical()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("saved.json"));
    QCOMPARE(run(args + QStringList { QStringLiteral("--save-config"), file }).exitCode, 0);
    const Run direct = run(QStringList { QStringLiteral("--json") } + args);
    const Run loaded = run({ QStringLiteral("--json"), QStringLiteral("--config"), file });
    QCOMPARE(direct.exitCode, 0);
    QCOMPARE(loaded.exitCode, 0);
    QCOMPARE(loaded.out, direct.out);
}

// 10. Whatever the input, a failure is one line on stderr that names the input.
void TestHostileInput::oneLineOnStderr_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("a value with a newline")
            << QStringList {} << QStringList { "--json", "--batch", "1\n2" } << "'1\\n2'";
    QTest::newRow("an empty --config")
            << QStringList {} << QStringList { "--json", "--config", "" } << "--config";
    QTest::newRow("no XDG_RUNTIME_DIR") << QStringList { "XDG_RUNTIME_DIR=<unset>" }
                                        << QStringList { "--json", "--batch", "0" } << "--batch";
    QTest::newRow("2^63 - 1 sequences")
            << QStringList {} << QStringList { "--json", "--batch", "9223372036854775807" }
            << "--batch";
    QTest::newRow("a file name with a newline")
            << QStringList {} << QStringList { "--json", "--config", "no\nsuch.json" }
            << "no\\nsuch.json";
}

void TestHostileInput::oneLineOnStderr()
{
    QFETCH(QStringList, env);
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    QProcessEnvironment e;
    for (const QString &pair : env)
        e.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    const Run r = run(args, e);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(oneLine(r.err) && r.err.contains(says.toUtf8()), r.err.constData());
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
