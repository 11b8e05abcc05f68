// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace ts::ui {

// A label whose size hint does not depend on its text. The results change on every slider step;
// a plain QLabel would lay its new text out twice more (size hint and height-for-width) just so
// the layout can find that nothing moved.
class StableLabel : public QLabel
{
    Q_OBJECT

public:
    // lines: the text height reserved; widthTemplate: a text as wide as the width hint, measured
    // in the label's current font (so the hint follows a zoomed font).
    StableLabel(int lines, QString widthTemplate, QWidget *parent = nullptr);

    // The text height reserved, in lines; the layout follows.
    void setLines(int lines);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return sizeHint(); }
    [[nodiscard]] bool hasHeightForWidth() const override { return false; }

private:
    int m_lines;
    QString m_widthTemplate;
};

// A one-line StableLabel that takes the width its layout gives it and shows as much of its text
// as fits, eliding the middle; the whole text is its tooltip.
class ElidedLabel : public StableLabel
{
    Q_OBJECT

public:
    ElidedLabel(QString widthTemplate, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    [[nodiscard]] QString fullText() const { return m_text; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_text;
};

} // namespace ts::ui
