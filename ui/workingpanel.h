// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"
#include "working.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace ts::ui {

class ScenarioController;

// The working behind every figure (core/working.h), live: each formula as the slides write it,
// with the numbers, and the result, memory terms in their bands' colours; copied as text,
// Markdown or LaTeX.
class WorkingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WorkingPanel(ScenarioController *controller, QWidget *parent = nullptr);

    // The working on screen, as `trainscope --explain --format …` prints it, with its words in
    // the window's language.
    [[nodiscard]] QString rendered(WorkingFormat format) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSnapshot(const Snapshot &snapshot);
    void refresh();
    void copy(WorkingFormat format);

    QTextBrowser *m_view = nullptr;
    QLabel *m_stale = nullptr;
    Snapshot m_snapshot;
    std::uint64_t m_shown = ~std::uint64_t(0); // revision on screen
    std::vector<WorkingStep> m_steps;
};

} // namespace ts::ui
