// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QSlider;
class QSpinBox;

namespace ts::ui {

// A slider paired with a spin box for one whole-number input. On a Log2 scale each slider step
// doubles the value, while the spin box still accepts any whole number in range (d = 1000 puts
// the slider on the nearest power of two). The children are named <name>Slider and <name>Spin.
class SliderSpinBox : public QWidget
{
    Q_OBJECT

public:
    enum class Scale { Linear, Log2 };

    SliderSpinBox(const QString &name, int minimum, int maximum, Scale scale,
                  QWidget *parent = nullptr);
    // The slider spans minimum .. sliderMaximum (the usual values); the spin box takes every
    // whole number up to maximum, and the slider then rests at its end.
    SliderSpinBox(const QString &name, int minimum, int maximum, int sliderMaximum, Scale scale,
                  QWidget *parent = nullptr);

    [[nodiscard]] int value() const;
    // Shows a value without emitting valueChanged, for mirroring the controller's scenario.
    void setValue(int value);

    [[nodiscard]] QSlider *slider() const { return m_slider; }
    [[nodiscard]] QSpinBox *spinBox() const { return m_spin; }

    // Position of value on a slider of this scale (nearest power of two on Log2).
    [[nodiscard]] static int positionOf(int value, Scale scale);
    [[nodiscard]] static int valueAt(int position, Scale scale);

signals:
    void valueChanged(int value);

private:
    void onSliderChanged(int position);
    void onSpinChanged(int value);

    Scale m_scale;
    QSlider *m_slider;
    QSpinBox *m_spin;
};

} // namespace ts::ui
