// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountingview.h"
#include "format.h"
#include "mainwindow.h"
#include "scenariocontroller.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTest>

using namespace ts;
using ts::ui::AccountingView;
using ts::ui::Format;
using ts::ui::ScenarioController;

namespace {

// The row whose first cell starts with name, or -1.
int rowOf(const QTableWidget *t, const QString &name)
{
    for (int r = 0; r < t->rowCount(); ++r) {
        if (t->item(r, 0)->text().startsWith(name))
            return r;
    }
    return -1;
}

QString bytes(qint64 n)
{
    return Format::count(std::int64_t(n)) + QStringLiteral(" B");
}

} // namespace

class TestAccountingView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void workedExampleSideBySide();
    void followsTheController();
    void beyondTheLecture();
    void openedFromTheViewMenu();
};

void TestAccountingView::workedExampleSideBySide()
{
    ScenarioController c { Scenario {} };
    AccountingView view(&c);
    view.show();
    QTableWidget *t = view.table();
    // 5 totals, forward and backward FLOPs, 25 terms.
    QCOMPARE(t->rowCount(), 32);
    const int peak = rowOf(t, QStringLiteral("peak"));
    QVERIFY(peak >= 0);
    QCOMPARE(t->item(peak, 1)->text(), bytes(5617631232));
    QCOMPARE(t->item(peak, 2)->text(), bytes(6422794788));
    QCOMPARE(t->item(peak, 3)->text(), QStringLiteral("+") + bytes(805163556));
    const int silu = rowOf(t, QStringLiteral("SiLU(G)"));
    QVERIFY(silu >= 0);
    QCOMPARE(t->item(silu, 1)->text(), QStringLiteral("—"));
    QVERIFY(!t->item(silu, 4)->text().isEmpty());
    const int logits = rowOf(t, QStringLiteral("log p"));
    QVERIFY(t->item(logits, 0)->text().contains(QStringLiteral("lecture: Logits")));
    QCOMPARE(t->item(logits, 3)->text(), QStringLiteral("same"));
    QVERIFY(view.summary()->text().contains(QStringLiteral("nll_loss")));
    QVERIFY(view.summary()->text().contains(QStringLiteral("1.13.1")));
}

void TestAccountingView::followsTheController()
{
    ScenarioController c { Scenario {} };
    AccountingView view(&c);
    view.show();
    c.set(Field::Batch, 1);
    Scenario eager;
    eager.model.batch = 1;
    eager.options.accounting = Accounting::PytorchEager;
    const int peak = rowOf(view.table(), QStringLiteral("peak"));
    QCOMPARE(view.table()->item(peak, 2)->text(), bytes(estimate(eager).memory.peak));
}

void TestAccountingView::beyondTheLecture()
{
    Scenario s;
    s.options.precision = Precision::Bf16Mixed;
    ScenarioController c { s };
    AccountingView view(&c);
    view.show();
    QCOMPARE(view.table()->rowCount(), 0);
    QVERIFY(view.summary()->text().contains(QStringLiteral("only the lecture's configuration")));
}

void TestAccountingView::openedFromTheViewMenu()
{
    ts::ui::MainWindow w { Scenario {} };
    w.show();
    auto *action = w.findChild<QAction *>(QStringLiteral("accountingAction"));
    QVERIFY(action);
    action->trigger();
    auto *view = w.findChild<AccountingView *>();
    QVERIFY(view);
    QVERIFY(view->isVisible());
    action->trigger(); // reuses the open view
    QCOMPARE(w.findChildren<AccountingView *>().size(), 1);
}

QTEST_MAIN(TestAccountingView)
#include "tst_accountingview.moc"
