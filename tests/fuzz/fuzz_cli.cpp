// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any command line (arguments separated by newlines) is either one error line
// or a request whose estimate keeps every identity and whose --json is finite.
#include "cliparser.h"
#include "estimate.h"
#include "identities.h"
#include "jsonreport.h"
#include "reportchecks.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QStringList args { QStringLiteral("trainscope") };
    args += QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size))
                    .split(QLatin1Char('\n'));
    const ts::cli::ParseResult r = ts::cli::parse(args);
    if (!r.request) {
        if (r.error.isEmpty() || r.error.contains(QLatin1Char('\n')))
            std::abort(); // an error is one line that says something
        return 0;
    }
    const ts::Estimate e = ts::estimate(r.request->scenario);
    if (const std::string broken = ts::testing::brokenIdentity(r.request->scenario, e);
        !broken.empty()) {
        std::fprintf(stderr, "broken identity: %s\n", broken.c_str());
        std::abort();
    }
    if (e.ok()
        && !ts::testing::allFinite(ts::cli::toJson(r.request->scenario, r.request->selection, e)))
        std::abort();
    return 0;
}
