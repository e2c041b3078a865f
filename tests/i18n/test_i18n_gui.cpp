// The workbench in German: menus, the catalogue, Qt's own dialogs, unique accelerators, every tr() context
// found in the translation, and Edit ▸ Preferences… storing language and theme.
#include "dimension_explorer.h"
#include "example_profiles.h"
#include "gui_test_support.h"
#include "model_panel.h"
#include "models/activity_table_model.h"
#include "preferences_dialog.h"
#include "profile_document.h"
#include "example_profiles.h"
#include "report_content.h"
#include "report_export.h"
#include "sensitivity.h"
#include "report_formats.h"
#include "sensitivity_formats.h"
#include "theme.h"
#include "app_language.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <optional>

#include <mutex>

namespace splitbench::gui {
namespace {

using test::Workbench;

/// Installs `language` for one test and English again afterwards, so other tests see what they expect.
class LanguageScope {
public:
    explicit LanguageScope(const QString &language) { EXPECT_TRUE(installLanguage(language)); }
    ~LanguageScope() { installLanguage(QStringLiteral("en")); }
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;
};

/// Writes what it was asked to translate and translates nothing, so the real translators still answer.
class RecordingTranslator final : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (context && sourceText && *sourceText) {
            const std::lock_guard lock(m_mutex); // reports are laid out on worker threads too
            m_seen.insert({QString::fromUtf8(context), QString::fromUtf8(sourceText)});
        }
        return {};
    }
    [[nodiscard]] bool isEmpty() const override { return false; }
    [[nodiscard]] std::set<std::pair<QString, QString>> seen() const
    {
        const std::lock_guard lock(m_mutex);
        return m_seen;
    }

private:
    mutable std::mutex m_mutex;
    mutable std::set<std::pair<QString, QString>> m_seen;
};

/// (context, source) of every message in the German .ts file.
std::set<std::pair<QString, QString>> germanMessages()
{
    std::set<std::pair<QString, QString>> messages;
    QFile file(QStringLiteral(SPLITBENCH_SOURCE_DIR "/resources/translations/splitbench_de.ts"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("source"))
            messages.insert({context, xml.readElementText()});
    }
    return messages;
}

QStringList topMenuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

/// Problems with the accelerators of `menu` and its submenus: duplicates within one menu, or more than one
/// '&' in one entry.
QStringList acceleratorProblems(QMenu *menu)
{
    QStringList problems;
    QHash<QChar, QString> used;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        QString text = action->text();
        text.remove(QStringLiteral("&&"));
        const qsizetype at = text.indexOf(u'&');
        if (at >= 0 && text.indexOf(u'&', at + 1) >= 0)
            problems << QStringLiteral("%1: more than one accelerator").arg(action->text());
        if (at >= 0 && at + 1 < text.size()) {
            const QChar key = text.at(at + 1).toLower();
            if (used.contains(key))
                problems << QStringLiteral("%1 ▸ \"%2\" and \"%3\" share Alt+%4")
                                .arg(menu->title(), used.value(key), action->text(), key);
            used.insert(key, action->text());
        }
        if (action->menu())
            problems << acceleratorProblems(action->menu());
    }
    return problems;
}

QStringList acceleratorProblems(const MainWindow &window)
{
    QStringList problems;
    QHash<QChar, QString> used;
    for (QAction *top : window.menuBar()->actions()) {
        const QString text = top->text();
        const qsizetype at = text.indexOf(u'&');
        if (at >= 0 && at + 1 < text.size()) {
            const QChar key = text.at(at + 1).toLower();
            if (used.contains(key))
                problems << QStringLiteral("menu bar: \"%1\" and \"%2\" share Alt+%3").arg(used.value(key), text, key);
            used.insert(key, text);
        }
        if (top->menu())
            problems << acceleratorProblems(top->menu());
    }
    return problems;
}

