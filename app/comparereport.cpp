// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparereport.h"

#include "comparison.h"
#include "jsonreport.h"

#include <QJsonArray>

namespace ts::cli {

QJsonObject compareJson(const std::vector<ui::PinnedEstimate> &compared)
{
    QJsonArray reports;
    for (const ui::PinnedEstimate &c : compared)
        reports.append(QJsonObject {
                { QStringLiteral("name"), c.name },
                { QStringLiteral("report"), toJson(c.scenario, c.presets, c.estimate) } });
    QJsonArray differences;
    for (std::size_t i = 1; i < compared.size(); ++i) {
        QJsonObject metrics;
        for (const ui::Metric &m : ui::comparisonMetrics()) {
            const double value = m.get(compared[i].estimate);
            const double base = m.get(compared.front().estimate);
            const ui::Difference d = ui::difference(value, base);
            QJsonObject entry { { QStringLiteral("value"), value },
                                { QStringLiteral("baseline"), base },
                                { QStringLiteral("absolute"), d.absolute } };
            if (d.relative)
                entry.insert(QStringLiteral("relative"), *d.relative);
            metrics.insert(QLatin1String(m.key), entry);
        }
        differences.append(QJsonObject { { QStringLiteral("name"), compared[i].name },
                                         { QStringLiteral("baseline"), compared.front().name },
                                         { QStringLiteral("metrics"), metrics } });
    }
    return { { QStringLiteral("compare"), reports },
             { QStringLiteral("differences"), differences } };
}

} // namespace ts::cli
