// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fitcard.h"

#include "format.h"
#include "palette.h"
#include "resultcard.h"
#include "stablelabel.h"
#include "theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace ts::ui {

FitCard::FitCard(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("fitCard"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->setSpacing(4);
    m_heading = new QLabel(tr("Fits on one GPU?"), this);
    resultcard::setBold(m_heading, 0);
    layout->addWidget(m_heading);
    m_grid = new QGridLayout;
    m_grid->setSpacing(4);
    layout->addLayout(m_grid);
    layout->addStretch(1); // the compute card sets the height; keep this one's text at the top

    m_fits = new QLabel(this);
    m_fits->setObjectName(QStringLiteral("fitsLabel"));
    m_fits->setAlignment(Qt::AlignCenter);
    m_fits->setAutoFillBackground(true);
    m_fits->setMinimumHeight(m_fits->fontMetrics().height() * 2);
    resultcard::setBold(m_fits, 8);
    // Stable size hints: these texts change on every slider step and may wrap differently,
    // which must neither relayout the window nor resize (and fully redraw) the charts.
    const QString width = QStringLiteral("888.88 GiB to spare");
    m_margin = new StableLabel(1, width, this);
    m_margin->setObjectName(QStringLiteral("marginLabel"));
    m_margin->setAlignment(Qt::AlignCenter);
    resultcard::setBold(m_margin, 1);
    m_peak = new StableLabel(2, width, this);
    m_peak->setObjectName(QStringLiteral("peakMemoryLabel"));
    m_dominant = new StableLabel(5, width, this);
    m_dominant->setObjectName(QStringLiteral("dominantLabel"));
    m_dominant->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    arrange();
}

void FitCard::arrange()
{
    for (QWidget *w : std::array<QWidget *, 4> { m_fits, m_margin, m_peak, m_dominant })
        m_grid->removeWidget(w);
    m_heading->setVisible(!m_banner);
    if (m_banner) {
        // The verdict and the margin side by side, the peak and the why below, across.
        m_grid->addWidget(m_fits, 0, 0);
        m_grid->addWidget(m_margin, 0, 1);
        m_grid->addWidget(m_peak, 1, 0, 1, 2);
        m_grid->addWidget(m_dominant, 2, 0, 1, 2);
        m_grid->setColumnStretch(0, 0);
        m_grid->setColumnStretch(1, 1);
        m_peak->setLines(1);
        m_peak->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_dominant->setLines(2);
        m_margin->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    } else {
        m_grid->addWidget(m_fits, 0, 0);
        m_grid->addWidget(m_margin, 1, 0);
        m_grid->addWidget(m_peak, 2, 0);
        m_grid->addWidget(m_dominant, 3, 0);
        m_grid->setColumnStretch(1, 0);
        m_peak->setLines(2);
        m_peak->setAlignment(Qt::AlignCenter);
        m_dominant->setLines(5);
        m_margin->setAlignment(Qt::AlignCenter);
    }
}

void FitCard::setBanner(bool banner)
{
    if (banner == m_banner)
        return;
    m_banner = banner;
    arrange();
}

void FitCard::showEstimate(const Estimate &e, MemoryUnit unit, std::int64_t gpuBytes)
{
    m_fitsNow = e.fits;
    if (!m_stale)
        showFit(e.fits);
    const MemoryBreakdown &m = e.memory;
    const double gpu = double(gpuBytes);
    const double margin = double(e.marginBytes);
    m_margin->setText(e.fits ? tr("%1 to spare").arg(Format::bytes(margin, unit))
                             : tr("%1 over").arg(Format::bytes(-margin, unit)));
    //: peak memory, the GPU's memory, and the peak's share of it
    m_peak->setText(tr("Peak %1 of %2 per GPU (%3)")
                            .arg(Format::bytes(double(m.peak), unit), Format::bytes(gpu, unit),
                                 Format::share(double(m.peak) / gpu)));
    m_dominant->setText(dominantTerm(e));
}

void FitCard::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    if (!stale) {
        showFit(m_fitsNow);
        return;
    }
    m_fits->setText(tr("\u26a0 Inputs invalid"));
    QPalette pal = m_fits->palette();
    pal.setColor(QPalette::Window, palette::stale());
    pal.setColor(QPalette::WindowText, Qt::white);
    pal.setColor(QPalette::Disabled, QPalette::WindowText, Qt::white);
    m_fits->setPalette(pal);
    m_fitShown = -1; // the verdict comes back with the next valid estimate
}

void FitCard::showFit(bool fits)
{
    // Palettes only when the state flips: a palette change repolishes and repaints the card.
    if (m_fitShown == int(fits))
        return;
    m_fitShown = int(fits);
    m_fits->setText(fits ? tr("\u2714 Fits") : tr("\u2716 Does not fit"));
    const QColor colour = fits ? palette::fits() : palette::doesNotFit();
    QPalette pal = m_fits->palette();
    pal.setColor(QPalette::Window, colour);
    pal.setColor(QPalette::WindowText, Qt::white);
    m_fits->setPalette(pal);
    // The margin's text in the verdict's colour, lighter on a dark window.
    theme::setInk(m_margin, fits ? theme::Ink::Fits : theme::Ink::DoesNotFit, false);
}

QString FitCard::dominantTerm(const Estimate &e)
{
    const MemoryBreakdown &m = e.memory;
    if (m.peak <= 0)
        return {};
    const std::array<std::int64_t, 4> terms { m.parameters, m.gradients, m.optimizerStates,
                                              m.activations };
    const auto largest = std::max_element(terms.begin(), terms.end()) - terms.begin();
    const QString share = Format::percent(double(terms[std::size_t(largest)]) / double(m.peak));
    switch (largest) {
    case 0:
        return tr("Why: the weights are the largest term (%1 of peak); they do not grow with b "
                  "or c.")
                .arg(share);
    case 1: return tr("Why: the gradients are the largest term (%1 of peak).").arg(share);
    case 2:
        return tr("Why: the optimizer states are the largest term (%1 of peak); they do not "
                  "grow with b or c.")
                .arg(share);
    default: break;
    }
    QString part;
    if (m.attentionScores >= m.blockOther && m.attentionScores >= m.head)
        part = tr("attention scores b·h·c², growing with c²");
    else if (m.blockOther >= m.head)
        part = tr("each block's saved tensors");
    else
        part = tr("the final norm and logits, b·c·v");
    return tr("Why: activations are %1 of peak, mostly %2; they grow with b.").arg(share, part);
}

} // namespace ts::ui
