#include "workbench_settings.h"

#include "report_branding.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace splitbench::gui {

namespace {
// One place for the key names keeps readers and writers in step.
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitters = QStringLiteral("window/splitters/");
const QString kRecent = QStringLiteral("files/recent");
const QString kLastDirectory = QStringLiteral("files/lastDirectory");
const QString kLastExportDirectory = QStringLiteral("files/lastExportDirectory");
const QString kReportPaper = QStringLiteral("report/paper");
const QString kPreparedByName = QStringLiteral("report/preparedBy/name");
const QString kPreparedByCompany = QStringLiteral("report/preparedBy/company");
const QString kPreparedByContact = QStringLiteral("report/preparedBy/contact");
const QString kLogoFile = QStringLiteral("report/preparedBy/logo");
const QString kTheme = QStringLiteral("view/theme");
const QString kLanguage = QStringLiteral("language");
const QString kLastTab = QStringLiteral("view/tab");
const QString kLastDimension = QStringLiteral("view/dimension");
const QString kHiddenModels = QStringLiteral("view/hiddenModels");
const QString kSensitivitySamples = QStringLiteral("sensitivity/samples");
const QString kSensitivitySeed = QStringLiteral("sensitivity/seed");
const QString kSensitivityPriceUncertainty = QStringLiteral("sensitivity/priceUncertainty");

/// An integer setting, or `fallback` when it is missing or was edited into something else.
int intValue(const QSettings &settings, const QString &key, int fallback)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok ? value : fallback;
}
} // namespace

WorkbenchSettings::WorkbenchSettings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) {}

WorkbenchSettings::WorkbenchSettings(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QByteArray WorkbenchSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}
void WorkbenchSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}
QByteArray WorkbenchSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}
void WorkbenchSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

QByteArray WorkbenchSettings::splitterState(const QString &name) const
{
    return m_settings->value(kSplitters + name).toByteArray();
}

void WorkbenchSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(kSplitters + name, state);
}

QStringList WorkbenchSettings::recentFiles() const
{
    return m_settings->value(kRecent).toStringList();
}

void WorkbenchSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    m_settings->setValue(kRecent, files);
    emit recentFilesChanged();
}

void WorkbenchSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(path) > 0) {
        m_settings->setValue(kRecent, files);
        emit recentFilesChanged();
    }
}

void WorkbenchSettings::clearRecentFiles()
{
    m_settings->remove(kRecent);
    emit recentFilesChanged();
}

QString WorkbenchSettings::lastDirectory() const
{
    return m_settings->value(kLastDirectory, QDir::homePath()).toString();
}

void WorkbenchSettings::setLastDirectory(const QString &directory)
{
    m_settings->setValue(kLastDirectory, directory);
}
QString WorkbenchSettings::lastExportDirectory() const
{
    return m_settings->value(kLastExportDirectory, lastDirectory()).toString();
}

void WorkbenchSettings::setLastExportDirectory(const QString &directory)
{
    m_settings->setValue(kLastExportDirectory, directory);
}

QString WorkbenchSettings::preparedByName() const
{
    return m_settings->value(kPreparedByName).toString().left(report::PreparedBy::kMaxLength);
}

void WorkbenchSettings::setPreparedByName(const QString &name)
{
    m_settings->setValue(kPreparedByName, name.left(report::PreparedBy::kMaxLength));
}

QString WorkbenchSettings::preparedByCompany() const
{
    return m_settings->value(kPreparedByCompany).toString().left(report::PreparedBy::kMaxLength);
}

void WorkbenchSettings::setPreparedByCompany(const QString &company)
{
    m_settings->setValue(kPreparedByCompany, company.left(report::PreparedBy::kMaxLength));
}

QString WorkbenchSettings::preparedByContact() const
{
    return m_settings->value(kPreparedByContact).toString().left(report::PreparedBy::kMaxLength);
}

void WorkbenchSettings::setPreparedByContact(const QString &contact)
{
    m_settings->setValue(kPreparedByContact, contact.left(report::PreparedBy::kMaxLength));
}

QString WorkbenchSettings::logoFile() const
{
    return m_settings->value(kLogoFile).toString();
}

void WorkbenchSettings::setLogoFile(const QString &path)
{
    if (path.isEmpty())
        m_settings->remove(kLogoFile);
    else
        m_settings->setValue(kLogoFile, path);
}

QString WorkbenchSettings::reportPaper() const
{
    const QString fallback = QLocale::system().measurementSystem() == QLocale::ImperialUSSystem
                                 ? QStringLiteral("Letter")
                                 : QStringLiteral("A4");
    const QString paper = m_settings->value(kReportPaper, fallback).toString();
    return paper == QStringLiteral("Letter") ? paper : QStringLiteral("A4");
}

void WorkbenchSettings::setReportPaper(const QString &paper)
{
    m_settings->setValue(kReportPaper, paper);
}

QString WorkbenchSettings::theme() const
{
    return m_settings->value(kTheme, QStringLiteral("system")).toString();
}
void WorkbenchSettings::setTheme(const QString &theme)
{
    if (theme == this->theme() && m_settings->contains(kTheme))
        return;
    m_settings->setValue(kTheme, theme);
    emit themeChanged(theme);
}
QString WorkbenchSettings::language() const
{
    return m_settings->value(kLanguage, QStringLiteral("system")).toString();
}
void WorkbenchSettings::setLanguage(const QString &language)
{
    if (language == this->language() && m_settings->contains(kLanguage))
        return;
    m_settings->setValue(kLanguage, language);
    emit languageChanged(language);
}
int WorkbenchSettings::sensitivitySamples(int fallback) const
{
    return intValue(*m_settings, kSensitivitySamples, fallback);
}
void WorkbenchSettings::setSensitivitySamples(int samples)
{
    m_settings->setValue(kSensitivitySamples, samples);
}
int WorkbenchSettings::sensitivitySeed(int fallback) const
{
    return intValue(*m_settings, kSensitivitySeed, fallback);
}
void WorkbenchSettings::setSensitivitySeed(int seed)
{
    m_settings->setValue(kSensitivitySeed, seed);
}
int WorkbenchSettings::sensitivityPriceUncertainty(int fallback) const
{
    return intValue(*m_settings, kSensitivityPriceUncertainty, fallback);
}
void WorkbenchSettings::setSensitivityPriceUncertainty(int percent)
{
    m_settings->setValue(kSensitivityPriceUncertainty, percent);
}

int WorkbenchSettings::lastTab() const
{
    return m_settings->value(kLastTab, 0).toInt();
}
void WorkbenchSettings::setLastTab(int tab)
{
    m_settings->setValue(kLastTab, tab);
}
QString WorkbenchSettings::lastDimension() const
{
    return m_settings->value(kLastDimension).toString();
}
void WorkbenchSettings::setLastDimension(const QString &id)
{
    m_settings->setValue(kLastDimension, id);
}
QStringList WorkbenchSettings::hiddenModels() const
{
    return m_settings->value(kHiddenModels).toStringList();
}
void WorkbenchSettings::setHiddenModels(const QStringList &ids)
{
    m_settings->setValue(kHiddenModels, ids);
}

} // namespace splitbench::gui
