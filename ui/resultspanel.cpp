// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultspanel.h"

#include "fitcard.h"
#include "format.h"
#include "inputtext.h"
#include "options.h"
#include "palette.h"
#include "resultcard.h"
#include "scenariocontroller.h"
#include "stablelabel.h"
#include "theme.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace ts::ui {

namespace {

constexpr int kRowGap = 2; // pixels between rows of figures

} // namespace

ResultsPanel::ResultsPanel(ScenarioController *controller, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("resultsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stale = new QLabel(tr("\u26a0 Some inputs are invalid: showing the last valid estimate."),
                         this);
    m_stale->setObjectName(QStringLiteral("staleLabel"));
    theme::setInk(m_stale, theme::Ink::Warning, true);
    // Its line is the setup label's, which is always shown: the panel's height (and the charts
    // below) never jump, and while it is hidden the setup line has the whole width.
    m_stale->hide();
    // The precision and the peak share that line: they change with the options, not with b.
    m_setup = new ElidedLabel(QString(60, QLatin1Char('x')), this);
    m_setup->setObjectName(QStringLiteral("setupLabel"));
    m_setup->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *top = new QHBoxLayout;
    top->addWidget(m_stale);
    top->addWidget(m_setup, 1);
    layout->addLayout(top);

    m_fitCard = new FitCard(this);
    m_cards = { m_fitCard, buildMemoryGroup(), buildComputeGroup() };
    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    arrange();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    showSnapshot(controller->snapshot());
    connect(controller, &ScenarioController::changed, this, &ResultsPanel::showSnapshot);
}

void ResultsPanel::showSnapshot(const Snapshot &s)
{
    // The figures only when they changed: every slider step brings a snapshot.
    if (s.revision != m_revision || s.unit != m_unit) {
        m_revision = s.revision;
        m_unit = s.unit;
        showEstimate(s);
    }
    showStale(!s.valid());
}

void ResultsPanel::showStale(bool stale)
{
    if (m_staleShown == int(stale))
        return;
    m_staleShown = int(stale);
    m_stale->setVisible(stale);
    // Disabled, the cards' text is the palette's disabled grey: plainly not the current answer.
    for (QWidget *card : m_cards)
        card->setEnabled(!stale);
    m_fitCard->setStale(stale);
}

void ResultsPanel::arrange()
{
    // Wide: the three cards in a row. Narrow (a projector's 1024 pixels): the memory and compute
    // cards share the row, and the verdict, in its compact form, goes where the window puts it
    // (under the inputs): arrangementChanged says when.
    const bool narrow = m_narrow == 1;
    for (QWidget *card : m_cards)
        m_grid->removeWidget(card);
    m_fitCard->setBanner(narrow);
    const auto cards = narrow ? std::vector<QWidget *> { m_cards[1], m_cards[2] } : m_cards;
    for (int column = 0; column < 3; ++column) {
        if (column < int(cards.size()))
            m_grid->addWidget(cards[std::size_t(column)], 0, column);
        m_grid->setColumnStretch(column, narrow ? (column < 2 ? 1 : 0) : (column == 0 ? 3 : 4));
    }
}

int ResultsPanel::wideWidth() const
{
    int width = 0;
    for (QWidget *card : m_cards)
        width += card->minimumSizeHint().width();
    return width + 2 * std::max(m_grid->horizontalSpacing(), 0);
}

int ResultsPanel::narrowWidth() const
{
    return m_cards[1]->minimumSizeHint().width() + m_cards[2]->minimumSizeHint().width()
            + std::max(m_grid->horizontalSpacing(), 0);
}

void ResultsPanel::setAvailableWidth(int width)
{
    m_availableWidth = width;
    // With a margin either way, so that a width near the threshold does not flip back and forth.
    const int need = m_wideWidth > 0 ? m_wideWidth : wideWidth();
    if (m_narrow != 1 && width < need) {
        m_wideWidth = need;
        m_narrow = 1;
    } else if (m_narrow != 0 && width >= need + 40) {
        m_narrow = 0;
    } else if (m_narrow < 0) {
        m_narrow = 0;
    } else {
        return;
    }
    arrange();
    emit arrangementChanged();
}