TEST(UiLanguage, SystemChoiceFollowsTheSystemLanguage)
{
    EXPECT_TRUE(availableLanguages().contains(QStringLiteral("de")));
    EXPECT_EQ(availableLanguages().first(), QStringLiteral("en"));
    EXPECT_EQ(resolveLanguage(QStringLiteral("system"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("de"));
    EXPECT_EQ(resolveLanguage(QStringLiteral("system"), QLocale(QStringLiteral("de_AT"))), QStringLiteral("de"));
    EXPECT_EQ(resolveLanguage(QStringLiteral("system"), QLocale(QStringLiteral("fr_FR"))), QStringLiteral("en"));
    EXPECT_EQ(resolveLanguage(QStringLiteral("system"), QLocale::c()), QStringLiteral("en"));
    EXPECT_EQ(resolveLanguage(QStringLiteral("en"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
    EXPECT_EQ(resolveLanguage(QStringLiteral("de"), QLocale(QStringLiteral("en_US"))), QStringLiteral("de"));
    EXPECT_EQ(resolveLanguage(QStringLiteral("xx"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
    EXPECT_EQ(languageNativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    EXPECT_EQ(languageNativeName(QStringLiteral("en")), QStringLiteral("English"));
}

TEST(UiLanguage, GermanWorkbenchSpeaksGerman)
{
    const LanguageScope german(QStringLiteral("de"));
    EXPECT_EQ(installedLanguage(), QStringLiteral("de"));
    Workbench bench;
    EXPECT_EQ(topMenuTitles(*bench.window),
              (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                           QStringLiteral("&Hilfe")}));
    EXPECT_EQ(bench.action("actionSave")->text(), QStringLiteral("&Speichern"));
    EXPECT_EQ(bench.action("actionPreferences")->text(), QStringLiteral("&Einstellungen…"));
    EXPECT_EQ(bench.window->viewTabs()->tabText(MainWindow::OverviewTab), QStringLiteral("Übersicht"));
    // The catalogue's texts come from the German catalogue; the document is otherwise the same.
    EXPECT_EQ(bench.window->document()->catalogue().models[0].name, QStringLiteral("Vollständig verwaltet"));
    EXPECT_EQ(bench.window->document()->catalogue().dimensions[0].id,
              Catalogue::builtIn().dimensions[0].id);
    // Qt's own texts (standard buttons, context menus) come from qt6-translations-l10n.
    EXPECT_TRUE(qtTranslationInstalled());
    QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("Abbrechen"));
    EXPECT_EQ(QLocale().language(), QLocale::German) << "numbers follow the language when the system speaks another";
}

TEST(UiLanguage, BackToEnglish)
{
    {
        const LanguageScope german(QStringLiteral("de"));
    }
    EXPECT_EQ(installedLanguage(), QStringLiteral("en"));
    EXPECT_FALSE(qtTranslationInstalled());
    Workbench bench;
    EXPECT_EQ(topMenuTitles(*bench.window).first(), QStringLiteral("&File"));
    EXPECT_EQ(bench.window->document()->catalogue().models[0].name, QStringLiteral("Fully managed"));
}

TEST(UiLanguage, AcceleratorsAreUniqueInEveryMenu)
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        SCOPED_TRACE(language.toStdString());
        const LanguageScope scope(language);
        Workbench bench;
        const QStringList problems = acceleratorProblems(*bench.window);
        EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    }
}

TEST(UiLanguage, EveryTranslationLookupIsInTheTranslationFile)
{
    // A tr() whose run-time context differs from the one lupdate extracted stays English in German. Record
    // what the workbench, the report and the core ask for and check each (context, text) against the .ts.
    const LanguageScope german(QStringLiteral("de"));
    RecordingTranslator recorder;
    QCoreApplication::installTranslator(&recorder);
    {
        Workbench bench;
        bench.dialogs->textAnswers.push_back(QStringLiteral("Angebot"));
        bench.window->duplicateModel(0); // a custom model: its panel, the undo text, the status message
        for (int tab = 0; tab < bench.window->viewTabs()->count(); ++tab) {
            bench.window->viewTabs()->setCurrentIndex(tab);
            QApplication::processEvents();
        }
        bench.window->showPreferences();
        const Catalogue &catalogue = bench.window->document()->baseCatalogue();
        Profile profile = Profile::defaults(catalogue);
        profile.traits[0] = 90; // an uneven profile, so the texts about drivers and margins appear
        profile.importance[1] = 3;
        const report::ReportContent content = report::ReportContent::make(catalogue, profile);
        int pages = 0;
        EXPECT_FALSE(report::reportPdf(content, QPageSize(QPageSize::A4), &pages).isEmpty());
        for (const auto format : {report::ExportFormat::Markdown, report::ExportFormat::Html,
                                  report::ExportFormat::Csv}) {
            const QString path = bench.path(QStringLiteral("matrix.") + report::exportSuffix(format));
            EXPECT_EQ(report::exportMatrix(path, format, content), QString());
        }
        SensitivityOptions options;
        options.monteCarlo.samples = 200;
        const std::optional<SensitivityResult> sensitivity =
            SensitivityAnalysis(FitEngine(catalogue), profile).run(options);
        ASSERT_TRUE(sensitivity);
        EXPECT_FALSE(sensitivityToText(catalogue, profile, *sensitivity).isEmpty());
        EXPECT_FALSE(scoreToText(catalogue, profile, content.result).isEmpty());
        EXPECT_FALSE(catalogueToMarkdown(catalogue).isEmpty());
        // Error messages of the loaders.
        EXPECT_FALSE(Profile::parse("{\"version\": 1, \"traits\": 3}", QStringLiteral("x"), catalogue));
        EXPECT_FALSE(Catalogue::parse("{\"version\": 1, \"models\": []}", QStringLiteral("x")));
        EXPECT_FALSE(Catalogue::load(bench.path(QStringLiteral("missing.json"))));
    }
    QCoreApplication::removeTranslator(&recorder);

    const auto known = germanMessages();
    std::set<QString> knownTexts;
    for (const auto &[context, text] : known)
        knownTexts.insert(text);
    QStringList wrongContext;
    int ours = 0;
    for (const auto &[context, text] : recorder.seen()) {
        if (!context.startsWith(QLatin1String("splitbench")))
            continue; // Qt's own contexts, translated by qtbase_de
        ++ours;
        if (!known.count({context, text}))
            wrongContext << QStringLiteral("%1: \"%2\"%3")
                                .arg(context, text,
                                     knownTexts.count(text) ? QStringLiteral(" (in the .ts under another context)")
                                                            : QStringLiteral(" (not in the .ts)"));
    }
    EXPECT_GT(ours, 300) << "the scenario should reach most of the program's texts";
    EXPECT_TRUE(wrongContext.isEmpty()) << wrongContext.join(u'\n').toStdString();
}

TEST(UiLanguage, CountsAreSingularOrPluralInEnglishAndGerman)
{
    // "⚠ Nobody is Responsible for 1 activity(s) here" was English without plural forms.
    const std::pair<QString, QStringList> expected[] = {
        {QStringLiteral("en"), {QStringLiteral("for 1 activity here"), QStringLiteral("for 2 activities here")}},
        {QStringLiteral("de"), {QStringLiteral("1 Tätigkeit hier"), QStringLiteral("2 Tätigkeiten hier")}}};
    for (const auto &[language, texts] : expected) {
        SCOPED_TRACE(language.toStdString());
        const LanguageScope scope(language);
        Workbench bench;
        bench.dialogs->textAnswers.push_back(QStringLiteral("Acme"));
        bench.window->duplicateModel(0);
        const int copy = bench.window->document()->modelCount() - 1;
        bench.window->showDimension(0);
        ModelPanel *panel = nullptr;
        for (ModelPanel *candidate : bench.window->explorer()->panels())
            if (candidate->serviceModel() == copy)
                panel = candidate;
        ASSERT_NE(panel, nullptr);
        ActivityTableModel *activities = panel->activityModel();
        ASSERT_GE(activities->rowCount(), 2);
        auto *warning = panel->findChild<QLabel *>(QStringLiteral("panelWarning"));
        ASSERT_NE(warning, nullptr);
        for (int row = 0; row < 2; ++row) {
            // Nobody Responsible: take R from both parties, leaving A where it is.
            for (const int column : {ActivityTableModel::ProviderRaciColumn, ActivityTableModel::InternalRaciColumn}) {
                const QModelIndex cell = activities->index(row, column);
                ASSERT_TRUE(activities->setData(cell, cell.data(Qt::EditRole).toString().remove(u'R'), Qt::EditRole));
            }
            EXPECT_EQ(activities->nobodyResponsibleCount(), row + 1);
            EXPECT_TRUE(warning->text().contains(texts[row])) << warning->text().toStdString();
            EXPECT_FALSE(warning->text().contains(QLatin1String("(s)"))) << warning->text().toStdString();
        }
    }
}

TEST(UiLanguage, GermanReportIsGerman)
{
    const LanguageScope german(QStringLiteral("de"));
    const Catalogue &catalogue = Catalogue::builtIn(installedLanguage());
    const report::ReportContent content =
        report::ReportContent::make(catalogue, Profile::defaults(catalogue), QDate(2026, 11, 28));
    EXPECT_EQ(content.dateText(), QStringLiteral("28. November 2026"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("bericht.pdf"));
    ASSERT_EQ(report::exportPdf(pdf, content), QString());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("Welches IT-Servicemodell passt?"))) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Vollständig verwaltet")));
    EXPECT_TRUE(text.contains(QStringLiteral("Seite 1 von")));
    EXPECT_FALSE(text.contains(QStringLiteral("Which IT service model fits?")));
    // Numbers as German writes them: a decimal comma.
    const double fit = content.result.overall[static_cast<size_t>(content.result.recommended)];
    EXPECT_TRUE(text.contains(QLocale(QLocale::German).toString(fit, 'f', 1))) << fit;
    EXPECT_FALSE(text.contains(QString::number(fit, 'f', 1))) << fit;
    if (const QString folder = qEnvironmentVariable("SPLITBENCH_SCREENSHOT_DIR"); !folder.isEmpty()) {
        EXPECT_TRUE(QFile::copy(pdf, QDir(folder).filePath(QStringLiteral("report-de.pdf")))); // for looking at
    }
}

TEST(UiLanguage, GermanHandoverPlanIsGerman)
{
    // The German manufacturer example has today's split: its report has the handover plan, in German, with the
    // German catalogue's checklist lines.
    const LanguageScope german(QStringLiteral("de"));
    const Catalogue &catalogue = Catalogue::builtIn(installedLanguage());
    std::optional<Profile> manufacturer;
    for (const ExampleProfile &example : builtInExamples(catalogue, installedLanguage()))
        if (example.resourcePath.contains(QLatin1String("2-manufacturer-with-cio")))
            manufacturer = example.profile;
    ASSERT_TRUE(manufacturer && manufacturer->asIs);
    const report::ReportContent content = report::ReportContent::make(catalogue, *manufacturer, QDate(2026, 11, 28));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("uebergabeplan.pdf"));
    ASSERT_EQ(report::exportPdf(pdf, content), QString());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Übergabeplan")));
    EXPECT_TRUE(text.contains(QStringLiteral("Der Wechsel von der heutigen Aufteilung zu"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Heute")));
    EXPECT_TRUE(text.contains(QStringLiteral("Den Eskalationsweg für Vorfälle der Priorität 1")));
    EXPECT_FALSE(text.contains(QStringLiteral("Handover plan")));
    EXPECT_FALSE(text.contains(QStringLiteral("Agree the escalation path")));
    if (const QString folder = qEnvironmentVariable("SPLITBENCH_SCREENSHOT_DIR"); !folder.isEmpty()) {
        QFile::remove(QDir(folder).filePath(QStringLiteral("handover-de.pdf")));
        EXPECT_TRUE(QFile::copy(pdf, QDir(folder).filePath(QStringLiteral("handover-de.pdf")))); // for looking at
    }
}

TEST(UiLanguage, GermanManufacturerReportComparesItsScenariosInGerman)
{
    const LanguageScope german(QStringLiteral("de"));
    const Catalogue &catalogue = Catalogue::builtIn(installedLanguage());
    const std::vector<ExampleProfile> examples = builtInExamples(catalogue, QStringLiteral("de"));
    ASSERT_GE(examples.size(), 2u);
    const Profile &manufacturer = examples[1].profile; // the manufacturer with a CIO
    ASSERT_EQ(manufacturer.scenarios.size(), 2u);
    const report::ReportContent content = report::ReportContent::make(catalogue, manufacturer, QDate(2026, 11, 28));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("szenarien.pdf"));
    ASSERT_EQ(report::exportPdf(pdf, content), QString());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Szenarien")));
    EXPECT_TRUE(text.contains(QStringLiteral("Wie im Profil")));
    EXPECT_TRUE(text.contains(QStringLiteral("Nach der Übernahme")));
    EXPECT_TRUE(text.contains(QStringLiteral("zugunsten von"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("As profiled")));
    EXPECT_FALSE(text.contains(QStringLiteral("would flip it")));
    if (const QString folder = qEnvironmentVariable("SPLITBENCH_SCREENSHOT_DIR"); !folder.isEmpty()) {
        QFile::remove(QDir(folder).filePath(QStringLiteral("report-scenarios-de.pdf")));
        EXPECT_TRUE(QFile::copy(pdf, QDir(folder).filePath(QStringLiteral("report-scenarios-de.pdf"))));
    }
}

TEST(Preferences, StoresLanguageAndThemeAndAppliesTheTheme)
{
    Workbench bench;
    QAction *preferences = bench.action("actionPreferences");
    ASSERT_NE(preferences, nullptr);
    EXPECT_FALSE(preferences->shortcut().isEmpty());
    EXPECT_EQ(preferences->menuRole(), QAction::PreferencesRole);
    preferences->trigger();
    PreferencesDialog *dialog = bench.window->preferencesDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());

    // Language: stored at once; the note says when it applies, and goes when the choice is the one on screen.
    QComboBox *language = dialog->languageCombo();
    EXPECT_EQ(language->currentData().toString(), QStringLiteral("system"));
    EXPECT_FALSE(dialog->restartNote()->isVisibleTo(dialog));
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    EXPECT_EQ(bench.settings->language(), QStringLiteral("de"));
    EXPECT_TRUE(dialog->restartNote()->isVisibleTo(dialog));
    EXPECT_TRUE(dialog->restartNote()->text().contains(QStringLiteral("Deutsch")));
    // …in the language on screen and in the chosen one.
    EXPECT_TRUE(dialog->restartNote()->text().contains(QStringLiteral("ab dem nächsten Start")))
        << dialog->restartNote()->text().toStdString();
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    EXPECT_EQ(bench.settings->language(), QStringLiteral("en"));
    EXPECT_FALSE(dialog->restartNote()->isVisibleTo(dialog));

    // Theme: stored and applied at once, and the View menu agrees.
    QComboBox *theme = dialog->themeCombo();
    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    EXPECT_EQ(bench.settings->theme(), QStringLiteral("dark"));
    EXPECT_TRUE(isDark(QApplication::palette()));
    EXPECT_TRUE(bench.action("actionTheme_dark")->isChecked());
    // The View menu changes it back; the dialog follows.
    bench.action("actionTheme_light")->trigger();
    EXPECT_EQ(bench.settings->theme(), QStringLiteral("light"));
    EXPECT_FALSE(isDark(QApplication::palette()));
    EXPECT_EQ(theme->currentData().toString(), QStringLiteral("light"));

    // Both survive a restart: a fresh settings object on the same file reads them back.
    bench.settings->sync();
    const WorkbenchSettings reread(bench.path(QStringLiteral("settings.ini")));
    EXPECT_EQ(reread.language(), QStringLiteral("en"));
    EXPECT_EQ(reread.theme(), QStringLiteral("light"));

    theme->setCurrentIndex(theme->findData(QStringLiteral("system")));
    EXPECT_EQ(bench.settings->theme(), QStringLiteral("system"));
    EXPECT_TRUE(bench.action("actionTheme_system")->isChecked());
    dialog->close();
}

TEST(Preferences, ScreenshotOfTheGermanDialog)
{
    // For looking at (docs): SPLITBENCH_SCREENSHOT_DIR=folder writes the dialog as PNG. Always checks that the
    // German labels fit: the dialog is at least as wide as its layout asks.
    const LanguageScope german(QStringLiteral("de"));
    Workbench bench;
    bench.window->showPreferences();
    PreferencesDialog *dialog = bench.window->preferencesDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(QStringLiteral("en")));
    QApplication::processEvents();
    EXPECT_GE(dialog->width(), dialog->minimumSizeHint().width());
    EXPECT_GE(dialog->height(), dialog->minimumSizeHint().height());
    if (const QString folder = qEnvironmentVariable("SPLITBENCH_SCREENSHOT_DIR"); !folder.isEmpty()) {
        EXPECT_TRUE(dialog->grab().save(QDir(folder).filePath(QStringLiteral("preferences-de.png"))));
    }
}

} // namespace
} // namespace splitbench::gui
