// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"
#include "estimate.h"

#include <qcustomplot.h>

#include <array>

namespace ts::ui {

// One optimizer step's time as a stacked bar (docs/formulas.md §8.10): compute, recompute,
// the optimizer, the pipeline bubble and each communication that adds time, each named in the
// legend with its seconds and share.
class TimeBreakdownChart : public QCustomPlot
{
    Q_OBJECT

public:
    static constexpr std::size_t kParts = 9;

    explicit TimeBreakdownChart(QWidget *parent = nullptr);

    void showBreakdown(const StepTimeBreakdown &b);
    void setDark(bool dark);
    void setTextZoom(double zoom);
    // The legend's text of each part, for tests and the accessible description.
    [[nodiscard]] QStringList partTexts() const;
    // The same as lines of rich text, each after a square of its part's colour.
    [[nodiscard]] QString partsHtml() const;

private:
    std::array<QCPBars *, kParts> m_bars {};
};

} // namespace ts::ui
