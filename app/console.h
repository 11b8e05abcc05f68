// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ts::cli {

// What the process says on stderr: one line per message, always, whatever a flag's value or a
// file's name holds, and never a line of Qt's own.

// The text with control characters escaped ("\n", "\t", "\x1b"), so that it stays one line.
[[nodiscard]] QString oneLine(const QString &text);
// "trainscope: <message>" and "trainscope: warning: <message>", each one line on stderr.
void printError(const QString &message);
void printWarning(const QString &message);

// Qt's own messages (a missing XDG_RUNTIME_DIR, a platform plugin's notes) stay off stderr
// unless TRAINSCOPE_QT_MESSAGES=1. A fatal one, such as no display for the window, becomes
// one line, "trainscope: cannot open the window: …", and exit code 1 instead of an abort.
void installMessageHandler();

// The arguments without the options Qt's GUI classes take for themselves (-platform NAME,
// -style NAME, -reverse, …), so that the command line can be checked before any of them exists.
[[nodiscard]] QStringList argumentsWithoutQtOptions(int argc, char **argv);

} // namespace ts::cli
