// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

#include <iterator>

namespace ts::ui {

namespace {

constexpr int kMaxSide = 8000; // pixels before the 2× factor; larger images are rarely wanted

QSpinBox *makeSide(const QString &name, int value, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(64, kMaxSide);
    spin->setValue(value);
    spin->setSingleStep(16);
    return spin;
}

} // namespace

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_chart(new QComboBox(this))
    , m_width(makeSide(QStringLiteral("exportWidthSpin"), 1920, this))
    , m_height(makeSide(QStringLiteral("exportHeightSpin"), 1080, this))
    , m_double(new QCheckBox(tr("2× for &slides (twice the pixels, same layout)"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export chart"));
    m_chart->setObjectName(QStringLiteral("exportChartCombo"));
    m_chart->addItem(tr("Memory"), int(ChartChoice::Memory));
    m_chart->addItem(tr("Training time"), int(ChartChoice::Time));
    m_chart->addItem(tr("Both, side by side"), int(ChartChoice::Both));
    m_chart->addItem(tr("Fit map: peak memory"), int(ChartChoice::Map));
    m_chart->addItem(tr("Fit map: training time"), int(ChartChoice::MapTime));
    m_double->setObjectName(QStringLiteral("exportDoubleCheck"));
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("exportButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose &file…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Chart:"), m_chart);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(m_double);
    form->addRow(buttons);
}

void ExportDialog::setChart(ChartChoice chart)
{
    m_chart->setCurrentIndex(m_chart->findData(int(chart)));
}

ChartChoice ExportDialog::chart() const
{
    return ChartChoice(m_chart->currentData().toInt());
}

QSize ExportDialog::size() const
{
    return { m_width->value(), m_height->value() };
}

qreal ExportDialog::scale() const
{
    return m_double->isChecked() ? 2.0 : 1.0;
}

namespace {

const char *const kChartKeys[] = { "memory", "time", "both", "map", "map-time" };

} // namespace

void ExportDialog::restoreChoices()
{
    const Settings settings;
    const QString chart = settings.value(Settings::Key::ExportChart).toString();
    for (int i = 0; i < int(std::size(kChartKeys)); ++i) {
        if (chart == QLatin1String(kChartKeys[i]))
            m_chart->setCurrentIndex(m_chart->findData(i));
    }
    m_width->setValue(settings.value(Settings::Key::ExportWidth).toInt());
    m_height->setValue(settings.value(Settings::Key::ExportHeight).toInt());
    m_double->setChecked(settings.value(Settings::Key::ExportDouble).toBool());
}

void ExportDialog::saveChoices() const
{
    Settings settings;
    settings.setValue(Settings::Key::ExportChart, QLatin1String(kChartKeys[int(chart())]));
    settings.setValue(Settings::Key::ExportWidth, m_width->value());
    settings.setValue(Settings::Key::ExportHeight, m_height->value());
    settings.setValue(Settings::Key::ExportDouble, m_double->isChecked());
}

} // namespace ts::ui
