// The workbench's language: which translations exist, what a settings choice means, installing the translators.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace splitbench::gui {

/// The settings value that follows the system's language.
inline constexpr QLatin1StringView kSystemLanguage{"system"};

/// "en" plus every language with a compiled-in translation (":/i18n/splitbench_<code>.qm"), e.g. {"en", "de"}.
QStringList availableLanguages();

/// The language a settings choice ("system", "en", "de") stands for. "system" takes the first of the system's
/// UI languages that Splitbench speaks, else English; an unknown code means English too.
QString resolveLanguage(const QString &choice, const QLocale &system = QLocale::system());

/// The language's name in that language ("English", "Deutsch"): people look for their own language's name.
QString languageNativeName(const QString &language);

/**
 * Installs Splitbench's translation and Qt's own (standard dialogs, context menus) for `language`,
 * replacing earlier ones; English needs none. Numbers and dates follow the language when the system
 * locale speaks another one. Returns false, and leaves the program in English, if Splitbench's translation
 * cannot be loaded. Qt's translation is optional (the qt6-translations-l10n package).
 */
bool installLanguage(const QString &language);

/// The language installed last ("en" until installLanguage() succeeds with another).
QString installedLanguage();

/// True when Qt's own translation for the installed language was found.
bool qtTranslationInstalled();

} // namespace splitbench::gui
