// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "snapshot.h"

#include <QColor>
#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;

namespace ts::ui {

class ElidedLabel;
class ScenarioController;

// The figures of the current estimate: memory and whether it fits, capacity, compute and time.
// Shows the controller's last valid estimate, with a notice while the inputs are invalid.
class ResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPanel(ScenarioController *controller, QWidget *parent = nullptr);

    // Which memory term is the largest, and why, in one sentence.
    [[nodiscard]] static QString dominantTerm(const Estimate &e);

private:
    QWidget *buildFitGroup();
    QWidget *buildMemoryGroup();
    QWidget *buildComputeGroup();
    QLabel *addValue(QGridLayout *grid, const QString &text, const QString &objectName,
                     const QColor &swatch = {}, bool indent = false);
    void showSnapshot(const Snapshot &snapshot);
    void showEstimate(const Snapshot &snapshot);
    void showFit(bool fits);
    // Greys the figures and replaces the verdict while they are the last valid estimate's.
    void showStale(bool stale);
    void showSetup(const Snapshot &snapshot);
    // A row shown only when its term applies. Rows that a slider can show or hide keep their
    // space while hidden, so nothing moves as it drags; rows of an option give it back.
    struct OptionalRow
    {
        QWidget *caption = nullptr;
        QLabel *value = nullptr;
        int shown = -1; // -1 not yet, 0 hidden, 1 shown
    };
    enum class Space { Keep, Release };
    OptionalRow optionalRow(QGridLayout *grid, QLabel *value, Space space);
    static void showRow(OptionalRow &row, bool shown);
    void showOffload(const Snapshot &snapshot);

    std::uint64_t m_revision = ~std::uint64_t(0); // of the estimate on screen; none yet
    MemoryUnit m_unit = MemoryUnit::GiB;
    QLabel *m_stale = nullptr;
    std::vector<QWidget *> m_cards; // greyed while stale
    int m_staleShown = -1;
    bool m_snapshotFits = false;    // the verdict of the estimate on screen
    ElidedLabel *m_setup = nullptr; // precision, training and the peak the time uses
    int m_fitShown = -1;            // the fits state on screen: -1 none yet, 0 no, 1 yes
    QLabel *m_fits = nullptr;
    QLabel *m_margin = nullptr;
    QLabel *m_peak = nullptr;
    QLabel *m_dominant = nullptr;
    QLabel *m_paramsMem = nullptr;
    OptionalRow m_frozenMem;
    QLabel *m_gradsMem = nullptr;
    QLabel *m_optimizerMem = nullptr;
    QLabel *m_activationsMem = nullptr;
    QLabel *m_attentionMem = nullptr;
    QLabel *m_blockOtherMem = nullptr;
    QLabel *m_headMem = nullptr;
    OptionalRow m_hostMem;  // offload: host memory per node
    OptionalRow m_hostLink; // offload: bytes over the host link per step, and their time
    QLabel *m_paramCount = nullptr;
    QLabel *m_maxBatch = nullptr;
    QLabel *m_maxBatchApprox = nullptr;
    QLabel *m_flopsForward = nullptr;
    QLabel *m_flopsBackward = nullptr;
    OptionalRow m_flopsRecompute;
    QLabel *m_flopsOptimizer = nullptr;
    QLabel *m_flopsStep = nullptr;
    QLabel *m_steps = nullptr;
    QLabel *m_globalBatch = nullptr;
    QLabel *m_optimizerSteps = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_timeSeconds = nullptr;
};

} // namespace ts::ui
