// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace ts::ui::language {

namespace {

Language g_current = Language::System;

// Owned here, installed in the application while the language needs them.
std::unique_ptr<QTranslator> &ours()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qts()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

} // namespace

Language effective(Language which)
{
    if (which != Language::System)
        return which;
    return QLocale::system().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

void apply(Language which)
{
    g_current = which;
    remove(ours());
    remove(qts());
    if (effective(which) == Language::English) {
        // English words, and English numbers whatever the system's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return;
    }
    const QLocale chinese(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    QLocale::setDefault(chinese);
    ours() = std::make_unique<QTranslator>();
    if (ours()->load(QStringLiteral(":/i18n/trainscope_zh_CN.qm")))
        QCoreApplication::installTranslator(ours().get());
    qts() = std::make_unique<QTranslator>();
    if (qts()->load(chinese, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qts().get());
}

Language current()
{
    return g_current;
}

QString key(Language which)
{
    switch (which) {
    case Language::English: return QStringLiteral("english");
    case Language::Chinese: return QStringLiteral("chinese");
    case Language::System: break;
    }
    return QStringLiteral("system");
}

Language fromKey(const QString &key)
{
    if (key == QLatin1String("english"))
        return Language::English;
    if (key == QLatin1String("chinese"))
        return Language::Chinese;
    return Language::System;
}

} // namespace ts::ui::language
