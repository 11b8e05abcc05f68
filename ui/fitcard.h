// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "memorysize.h"

#include <QFrame>

class QGridLayout;
class QLabel;

namespace ts::ui {

class StableLabel;

// The verdict card: fits or not, the margin, the peak against the GPU, and which term dominates
// and why. A column beside the other cards in a wide window, a banner above them in a narrow
// one (a projector's 1024 pixels).
class FitCard : public QFrame
{
    Q_OBJECT

public:
    explicit FitCard(QWidget *parent = nullptr);

    void showEstimate(const Estimate &e, MemoryUnit unit, std::int64_t gpuBytes);
    // While stale the figures are the last valid estimate's: the verdict says the inputs are
    // invalid instead.
    void setStale(bool stale);
    // The banner is the compact form for a narrow window, where the card sits under the inputs:
    // no heading, the verdict beside the margin, the peak and a two-line why below.
    void setBanner(bool banner);
    [[nodiscard]] bool isBanner() const { return m_banner; }

    // Which memory term is the largest, and why, in one sentence.
    [[nodiscard]] static QString dominantTerm(const Estimate &e);

private:
    void showFit(bool fits);
    void arrange();

    QGridLayout *m_grid = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_fits = nullptr;
    StableLabel *m_margin = nullptr;
    StableLabel *m_peak = nullptr;
    StableLabel *m_dominant = nullptr;
    int m_fitShown = -1; // the verdict on screen: -1 none (or stale), 0 no, 1 yes
    bool m_fitsNow = false;
    bool m_stale = false;
    bool m_banner = false;
};

} // namespace ts::ui
