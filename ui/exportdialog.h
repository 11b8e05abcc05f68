// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace ts::ui {

// Asks which chart to export and at what size; the file name is asked for afterwards.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(QWidget *parent = nullptr);

    [[nodiscard]] ChartChoice chart() const;
    void setChart(ChartChoice chart);
    [[nodiscard]] QSize size() const;
    [[nodiscard]] qreal scale() const;

    // The choices of the last export (settings), and keeping these for the next.
    void restoreChoices();
    void saveChoices() const;

private:
    QComboBox *m_chart;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QCheckBox *m_double;
};

} // namespace ts::ui