void ResultsPanel::relayout()
{
    // After a font change (zoom): every figure's box follows the new font, then the cards
    // choose their arrangement again for the width they have.
    // The everyday width in the figures' plain font; a wider text (the bold time) widens all of
    // them once, in fitValues.
    m_valueWidth = fontMetrics().horizontalAdvance(QStringLiteral("8,888.88 GiB  (100.0%)"));
    for (QLabel *value : m_values)
        value->setFixedSize(m_valueWidth, value->fontMetrics().height() + kRowGap);
    m_time->setFixedHeight(m_time->fontMetrics().height() * 5 / 4);
    m_timeSeconds->setFixedHeight(m_timeSeconds->fontMetrics().height() + kRowGap);
    fitValues();
    m_wideWidth = 0;
    m_narrow = -1;
    // Back in the row first, so that the row's width is measured at the new font.
    arrange();
    if (m_availableWidth > 0)
        setAvailableWidth(m_availableWidth);
    emit arrangementChanged();
}

QLabel *ResultsPanel::addValue(QGridLayout *grid, const QString &text, const QString &objectName,
                               const QColor &swatch, bool indent)
{
    const int row = grid->rowCount();
    QLabel *name = resultcard::caption(text, swatch, indent, grid->parentWidget());
    QWidget *captionWidget = swatch.isValid() ? name->parentWidget() : name;
    auto *value = new QLabel(grid->parentWidget());
    value->setObjectName(objectName);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // A fixed size: a label whose size can change makes every setText relayout its card, and
    // these change on every slider step. Wide enough for everyday values; a wider one widens
    // every value of the panel once (fitValues), and none ever narrows back.
    const QFontMetrics metrics = value->fontMetrics();
    // Rows touch (no grid spacing, the gap is in the height), so that the dirty rectangles of
    // values changing together merge into one and the card repaints once, not once per row.
    m_valueWidth = std::max(m_valueWidth,
                            metrics.horizontalAdvance(QStringLiteral("8,888.88 GiB  (100.0%)")));
    value->setFixedSize(m_valueWidth, metrics.height() + kRowGap);
    m_values.push_back(value);
    grid->addWidget(captionWidget, row, 0);
    grid->addWidget(value, row, 1);
    return value;
}

QWidget *ResultsPanel::buildMemoryGroup()
{
    QFrame *group = resultcard::make(tr("Peak memory per GPU"), this);
    auto *grid = new QGridLayout;
    resultcard::layoutOf(group)->addLayout(grid, 1);
    grid->setVerticalSpacing(0);
    m_paramsMem = addValue(grid, tr("Parameters"), QStringLiteral("paramsMemLabel"),
                           palette::parameters());
    m_frozenMem
            = optionalRow(grid,
                          addValue(grid, tr("of which frozen"), QStringLiteral("frozenMemLabel"),
                                   palette::frozenWeights(), true),
                          Space::Release);
    m_frozenMem.caption->setToolTip(tr("LoRA: the weights that are not trained, kept once at "
                                       "their storage width, NF4 under QLoRA (docs/formulas.md "
                                       "§8.7)"));
    m_gradsMem = addValue(grid, tr("Gradients"), QStringLiteral("gradsMemLabel"),
                          palette::gradients());
    m_optimizerMem = addValue(grid, tr("Optimizer states"), QStringLiteral("optimizerMemLabel"),
                              palette::optimizerStates());
    m_activationsMem = addValue(grid, tr("Activations"), QStringLiteral("activationsMemLabel"));
    m_attentionMem = addValue(grid, tr("attention b·h·c²"), QStringLiteral("attentionMemLabel"),
                              palette::attentionScores(), true);
    m_blockOtherMem = addValue(grid, tr("other per-block"), QStringLiteral("blockOtherMemLabel"),
                               palette::blockOther(), true);
    m_headMem = addValue(grid, tr("final norm + logits"), QStringLiteral("headMemLabel"),
                         palette::head(), true);
    m_hostMem = optionalRow(
            grid, addValue(grid, tr("Host memory per node"), QStringLiteral("hostMemLabel")),
            Space::Release);
    m_hostMem.caption->setToolTip(tr("Offload: the gradients, master weights and moments (and "
                                     "with the weights offloaded, the weights) that each GPU's "
                                     "process keeps in host memory, times the GPUs of a node "
                                     "(docs/formulas.md §8.8)"));
    m_hostLink = optionalRow(
            grid, addValue(grid, tr("Host link per step"), QStringLiteral("hostLinkLabel")),
            Space::Release);
    m_hostLink.caption->setToolTip(tr("Offload: the larger direction's bytes over one GPU's host "
                                      "link in one optimizer step, and their time at the link's "
                                      "bandwidth (docs/formulas.md §8.8)"));
    grid->setRowStretch(grid->rowCount(), 1);
    return group;
}

