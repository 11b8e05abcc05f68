// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fractionslider.h"
#include "sliderspinbox.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

using ts::ui::FractionSlider;
using ts::ui::SliderSpinBox;

Q_DECLARE_METATYPE(SliderSpinBox::Scale)

class TestSliderSpinBox : public QObject
{
    Q_OBJECT
private slots:
    void sliderDrivesSpin_data();
    void sliderDrivesSpin();
    void typedValueMovesSlider_data();
    void typedValueMovesSlider();
    void pageKeys_data();
    void pageKeys();
    void setValueIsSilent();
    void fraction();
};

void TestSliderSpinBox::sliderDrivesSpin_data()
{
    QTest::addColumn<SliderSpinBox::Scale>("scale");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("expected");
    QTest::newRow("log2 2^0") << SliderSpinBox::Scale::Log2 << 0 << 1;
    QTest::newRow("log2 2^8") << SliderSpinBox::Scale::Log2 << 8 << 256;
    QTest::newRow("log2 2^16") << SliderSpinBox::Scale::Log2 << 16 << 65536;
    QTest::newRow("linear") << SliderSpinBox::Scale::Linear << 37 << 37;
}

void TestSliderSpinBox::sliderDrivesSpin()
{
    QFETCH(SliderSpinBox::Scale, scale);
    QFETCH(int, position);
    QFETCH(int, expected);
    SliderSpinBox w(QStringLiteral("x"), 1, 1 << 20, scale);
    w.setValue(100); // away from every row's position, so that setting it is a change
    QSignalSpy spy(&w, &SliderSpinBox::valueChanged);
    w.slider()->setValue(position);
    QCOMPARE(w.spinBox()->value(), expected);
    QCOMPARE(w.value(), expected);
    QCOMPARE(spy.count(), 1); // one signal, no slider <-> spin echo
    QCOMPARE(spy.at(0).at(0).toInt(), expected);
}

void TestSliderSpinBox::typedValueMovesSlider_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("position");
    // The slider goes to the nearest power of two; the spin box keeps what was typed.
    QTest::newRow("d = 1000") << "1000" << 1000 << 10; // log2(1000) = 9.97
    QTest::newRow("d = 1536") << "1536" << 1536 << 11; // log2(1536) = 10.58
    QTest::newRow("d = 1400") << "1400" << 1400 << 10; // log2(1400) = 10.45
    QTest::newRow("power of two") << "4096" << 4096 << 12;
}

void TestSliderSpinBox::typedValueMovesSlider()
{
    QFETCH(QString, typed);
    QFETCH(int, value);
    QFETCH(int, position);
    SliderSpinBox w(QStringLiteral("dModel"), 1, 1 << 16, SliderSpinBox::Scale::Log2);
    w.setValue(1024);
    QSignalSpy spy(&w, &SliderSpinBox::valueChanged);
    QLineEdit *edit = w.spinBox()->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, typed);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(w.value(), value);
    QCOMPARE(w.slider()->value(), position);
    QVERIFY(!spy.isEmpty());
    QCOMPARE(spy.last().at(0).toInt(), value);
    QCOMPARE(w.spinBox()->objectName(), QStringLiteral("dModelSpin"));
    QCOMPARE(w.slider()->objectName(), QStringLiteral("dModelSlider"));
}

void TestSliderSpinBox::pageKeys_data()
{
    QTest::addColumn<SliderSpinBox::Scale>("scale");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("start");
    QTest::newRow("log PageUp") << SliderSpinBox::Scale::Log2 << int(Qt::Key_PageUp) << 4;
    QTest::newRow("log PageDown") << SliderSpinBox::Scale::Log2 << int(Qt::Key_PageDown) << 64;
    QTest::newRow("log Up") << SliderSpinBox::Scale::Log2 << int(Qt::Key_Up) << 4;
    QTest::newRow("linear PageUp") << SliderSpinBox::Scale::Linear << int(Qt::Key_PageUp) << 12;
    QTest::newRow("linear Right") << SliderSpinBox::Scale::Linear << int(Qt::Key_Right) << 12;
}

void TestSliderSpinBox::pageKeys()
{
    QFETCH(SliderSpinBox::Scale, scale);
    QFETCH(int, key);
    QFETCH(int, start);
    SliderSpinBox w(QStringLiteral("x"), 1, 256, scale);
    w.setValue(start);
    const int before = w.slider()->value();
    const bool page = key == Qt::Key_PageUp || key == Qt::Key_PageDown;
    const int step = page ? w.slider()->pageStep() : w.slider()->singleStep();
    const int sign = (key == Qt::Key_PageDown) ? -1 : 1;
    QVERIFY(step >= 1);
    QTest::keyClick(w.slider(), Qt::Key(key));
    QCOMPARE(w.slider()->value(), before + sign * step);
    QCOMPARE(w.value(), SliderSpinBox::valueAt(before + sign * step, scale));
}

void TestSliderSpinBox::setValueIsSilent()
{
    SliderSpinBox w(QStringLiteral("x"), 1, 1 << 20, SliderSpinBox::Scale::Log2);
    QSignalSpy spy(&w, &SliderSpinBox::valueChanged);
    w.setValue(3000);
    QCOMPARE(w.value(), 3000);
    QCOMPARE(w.slider()->value(), 12); // log2(3000) = 11.55
    QCOMPARE(spy.count(), 0);
}

void TestSliderSpinBox::fraction()
{
    FractionSlider w(QStringLiteral("mfu"));
    QSignalSpy spy(&w, &FractionSlider::valueChanged);
    w.slider()->setValue(37);
    QCOMPARE(w.value(), 0.37);
    w.spinBox()->setValue(0.5);
    QCOMPARE(w.slider()->value(), 50);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(w.spinBox()->minimum(), 0.01);
    QCOMPARE(w.spinBox()->maximum(), 1.0);
}

QTEST_MAIN(TestSliderSpinBox)
#include "tst_sliderspinbox.moc"
