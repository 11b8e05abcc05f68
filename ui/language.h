// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The window's language: the system's (zh_* gives Chinese, anything else English), or English or
// Simplified Chinese by choice. The translations are compiled into the program (:/i18n); Qt's own
// (the standard buttons of message boxes and file dialogs) come from Qt's translations folder.
namespace ts::ui::language {

enum class Language { System, English, Chinese };

// Installs the translators for `which` and sets the default QLocale to match, so that numbers
// follow the language too. Widgets built afterwards read the new texts; existing ones do not.
void apply(Language which);
// What was last applied (System until then).
[[nodiscard]] Language current();
// The language `which` stands for here: System resolved through QLocale::system().
[[nodiscard]] Language effective(Language which);

// The settings' names: "system", "english", "chinese".
[[nodiscard]] QString key(Language which);
[[nodiscard]] Language fromKey(const QString &key);

} // namespace ts::ui::language
