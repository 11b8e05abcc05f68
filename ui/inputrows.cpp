// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputrows.h"

#include "focusring.h"
#include "fractionslider.h"
#include "inputtext.h"
#include "scenariocontroller.h"
#include "sliderspinbox.h"
#include "spinboxes.h"
#include "warninglabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ts::ui {

namespace {

const char *const kRowHelp = "rowHelp"; // a combo's own help, before its current item's

// Rich text, so that Qt wraps long tooltips.
QString paragraphs(const QStringList &texts)
{
    QString html;
    for (const QString &t : texts) {
        if (!t.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(t.toHtmlEscaped());
    }
    return html;
}

// The row's help and what the current choice means.
void syncToolTip(QComboBox *combo)
{
    combo->setToolTip(paragraphs({ combo->property(kRowHelp).toString(),
                                   combo->currentData(Qt::ToolTipRole).toString() }));
}

// Two reals equal but for the last bits that value × scale / scale may change.
bool same(double a, double b)
{
    return a == b || std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
}

int toInt(std::int64_t n)
{
    return int(std::clamp<std::int64_t>(n, std::numeric_limits<int>::min(),
                                        std::numeric_limits<int>::max()));
}

std::int64_t whole(const InputValue &v)
{
    const std::int64_t *n = std::get_if<std::int64_t>(&v);
    return n ? *n : 0;
}

double real(const InputValue &v)
{
    const double *x = std::get_if<double>(&v);
    return x ? *x : 0;
}

// A combo of the input's named values: a Choice's options, or a small count's stages (ZeRO).
QComboBox *makeCombo(const InputSpec &spec, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    // As wide as the form gives it, not as its longest choice: the inputs column must leave a
    // projector's 1024 pixels room for the results (the open list shows every name whole).
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    const std::int64_t first = spec.kind == InputKind::Choice ? 0 : spec.minWhole;
    for (std::size_t i = 0; i < spec.choices.size(); ++i) {
        const std::int64_t value = first + std::int64_t(i);
        combo->addItem(InputText::name(spec.field, value), qlonglong(value));
        combo->setItemData(combo->count() - 1, InputText::choiceHelp(spec.field, value),
                           Qt::ToolTipRole);
    }
    combo->setProperty(kRowHelp, InputText::help(spec.field));
    QObject::connect(combo, &QComboBox::currentIndexChanged, combo,
                     [combo] { syncToolTip(combo); });
    syncToolTip(combo);
    return combo;
}

} // namespace

InputRows::InputRows(ScenarioController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{ }

std::vector<Field> InputRows::fields() const
{
    std::vector<Field> out;
    for (const Row &row : m_rows)
        out.push_back(row.field);
    return out;
}

QWidget *InputRows::add(QFormLayout *form, Field field, const QString &label,
                        const InputDisplay &display)
{
    QWidget *parent = form->parentWidget();
    Row row { field, new WarningLabel(field, parent), {} };
    QWidget *editor = makeEditor(field, label, display, parent, &row.sync);
    if (editor->toolTip().isEmpty())
        editor->setToolTip(paragraphs({ InputText::help(field) }));
    if (input(field).kind == InputKind::Switch) {
        form->addRow(QString(), editor);
    } else {
        auto *caption = new QLabel(label, parent);
        caption->setToolTip(paragraphs({ InputText::help(field) }));
        caption->setBuddy(editor->focusProxy() ? editor->focusProxy() : editor);
        m_captions.push_back(caption);
        form->addRow(caption, editor);
    }
    form->addRow(row.warning);
    m_rows.push_back(std::move(row));
    return editor;
}

QWidget *InputRows::makeEditor(Field field, const QString &label, const InputDisplay &display,
                               QWidget *parent, std::function<void(const Snapshot &)> *sync)
{
    const InputSpec &spec = input(field);
    const QString stem = WarningLabel::stem(field);
    ScenarioController *controller = m_controller;
    const auto send = [controller, field](const InputValue &v) { controller->set(field, v); };

    if (!spec.choices.empty()) {
        QComboBox *combo = makeCombo(spec, parent);
        combo->setObjectName(stem + QStringLiteral("Combo"));
        connect(combo, &QComboBox::currentIndexChanged, controller, [combo, send] {
            send(InputValue(std::int64_t(combo->currentData().toLongLong())));
        });
        *sync = [combo, field](const Snapshot &s) {
            const int index = combo->findData(qlonglong(whole(input(field).get(s.scenario))));
            if (index == combo->currentIndex())
                return;
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(index);
            syncToolTip(combo);
        };
        return combo;
    }

    switch (spec.kind) {
    case InputKind::Count: {
        if (spec.sliderMax > 0) {
            auto *w = new SliderSpinBox(
                    stem, toInt(spec.minWhole), toInt(spec.maxWhole), toInt(spec.sliderMax),
                    spec.log2Slider ? SliderSpinBox::Scale::Log2 : SliderSpinBox::Scale::Linear,
                    parent);
            connect(w, &SliderSpinBox::valueChanged, controller,
                    [send](int n) { send(InputValue(std::int64_t(n))); });
            *sync = [w, field](const Snapshot &s) {
                const std::int64_t n = whole(input(field).get(s.scenario));
                if (w->value() != n)
                    w->setValue(toInt(n));
            };
            return w;
        }
        auto *spin = new CountSpinBox(parent);
        spin->setObjectName(stem + QStringLiteral("Spin"));
        spin->setRange(toInt(spec.minWhole), toInt(spec.maxWhole));
        if (display.step > 0)
            spin->setSingleStep(int(display.step));
        connect(spin, &QSpinBox::valueChanged, controller,
                [send](int n) { send(InputValue(std::int64_t(n))); });
        *sync = [spin, field](const Snapshot &s) {
            const InputSpec &spec = input(field);
            if (spec.zeroMeans && spec.resolved) {
                //: what 0 stands for in a spin box, and its value now: "auto: 4·d = 4,096"
                const QString text
                        = tr("auto: %1 = %2")
                                  .arg(QCoreApplication::translate("ts::Inputs", spec.zeroMeans),
                                       QLocale().toString(
                                               qlonglong(whole(spec.resolved(s.scenario)))));
                if (spin->specialValueText() != text)
                    spin->setSpecialValueText(text);
            }
            const std::int64_t n = whole(spec.get(s.scenario));
            if (spin->value() == n)
                return;
            const QSignalBlocker block(spin);
            spin->setValue(toInt(n));
        };
        return spin;
    }
    case InputKind::Bytes: {
        auto *box = new QWidget(parent);
        box->setObjectName(stem);
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *amount = new NumberSpinBox(box);
        amount->setObjectName(stem + QStringLiteral("Spin"));
        auto *unit = new QComboBox(box);
        unit->setObjectName(stem + QStringLiteral("UnitCombo"));
        unit->addItem(tr("GiB (2³⁰ B)"), int(MemoryUnit::GiB));
        unit->addItem(tr("GB (10⁹ B)"), int(MemoryUnit::GB));
        unit->setToolTip(tr("Unit of the GPU memory; every memory figure uses it too"));
        layout->addWidget(amount, 1);
        layout->addWidget(unit);
        box->setFocusProxy(amount);
        const auto unitOf = [unit] { return MemoryUnit(unit->currentData().toInt()); };
        const auto setRange = [amount, &spec](MemoryUnit u) {
            const double per = double(bytesPerUnit(u));
            amount->setRange(double(spec.minWhole) / per, double(spec.maxWhole) / per);
        };
        setRange(MemoryUnit::GiB);
        const auto edited = [controller, amount, unitOf] {
            controller->setGpuMemory(amount->value(), unitOf());
        };
        connect(amount, &QDoubleSpinBox::valueChanged, controller, edited);
        connect(unit, &QComboBox::currentIndexChanged, controller, [setRange, unitOf, edited] {
            setRange(unitOf());
            edited();
        });
        *sync = [amount, unit, unitOf, setRange, field](const Snapshot &s) {
            const double shown
                    = double(whole(input(field).get(s.scenario))) / double(bytesPerUnit(s.unit));
            if (unitOf() == s.unit && same(amount->value(), shown))
                return;
            const QSignalBlocker blockAmount(amount), blockUnit(unit);
            unit->setCurrentIndex(unit->findData(int(s.unit)));
            setRange(s.unit);
            amount->setValue(shown);
        };
        return box;
    }
    case InputKind::Number: {
        if (spec.maxReal <= 1) { // a fraction, such as the MFU
            auto *w = new FractionSlider(stem, parent);
            w->setRange(spec.minReal, spec.maxReal);
            connect(w, &FractionSlider::valueChanged, controller,
                    [send](double x) { send(InputValue(x)); });
            *sync = [w, field](const Snapshot &s) {
                const double x = real(input(field).get(s.scenario));
                if (!same(w->value(), x))
                    w->setValue(x);
            };
            return w;
        }
        auto *spin = new NumberSpinBox(parent);
        spin->setObjectName(stem + QStringLiteral("Spin"));
        const double scale = display.scale;
        spin->setRange(spec.minReal / scale, spec.maxReal / scale);
        spin->setSuffix(display.suffix);
        if (display.step > 0)
            spin->setSingleStep(display.step);
        connect(spin, &QDoubleSpinBox::valueChanged, controller,
                [send, scale](double x) { send(InputValue(x * scale)); });
        *sync = [spin, scale, field](const Snapshot &s) {
            const double x = real(input(field).get(s.scenario));
            if (same(spin->value() * scale, x))
                return;
            const QSignalBlocker block(spin);
            spin->setValue(x / scale);
        };
        return spin;
    }
    case InputKind::Switch: {
        auto *check = new QCheckBox(label, parent);
        check->setObjectName(stem + QStringLiteral("Check"));
        giveFocusRing(check);
        connect(check, &QCheckBox::toggled, controller, [send](bool on) { send(InputValue(on)); });
        *sync = [check, field](const Snapshot &s) {
            const InputValue value = input(field).get(s.scenario);
            const bool *on = std::get_if<bool>(&value);
            if (!on || check->isChecked() == *on)
                return;
            const QSignalBlocker block(check);
            check->setChecked(*on);
        };
        return check;
    }
    case InputKind::Choice: break; // has choices: above
    }
    return new QWidget(parent);
}

std::vector<Problem> InputRows::show(const Snapshot &snapshot)
{
    for (const Row &row : m_rows)
        row.sync(snapshot);
    std::vector<Problem> elsewhere;
    std::vector<QStringList> texts(m_rows.size());
    for (const Problem &p : snapshot.problems) {
        const Field at = m_place ? m_place(p) : p.field;
        const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                     [at](const Row &r) { return r.field == at; });
        if (it == m_rows.end())
            elsewhere.push_back(p);
        else
            texts[std::size_t(it - m_rows.begin())]
                    << WarningLabel::message(p, snapshot.scenario, snapshot.presets);
    }
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_rows[i].warning->showMessages(texts[i]);
    return elsewhere;
}

} // namespace ts::ui