QWidget *ResultsPanel::buildComputeGroup()
{
    QFrame *group = resultcard::make(tr("Model, compute and time"), this);
    auto *grid = new QGridLayout;
    resultcard::layoutOf(group)->addLayout(grid, 1);
    grid->setVerticalSpacing(0);
    m_paramCount = addValue(grid, tr("Parameters N"), QStringLiteral("paramCountLabel"));
    m_maxBatch = addValue(grid, tr("Max batch (exact)"), QStringLiteral("maxBatchLabel"));
    m_maxBatchApprox
            = addValue(grid, tr("Max batch, slide approx."), QStringLiteral("maxBatchApproxLabel"));
    m_flopsForward = addValue(grid, tr("FLOPs/step: forward"), QStringLiteral("flopsForwardLabel"));
    m_flopsBackward
            = addValue(grid, tr("backward"), QStringLiteral("flopsBackwardLabel"), {}, true);
    m_flopsOptimizer
            = addValue(grid, tr("optimizer"), QStringLiteral("flopsOptimizerLabel"), {}, true);
    m_flopsStep = addValue(grid, tr("total per step"), QStringLiteral("flopsStepLabel"), {}, true);
    // Last of the FLOPs: while nothing is recomputed its empty line separates them from steps.
    m_flopsRecompute = optionalRow(grid,
                                   addValue(grid, tr("of which recompute"),
                                            QStringLiteral("flopsRecomputeLabel"), {}, true),
                                   Space::Keep);
    m_flopsRecompute.caption->setToolTip(tr("Forward work that checkpointing or FlashAttention "
                                            "redo in backward (docs/formulas.md §8.3)"));
    m_steps = addValue(grid, tr("Steps"), QStringLiteral("stepsLabel"));
    grid->itemAtPosition(grid->rowCount() - 1, 0)
            ->widget()
            ->setToolTip(tr("The lecture's count of steps: tokens · epochs / (b · c)"));
    m_globalBatch = addValue(grid, tr("Global batch"), QStringLiteral("globalBatchLabel"));
    grid->itemAtPosition(grid->rowCount() - 1, 0)
            ->widget()
            ->setToolTip(tr("Sequences per optimizer step: b × gradient accumulation × GPUs / t, "
                            "the data-parallel groups of t tensor-parallel GPUs (docs/formulas.md "
                            "§8.5, §8.9)"));
    m_optimizerSteps = addValue(grid, tr("Optimizer steps"), QStringLiteral("optimizerStepsLabel"));
    grid->itemAtPosition(grid->rowCount() - 1, 0)
            ->widget()
            ->setToolTip(tr("tokens · epochs / (global batch · c)"));
    m_time = addValue(grid, tr("Training time"), QStringLiteral("timeLabel"),
                      palette::trainingTime());
    m_time->setFixedHeight(m_time->fontMetrics().height() * 3 / 2);
    // The time in seconds and the GPUs it is shared over, across both columns: it is longer than
    // a figure. Its width never follows its text, so a new text does not relayout the card.
    m_timeSeconds = new QLabel(group);
    m_timeSeconds->setObjectName(QStringLiteral("timeSecondsLabel"));
    m_timeSeconds->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_timeSeconds->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_timeSeconds->setFixedHeight(m_timeSeconds->fontMetrics().height() + kRowGap);
    grid->addWidget(m_timeSeconds, grid->rowCount(), 0, 1, 2);
    resultcard::setBold(m_time, 2);
    grid->setRowStretch(grid->rowCount(), 1);
    return group;
}

