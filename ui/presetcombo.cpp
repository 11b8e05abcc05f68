// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presetcombo.h"

#include "format.h"
#include "presets.h"
#include "presetstore.h"

#include <QAbstractItemView>
#include <QSignalBlocker>

namespace ts::ui {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

PresetCombo::PresetCombo(Kind kind, const QString &objectName, QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(objectName);
    // Long preset names must not widen the whole input panel; the popup shows them in full.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
    const PresetStore &store = PresetStore::builtIn();
    switch (kind) {
    case Kind::Gpu: {
        m_help = tr("Sets the GPU memory and the peak FLOP/s for the precision. Typing either "
                    "by hand keeps the other from the preset.");
        const GpuPreset lecture = lectureGpu();
        addPreset(q(lecture.id), tr("RTX 3090, as in the lecture"), q(lecture.source));
        for (const GpuPreset &gpu : store.gpus())
            addPreset(q(gpu.id), q(gpu.name), q(gpu.source));
        addPreset(QString(), tr("Custom"), tr("Memory and peak as typed."));
        break;
    }
    case Kind::Dataset:
        m_help = tr("Sets the tokens to the dataset's size.");
        addPreset(QString(), tr("Custom"), tr("Tokens as typed."));
        for (const DatasetPreset &d : store.datasets())
            //: dataset name, its size in tokens ("103 M")
            addPreset(q(d.id), tr("%1: %2 tokens").arg(q(d.name), Format::compact(d.tokens)),
                      q(d.source));
        break;
    case Kind::Model:
        m_help = tr("Sets the architecture and its context as c; b stays.");
        addPreset(QString(), tr("Custom"), tr("Architecture as typed."));
        for (const ModelPreset &m : store.models())
            addPreset(q(m.id), q(m.name),
                      m.notes.empty() ? q(m.source)
                                      : tr("%1\n\nNote: %2").arg(q(m.source), q(m.notes)));
        break;
    }
    view()->setMinimumWidth(view()->sizeHintForColumn(0) + 24);
    updateToolTip();
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        updateToolTip();
        emit presetChosen(itemData(index).toString());
    });
}

void PresetCombo::addPreset(const QString &id, const QString &text, const QString &source)
{
    addItem(text, id);
    // Rich text, so that Qt wraps the long source lines of the preset files. Custom has no
    // source, only what it does ("Tokens as typed.").
    //: the source of a preset's figures, shown as a tooltip
    QString tip = (id.isEmpty() ? source : tr("Source: %1").arg(source)).toHtmlEscaped();
    tip.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    setItemData(count() - 1, QStringLiteral("<p>%1</p>").arg(tip), Qt::ToolTipRole);
}

void PresetCombo::showPreset(const QString &id)
{
    int index = id.isEmpty() ? -1 : findData(id);
    if (index < 0)
        index = findData(QString());
    const QSignalBlocker block(this);
    setCurrentIndex(index);
    updateToolTip(); // blocked signals skipped the connected update
}

QString PresetCombo::currentId() const
{
    return currentData().toString();
}

void PresetCombo::updateToolTip()
{
    setToolTip(QStringLiteral("<p>%1</p>").arg(m_help.toHtmlEscaped())
               + itemData(currentIndex(), Qt::ToolTipRole).toString());
}

} // namespace ts::ui
