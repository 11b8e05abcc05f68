// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any preset file is read without a crash, and every preset it yields is
// usable: each GPU's memory and peaks, each dataset's tokens within the inputs' bounds, each
// model estimable with every identity kept.
#include "estimate.h"
#include "identities.h"
#include "presetstore.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const ts::PresetStore store = ts::PresetStore::parse(bytes, bytes, bytes, &error);
    for (const ts::GpuPreset &gpu : store.gpus()) {
        ts::Scenario s;
        s.hardware.gpuMemoryBytes = gpu.memoryBytes;
        for (const auto &peak : { gpu.fp32, gpu.tf32, gpu.bf16, gpu.fp16 }) {
            if (!peak)
                continue;
            s.hardware.peakFlopsPerGpu = *peak;
            if (!ts::validate(s).empty())
                std::abort();
        }
    }
    for (const ts::DatasetPreset &dataset : store.datasets()) {
        ts::Scenario s;
        s.run.tokens = dataset.tokens;
        if (!ts::validate(s).empty())
            std::abort();
    }
    for (const ts::ModelPreset &model : store.models()) {
        ts::Scenario s;
        ts::applyModel(s.model, model);
        if (!ts::validate(s).empty()) // the loader keeps only valid shapes
            std::abort();
        const ts::Estimate e = ts::estimate(s);
        if (!ts::testing::brokenIdentity(s, e).empty())
            std::abort();
    }
    return 0;
}