void ResultsPanel::showEstimate(const Snapshot &s)
{
    const Estimate &e = s.estimate;
    const MemoryUnit unit = s.unit;
    const double gpu = double(s.validScenario.hardware.gpuMemoryBytes);
    const auto part = [&](double bytes) {
        //: memory of one term, then its share of the GPU's memory
        return tr("%1  (%2)").arg(Format::bytes(bytes, unit), Format::share(bytes / gpu));
    };
    const MemoryBreakdown &m = e.memory;
    m_paramsMem->setText(part(double(m.parameters)));
    m_frozenMem.value->setText(part(double(m.frozenWeights)));
    showRow(m_frozenMem, m.frozenWeights > 0);
    showOffload(s);
    m_gradsMem->setText(part(double(m.gradients)));
    m_optimizerMem->setText(part(double(m.optimizerStates)));
    m_activationsMem->setText(part(double(m.activations)));
    m_attentionMem->setText(part(double(m.attentionScores)));
    m_blockOtherMem->setText(part(double(m.blockOther)));
    m_headMem->setText(part(double(m.head)));

    m_fitCard->showEstimate(e, unit, s.validScenario.hardware.gpuMemoryBytes);

    m_paramCount->setText(Format::count(e.params.total));
    m_paramCount->setToolTip(Format::compact(double(e.params.total)));
    m_maxBatch->setText(Format::count(e.maxBatch.exact));
    // The slide's shortcut goes negative when the weights alone exceed the GPU; say what that
    // means.
    // Beyond the lecture's model and training the shortcut counts other terms: no number then.
    if (!e.maxBatch.lectureApproxApplies) {
        m_maxBatchApprox->setText(tr("n/a"));
        m_maxBatchApprox->setToolTip(
                tr("The slide's shortcut (M − (256Ld² + 32dv)) / (4Lc(20d + hc)) assumes the "
                   "lecture's fp32 model trained in full with AdamW; with the options chosen it "
                   "does not apply, and the exact figure above is the answer."));
    } else {
        m_maxBatchApprox->setText(
                e.maxBatch.lectureApprox < 0
                        ? tr("%1 (none)").arg(Format::decimal(e.maxBatch.lectureApprox, 1))
                        : Format::decimal(e.maxBatch.lectureApprox, 1));
        m_maxBatchApprox->setToolTip(
                tr("The slide's shortcut (M − (256Ld² + 32dv)) / (4Lc(20d + hc)): the exact "
                   "count's largest terms"));
    }
    m_flopsForward->setText(Format::flops(e.flops.forward));
    m_flopsBackward->setText(Format::flops(e.flops.backward));
    m_flopsRecompute.value->setText(Format::flops(e.flops.recompute));
    showRow(m_flopsRecompute, e.flops.recompute > 0);
    m_flopsOptimizer->setText(Format::flops(e.flops.optimizer));
    m_flopsStep->setText(Format::flops(e.flops.total));
    // Fewer than one step: a step holds more tokens than the run; say so rather than show 0.
    const auto steps
            = [](double n) { return n < 1 && n > 0 ? Format::decimal(n, 3) : Format::count(n); };
    m_steps->setText(steps(e.training.steps));
    m_globalBatch->setText(Format::count(e.training.globalBatch));
    m_optimizerSteps->setText(steps(e.training.optimizerSteps));
    m_time->setText(Format::duration(e.training.seconds));
    const std::int64_t gpus = s.validScenario.hardware.gpus;
    const bool partial = e.training.optimizerSteps < 1;
    const QString seconds = Format::seconds(e.training.seconds);
    const QString hours = Format::decimal(e.training.hours, 2);
    //: seconds and hours of training, on one GPU or on %3 GPUs
    m_timeSeconds->setText(
            partial ? tr("\u26a0 one step holds more than the whole run")
                    : gpus == 1
                    ? tr("%1 = %2 h on 1 GPU").arg(seconds, hours)
                    : tr("%1 = %2 h on %3 GPUs").arg(seconds, hours, Format::count(gpus)));
    m_timeSeconds->setToolTip(
            partial ? tr("One optimizer step (b × gradient accumulation × GPUs sequences of c "
                         "tokens) holds more tokens than tokens × epochs: the time is that of "
                         "the run's tokens at the step's rate, a fraction of one step.")
                    : QString());
    showSetup(s);
    fitValues();
}

