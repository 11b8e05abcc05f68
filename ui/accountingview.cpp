// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountingview.h"

#include "accountingcomparison.h"
#include "format.h"
#include "scenariocontroller.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cstring>

namespace ts::ui {

namespace {

enum Column { Term, Lecture, Eager, Difference, Why, ColumnCount };

// Core's words for the comparison (marked in core/pytorcheager.cpp and
// core/accountingcomparison.cpp, context "ts::Accounting").
QString accountingText(const char *text)
{
    return QCoreApplication::translate("ts::Accounting", text);
}

QString bytesText(std::int64_t bytes)
{
    return Format::count(bytes) + QStringLiteral(" B");
}

QString differenceText(std::int64_t difference)
{
    if (difference == 0)
        return AccountingView::tr("same");
    return (difference > 0 ? QStringLiteral("+") : QString()) + bytesText(difference);
}

void addRow(QTableWidget *table, const QStringList &cells, const QString &tip, bool bold)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < ColumnCount; ++column) {
        auto *item = new QTableWidgetItem(cells.value(column));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (column == Lecture || column == Eager || column == Difference)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (bold) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        item->setToolTip(column == Why || tip.isEmpty() ? cells.value(Why) : tip);
        table->setItem(row, column, item);
    }
}

} // namespace

AccountingView::AccountingView(ScenarioController *controller, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel)
    , m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("accountingView"));
    setWindowTitle(tr("Lecture vs PyTorch eager"));
    m_summary->setObjectName(QStringLiteral("accountingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("accountingTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
            { tr("Term"), tr("Lecture"), tr("PyTorch eager"), tr("Difference"), tr("Why") });
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(80);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    // No wider than the screen: on a 1024×768 projector the summary and the reasons wrap
    // inside it instead of running off its edge.
    QSize size(1100, 720);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);

    m_scenario = controller->snapshot().validScenario;
    connect(controller, &ScenarioController::changed, this, [this](const Snapshot &s) {
        if (s.revision == m_revision)
            return;
        m_revision = s.revision;
        m_scenario = s.validScenario;
        if (isVisible())
            refresh();
    });
}

void AccountingView::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
}

void AccountingView::refresh()
{
    const AccountingComparison c = compareAccounting(m_scenario);
    m_table->setRowCount(0);
    if (!c.ok()) {
        m_summary->setText(tr("The PyTorch eager accounting covers only the lecture's "
                              "configuration: fp32, AdamW, SwiGLU with d_ff = 4d, untied "
                              "embeddings, one K/V head per head, no checkpointing or "
                              "FlashAttention, ZeRO 0 and one micro-batch."));
        return;
    }

    const EagerPeak &p = c.eager.eager.peak;
    m_summary->setText(
            tr("What one training step of PyTorch %1 eager (CPU, fp32, AdamW, gradients kept) "
               "keeps, beside the lecture's count. Its peak, %2, comes during the %3: %4 "
               "weights, gradients and AdamW state, %5 held by the training loop (token ids, "
               "targets, logits), %6 of saved activations not yet freed, %7 of gradients and "
               "temporaries. The lecture's peak is %8.")
                    .arg(QString::fromLatin1(kPytorchEagerVersion), bytesText(p.bytes),
                         accountingText(eagerMomentDescription(p.moment)), bytesText(p.staticBytes),
                         bytesText(p.heldBytes), bytesText(p.savedBytes),
                         bytesText(p.transientBytes), bytesText(c.lecture.memory.peak)));

    m_table->setUpdatesEnabled(false);
    for (const ComparisonRow &r : c.totals)
        addRow(m_table,
               { accountingText(r.name), bytesText(r.lecture), bytesText(r.eager),
                 differenceText(r.difference()), accountingText(r.reason) },
               {}, true);
    for (const FlopsComparisonRow &r : c.flops) {
        const double diff = r.eager - r.lecture;
        addRow(m_table,
               { tr("FLOPs, %1")
                         .arg(std::strcmp(r.key, "forward") == 0 ? tr("forward") : tr("backward")),
                 Format::flops(r.lecture), Format::flops(r.eager),
                 diff == 0 ? tr("same") : Format::flops(diff), accountingText(r.reason) },
               {}, true);
    }
    for (std::size_t i = 0; i < c.terms.size(); ++i) {
        const ComparisonRow &r = c.terms[i];
        const EagerTermInfo &info = eagerTermInfo(static_cast<EagerTerm>(i));
        QString name = accountingText(r.name);
        if (i < kEagerLectureTermCount) {
            const char *lectureSymbol = activationInfo(lectureCounterpart(EagerTerm(i))).symbol;
            if (std::strcmp(lectureSymbol, r.name) != 0)
                name += tr(" (lecture: %1)").arg(QString::fromUtf8(lectureSymbol));
        }
        const QString kind = info.kind == EagerKind::Held ? tr(" (held, counted in the peak only)")
                                                          : QString();
        addRow(m_table,
               { name + kind, r.lecture ? bytesText(r.lecture) : tr("—"), bytesText(r.eager),
                 differenceText(r.difference()), accountingText(r.reason) },
               tr("Bytes: %1").arg(accountingText(info.formula)), false);
    }
    m_table->setUpdatesEnabled(true);
}

} // namespace ts::ui
