// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingpanel.h"

#include "palette.h"
#include "scenariocontroller.h"
#include "theme.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ts::ui {

namespace {

QColor bandColour(WorkingBand band)
{
    switch (band) {
    case WorkingBand::Weights: return palette::parameters();
    case WorkingBand::Gradients: return palette::gradients();
    case WorkingBand::Optimizer: return palette::optimizerStates();
    case WorkingBand::Attention: return palette::attentionScores();
    case WorkingBand::BlockOther: return palette::blockOther();
    case WorkingBand::Head: return palette::head();
    case WorkingBand::None: break;
    }
    return {};
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString esc(const std::string &s)
{
    return esc(QString::fromStdString(s));
}

// Core's words for the working (marked in core/working.cpp, context "ts::Working").
QString translated(const std::string &text)
{
    return QCoreApplication::translate("ts::Working", text.c_str());
}

// A note, or "Beyond the slide: " and its parts, each translated with its one number refilled.
QString translatedNote(const std::string &note)
{
    const std::string prefix = "Beyond the slide: ";
    if (note.rfind(prefix, 0) != 0 || note.back() != '.')
        return translated(note);
    const QString body
            = QString::fromStdString(note.substr(prefix.size(), note.size() - prefix.size() - 1));
    static const QRegularExpression number(QStringLiteral("= (\\d+) "));
    QStringList parts;
    for (const QString &part : body.split(QStringLiteral("; "))) {
        const QRegularExpressionMatch match = number.match(part);
        if (!match.hasMatch()) {
            parts << translated(part.toStdString());
            continue;
        }
        QString pattern = part;
        pattern.replace(match.capturedStart(1), match.capturedLength(1), QStringLiteral("%1"));
        parts << translated(pattern.toStdString()).arg(match.captured(1));
    }
    return translated(prefix) + parts.join(WorkingPanel::tr("; ")) + WorkingPanel::tr(".");
}

// Each step as three lines, as `trainscope --explain` prints them, under its title; memory terms
// with a square in their band's colour.
QString html(const std::vector<WorkingStep> &steps)
{
    QString out;
    std::string section;
    for (const WorkingStep &s : steps) {
        if (s.section != section) {
            section = s.section;
            out += QStringLiteral("<h3>%1</h3>").arg(esc(translated(section)));
        }
        const QColor colour = bandColour(s.band);
        const QString swatch = colour.isValid()
                ? QStringLiteral("<span style=\"color:%1\">&#9632;</span> ").arg(colour.name())
                : QString();
        out += QStringLiteral("<p>%1<i>%2</i><br><b>%3</b> = %4<br>&nbsp;&nbsp;&nbsp;= %5"
                              "<br>&nbsp;&nbsp;&nbsp;= <b>%6</b> %7")
                       .arg(swatch, esc(translated(s.title)), esc(s.name),
                            esc(s.formula.text(false)), esc(s.formula.text(true)),
                            esc(workingResult(s)), esc(translated(s.unit)));
        if (!s.note.empty())
            out += QStringLiteral("<br>&#8627; %1")
                           .arg(esc(translatedNote(s.note))); // as large as the rest
        out += QStringLiteral("</p>");
    }
    return out;
}

} // namespace

WorkingPanel::WorkingPanel(ScenarioController *controller, QWidget *parent)
    : QWidget(parent)
    , m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("workingPanel"));
    m_view->setObjectName(QStringLiteral("workingView"));
    m_view->setOpenLinks(false);
    auto *buttons = new QHBoxLayout;
    const std::pair<WorkingFormat, QString> formats[] = {
        { WorkingFormat::Text, tr("Copy as text") },
        { WorkingFormat::Markdown, tr("Copy as Markdown") },
        { WorkingFormat::Latex, tr("Copy as LaTeX") },
    };
    for (const auto &[format, text] : formats) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("copyWorking%1Button").arg(int(format)));
        connect(button, &QPushButton::clicked, this, [this, f = format] { copy(f); });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    m_stale = new QLabel(tr("\u26a0 Some inputs are invalid: this is the working of the last valid "
                            "configuration."),
                         this);
    m_stale->setObjectName(QStringLiteral("workingStaleLabel"));
    m_stale->setWordWrap(true);
    theme::setInk(m_stale, theme::Ink::Warning, true);
    m_stale->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_stale);
    layout->addWidget(m_view, 1);

    showSnapshot(controller->snapshot());
    connect(controller, &ScenarioController::changed, this, &WorkingPanel::showSnapshot);
}

QString WorkingPanel::rendered(WorkingFormat format) const
{
    // In the window's language, as on screen; untranslated, exactly what --explain prints.
    std::vector<WorkingStep> steps = m_steps;
    for (WorkingStep &s : steps) {
        s.section = translated(s.section).toStdString();
        s.title = translated(s.title).toStdString();
        s.unit = translated(s.unit).toStdString();
        if (!s.note.empty())
            s.note = translatedNote(s.note).toStdString();
    }
    return QString::fromStdString(renderWorking(steps, format));
}

void WorkingPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void WorkingPanel::showSnapshot(const Snapshot &snapshot)
{
    m_snapshot = snapshot;
    // Invalid inputs keep the last valid working, greyed under a warning, as the charts do.
    m_stale->setVisible(!snapshot.valid());
    if (snapshot.valid()) {
        m_view->setPalette(QPalette()); // the window's again
    } else {
        QPalette grey = m_view->palette();
        grey.setColor(QPalette::Text, grey.color(QPalette::Disabled, QPalette::Text));
        m_view->setPalette(grey);
    }
    refresh();
}

void WorkingPanel::refresh()
{
    // Only while shown, and once per valid estimate: a slider's drag brings many snapshots.
    if (!isVisible() || m_snapshot.revision == m_shown)
        return;
    m_shown = m_snapshot.revision;
    m_steps = working(m_snapshot.validScenario, m_snapshot.estimate);
    const int scroll = m_view->verticalScrollBar() ? m_view->verticalScrollBar()->value() : 0;
    m_view->setHtml(html(m_steps));
    m_view->verticalScrollBar()->setValue(scroll);
}

void WorkingPanel::copy(WorkingFormat format)
{
    if (m_steps.empty())
        m_steps = working(m_snapshot.validScenario, m_snapshot.estimate);
    QGuiApplication::clipboard()->setText(rendered(format));
}

} // namespace ts::ui
