// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultspanel.h"

#include "format.h"
#include "palette.h"
#include "scenariocontroller.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace ts::ui {

namespace {

QString swatchHtml(const QColor &colour)
{
    return QStringLiteral("<span style=\"color:%1\">\u25a0</span> ").arg(colour.name());
}

void setBold(QLabel *label, int pointSizeDelta)
{
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() + pointSizeDelta);
    label->setFont(f);
}

} // namespace

ResultsPanel::ResultsPanel(ScenarioController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("resultsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stale = new QLabel(tr("\u26a0 Some inputs are invalid: showing the last valid estimate."),
                         this);
    m_stale->setObjectName(QStringLiteral("staleLabel"));
    m_stale->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;")
                                   .arg(palette::warning().name()));
    m_stale->hide();
    layout->addWidget(m_stale);

    auto *row = new QHBoxLayout;
    row->addWidget(buildFitGroup(), 3);
    row->addWidget(buildMemoryGroup(), 4);
    row->addWidget(buildComputeGroup(), 4);
    layout->addLayout(row);

    showEstimate(controller->lastValidEstimate());
    showProblems(controller->problems());
    connect(controller, &ScenarioController::estimateChanged, this, &ResultsPanel::showEstimate);
    connect(controller, &ScenarioController::problemsChanged, this, &ResultsPanel::showProblems);
}

QLabel *ResultsPanel::addValue(QGridLayout *grid, const QString &name, const QString &objectName,
                               const QColor &swatch, bool indent)
{
    const int row = grid->rowCount();
    const QString prefix = indent ? QStringLiteral("&nbsp;&nbsp;&nbsp;") : QString();
    auto *caption = new QLabel(prefix + (swatch.isValid() ? swatchHtml(swatch) : QString())
                                       + name.toHtmlEscaped(),
                               grid->parentWidget());
    caption->setTextFormat(Qt::RichText);
    auto *value = new QLabel(grid->parentWidget());
    value->setObjectName(objectName);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(caption, row, 0);
    grid->addWidget(value, row, 1);
    return value;
}

QWidget *ResultsPanel::buildFitGroup()
{
    auto *group = new QGroupBox(tr("Fits on one GPU?"), this);
    auto *layout = new QVBoxLayout(group);
    m_fits = new QLabel(group);
    m_fits->setObjectName(QStringLiteral("fitsLabel"));
    m_fits->setAlignment(Qt::AlignCenter);
    m_fits->setAutoFillBackground(true);
    m_fits->setMinimumHeight(m_fits->fontMetrics().height() * 3);
    setBold(m_fits, 8);
    m_margin = new QLabel(group);
    m_margin->setObjectName(QStringLiteral("marginLabel"));
    m_margin->setAlignment(Qt::AlignCenter);
    setBold(m_margin, 1);
    m_peak = new QLabel(group);
    m_peak->setObjectName(QStringLiteral("peakMemoryLabel"));
    m_peak->setAlignment(Qt::AlignCenter);
    m_dominant = new QLabel(group);
    m_dominant->setObjectName(QStringLiteral("dominantLabel"));
    m_dominant->setWordWrap(true);
    m_peak->setWordWrap(true);
    layout->addWidget(m_fits);
    layout->addWidget(m_margin);
    layout->addWidget(m_peak);
    layout->addWidget(m_dominant, 1);
    return group;
}

QWidget *ResultsPanel::buildMemoryGroup()
{
    auto *group = new QGroupBox(tr("Peak memory per GPU"), this);
    auto *grid = new QGridLayout(group);
    grid->setVerticalSpacing(2);
    m_paramsMem = addValue(grid, tr("Parameters"), QStringLiteral("paramsMemLabel"),
                           palette::parameters());
    m_gradsMem = addValue(grid, tr("Gradients"), QStringLiteral("gradsMemLabel"),
                          palette::gradients());
    m_optimizerMem = addValue(grid, tr("Optimizer states"),
                              QStringLiteral("optimizerMemLabel"), palette::optimizerStates());
    m_activationsMem = addValue(grid, tr("Activations"), QStringLiteral("activationsMemLabel"));
    m_attentionMem = addValue(grid, tr("attention scores b·h·c²"),
                              QStringLiteral("attentionMemLabel"), palette::attentionScores(),
                              true);
    m_blockOtherMem = addValue(grid, tr("other per-block"), QStringLiteral("blockOtherMemLabel"),
                               palette::blockOther(), true);
    m_headMem = addValue(grid, tr("final norm + logits"), QStringLiteral("headMemLabel"),
                         palette::head(), true);
    grid->setRowStretch(grid->rowCount(), 1);
    return group;
}

