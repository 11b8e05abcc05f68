// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sliderspinbox.h"

#include "focusring.h"
#include "spinboxes.h"

#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace ts::ui {

SliderSpinBox::SliderSpinBox(const QString &name, int minimum, int maximum, Scale scale,
                             QWidget *parent)
    : SliderSpinBox(name, minimum, maximum, maximum, scale, parent)
{ }

SliderSpinBox::SliderSpinBox(const QString &name, int minimum, int maximum, int sliderMaximum,
                             Scale scale, QWidget *parent)
    : QWidget(parent)
    , m_scale(scale)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spin(new CountSpinBox(this))
{
    setObjectName(name);
    m_slider->setObjectName(name + QStringLiteral("Slider"));
    giveFocusRing(m_slider);
    m_spin->setObjectName(name + QStringLiteral("Spin"));

    m_slider->setRange(positionOf(minimum, scale), positionOf(sliderMaximum, scale));
    m_slider->setSingleStep(1);
    // One log step already doubles the value; PageUp/PageDown go ×4 there, and ~1/16 of the
    // range on a linear slider.
    m_slider->setPageStep(scale == Scale::Log2 ? 2 : std::max(1, (sliderMaximum - minimum) / 16));
    m_spin->setRange(minimum, maximum);
    m_spin->setAccelerated(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);
    setFocusProxy(m_slider);

    connect(m_slider, &QSlider::valueChanged, this, &SliderSpinBox::onSliderChanged);
    connect(m_spin, &QSpinBox::valueChanged, this, &SliderSpinBox::onSpinChanged);
}

int SliderSpinBox::positionOf(int value, Scale scale)
{
    if (scale == Scale::Linear)
        return value;
    return int(std::lround(std::log2(double(std::max(value, 1)))));
}

int SliderSpinBox::valueAt(int position, Scale scale)
{
    if (scale == Scale::Linear)
        return position;
    return 1 << std::clamp(position, 0, 30);
}

int SliderSpinBox::value() const
{
    return m_spin->value();
}

void SliderSpinBox::setValue(int value)
{
    const QSignalBlocker blockSpin(m_spin);
    const QSignalBlocker blockSlider(m_slider);
    m_spin->setValue(value);
    m_slider->setValue(positionOf(m_spin->value(), m_scale));
}

void SliderSpinBox::onSliderChanged(int position)
{
    {
        const QSignalBlocker block(m_spin);
        m_spin->setValue(valueAt(position, m_scale));
    }
    emit valueChanged(m_spin->value());
}

void SliderSpinBox::onSpinChanged(int value)
{
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(positionOf(value, m_scale));
    }
    emit valueChanged(value);
}

} // namespace ts::ui
