// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionspanel.h"

#include "optiontext.h"
#include "scenariocontroller.h"
#include "warninglabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace ts::ui {

namespace {

const char *const kRowHelp = "rowHelp"; // a combo's own help, before its current item's

// Rich text, so that Qt wraps long tooltips.
QString paragraphs(const QStringList &texts)
{
    QString html;
    for (const QString &t : texts)
        html += QStringLiteral("<p>%1</p>").arg(t.toHtmlEscaped());
    return html;
}

// The row's help and what the current choice means.
void syncToolTip(QComboBox *combo)
{
    combo->setToolTip(paragraphs({ combo->property(kRowHelp).toString(),
                                   combo->currentData(Qt::ToolTipRole).toString() }));
}

void addItem(QComboBox *combo, const QString &text, int value, const QString &help)
{
    combo->addItem(text, value);
    combo->setItemData(combo->count() - 1, help, Qt::ToolTipRole);
}

void showValue(QComboBox *combo, int value)
{
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(combo->findData(value));
    syncToolTip(combo);
}

} // namespace

OptionsPanel::OptionsPanel(ScenarioController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("optionsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildTrainingGroup());
    layout->addWidget(buildMemoryGroup());
    layout->addWidget(buildArchitectureGroup());
    // Where sources disagree, say which way TrainScope counts (docs/formulas.md §8.1, §8.3).
    auto *choices = new QLabel(
            tr("How TrainScope counts where sources differ: mixed precision with Adam costs 16 "
               "bytes per parameter (2 + 2 + 12, the ZeRO paper), not 18; attention FLOPs and "
               "the saved probabilities cover the full c×c matrix, with no causal halving (as "
               "the lecture and PaLM count them)."),
            this);
    choices->setObjectName(QStringLiteral("countingChoicesLabel"));
    choices->setWordWrap(true);
    // Wrap to the panel's width instead of widening the panel to the text's.
    choices->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    QFont small = choices->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    choices->setFont(small);
    layout->addWidget(choices);
    layout->addStretch(1);
    // One label column width for the three groups, so that their fields line up.
    int width = 0;
    for (const QLabel *label : m_captions)
        width = std::max(width, label->sizeHint().width());
    for (QLabel *label : m_captions)
        label->setMinimumWidth(width);

    showScenario(controller->scenario());
    showProblems(controller->problems());
    connect(controller, &ScenarioController::scenarioReplaced, this, &OptionsPanel::showScenario);
    connect(controller, &ScenarioController::problemsChanged, this, &OptionsPanel::showProblems);
}

std::vector<Field> OptionsPanel::fields()
{
    return { Field::DFf, Field::KvHeads, Field::ZeroStage, Field::GradAccum };
}

void OptionsPanel::addRow(QFormLayout *form, const QString &label, const QString &toolTip,
                          QWidget *widget, WarningLabel *warning)
{
    auto *name = new QLabel(label, form->parentWidget());
    name->setToolTip(toolTip);
    name->setBuddy(widget);
    m_captions.push_back(name);
    if (widget->toolTip().isEmpty())
        widget->setToolTip(toolTip);
    form->addRow(name, widget);
    if (warning)
        form->addRow(warning);
}

QComboBox *OptionsPanel::addCombo(QFormLayout *form, const QString &name, const QString &label,
                                  const QString &toolTip)
{
    auto *combo = new QComboBox(form->parentWidget());
    combo->setObjectName(name);
    combo->setProperty(kRowHelp, toolTip);
    connect(combo, &QComboBox::currentIndexChanged, combo, [combo] { syncToolTip(combo); });
    addRow(form, label, paragraphs({ toolTip }), combo, nullptr);
    return combo;
}

QSpinBox *OptionsPanel::makeSpin(const QString &name, int minimum, int maximum, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    spin->setGroupSeparatorShown(true);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

QWidget *OptionsPanel::buildTrainingGroup()
{
    auto *group = new QGroupBox(tr("Precision and optimizer"), this);
    auto *form = new QFormLayout(group);
    m_precision = addCombo(form, QStringLiteral("precisionCombo"), tr("&Precision"),
                           tr("Number format of weights, gradients, optimizer states and "
                              "activations; the peak FLOP/s of the time follows it "
                              "(docs/formulas.md §8.1)."));
    for (Precision p : { Precision::Fp32, Precision::Tf32, Precision::Bf16Mixed,
                         Precision::Fp16Mixed, Precision::Bf16 })
        addItem(m_precision, OptionText::precision(p), int(p), OptionText::precisionHelp(p));
    m_precisionWarning = new WarningLabel(QStringLiteral("precision"), group);
    form->addRow(m_precisionWarning);
    connect(m_precision, &QComboBox::currentIndexChanged, m_controller,
            [this] { m_controller->setPrecision(Precision(m_precision->currentData().toInt())); });

    m_optimizer = addCombo(form, QStringLiteral("optimizerCombo"), tr("&Optimizer"),
                           tr("Optimizer states per parameter and FLOPs per update "
                              "(docs/formulas.md §8.2)."));
    for (Optimizer o :
         { Optimizer::AdamW, Optimizer::SgdMomentum, Optimizer::Sgd, Optimizer::Adam8bit })
        addItem(m_optimizer, OptionText::optimizer(o), int(o), OptionText::optimizerHelp(o));
    connect(m_optimizer, &QComboBox::currentIndexChanged, m_controller,
            [this] { m_controller->setOptimizer(Optimizer(m_optimizer->currentData().toInt())); });

    m_gradAccum = makeSpin(QStringLiteral("gradAccumSpin"), 1, 1'000'000, group);
    auto *gradAccumWarning = new WarningLabel(Field::GradAccum, group);
    m_warnings[Field::GradAccum] = gradAccumWarning;
    addRow(form, tr("&Gradient accumulation"),
           paragraphs({ tr("Micro-batches of b per optimizer step: the global batch is b × this × "
                           "GPUs sequences; memory stays that of one micro-batch "
                           "(docs/formulas.md §8.5).") }),
           m_gradAccum, gradAccumWarning);
    connect(m_gradAccum, &QSpinBox::valueChanged, m_controller,
            [this](int n) { m_controller->setGradAccum(n); });
    return group;
}

QWidget *OptionsPanel::buildMemoryGroup()
{
    auto *group = new QGroupBox(tr("Memory savers"), this);
    auto *form = new QFormLayout(group);
    m_checkpointing = addCombo(form, QStringLiteral("checkpointingCombo"), tr("&Checkpointing"),
                               tr("Activation checkpointing: which activations backward "
                                  "recomputes instead of keeping (docs/formulas.md §8.3)."));
    for (Checkpointing c : { Checkpointing::None, Checkpointing::Selective, Checkpointing::Full })
        addItem(m_checkpointing, OptionText::checkpointing(c), int(c),
                OptionText::checkpointingHelp(c));
    connect(m_checkpointing, &QComboBox::currentIndexChanged, m_controller, [this] {
        m_controller->setCheckpointing(Checkpointing(m_checkpointing->currentData().toInt()));
    });

    m_flashAttention = new QCheckBox(tr("Flash&Attention"), group);
    m_flashAttention->setObjectName(QStringLiteral("flashAttentionCheck"));
    m_flashAttention->setToolTip(paragraphs(
            { tr("Dao et al. 2022: P (b·h·c² per block) is never stored, one fp32 log-sum-exp "
                 "per row and head is; backward recomputes S = QKᵀ: + L·2bc²d FLOPs "
                 "(docs/formulas.md §8.3).") }));
    form->addRow(QString(), m_flashAttention);
    connect(m_flashAttention, &QCheckBox::toggled, m_controller,
            [this](bool on) { m_controller->setFlashAttention(on); });

    m_zero = addCombo(form, QStringLiteral("zeroCombo"), tr("&ZeRO stage"),
                      tr("Rajbhandari et al. 2020: shards the training state over the GPUs; "
                         "every memory figure is per GPU (docs/formulas.md §8.5)."));
    for (int stage = 0; stage <= 3; ++stage)
        addItem(m_zero, OptionText::zeroStage(stage), stage, OptionText::zeroStageHelp(stage));
    auto *zeroWarning = new WarningLabel(Field::ZeroStage, group);
    m_warnings[Field::ZeroStage] = zeroWarning;
    form->addRow(zeroWarning);
    connect(m_zero, &QComboBox::currentIndexChanged, m_controller,
            [this] { m_controller->setZeroStage(m_zero->currentData().toInt()); });
    return group;
}

QWidget *OptionsPanel::buildArchitectureGroup()
{
    auto *group = new QGroupBox(tr("Architecture"), this);
    auto *form = new QFormLayout(group);
    m_ffn = addCombo(form, QStringLiteral("ffnCombo"), tr("FFN t&ype"),
                     tr("The feed-forward network of each block (docs/formulas.md §8.4)."));
    for (FfnKind f : { FfnKind::SwiGlu, FfnKind::Gelu })
        addItem(m_ffn, OptionText::ffn(f), int(f), OptionText::ffnHelp(f));
    connect(m_ffn, &QComboBox::currentIndexChanged, m_controller,
            [this] { m_controller->setFfn(FfnKind(m_ffn->currentData().toInt())); });

    m_dFf = makeSpin(QStringLiteral("dFfSpin"), 0, 1 << 22, group);
    m_dFf->setSpecialValueText(tr("auto = 4·d"));
    m_dFf->setSingleStep(64);
    auto *dFfWarning = new WarningLabel(Field::DFf, group);
    m_warnings[Field::DFf] = dFfWarning;
    addRow(form, tr("FFN &width d_ff"),
           paragraphs({ tr("Width of the FFN's hidden layer; auto is the lecture's 4·d "
                           "(docs/formulas.md §8.4).") }),
           m_dFf, dFfWarning);
    connect(m_dFf, &QSpinBox::valueChanged, m_controller,
            [this](int n) { m_controller->setDFf(n); });

    m_kvHeads = makeSpin(QStringLiteral("kvHeadsSpin"), 0, 1 << 16, group);
    m_kvHeads->setSpecialValueText(tr("= h"));
    auto *kvWarning = new WarningLabel(Field::KvHeads, group);
    m_warnings[Field::KvHeads] = kvWarning;
    addRow(form, tr("&K/V heads"),
           paragraphs({ tr("Grouped-query attention: K and V get kv·d/h columns instead of d; kv "
                           "must divide h. \"= h\" is plain multi-head attention, the lecture's "
                           "(docs/formulas.md §8.4).") }),
           m_kvHeads, kvWarning);
    connect(m_kvHeads, &QSpinBox::valueChanged, m_controller,
            [this](int n) { m_controller->setKvHeads(n); });

    m_tied = new QCheckBox(tr("&Tied embeddings"), group);
    m_tied->setObjectName(QStringLiteral("tiedEmbeddingsCheck"));
    m_tied->setToolTip(paragraphs({ tr("One v×d matrix serves as the input embedding and the LM "
                                       "head: d·v fewer parameters; the head's FLOPs stay "
                                       "(docs/formulas.md §8.4).") }));
    form->addRow(QString(), m_tied);
    connect(m_tied, &QCheckBox::toggled, m_controller,
            [this](bool on) { m_controller->setTiedEmbeddings(on); });
    return group;
}

void OptionsPanel::showScenario(const Scenario &s)
{
    showValue(m_precision, int(s.options.precision));
    showValue(m_optimizer, int(s.options.optimizer));
    showValue(m_checkpointing, int(s.options.checkpointing));
    showValue(m_zero, s.options.zeroStage);
    showValue(m_ffn, int(s.model.ffn));
    const QSignalBlocker b1(m_gradAccum), b2(m_flashAttention), b3(m_dFf), b4(m_kvHeads),
            b5(m_tied);
    m_gradAccum->setValue(int(std::min<std::int64_t>(s.options.gradAccum, m_gradAccum->maximum())));
    m_flashAttention->setChecked(s.options.flashAttention);
    m_dFf->setValue(int(std::min<std::int64_t>(s.model.dFf, m_dFf->maximum())));
    m_kvHeads->setValue(int(std::min<std::int64_t>(s.model.kvHeads, m_kvHeads->maximum())));
    m_tied->setChecked(s.model.tiedEmbeddings);
}

void OptionsPanel::showProblems(const std::vector<Problem> &problems)
{
    std::map<Field, QStringList> texts;
    QStringList precision;
    const Scenario &s = m_controller->scenario();
    for (const Problem &p : problems) {
        const QString text = WarningLabel::message(p, s, m_controller->presets());
        if (p.code == ProblemCode::NoPeakForPrecision)
            precision << text;
        else if (m_warnings.count(p.field))
            texts[p.field] << text;
    }
    m_precisionWarning->showMessages(precision);
    for (const auto &[field, label] : m_warnings)
        label->showMessages(texts[field]);
}

} // namespace ts::ui
