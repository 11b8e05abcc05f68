// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QSlider;

namespace ts::ui {

// A slider in hundredths paired with a spin box, for a fraction in [0.01, 1.00] such as the MFU;
// the spin box shows the value as held, also below 0.01 when the range allows it.
// The children are named <name>Slider and <name>Spin.
class FractionSlider : public QWidget
{
    Q_OBJECT

public:
    explicit FractionSlider(const QString &name, QWidget *parent = nullptr);

    // The values the spin box takes (the slider keeps its hundredths).
    void setRange(double minimum, double maximum);
    [[nodiscard]] double value() const;
    // Shows a value without emitting valueChanged, for mirroring the controller's scenario.
    void setValue(double value);

    [[nodiscard]] QSlider *slider() const { return m_slider; }
    [[nodiscard]] QDoubleSpinBox *spinBox() const { return m_spin; }

signals:
    void valueChanged(double value);

private:
    QSlider *m_slider;
    QDoubleSpinBox *m_spin;
};

} // namespace ts::ui
