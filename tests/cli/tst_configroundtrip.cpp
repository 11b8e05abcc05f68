// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliparser.h"
#include "estimate.h"
#include "jsonreport.h"
#include "presetstore.h"
#include "scenariofile.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace ts;

// --save-config then --config gives the same --json, byte for byte, for any command line the
// parser accepts: a property over random command lines built from the input table and the
// presets (fixed seed, so a failure reproduces).
class TestConfigRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void saveThenLoadGivesTheSameReport();
};

namespace {

class CommandLines
{
public:
    explicit CommandLines(unsigned seed)
        : m_random(seed)
    { }

    QStringList next()
    {
        QStringList args { QStringLiteral("trainscope"), QStringLiteral("--json") };
        const PresetStore &p = PresetStore::builtIn();
        if (chance(0.4))
            args << QStringLiteral("--model")
                 << QString::fromStdString(p.models()[pick(p.models().size())].id);
        if (chance(0.4))
            args << QStringLiteral("--gpu")
                 << (chance(0.1) ? QStringLiteral("custom")
                                 : QString::fromStdString(p.gpus()[pick(p.gpus().size())].id));
        if (chance(0.3))
            args << QStringLiteral("--dataset")
                 << QString::fromStdString(p.datasets()[pick(p.datasets().size())].id);
        for (const InputSpec &spec : inputs()) {
            if (!chance(0.2))
                continue;
            args << QLatin1String("--") + QLatin1String(spec.flag);
            if (spec.kind != InputKind::Switch)
                args << value(spec);
        }
        return args;
    }

private:
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }
    std::size_t pick(std::size_t n)
    {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(m_random);
    }

    // A value of the input's kind, mostly ones a student would type, sometimes at its bounds.
    QString value(const InputSpec &spec)
    {
        switch (spec.kind) {
        case InputKind::Count: {
            if (spec.field == Field::Heads || spec.field == Field::KvHeads)
                return QString::number(1 << pick(6)); // 1 .. 32, mostly dividing d
            if (!spec.choices.empty())
                return QString::number(spec.minWhole + std::int64_t(pick(spec.choices.size())));
            if (chance(0.05))
                return QString::number(chance(0.5) ? spec.minWhole : spec.maxWhole);
            const int bits = int(pick(spec.field == Field::DModel ? 13 : 16));
            return QString::number(std::max<std::int64_t>(
                    spec.minWhole, (std::int64_t(1) << bits) * (1 + pick(3))));
        }
        case InputKind::Bytes: {
            const char *sizes[] = { "24GiB", "40GB", "80GiB", "16GB", "1TB", "12345678901" };
            return QLatin1String(sizes[pick(std::size(sizes))]);
        }
        case InputKind::Number: {
            const double lo = std::log10(spec.minReal), hi = std::log10(spec.maxReal);
            const double x
                    = std::pow(10.0, std::uniform_real_distribution<double>(lo, hi)(m_random));
            return QString::number(std::clamp(x, spec.minReal, spec.maxReal), 'g', 17);
        }
        case InputKind::Choice: return QLatin1String(spec.choices[pick(spec.choices.size())].key);
        case InputKind::Switch: break;
        }
        return {};
    }

    std::mt19937 m_random;
};

QByteArray reportOf(const cli::Request &r)
{
    return QJsonDocument(cli::toJson(r.scenario, r.selection, estimate(r.scenario)))
            .toJson(QJsonDocument::Indented);
}

} // namespace

void TestConfigRoundTrip::saveThenLoadGivesTheSameReport()
{
    constexpr int kWanted = 1000; // accepted command lines
    CommandLines lines(20261201);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.json"));
    int accepted = 0, tried = 0;
    while (accepted < kWanted && tried < 20 * kWanted) {
        ++tried;
        const QStringList args = lines.next();
        const cli::ParseResult first = cli::parse(args);
        if (!first.request || !estimate(first.request->scenario).ok())
            continue;
        ++accepted;
        QString error;
        QVERIFY2(ui::scenariofile::write(path, first.request->config, &error), qPrintable(error));
        const cli::ParseResult second
                = cli::parse({ QStringLiteral("trainscope"), QStringLiteral("--json"),
                               QStringLiteral("--config"), path });
        QVERIFY2(second.request,
                 qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + second.error));
        const QByteArray a = reportOf(*first.request), b = reportOf(*second.request);
        if (a != b) {
            QFile saved(path);
            saved.open(QIODevice::ReadOnly);
            qWarning("%s\n%s", qPrintable(args.join(QLatin1Char(' '))),
                     saved.readAll().constData());
        }
        QCOMPARE(b, a);
    }
    QCOMPARE(accepted, kWanted);
}

QTEST_APPLESS_MAIN(TestConfigRoundTrip)
#include "tst_configroundtrip.moc"
