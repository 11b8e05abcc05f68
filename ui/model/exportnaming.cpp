// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportnaming.h"

#include "inputs.h"
#include "options.h"
#include "presetstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace ts::ui {

namespace {

// The file's own translation context, declared so that lupdate files its texts under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ts::ui::exportnaming)
};

// The model preset the architecture is, chosen or not (as the window's picker names it).
const ModelPreset *modelOf(const Scenario &s, const PresetSelection &presets)
{
    if (presets.model)
        return &*presets.model;
    return PresetStore::builtIn().modelLike(s.model);
}

// The inputs that every caption names anyway, or that are not the configuration's shape.
bool namedAnyway(Field f)
{
    switch (f) {
    case Field::Batch:
    case Field::SeqLen:
    case Field::DModel:
    case Field::Layers:
    case Field::Heads:
    case Field::Vocab:
    case Field::Gpus:
    case Field::GpuMemory:
    case Field::PeakFlops:
    case Field::Mfu:
    case Field::Tokens:
    case Field::Epochs:
    case Field::Precision:
    case Field::HostLink: return true;
    default: return false;
    }
}

} // namespace

QString exportCaption(const Scenario &s, const PresetSelection &presets, const QString &version)
{
    const ModelShape &m = s.model;
    const ModelPreset *model = modelOf(s, presets);
    QStringList parts;
    parts << (model ? QString::fromStdString(model->name) : Text::tr("custom model"));
    parts << QStringLiteral("b = %1, c = %2, d = %3, L = %4, h = %5, v = %6")
                     .arg(m.batch)
                     .arg(m.seqLen)
                     .arg(m.dModel)
                     .arg(m.layers)
                     .arg(m.heads)
                     .arg(m.vocab);
    const QString gpu = presets.gpu.name.empty()
            ? Text::tr("custom GPU")
            : QCoreApplication::translate("ts::Presets", presets.gpu.name.c_str());
    //: GPU name, how many, the model FLOPs utilisation
    parts << Text::tr("%1 × %2, MFU %3")
                     .arg(gpu)
                     .arg(s.hardware.gpus)
                     .arg(realText(s.hardware.mfu).c_str());
    parts << QString::fromLatin1(keyOf(s.options.precision));
    // Every other input that differs from the lecture's, in the table's order (and, for a model
    // preset's own figures, from what the architecture above already says).
    QStringList options;
    const Scenario lecture;
    const Scenario preset = [&] {
        Scenario x;
        if (model)
            applyModel(x.model, *model);
        return x;
    }();
    for (const InputSpec &spec : inputs()) {
        if (namedAnyway(spec.field))
            continue;
        const Scenario &reference = spec.preset == PresetKind::Model ? preset : lecture;
        if (spec.get(s) == spec.get(reference)) // as given: "0, all GPUs" is no difference
            continue;
        options << QStringLiteral("%1 %2").arg(
                QLatin1String(spec.key), QString::fromStdString(valueText(spec, spec.shown(s))));
    }
    if (!options.isEmpty())
        parts << options.join(QStringLiteral(", "));
    return parts.join(QStringLiteral(" · ")) + QStringLiteral("  —  TrainScope ") + version;
}

std::optional<ExportFormat> exportFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString exportFileName(const Scenario &s, const PresetSelection &presets, ChartChoice chart,
                       const QString &extension)
{
    const ModelPreset *model = modelOf(s, presets);
    const QString modelPart = model ? QString::fromStdString(model->id) : QStringLiteral("custom");
    const QString gpuPart = presets.gpu.id.empty() ? QStringLiteral("custom-gpu")
                                                   : QString::fromStdString(presets.gpu.id);
    const char *chartPart = chart == ChartChoice::Memory ? "memory"
            : chart == ChartChoice::Time                 ? "time"
            : chart == ChartChoice::Map                  ? "fit-map"
            : chart == ChartChoice::MapTime              ? "fit-map-time"
                                                         : "charts";
    return QStringLiteral("%1_%2_%3_%4.%5")
            .arg(modelPart, gpuPart, QLatin1String(keyOf(s.options.precision)),
                 QLatin1String(chartPart), extension);
}

} // namespace ts::ui
