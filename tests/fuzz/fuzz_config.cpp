// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any configuration file is either one error line naming where it is wrong,
// or a configuration that resolves to an estimate keeping every identity, and that writes a
// file reading back as itself.
#include "estimate.h"
#include "identities.h"
#include "scenariofile.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace file = ts::ui::scenariofile;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const file::ReadResult read = file::parse(bytes, QStringLiteral("fuzz.json"));
    if (!read.config) {
        if (!read.error.startsWith(QLatin1String("fuzz.json: ")) || read.error.contains('\n'))
            std::abort();
        return 0;
    }
    QString error;
    const auto resolved = file::resolveChecked(*read.config, QStringLiteral("fuzz.json"), &error);
    if (!resolved) {
        if (!error.startsWith(QLatin1String("fuzz.json: ")) || error.contains('\n'))
            std::abort();
        return 0;
    }
    const ts::Estimate e = ts::estimate(resolved->scenario);
    if (const std::string broken = ts::testing::brokenIdentity(resolved->scenario, e);
        !broken.empty()) {
        std::fprintf(stderr, "broken identity: %s\n", broken.c_str());
        std::abort();
    }
    // What TrainScope writes for this configuration reads back as the same configuration.
    const QJsonObject written = file::toJson(*read.config);
    const file::ReadResult again
            = file::parse(QJsonDocument(written).toJson(), QStringLiteral("again"));
    if (!again.config || file::toJson(*again.config) != written)
        std::abort();
    return 0;
}
