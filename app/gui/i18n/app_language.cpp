#include "app_language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace splitbench::gui {

namespace {
const QString kEnglish = QStringLiteral("en");

struct Installed {
    QString language = kEnglish;
    std::unique_ptr<QTranslator> splitbench;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

QString translationFile(const QString &language)
{
    return QStringLiteral(":/i18n/splitbench_%1.qm").arg(language);
}

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator)
        QCoreApplication::removeTranslator(translator.get());
    translator.reset();
}
} // namespace

QStringList availableLanguages()
{
    QStringList languages{kEnglish};
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("splitbench_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(11, file.size() - 11 - 3); // splitbench_<code>.qm
        if (!code.isEmpty() && !languages.contains(code))
            languages << code;
    }
    return languages;
}

QString resolveLanguage(const QString &choice, const QLocale &system)
{
    const QStringList available = availableLanguages();
    if (choice != kSystemLanguage)
        return available.contains(choice) ? choice : kEnglish;
    // uiLanguages() lists the user's preferences in order (LANGUAGE, LC_MESSAGES, LANG on Linux).
    for (const QString &name : system.uiLanguages()) {
        const QLocale locale(name);
        if (locale.language() == QLocale::C)
            continue;
        const QString code = QLocale::languageToCode(locale.language());
        if (available.contains(code))
            return code;
    }
    return kEnglish;
}

QString languageNativeName(const QString &language)
{
    const QLocale locale(QLocale::codeToLanguage(language));
    if (locale.language() == QLocale::English)
        return QStringLiteral("English"); // nativeLanguageName() says "American English"
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

bool installLanguage(const QString &language)
{
    Installed &state = installed();
    remove(state.splitbench);
    remove(state.qt);
    state.language = kEnglish;

    QString wanted = language;
    if (wanted != kEnglish) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(translationFile(wanted)))
            wanted = kEnglish;
        else {
            QCoreApplication::installTranslator(translator.get());
            state.splitbench = std::move(translator);
            auto qt = std::make_unique<QTranslator>();
            if (qt->load(QLocale(QLocale::codeToLanguage(wanted)), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                QCoreApplication::installTranslator(qt.get());
                state.qt = std::move(qt);
            }
        }
    }
    if (wanted == kEnglish) {
        // English is the sources' language, but its plurals come from a translation: "%n activity(s)" is
        // "1 activity" or "2 activities" only through the numerus forms of splitbench_en.ts.
        auto plurals = std::make_unique<QTranslator>();
        if (plurals->load(translationFile(kEnglish))) {
            QCoreApplication::installTranslator(plurals.get());
            state.splitbench = std::move(plurals);
        }
    }
    state.language = wanted;

    // A German workbench on an English system writes "0,5"; a Swiss German system keeps its own formats.
    const QLocale system = QLocale::system();
    const bool systemSpeaksIt = QLocale::languageToCode(system.language()) == wanted ||
                                (wanted == kEnglish && system.language() == QLocale::C);
    QLocale::setDefault(systemSpeaksIt ? system : QLocale(QLocale::codeToLanguage(wanted)));
    return wanted == language;
}

QString installedLanguage()
{
    return installed().language;
}

bool qtTranslationInstalled()
{
    return installed().qt != nullptr;
}

} // namespace splitbench::gui