QWidget *ResultsPanel::buildComputeGroup()
{
    auto *group = new QGroupBox(tr("Model, compute and time"), this);
    auto *grid = new QGridLayout(group);
    grid->setVerticalSpacing(2);
    m_paramCount = addValue(grid, tr("Parameters N"), QStringLiteral("paramCountLabel"));
    m_maxBatch = addValue(grid, tr("Max batch (exact)"), QStringLiteral("maxBatchLabel"));
    m_maxBatchApprox = addValue(grid, tr("Max batch, slide approx."),
                                QStringLiteral("maxBatchApproxLabel"));
    m_flopsForward = addValue(grid, tr("FLOPs/step: forward"), QStringLiteral("flopsForwardLabel"));
    m_flopsBackward = addValue(grid, tr("backward"), QStringLiteral("flopsBackwardLabel"), {}, true);
    m_flopsOptimizer = addValue(grid, tr("optimizer"), QStringLiteral("flopsOptimizerLabel"), {},
                                true);
    m_flopsStep = addValue(grid, tr("total per step"), QStringLiteral("flopsStepLabel"), {}, true);
    m_steps = addValue(grid, tr("Steps"), QStringLiteral("stepsLabel"));
    m_time = addValue(grid, tr("Training time"), QStringLiteral("timeLabel"),
                      palette::trainingTime());
    m_timeSeconds = addValue(grid, QString(), QStringLiteral("timeSecondsLabel"));
    setBold(m_time, 2);
    grid->setRowStretch(grid->rowCount(), 1);
    return group;
}

void ResultsPanel::showEstimate(const Estimate &e)
{
    const MemoryUnit unit = m_controller->memoryUnit();
    const double gpu = double(m_controller->lastValidScenario().hardware.gpuMemoryBytes);
    const auto part = [&](double bytes) {
        //: memory of one term, then its share of the GPU's memory
        return tr("%1  (%2)").arg(Format::bytes(bytes, unit), Format::percent(bytes / gpu));
    };
    const MemoryBreakdown &m = e.memory;
    m_paramsMem->setText(part(double(m.parameters)));
    m_gradsMem->setText(part(double(m.gradients)));
    m_optimizerMem->setText(part(double(m.optimizerStates)));
    m_activationsMem->setText(part(double(m.activations)));
    m_attentionMem->setText(part(double(m.attentionScores)));
    m_blockOtherMem->setText(part(double(m.blockOther)));
    m_headMem->setText(part(double(m.head)));

    m_fits->setText(e.fits ? tr("\u2714 Fits") : tr("\u2716 Does not fit"));
    QPalette pal = m_fits->palette();
    pal.setColor(QPalette::Window, e.fits ? palette::fits() : palette::doesNotFit());
    pal.setColor(QPalette::WindowText, Qt::white);
    m_fits->setPalette(pal);
    const double margin = double(e.marginBytes);
    m_margin->setText(e.fits ? tr("%1 to spare").arg(Format::bytes(margin, unit))
                             : tr("%1 over").arg(Format::bytes(-margin, unit)));
    m_margin->setStyleSheet(QStringLiteral("color: %1;")
                                    .arg((e.fits ? palette::fits() : palette::doesNotFit()).name()));
    m_peak->setText(tr("Peak %1 = %2 of %3")
                            .arg(Format::bytes(double(m.peak), unit),
                                 Format::percent(double(m.peak) / gpu),
                                 Format::bytes(gpu, unit)));
    m_dominant->setText(dominantTerm(e));

    m_paramCount->setText(tr("%1  (%2)").arg(Format::count(e.params.total),
                                             Format::compact(double(e.params.total))));
    m_maxBatch->setText(Format::count(e.maxBatch.exact));
    m_maxBatchApprox->setText(Format::decimal(e.maxBatch.lectureApprox, 1));
    m_flopsForward->setText(Format::flops(e.flops.forward));
    m_flopsBackward->setText(Format::flops(e.flops.backward));
    m_flopsOptimizer->setText(Format::flops(e.flops.optimizer));
    m_flopsStep->setText(Format::flops(e.flops.total));
    m_steps->setText(Format::count(e.training.steps));
    m_time->setText(Format::duration(e.training.seconds));
    m_timeSeconds->setText(tr("%1 = %2 h").arg(Format::seconds(e.training.seconds),
                                               Format::decimal(e.training.hours, 2)));
}

void ResultsPanel::showProblems(const std::vector<Problem> &problems)
{
    m_stale->setVisible(!problems.empty());
}

QString ResultsPanel::dominantTerm(const Estimate &e)
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
        return tr("Why: the weights are the largest term (%1 of peak); they do not depend on b "
                  "or c.")
                .arg(share);
    case 1:
        return tr("Why: the gradients are the largest term (%1 of peak).").arg(share);
    case 2:
        return tr("Why: the optimizer states are the largest term (%1 of peak); they do not "
                  "depend on b or c.")
                .arg(share);
    default:
        break;
    }
    QString part;
    if (m.attentionScores >= m.blockOther && m.attentionScores >= m.head)
        part = tr("the attention scores b·h·c², which grow with c²");
    else if (m.blockOther >= m.head)
        part = tr("the other per-block tensors, 20·b·c·d per block");
    else
        part = tr("the logits b·c·v");
    return tr("Why: activations are the largest term (%1 of peak), mostly %2. They grow "
              "linearly with b.")
            .arg(share, part);
}

} // namespace ts::ui
