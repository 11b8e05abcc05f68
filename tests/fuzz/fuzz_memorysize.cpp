// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any text given to --gpu-memory is either a positive byte count or rejected.
#include "memorysize.h"

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    if (const auto bytes = ts::parseMemorySize(text); bytes && *bytes <= 0)
        std::abort();
    return 0;
}
