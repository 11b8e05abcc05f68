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
class FitCard;
class ScenarioController;

// The figures of the current estimate: memory and whether it fits, capacity, compute and time.
// Shows the controller's last valid estimate, with a notice while the inputs are invalid.
class ResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPanel(ScenarioController *controller, QWidget *parent = nullptr);

    // Whether the cards are arranged for a narrow window: the verdict above the two others.
    [[nodiscard]] bool isNarrow() const { return m_narrow == 1; }
    // The verdict card: in the row while wide; the window places it while narrow.
    [[nodiscard]] FitCard *fitCard() const { return m_fitCard; }

    // The width the panel is shown in (its scroll area's): below what the three cards need in a
    // row, they rearrange.
    void setAvailableWidth(int width);
    // Fits every figure to the current font and chooses the arrangement again (after a zoom).
    void relayout();
    // The width the memory and compute cards need side by side (the narrow arrangement, the
    // verdict under the inputs), at the current font.
    [[nodiscard]] int narrowWidth() const;

signals:
    // The cards moved between a row and the narrow arrangement: the panel's height changed.
    void arrangementChanged();

private:
    QWidget *buildMemoryGroup();
    QWidget *buildComputeGroup();
    QLabel *addValue(QGridLayout *grid, const QString &text, const QString &objectName,
                     const QColor &swatch = {}, bool indent = false);
    void showSnapshot(const Snapshot &snapshot);
    void showEstimate(const Snapshot &snapshot);
    // Greys the figures and replaces the verdict while they are the last valid estimate's.
    void showStale(bool stale);
    // Widens every value to the widest text shown so far, so that none is ever clipped.
    void fitValues();
    void arrange();
    [[nodiscard]] int wideWidth() const; // the width the three cards need in a row
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
    FitCard *m_fitCard = nullptr;
    std::vector<QLabel *> m_values; // the figures of the memory and compute cards
    int m_valueWidth = 0;           // their common width, which only grows
    QGridLayout *m_grid = nullptr;
    int m_narrow = 0;    // 1 while the cards are arranged for a narrow window
    int m_wideWidth = 0; // what the row needed when it last became too narrow
    int m_availableWidth = 0;
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
