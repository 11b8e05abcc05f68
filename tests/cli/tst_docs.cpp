// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputs.h"

#include <QFile>
#include <QTest>

using namespace ts;

// The reference tables users read list every input of the input table (core/inputs.cpp): the
// README's flag table and docs/config-format.md's key table. A new input without its line in
// either fails here rather than going undocumented.
class TestDocs : public QObject
{
    Q_OBJECT
private slots:
    void everyInputIsDocumented();
};

namespace {

QString read(const char *relative)
{
    QFile f(QStringLiteral(TRAINSCOPE_SOURCE_DIR "/") + QLatin1String(relative));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

void TestDocs::everyInputIsDocumented()
{
    const QString readme = read("README.md");
    const QString config = read("docs/config-format.md");
    QVERIFY(!readme.isEmpty() && !config.isEmpty());
    for (const InputSpec &spec : inputs()) {
        const QString flag = QStringLiteral("`--%1").arg(QLatin1String(spec.flag));
        QVERIFY2(readme.contains(flag), qPrintable(flag + QStringLiteral(" in README.md")));
        const QString key = QStringLiteral("`%1.%2`").arg(QLatin1String(spec.section),
                                                          QLatin1String(spec.key));
        QVERIFY2(config.contains(key), qPrintable(key + QStringLiteral(" in config-format.md")));
    }
}

QTEST_APPLESS_MAIN(TestDocs)
#include "tst_docs.moc"
