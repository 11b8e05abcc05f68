// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presetlist.h"

#include "presetstore.h"
#include "scenarioconfig.h"

#include <QStringList>

namespace ts::cli {

QString presetList()
{
    const PresetStore &p = PresetStore::builtIn();
    QStringList lines { QStringLiteral(
            "GPUs (--gpu ID): memory, dense FP32 / BF16 peak in TFLOP/s") };
    auto tflops = [](const std::optional<double> &x) {
        return x ? QString::number(*x / 1e12, 'g', 5) : QStringLiteral("-");
    };
    std::vector<GpuPreset> gpus { lectureGpu() }; // the default, first
    gpus.insert(gpus.end(), p.gpus().begin(), p.gpus().end());
    for (const GpuPreset &g : gpus)
        lines << QStringLiteral("  %1 %2 %3  %4")
                         .arg(QString::fromStdString(g.id), -22)
                         .arg(QString::fromStdString(g.memoryLabel), -26)
                         .arg(tflops(g.fp32) + QStringLiteral(" / ") + tflops(g.bf16), -16)
                         .arg(QString::fromStdString(g.name));
    lines << QStringLiteral("  %1 none: the memory and peak are --gpu-memory and --gpu-flops")
                     .arg(ui::kCustomGpu, -22);
    lines << QString() << QStringLiteral("Datasets (--dataset ID): tokens");
    for (const DatasetPreset &d : p.datasets())
        lines << QStringLiteral("  %1 %2  %3")
                         .arg(QString::fromStdString(d.id), -22)
                         .arg(QString::number(d.tokens, 'f', 0), 16)
                         .arg(QString::fromStdString(d.name));
    lines << QString() << QStringLiteral("Models (--model ID): d_model, layers, heads, vocab");
    for (const ModelPreset &m : p.models())
        lines << QStringLiteral("  %1 d=%2 L=%3 h=%4 v=%5  %6")
                         .arg(QString::fromStdString(m.id), -22)
                         .arg(m.shape.dModel)
                         .arg(m.shape.layers)
                         .arg(m.shape.heads)
                         .arg(m.shape.vocab)
                         .arg(QString::fromStdString(m.name));
    return lines.join(QLatin1Char('\n'));
}

} // namespace ts::cli
