// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace ts::ui {

// Spin boxes sized for a typical value ("8,888,888") rather than for their bounds, so that the
// input table's wide bounds (whole numbers up to 2³¹ − 1) do not widen the input panel.

// A whole number with digit grouping.
class CountSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit CountSpinBox(QWidget *parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return sizeHint(); }
};

// A real number shown as held, in its shortest exact form, not rounded to a fixed number of
// decimals: "24", "0.5", "35.58", "0.000001", "1,000,000".
class NumberSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit NumberSpinBox(QWidget *parent = nullptr);

    [[nodiscard]] QString textFromValue(double value) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return sizeHint(); }
};

} // namespace ts::ui
