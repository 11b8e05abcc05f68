// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QFile>
#include <QStandardPaths>

#include <sys/stat.h>

namespace ts::ui {

namespace {

struct Spec
{
    const char *name;
    QVariant defaultValue;
    QStringList choices; // for strings: the allowed values, empty for any
    int min = 0;         // for ints
    int max = 0;
};

const Spec &specOf(Settings::Key key)
{
    static const Spec specs[] = {
        { "MainWindow/geometry", QByteArray(), {} },
        { "MainWindow/state", QByteArray(), {} },
        { "MainWindow/mainSplitter", QByteArray(), {} },
        { "MainWindow/chartSplitter", QByteArray(), {} },
        { "Charts/xAxis",
          QStringLiteral("batch"),
          { QStringLiteral("batch"), QStringLiteral("seq") } },
        { "MainWindow/inputTab", 0, {}, 0, 1 },
        { "Files/lastConfigDir", QString(), {} },
        { "Files/lastExportDir", QString(), {} },
        { "Export/chart",
          QStringLiteral("memory"),
          { QStringLiteral("memory"), QStringLiteral("time"), QStringLiteral("both"),
            QStringLiteral("map"), QStringLiteral("map-time") } },
        { "Export/width", 1920, {}, 64, 8000 },
        { "Export/height", 1080, {}, 64, 8000 },
        { "Export/double", false, {} },
        { "View/zoomPercent", 100, {}, 70, 300 },
        { "View/presentationZoomPercent", 140, {}, 70, 300 },
        { "View/theme",
          QStringLiteral("system"),
          { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark") } },
        { "View/tab",
          QStringLiteral("charts"),
          { QStringLiteral("charts"), QStringLiteral("working"), QStringLiteral("compare"),
            QStringLiteral("fitmap"), QStringLiteral("parallelism") } },
        { "View/language",
          QStringLiteral("system"),
          { QStringLiteral("system"), QStringLiteral("english"), QStringLiteral("chinese") } },
    };
    return specs[int(key)];
}

QString settingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
            + QStringLiteral("/trainscope.ini");
}

} // namespace

Settings::Settings()
{
    // QSettings would wait forever on a FIFO and read a device or a huge file whole: such a
    // file is left alone, and the window runs on the defaults without saving.
    const QString path = settingsPath();
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0
        && (!S_ISREG(st.st_mode) || st.st_size > kMaxBytes)) {
        m_unusablePath = path;
        return;
    }
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

Settings::~Settings() = default;

QString Settings::name(Key key)
{
    return QString::fromLatin1(specOf(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return specOf(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const Spec &spec = specOf(key);
    if (!m_settings)
        return spec.defaultValue;
    const QVariant stored = m_settings->value(QLatin1String(spec.name));
    const QMetaType type = spec.defaultValue.metaType();
    if (!stored.isValid() || !stored.canConvert(type))
        return spec.defaultValue;
    if (type.id() == QMetaType::Int) {
        bool ok = false;
        const int n = stored.toInt(&ok);
        return ok && n >= spec.min && n <= spec.max ? QVariant(n) : spec.defaultValue;
    }
    if (type.id() == QMetaType::QByteArray)
        return stored.toByteArray();
    if (type.id() == QMetaType::Bool) {
        const QString text = stored.toString();
        return text == QLatin1String("true")     ? QVariant(true)
                : text == QLatin1String("false") ? QVariant(false)
                                                 : spec.defaultValue;
    }
    const QString text = stored.toString();
    return spec.choices.isEmpty() || spec.choices.contains(text) ? QVariant(text)
                                                                 : spec.defaultValue;
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (m_settings)
        m_settings->setValue(QLatin1String(specOf(key).name), value);
}

} // namespace ts::ui