void ResultsPanel::fitValues()
{
    int widest = m_valueWidth;
    for (const QLabel *value : m_values)
        widest = std::max(widest, value->fontMetrics().horizontalAdvance(value->text()) + 4);
    if (widest == m_valueWidth)
        return;
    m_valueWidth = widest;
    for (QLabel *value : m_values)
        value->setFixedWidth(widest);
}

ResultsPanel::OptionalRow ResultsPanel::optionalRow(QGridLayout *grid, QLabel *value, Space space)
{
    OptionalRow row;
    row.caption = grid->itemAtPosition(grid->rowCount() - 1, 0)->widget();
    row.value = value;
    if (space == Space::Keep) {
        for (QWidget *w : { row.caption, static_cast<QWidget *>(value) })
            resultcard::retainSizeWhenHidden(w);
    }
    return row;
}

void ResultsPanel::showRow(OptionalRow &row, bool shown)
{
    if (row.shown == int(shown))
        return;
    row.shown = int(shown);
    row.caption->setVisible(shown);
    row.value->setVisible(shown);
}

void ResultsPanel::showOffload(const Snapshot &snapshot)
{
    const Scenario &s = snapshot.validScenario;
    const OffloadCost &o = snapshot.estimate.offload;
    const bool on = s.options.offload != Offload::None;
    showRow(m_hostMem, on);
    showRow(m_hostLink, on);
    if (!on)
        return;
    const QString host = Format::bytes(double(o.hostBytesPerNode), snapshot.unit);
    //: host memory of one node, and how many GPUs share it
    m_hostMem.value->setText(o.gpusPerNode == 1 ? tr("%1  (1 GPU)").arg(host)
                                                : tr("%1  (%2 GPUs)").arg(host).arg(o.gpusPerNode));
    const double bytes = double(std::max(o.toHostBytes, o.toGpuBytes));
    //: bytes over the host link per step, and their time ("unknown link" without a bandwidth)
    m_hostLink.value->setText(tr("%1  (%2)")
                                      .arg(Format::bytes(bytes, snapshot.unit),
                                           o.linkSeconds > 0 ? Format::shortTime(o.linkSeconds)
                                                             : tr("unknown link")));
    // The link is slower than the step's arithmetic: the step waits for it.
    const bool bound = o.linkSeconds > snapshot.estimate.training.secondsPerStep;
    if (bound)
        theme::setInk(m_hostLink.value, theme::Ink::Warning, false);
    else
        theme::clearInk(m_hostLink.value);
    m_hostLink.value->setToolTip(
            bound ? tr("The transfer takes longer than the step's computation (%1): the training "
                       "time is at least the transfer time per step.")
                            .arg(Format::shortTime(snapshot.estimate.training.secondsPerStep))
                  : QString());
}

void ResultsPanel::showSetup(const Snapshot &snapshot)
{
    // Read at a valid estimate, so it describes the figures shown, not a half-edited input.
    const Scenario &s = snapshot.validScenario;
    const PresetSelection &p = snapshot.presets;
    const QString peak = Format::flopsPerSecond(s.hardware.peakFlopsPerGpu);
    QString training = InputText::name(s.options.optimizer);
    if (s.options.finetune != FineTuning::Full)
        //: optimizer, fine-tuning ("QLoRA"), rank, trainable parameters ("160 M")
        training = tr("%1, %2 r = %3 (%4 trainable)")
                           .arg(training, InputText::name(Field::Finetune, int(s.options.finetune)))
                           .arg(s.options.loraRank)
                           .arg(Format::compact(double(snapshot.estimate.params.trainable)));
    QString precision = InputText::name(s.options.precision);
    if (autocastApplies(s.options))
        //: precision ("bf16-mixed") run under torch.autocast
        precision = tr("%1 (autocast)").arg(precision);
    //: precision ("bf16-mixed"), optimizer, the peak FLOP/s per GPU and its kind ("BF16 tensor")
    const QString text = p.peakKind == PeakKind::AsGiven
            ? tr("%1, %2 · peak %3 per GPU, as given").arg(precision, training, peak)
            : tr("%1, %2 · %4 peak %3 per GPU")
                      .arg(precision, training, peak, InputText::peakKind(p.peakKind));
    m_setup->setFullText(text);
}

} // namespace ts::ui
