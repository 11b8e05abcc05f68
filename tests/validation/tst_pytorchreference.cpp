// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the PyTorch reference step (reference.py, Debian's python3-torch on the CPU) over a grid
// of shapes and compares what it measures with `trainscope --json` in both accountings.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

QJsonObject runJson(const QString &program, const QStringList &args, QString *error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ")
                + QString::fromUtf8(p.readAllStandardError()).trimmed();
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

qint64 at(const QJsonObject &o, const char *path)
{
    QJsonValue v = o;
    for (const QString &key : QString::fromLatin1(path).split(QLatin1Char('.')))
        v = v.toObject().value(key);
    return v.toInteger(-1);
}

double atDouble(const QJsonObject &o, const char *path)
{
    QJsonValue v = o;
    for (const QString &key : QString::fromLatin1(path).split(QLatin1Char('.')))
        v = v.toObject().value(key);
    return v.toDouble(-1);
}

} // namespace

class TestPytorchReference : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void grid_data();
    void grid();
    void lora_data();
    void lora();
    void cleanupTestCase();

private:
    void note(const char *quantity, double difference);

    std::map<QString, double> m_maxAbsDiff; // per quantity, over the grid
    double m_peakErrorMin = 0, m_peakErrorMax = 0;
    int m_rows = 0;
};

void TestPytorchReference::initTestCase()
{
    QProcess p;
    p.start(QStringLiteral(TRAINSCOPE_PYTHON),
            { QStringLiteral("-c"), QStringLiteral("import torch; print(torch.__version__)") });
    const bool ran = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit
            && p.exitCode() == 0;
    const QString version = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    if (!ran)
        QFAIL(qPrintable(QStringLiteral(TRAINSCOPE_PYTHON
                                        " cannot import torch: install python3-torch "
                                        "(./packaging/install-deps.sh does)")));
    // The eager accounting models PyTorch 1.13.1 (Debian reports it as 1.13.0a0).
    QVERIFY2(version.startsWith(QLatin1String("1.13")),
             qPrintable(QStringLiteral("PyTorch %1 found; the eager model is PyTorch 1.13's")
                                .arg(version)));
    qInfo("PyTorch %s at %s", qPrintable(version), TRAINSCOPE_PYTHON);
}

void TestPytorchReference::grid_data()
{
    QTest::addColumn<QList<int>>("shape"); // b, c, d, L, h, v
    const QList<QList<int>> shapes = {
        { 2, 8, 16, 2, 4, 50 },    { 3, 5, 12, 3, 2, 37 },   { 1, 128, 16, 1, 8, 5 },
        { 6, 10, 14, 1, 7, 4 },    { 1, 9, 9, 1, 3, 9 },     { 1, 1, 64, 1, 1, 1000 },
        { 4, 4, 96, 1, 2, 3 },     { 1, 2, 8, 1, 1, 300 },   { 2, 1, 32, 2, 4, 100 },
        { 1, 1, 8, 1, 1, 2 },      { 5, 7, 15, 2, 5, 11 },   { 3, 33, 21, 1, 7, 2 },
        { 2, 64, 32, 1, 1, 17 },   { 1, 96, 24, 2, 24, 7 },  { 7, 3, 10, 4, 2, 23 },
        { 2, 17, 48, 3, 3, 257 },  { 1, 50, 20, 1, 10, 3 },  { 4, 16, 32, 2, 4, 500 },
        { 2, 24, 40, 1, 8, 1000 }, { 3, 11, 33, 2, 11, 13 }, { 8, 2, 16, 1, 16, 6 },
        { 1, 200, 4, 1, 4, 2 },    { 2, 96, 8, 2, 8, 11 },   { 1, 31, 62, 1, 31, 31 },
        { 5, 5, 5, 5, 5, 5 },      { 2, 40, 12, 3, 1, 7 },   { 1, 7, 128, 1, 2, 64 },
        { 3, 9, 27, 2, 9, 101 },   { 6, 6, 18, 1, 3, 1 },    { 1, 12, 36, 2, 6, 2 },
        { 2, 5, 64, 1, 16, 3 },    { 4, 20, 8, 1, 2, 9 },    { 1, 64, 64, 1, 16, 64 },
        { 2, 3, 11, 6, 11, 5 },
    };
    for (const QList<int> &s : shapes) {
        const QString name = QStringLiteral("b%1 c%2 d%3 L%4 h%5 v%6")
                                     .arg(s[0])
                                     .arg(s[1])
                                     .arg(s[2])
                                     .arg(s[3])
                                     .arg(s[4])
                                     .arg(s[5]);
        QTest::newRow(qPrintable(name)) << s;
    }
}

