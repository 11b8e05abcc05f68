// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace ts::cli {

namespace {

void writeLine(const QString &text)
{
    const QByteArray bytes = oneLine(text).toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

// The first thing Qt's platform code said, the reason a fatal "no platform" message leaves out
// ("could not connect to display :99").
QString &firstPlatformNote()
{
    static QString note;
    return note;
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool verbose
            = qEnvironmentVariable("TRAINSCOPE_QT_MESSAGES") == QLatin1String("1");
    if (type == QtFatalMsg) {
        const QString &note = firstPlatformNote();
        printError(QStringLiteral("cannot open the window: %1; --json and --export-png work "
                                  "without a display")
                           .arg(note.isEmpty() ? message.section(QLatin1Char('\n'), 0, 0) : note));
        std::_Exit(1);
    }
    if (context.category && std::strncmp(context.category, "qt.qpa", 6) == 0
        && firstPlatformNote().isEmpty()) {
        firstPlatformNote() = message.section(QLatin1Char('\n'), 0, 0).trimmed();
        while (firstPlatformNote().endsWith(QLatin1Char('.')))
            firstPlatformNote().chop(1);
    }
    if (verbose)
        writeLine(message);
}

// Qt's GUI options and whether each takes a value (QGuiApplication, QApplication, xcb).
struct QtOption
{
    const char *name;
    bool value;
};

// clang-format off
constexpr QtOption kQtOptions[] = {
    { "platform", true }, { "platformpluginpath", true }, { "platformtheme", true },
    { "plugin", true }, { "qwindowgeometry", true }, { "geometry", true },
    { "qwindowtitle", true }, { "title", true }, { "qwindowicon", true }, { "icon", true },
    { "display", true }, { "name", true }, { "session", true }, { "style", true },
    { "stylesheet", true }, { "reverse", false }, { "widgetcount", false }, { "nograb", false },
    { "dograb", false }, { "sync", false },
};
// clang-format on

} // namespace

QString oneLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format
                 || c.category() == QChar::Separator_Line
                 || c.category() == QChar::Separator_Paragraph)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void printError(const QString &message)
{
    writeLine(QStringLiteral("trainscope: ") + message);
}

void printWarning(const QString &message)
{
    writeLine(QStringLiteral("trainscope: warning: ") + message);
}

void installMessageHandler()
{
    qInstallMessageHandler(handleMessage);
}

QStringList argumentsWithoutQtOptions(int argc, char **argv)
{
    QStringList out;
    for (int i = 0; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const QtOption *qt = nullptr;
        if (i > 0 && arg.startsWith(QLatin1Char('-')) && !arg.startsWith(QLatin1String("--"))) {
            for (const QtOption &o : kQtOptions) {
                if (arg.mid(1) == QLatin1String(o.name))
                    qt = &o;
            }
        }
        if (!qt) {
            out << arg;
            continue;
        }
        if (qt->value)
            ++i; // and its value
    }
    return out;
}

} // namespace ts::cli
