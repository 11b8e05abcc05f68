// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fractionslider.h"

#include "focusring.h"
#include "spinboxes.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace ts::ui {

namespace {

constexpr int kSteps = 100; // slider positions per 1.0

int positionOf(double value)
{
    return int(std::lround(value * kSteps));
}

} // namespace

FractionSlider::FractionSlider(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spin(new NumberSpinBox(this))
{
    setObjectName(name);
    m_slider->setObjectName(name + QStringLiteral("Slider"));
    giveFocusRing(m_slider);
    m_spin->setObjectName(name + QStringLiteral("Spin"));
    m_slider->setRange(1, kSteps);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(5);
    m_spin->setRange(0.01, 1.0);
    m_spin->setSingleStep(0.01);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);
    setFocusProxy(m_slider);

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        {
            const QSignalBlocker block(m_spin);
            m_spin->setValue(double(position) / kSteps);
        }
        emit valueChanged(m_spin->value());
    });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        {
            const QSignalBlocker block(m_slider);
            m_slider->setValue(positionOf(value));
        }
        emit valueChanged(value);
    });
}

void FractionSlider::setRange(double minimum, double maximum)
{
    const QSignalBlocker blockSpin(m_spin);
    m_spin->setRange(minimum, maximum);
}

double FractionSlider::value() const
{
    return m_spin->value();
}

void FractionSlider::setValue(double value)
{
    const QSignalBlocker blockSpin(m_spin);
    const QSignalBlocker blockSlider(m_slider);
    m_spin->setValue(value);
    m_slider->setValue(positionOf(m_spin->value()));
}

} // namespace ts::ui