void TestPytorchReference::grid()
{
    QFETCH(QList<int>, shape);
    QStringList flags;
    const char *names[] = { "--batch", "--seq-len", "--d-model", "--layers", "--heads", "--vocab" };
    for (int i = 0; i < 6; ++i)
        flags << QString::fromLatin1(names[i]) << QString::number(shape[i]);

    QString error;
    const QJsonObject ref
            = runJson(QStringLiteral(TRAINSCOPE_PYTHON),
                      QStringList { QStringLiteral(REFERENCE_SCRIPT) } + flags, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject eager
            = runJson(QStringLiteral(TRAINSCOPE_BINARY),
                      QStringList { "--json", "--accounting", "pytorch-eager" } + flags, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject lecture
            = runJson(QStringLiteral(TRAINSCOPE_BINARY),
                      QStringList { "--json", "--accounting", "lecture" } + flags, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const qint64 moments = at(ref, "optimizer_state_breakdown.exp_avg")
            + at(ref, "optimizer_state_breakdown.exp_avg_sq");
    const double fwd = atDouble(ref, "fwd_matmul_flops"), bwd = atDouble(ref, "bwd_matmul_flops");
    const qint64 peak = at(ref, "peak_live_bytes");
    const qint64 predicted = at(eager, "memory_bytes.peak");
    const double peakError = double(predicted - peak) / double(peak);
    note("params", double(at(eager, "params.total") - at(ref, "params")));
    note("saved_activation_bytes",
         double(at(eager, "memory_bytes.activations") - at(ref, "saved_activation_bytes")));
    note("grad_bytes", double(at(eager, "memory_bytes.gradients") - at(ref, "grad_bytes")));
    note("optimizer_state_bytes",
         double(at(eager, "memory_bytes.optimizer_states") - at(ref, "optimizer_state_bytes")));
    note("fwd_matmul_flops", atDouble(eager, "flops_per_step.forward") - fwd);
    note("bwd_matmul_flops", atDouble(eager, "flops_per_step.backward") - bwd);
    note("peak_live_bytes (bytes)", double(predicted - peak));
    note("lecture: params", double(at(lecture, "params.total") - at(ref, "params")));
    note("lecture: grad_bytes",
         double(at(lecture, "memory_bytes.gradients") - at(ref, "grad_bytes")));
    note("lecture: AdamW moments", double(at(lecture, "memory_bytes.optimizer_states") - moments));
    note("lecture: fwd_matmul_flops", atDouble(lecture, "flops_per_step.forward") - fwd);
    note("lecture: bwd_matmul_flops", atDouble(lecture, "flops_per_step.backward") - bwd);
    m_peakErrorMin = m_rows == 0 ? peakError : std::min(m_peakErrorMin, peakError);
    m_peakErrorMax = m_rows == 0 ? peakError : std::max(m_peakErrorMax, peakError);
    ++m_rows;
    qInfo("peak %lld measured, %lld predicted (%+.4f%%), at %s / %s", peak, predicted,
          100 * peakError, qPrintable(ref[QStringLiteral("peak_during")].toString()),
          qPrintable(eager[QStringLiteral("pytorch_eager")][QStringLiteral("peak")]
                          [QStringLiteral("moment")]
                                  .toString()));

    // Exact: the same tensors, counted to the byte; the same products, counted to the FLOP.
    QCOMPARE(at(eager, "params.total"), at(ref, "params"));
    QCOMPARE(at(eager, "memory_bytes.activations"), at(ref, "saved_activation_bytes"));
    QCOMPARE(at(eager, "memory_bytes.gradients"), at(ref, "grad_bytes"));
    QCOMPARE(at(eager, "memory_bytes.optimizer_states"), at(ref, "optimizer_state_bytes"));
    QCOMPARE(atDouble(eager, "flops_per_step.forward"), fwd);
    QCOMPARE(atDouble(eager, "flops_per_step.backward"), bwd);
    // Where the lecture is exact: parameters, gradients, AdamW's m and v, matmul FLOPs.
    QCOMPARE(at(lecture, "params.total"), at(ref, "params"));
    QCOMPARE(at(lecture, "memory_bytes.gradients"), at(ref, "grad_bytes"));
    QCOMPARE(at(lecture, "memory_bytes.optimizer_states"), moments);
    QCOMPARE(atDouble(lecture, "flops_per_step.forward"), fwd);
    QCOMPARE(atDouble(lecture, "flops_per_step.backward"), bwd);
    // The peak within ±5%: the replay leaves out the profiler's own bookkeeping and the
    // few-byte scalars Python wraps, so it is exact or a few bytes under on this grid.
    QVERIFY2(std::abs(peakError) <= 0.05, qPrintable(QString::number(100 * peakError) + "%"));
}

// LoRA as PEFT builds it (reference.py --lora-rank): every weight frozen, B·A on the targeted
// layers. Trainable parameters, their gradients, AdamW's moments and every matrix product of
// forward and backward (PyTorch computes no weight gradient for a frozen weight, and none at all
// for what only the frozen embedding feeds) against the lecture accounting, exactly.
void TestPytorchReference::lora_data()
{
    QTest::addColumn<QList<int>>("shape"); // b, c, d, L, h, v, r
    QTest::addColumn<QString>("targets");
    const QList<QList<int>> shapes = {
        { 2, 8, 16, 2, 4, 100, 4 }, { 3, 5, 12, 3, 2, 37, 1 },  { 1, 33, 24, 2, 6, 11, 8 },
        { 2, 7, 15, 1, 5, 9, 3 },   { 4, 16, 32, 2, 4, 50, 2 }, { 1, 1, 8, 1, 1, 2, 1 },
    };
    for (const QList<int> &s : shapes) {
        for (const char *targets : { "qv", "attention", "all" }) {
            const QString name = QStringLiteral("b%1 c%2 d%3 L%4 h%5 v%6 r%7 %8")
                                         .arg(s[0])
                                         .arg(s[1])
                                         .arg(s[2])
                                         .arg(s[3])
                                         .arg(s[4])
                                         .arg(s[5])
                                         .arg(s[6])
                                         .arg(QLatin1String(targets));
            QTest::newRow(qPrintable(name)) << s << QString::fromLatin1(targets);
        }
    }
}

void TestPytorchReference::lora()
{
    QFETCH(QList<int>, shape);
    QFETCH(QString, targets);
    QStringList flags;
    const char *names[] = { "--batch", "--seq-len", "--d-model", "--layers", "--heads", "--vocab" };
    for (int i = 0; i < 6; ++i)
        flags << QString::fromLatin1(names[i]) << QString::number(shape[i]);
    const QStringList lora { "--lora-rank", QString::number(shape[6]), "--lora-targets", targets };

    QString error;
    const QJsonObject ref
            = runJson(QStringLiteral(TRAINSCOPE_PYTHON),
                      QStringList { QStringLiteral(REFERENCE_SCRIPT) } + flags + lora, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject ours
            = runJson(QStringLiteral(TRAINSCOPE_BINARY),
                      QStringList { "--json", "--finetune", "lora" } + flags + lora, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 moments = at(ref, "optimizer_state_breakdown.exp_avg")
            + at(ref, "optimizer_state_breakdown.exp_avg_sq");
    note("lora: trainable", double(at(ours, "params.trainable") - at(ref, "trainable_params")));
    note("lora: bwd_matmul_flops",
         atDouble(ours, "flops_per_step.backward") - atDouble(ref, "bwd_matmul_flops"));
    QCOMPARE(at(ours, "params.total") + at(ours, "params.adapters"), at(ref, "params"));
    QCOMPARE(at(ours, "params.trainable"), at(ref, "trainable_params"));
    QCOMPARE(at(ours, "memory_bytes.gradients"), at(ref, "grad_bytes"));
    QCOMPARE(at(ours, "memory_bytes.optimizer_states"), moments);
    QCOMPARE(atDouble(ours, "flops_per_step.forward"), atDouble(ref, "fwd_matmul_flops"));
    QCOMPARE(atDouble(ours, "flops_per_step.backward"), atDouble(ref, "bwd_matmul_flops"));
    // Every tensor autograd saves, each storage once: the eager term model under LoRA (frozen
    // norms keep no x / rms, the first block's first norm nothing, adapters A·x and α/r).
    note("lora: saved_activations",
         double(at(ours, "comparison.saved_activations_pytorch_eager")
                - at(ref, "saved_activation_bytes")));
    QCOMPARE(at(ours, "comparison.saved_activations_pytorch_eager"),
             at(ref, "saved_activation_bytes"));
}

void TestPytorchReference::note(const char *quantity, double difference)
{
    double &worst = m_maxAbsDiff[QString::fromLatin1(quantity)];
    worst = std::max(worst, std::abs(difference));
}

void TestPytorchReference::cleanupTestCase()
{
    qInfo("%d shapes; largest |trainscope - PyTorch| per quantity:", m_rows);
    for (const auto &[quantity, worst] : m_maxAbsDiff)
        qInfo("  %-28s %.0f", qPrintable(quantity), worst);
    qInfo("  peak error from %+.4f%% to %+.4f%%", 100 * m_peakErrorMin, 100 * m_peakErrorMax);
}

QTEST_GUILESS_MAIN(TestPytorchReference)
#include "tst_pytorchreference.moc"
