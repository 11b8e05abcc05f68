// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bestlayoutspanel.h"

#include "visiblerefresh.h"

#include "bestlayouts.h"
#include "scenariocontroller.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ts::ui {

BestLayoutsPanel::BestLayoutsPanel(ScenarioController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new BestLayouts(this))
    , m_caption(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("bestLayouts"));
    m_refresh = new VisibleRefresh(this, [this] { draw(); });
    m_caption->setObjectName(QStringLiteral("bestLayoutsCaption"));
    m_caption->setWordWrap(true);
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    m_table->setObjectName(QStringLiteral("bestLayoutsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Widths from the font, once per font: measuring every cell on every search would cost
    // the window more than the search itself while a slider moves.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(false);
    fitColumns();
    m_table->setToolTip(tr("Click a row to load its layout (Edit ▸ Undo goes back)"));
    // Scrolls sideways rather than widening the window (a projector's 1024 pixels).
    m_table->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    m_caption->setToolTip(tr("The fastest layouts of these GPUs that fit, for the same model, "
                             "GPU and global batch (b × m × DP); click a row to load it."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);

    connect(m_model, &BestLayouts::searched, this,
            [this] { m_caption->setText(m_model->summary()); });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const auto inputs = m_model->inputsOf(index.row());
        if (!inputs.empty())
            m_controller->setInputs(inputs);
    });
    m_drawn.adopt(controller->snapshot());
    connect(controller, &ScenarioController::changed, this, &BestLayoutsPanel::showSnapshot);
}

void BestLayoutsPanel::fitColumns()
{
    // The widest text each column holds: its header, or a figure of the widest kind.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QFontMetrics header = m_table->horizontalHeader()->fontMetrics();
    const auto sample = [](int column) {
        switch (column) {
        case BestLayouts::Rank: return QStringLiteral("20");
        case BestLayouts::Zero:
        case BestLayouts::Flash: return QStringLiteral("off");
        case BestLayouts::Recompute: return QStringLiteral("Selective");
        case BestLayouts::Peak: return QStringLiteral("888.88 GiB");
        case BestLayouts::StepTime: return QStringLiteral("888 ms");
        case BestLayouts::Mfu: return QStringLiteral("88.8%");
        default: return QStringLiteral("4096");
        }
    };
    for (int column = 0; column < BestLayouts::ColumnCount; ++column) {
        const QString title
                = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const int width = std::max(header.horizontalAdvance(title),
                                   metrics.horizontalAdvance(sample(column)));
        m_table->horizontalHeader()->resizeSection(column, width + 2 * metrics.averageCharWidth());
    }
}

void BestLayoutsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        fitColumns();
}

void BestLayoutsPanel::showSnapshot(const Snapshot &s)
{
    if (m_drawn.take(s))
        refresh();
}

void BestLayoutsPanel::refresh()
{
    m_refresh->request();
}

void BestLayoutsPanel::draw()
{
    m_model->search(m_drawn.scenario, m_drawn.unit);
}

} // namespace ts::ui
