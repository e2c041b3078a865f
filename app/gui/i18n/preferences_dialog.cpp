#include "preferences_dialog.h"

#include "theme.h"
#include "app_language.h"
#include "workbench_settings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QTranslator>
#include <QVBoxLayout>

namespace splitbench::gui {

namespace {
const char *const kContext = "splitbench::gui::PreferencesDialog";
const char *const kRestartNote =
    QT_TRANSLATE_NOOP("splitbench::gui::PreferencesDialog", "Splitbench will use %1 from the next time it starts.");

/// `text` in `language`, read from that language's translation without installing it.
QString textIn(const QString &language, const char *text)
{
    QTranslator translator;
    if (language != QLatin1String("en") &&
        translator.load(QStringLiteral(":/i18n/splitbench_%1.qm").arg(language))) {
        if (const QString translated = translator.translate(kContext, text); !translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(text);
}
} // namespace

PreferencesDialog::PreferencesDialog(WorkbenchSettings *settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Same as the system (%1)")
                            .arg(languageNativeName(resolveLanguage(QString(kSystemLanguage)))),
                        QString(kSystemLanguage));
    for (const QString &code : availableLanguages())
        m_language->addItem(languageNativeName(code), code);
    m_language->setToolTip(tr("The language of menus, messages, the catalogue texts and the reports"));

    m_restartNote = new QLabel(this);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Same as the system"), themeChoiceId(ThemeChoice::System));
    m_theme->addItem(tr("Light"), themeChoiceId(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), themeChoiceId(ThemeChoice::Dark));
    m_theme->setToolTip(tr("Colours of the workbench; reports are always printed on white"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Theme:"), m_theme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    syncFromSettings();
    // Stored at once; MainWindow applies the theme when the settings say it changed.
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_settings->setLanguage(m_language->currentData().toString());
        updateRestartNote();
    });
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { m_settings->setTheme(m_theme->currentData().toString()); });
    // The View menu changes the theme too; keep the dialog showing what is in force.
    connect(m_settings, &WorkbenchSettings::themeChanged, this, &PreferencesDialog::syncFromSettings);

    setMinimumWidth(qMax(420, sizeHint().width()));
}

void PreferencesDialog::syncFromSettings()
{
    const QSignalBlocker languageBlocker(m_language);
    const QSignalBlocker themeBlocker(m_theme);
    const int language = m_language->findData(m_settings->language());
    m_language->setCurrentIndex(language >= 0 ? language : 0);
    const int theme = m_theme->findData(themeChoiceId(themeChoiceFromId(m_settings->theme())));
    m_theme->setCurrentIndex(theme >= 0 ? theme : 0);
    updateRestartNote();
}

QString PreferencesDialog::languageName(const QString &language)
{
    if (language == QLatin1String("en"))
        return tr("English");
    if (language == QLatin1String("de"))
        return tr("German");
    return languageNativeName(language);
}

void PreferencesDialog::updateRestartNote()
{
    const QString chosen = resolveLanguage(m_language->currentData().toString());
    const bool pending = chosen != installedLanguage();
    // Said in the language on screen and in the chosen one, so whoever chose it can read it.
    QString note = QCoreApplication::translate(kContext, kRestartNote).arg(languageName(chosen));
    if (const QString inChosen = textIn(chosen, kRestartNote).arg(languageNativeName(chosen)); inChosen != note)
        note += u'\n' + inChosen;
    m_restartNote->setText(note);
    m_restartNote->setVisible(pending);
}

} // namespace splitbench::gui
