#include "preferences_dialog.h"

#include "theme.h"
#include "app_language.h"
#include "dialog_provider.h"
#include "report_branding.h"
#include "workbench_settings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
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

/// The logo drawn into a pixmap of at most `box` (its aspect ratio kept), on white as on the report's cover.
QPixmap logoPixmap(const report::Logo &logo, const QSize &box, qreal devicePixelRatio)
{
    QSizeF size = logo.size.isEmpty() ? QSizeF(box) : logo.size.scaled(QSizeF(box), Qt::KeepAspectRatio);
    QPixmap pixmap((size * devicePixelRatio).toSize().expandedTo(QSize(1, 1)));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    report::paintLogo(painter, logo, QRectF(QPointF(0, 0), size));
    return pixmap;
}
} // namespace

PreferencesDialog::PreferencesDialog(WorkbenchSettings *settings, QWidget *parent,
                                     std::function<DialogProvider *()> dialogs)
    : QDialog(parent), m_settings(settings), m_dialogs(std::move(dialogs))
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

    // --- Reports: who prepared them (each report's cover, footer and PDF author). Prepared for is the profile's.
    const std::pair<PreparedByField, QString> fields[] = {
        {PreparedByField::Name, tr("Prepared &by:")},
        {PreparedByField::Company, tr("Co&mpany:")},
        {PreparedByField::Contact, tr("C&ontact:")},
    };
    const QString names[] = {QStringLiteral("preparedByNameEdit"), QStringLiteral("preparedByCompanyEdit"),
                             QStringLiteral("preparedByContactEdit")};
    const QString placeholders[] = {tr("e.g. Dana Reyes"), tr("e.g. Harbour IT Consulting"),
                                    tr("e-mail, phone or web address")};
    const QString accessible[] = {tr("Prepared by: name"), tr("Prepared by: company"), tr("Prepared by: contact")};
    auto *reports = new QGroupBox(tr("Reports"), this);
    reports->setObjectName(QStringLiteral("reportsGroup"));
    auto *reportForm = new QFormLayout(reports);
    reportForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &[field, label] : fields) {
        const int i = static_cast<int>(field);
        auto *edit = new QLineEdit(reports);
        edit->setObjectName(names[i]);
        edit->setMaxLength(report::PreparedBy::kMaxLength);
        edit->setPlaceholderText(placeholders[i]);
        edit->setAccessibleName(accessible[i]);
        edit->setClearButtonEnabled(true);
        m_preparedBy[i] = edit;
        reportForm->addRow(label, edit);
    }
    m_logoName = new QLabel(reports);
    m_logoName->setObjectName(QStringLiteral("logoName"));
    m_logoName->setTextFormat(Qt::PlainText);
    m_logoName->setWordWrap(true);
    m_logoPreview = new QLabel(reports);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setAccessibleName(tr("Logo preview"));
    m_logoPreview->setFixedHeight(48);
    m_logoPreview->setMinimumWidth(96);
    m_logoPreview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *browse = new QPushButton(tr("Bro&wse…"), reports);
    browse->setObjectName(QStringLiteral("browseLogoButton"));
    browse->setAccessibleName(tr("Choose a logo"));
    m_clearLogo = new QPushButton(tr("Clea&r"), reports);
    m_clearLogo->setObjectName(QStringLiteral("clearLogoButton"));
    m_clearLogo->setAccessibleName(tr("Remove the logo"));
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::browseLogo);
    connect(m_clearLogo, &QPushButton::clicked, this, &PreferencesDialog::clearLogo);
    auto *logoButtons = new QHBoxLayout;
    logoButtons->addWidget(m_logoPreview);
    logoButtons->addStretch(1);
    logoButtons->addWidget(browse);
    logoButtons->addWidget(m_clearLogo);
    auto *logoLabel = new QLabel(tr("Logo:"), reports);
    logoLabel->setBuddy(browse);
    reportForm->addRow(logoLabel, m_logoName);
    reportForm->addRow(QString(), logoButtons);
    auto *reportsNote = new QLabel(tr("On every report's cover and in its footer. Whom a report is for is set "
                                      "per profile, under the organisation's name."),
                                   reports);
    reportsNote->setWordWrap(true);
    reportsNote->setForegroundRole(QPalette::PlaceholderText);
    reportForm->addRow(reportsNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(reports);
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
    m_preparedBy[0]->setText(m_settings->preparedByName());
    m_preparedBy[1]->setText(m_settings->preparedByCompany());
    m_preparedBy[2]->setText(m_settings->preparedByContact());
    connect(m_preparedBy[0], &QLineEdit::textChanged, m_settings, &WorkbenchSettings::setPreparedByName);
    connect(m_preparedBy[1], &QLineEdit::textChanged, m_settings, &WorkbenchSettings::setPreparedByCompany);
    connect(m_preparedBy[2], &QLineEdit::textChanged, m_settings, &WorkbenchSettings::setPreparedByContact);
    updateLogo();

    setMinimumWidth(qMax(420, sizeHint().width()));
}

PreferencesDialog::~PreferencesDialog() = default;

DialogProvider *PreferencesDialog::dialogs() const
{
    if (m_dialogs)
        if (DialogProvider *provider = m_dialogs())
            return provider;
    if (!m_ownDialogs)
        const_cast<PreferencesDialog *>(this)->m_ownDialogs = std::make_unique<WidgetDialogProvider>();
    return m_ownDialogs.get();
}

QLineEdit *PreferencesDialog::preparedByEdit(PreparedByField field) const
{
    return m_preparedBy[static_cast<int>(field)];
}

void PreferencesDialog::browseLogo()
{
    const QString current = m_settings->logoFile();
    const QString folder = current.isEmpty() ? m_settings->lastDirectory() : QFileInfo(current).absolutePath();
    const QString path = dialogs()->openFileName(this, tr("Choose a Logo"), folder,
                                                 tr("Logos (*.svg *.png *.jpg *.jpeg);;All files (*)"));
    if (path.isEmpty())
        return;
    const Loaded<report::Logo> logo = report::loadLogo(path);
    if (!logo) {
        dialogs()->showError(this, tr("Cannot use this logo"),
                             tr("The logo was not changed.\n\n%1").arg(logo.error().toString()));
        return;
    }
    m_settings->setLogoFile(path);
    updateLogo();
}

void PreferencesDialog::clearLogo()
{
    m_settings->setLogoFile(QString());
    updateLogo();
}

void PreferencesDialog::updateLogo()
{
    const QString path = m_settings->logoFile();
    m_clearLogo->setEnabled(!path.isEmpty());
    m_logoPreview->clear();
    if (path.isEmpty()) {
        m_logoName->setText(tr("No logo"));
        return;
    }
    const Loaded<report::Logo> logo = report::loadLogo(path);
    if (!logo) {
        m_logoName->setText(tr("%1 (cannot be read: reports are made without it)").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_logoName->setText(QDir::toNativeSeparators(path));
    m_logoPreview->setPixmap(logoPixmap(logo.value(), QSize(160, 44), devicePixelRatioF()));
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
