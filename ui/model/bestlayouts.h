// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputs.h"
#include "memorysize.h"
#include "search.h"

#include <QAbstractTableModel>
#include <QThreadPool>

#include <optional>
#include <utility>
#include <vector>

namespace ts::ui {

// The "Best layouts" table (docs/formulas.md §8.11): the fastest layouts that fit the current
// model, GPUs and global batch, searched on a worker thread so that a moving slider never waits
// for it. While one search runs, a newer scenario waits for it and then runs; older ones are
// dropped, so the table always ends at the latest scenario.
class BestLayouts : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Rank,
        Tensor,
        Pipeline,
        Chunks,
        Context,
        Data,
        Expert,
        MicroBatch,
        MicroBatches,
        Zero,
        Recompute,
        Flash,
        Peak,
        StepTime,
        Mfu,
        ColumnCount
    };

    explicit BestLayouts(QObject *parent = nullptr);
    ~BestLayouts() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Searches the layouts of s (asynchronously; `searched` when the table holds them).
    void search(const Scenario &s, MemoryUnit unit);
    // Blocks until no search runs or waits (tests, shutdown).
    void waitForIdle();

    [[nodiscard]] const LayoutSearch &result() const { return m_result; }
    [[nodiscard]] const Scenario &searchedScenario() const { return m_searched; }
    // The inputs that load row `row` over the searched scenario: its layout, b, m, ZeRO stage,
    // recompute and FlashAttention.
    [[nodiscard]] std::vector<std::pair<Field, InputValue>> inputsOf(int row) const;
    // "12,345 layouts, 678 fit; excluded: …" for the table's caption.
    [[nodiscard]] QString summary() const;

signals:
    void searched();

private:
    void start(const Scenario &s);
    void finished(const Scenario &s, LayoutSearch result);

    QThreadPool m_pool;
    bool m_running = false;
    std::optional<Scenario> m_pending;
    Scenario m_searched;
    LayoutSearch m_result;
    MemoryUnit m_unit = MemoryUnit::GiB;
};

} // namespace ts::ui
