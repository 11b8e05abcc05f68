// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparepanel.h"

#include "comparison.h"
#include "palette.h"
#include "scenariocontroller.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ts::ui {

namespace {

// A short stretch of the pin's ghost line, for its column header.
QIcon pinIcon(int slot)
{
    QPixmap pixmap(32, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    QPen pen(palette::pin(slot, theme::isDark()), 3, Qt::SolidLine, Qt::FlatCap);
    if (!palette::pinDash(slot).isEmpty())
        pen.setDashPattern(palette::pinDash(slot));
    p.setPen(pen);
    p.drawLine(0, 6, 32, 6);
    return QIcon(pixmap);
}

} // namespace

ComparePanel::ComparePanel(ScenarioController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_table(new QTableWidget(this))
    , m_hint(new QLabel(this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_remove(new QPushButton(tr("Unpin"), this))
    , m_clear(new QPushButton(tr("Unpin all"), this))
{
    setObjectName(QStringLiteral("comparePanel"));
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_rename->setObjectName(QStringLiteral("renamePinButton"));
    m_remove->setObjectName(QStringLiteral("removePinButton"));
    m_clear->setObjectName(QStringLiteral("clearPinsButton"));
    m_hint->setObjectName(QStringLiteral("compareHint"));
    m_hint->setWordWrap(true);
    auto *pin = new QPushButton(tr("Pin current (Ctrl+P)"), this);
    pin->setObjectName(QStringLiteral("pinButton"));
    connect(pin, &QPushButton::clicked, controller, &ScenarioController::pinCurrent);
    connect(m_rename, &QPushButton::clicked, this, &ComparePanel::rename);
    connect(m_remove, &QPushButton::clicked, this,
            [this] { m_controller->removePin(selectedPin()); });
    connect(m_clear, &QPushButton::clicked, this, [this] { m_controller->setPins({}); });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { pin, m_rename, m_remove, m_clear })
        buttons->addWidget(b);
    buttons->addStretch(1);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_rename->setEnabled(selectedPin() >= 0);
        m_remove->setEnabled(selectedPin() >= 0);
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this,
            [this](int column) {
                if (column > 0) {
                    m_table->selectColumn(column);
                    rename();
                }
            });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);

    showSnapshot(controller->snapshot());
    connect(controller, &ScenarioController::changed, this, &ComparePanel::showSnapshot);
}

int ComparePanel::selectedPin() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty() || ranges.front().leftColumn() < 1)
        return -1;
    const int pin = ranges.front().leftColumn() - 1;
    return pin < int(m_snapshot.pins.size()) ? pin : -1;
}

void ComparePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ComparePanel::showSnapshot(const Snapshot &snapshot)
{
    m_snapshot = snapshot;
    refresh();
}

void ComparePanel::refresh()
{
    if (!isVisible() || m_snapshot.revision == m_shown)
        return;
    m_shown = m_snapshot.revision;
    const std::vector<PinnedEstimate> &pins = m_snapshot.pins;
    std::vector<Compared> columns { { tr("Current"), &m_snapshot.estimate } };
    for (const PinnedEstimate &p : pins)
        columns.push_back({ p.name, &p.estimate });
    const int base = pins.empty() ? -1 : 1;
    const std::vector<QStringList> rows = Comparison::table(columns, base, m_snapshot.unit);

    const int selected = selectedPin();
    m_table->clear();
    m_table->setRowCount(int(rows.size()) - 1);
    m_table->setColumnCount(int(columns.size()));
    for (int c = 0; c < int(columns.size()); ++c) {
        auto *header = new QTableWidgetItem(rows.front()[c + 1]);
        if (c > 0)
            header->setIcon(pinIcon(pins[std::size_t(c - 1)].slot));
        m_table->setHorizontalHeaderItem(c, header);
    }
    for (int r = 1; r < int(rows.size()); ++r) {
        m_table->setVerticalHeaderItem(r - 1, new QTableWidgetItem(rows[std::size_t(r)][0]));
        for (int c = 0; c < int(columns.size()); ++c) {
            auto *item = new QTableWidgetItem(rows[std::size_t(r)][c + 1]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r - 1, c, item);
        }
    }
    if (selected >= 0 && selected < int(pins.size()))
        m_table->selectColumn(selected + 1);
    m_hint->setText(pins.empty()
                            ? tr("Pin the current configuration (Ctrl+P) to keep it beside the "
                                 "one you edit: up to %1 pins, drawn as thin lines in both charts.")
                                      .arg(kMaxPins)
                            : tr("Differences are to the first pin, %1.").arg(pins.front().name));
    m_rename->setEnabled(selectedPin() >= 0);
    m_remove->setEnabled(selectedPin() >= 0);
    m_clear->setEnabled(!pins.empty());
}

void ComparePanel::rename()
{
    const int pin = selectedPin();
    if (pin < 0)
        return;
    bool ok = false;
    const QString name
            = QInputDialog::getText(this, tr("Rename pin"), tr("Name:"), QLineEdit::Normal,
                                    m_snapshot.pins[std::size_t(pin)].name, &ok);
    if (ok)
        m_controller->renamePin(pin, name);
}

} // namespace ts::ui
