// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spinboxes.h"

#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QStyleOptionSpinBox>

namespace ts::ui {

namespace {

// Decimals a NumberSpinBox keeps: enough that no value within the input table's bounds is
// rounded away (1 byte is 2⁻³⁰ GiB, exact in 30 decimals).
constexpr int kDecimals = 30;

// As QAbstractSpinBox measures itself, for the given text instead of its bounds' text.
QSize sizeFor(const QAbstractSpinBox *box, const QString &text, const QSize &fallback)
{
    QStyleOptionSpinBox option;
    option.initFrom(box);
    option.buttonSymbols = box->buttonSymbols();
    option.frame = box->hasFrame();
    option.subControls = QStyle::SC_SpinBoxFrame | QStyle::SC_SpinBoxEditField
            | QStyle::SC_SpinBoxUp | QStyle::SC_SpinBoxDown;
    const int width = box->fontMetrics().horizontalAdvance(text) + 2; // + the cursor
    return box->style()->sizeFromContents(QStyle::CT_SpinBox, &option,
                                          QSize(width, fallback.height()), box);
}

QString typical(const QLocale &locale, const QString &prefix, const QString &suffix)
{
    return prefix + locale.toString(8'888'888.88, 'f', 2) + suffix;
}

} // namespace

CountSpinBox::CountSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    setAlignment(Qt::AlignRight);
    setGroupSeparatorShown(true);
}

QSize CountSpinBox::sizeHint() const
{
    ensurePolished();
    const QString text = specialValueText().isEmpty()
            ? typical(locale(), prefix(), suffix())
            : std::max(typical(locale(), prefix(), suffix()), specialValueText(),
                       [this](const QString &a, const QString &b) {
                           return fontMetrics().horizontalAdvance(a)
                                   < fontMetrics().horizontalAdvance(b);
                       });
    return sizeFor(this, text, lineEdit()->sizeHint());
}

NumberSpinBox::NumberSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(kDecimals);
    setAlignment(Qt::AlignRight);
    setGroupSeparatorShown(true);
}

QString NumberSpinBox::textFromValue(double value) const
{
    QLocale l = locale();
    l.setNumberOptions(isGroupSeparatorShown() ? QLocale::DefaultNumberOptions
                                               : QLocale::OmitGroupSeparator);
    return l.toString(value, 'f', QLocale::FloatingPointShortest);
}

QSize NumberSpinBox::sizeHint() const
{
    ensurePolished();
    return sizeFor(this, typical(locale(), prefix(), suffix()), lineEdit()->sizeHint());
}

} // namespace ts::ui
