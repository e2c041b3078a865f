// Typed access to the workbench's QSettings: window layout, recent files, theme, language, the last view and
// the Sensitivity tab's variations and seed.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace splitbench::gui {

class WorkbenchSettings final : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRecentFiles = 8;

    /// The user's settings (organisation and application name of the QApplication).
    explicit WorkbenchSettings(QObject *parent = nullptr);
    /// Settings kept in an INI file: tests and screenshot runs use a temporary one.
    explicit WorkbenchSettings(const QString &iniFile, QObject *parent = nullptr);

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    [[nodiscard]] QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    [[nodiscard]] QStringList recentFiles() const;
    /// Moves `path` to the front of the list (and trims it to kMaxRecentFiles).
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    [[nodiscard]] QString lastDirectory() const;
    void setLastDirectory(const QString &directory);

    /// Where reports and exports were last written; the profile folder until the first export.
    [[nodiscard]] QString lastExportDirectory() const;
    void setLastExportDirectory(const QString &directory);
    /// Paper for exported and printed reports: "A4" or "Letter" (the default where the locale uses US units).
    [[nodiscard]] QString reportPaper() const;
    void setReportPaper(const QString &paper);

    /// Prepared by, on every report made in the workbench (report_branding.h): each at most
    /// PreparedBy::kMaxLength characters; the logo is a file name (read when a report is made).
    [[nodiscard]] QString preparedByName() const;
    void setPreparedByName(const QString &name);
    [[nodiscard]] QString preparedByCompany() const;
    void setPreparedByCompany(const QString &company);
    [[nodiscard]] QString preparedByContact() const;
    void setPreparedByContact(const QString &contact);
    [[nodiscard]] QString logoFile() const;
    void setLogoFile(const QString &path);

    [[nodiscard]] QString theme() const; ///< "system", "light" or "dark"
    void setTheme(const QString &theme);  ///< Emits themeChanged() when the value changes.
    /// "system" (the default: follow the system's language), or a language code such as "en" or "de".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language); ///< Emits languageChanged() when the value changes.

    [[nodiscard]] int lastTab() const;
    void setLastTab(int tab);
    [[nodiscard]] QString lastDimension() const; ///< Dimension id shown in the explorer.
    void setLastDimension(const QString &id);
    [[nodiscard]] QStringList hiddenModels() const; ///< Model ids hidden in the views.
    void setHiddenModels(const QStringList &ids);
    /// The Sensitivity tab's number of variations and seed; `fallback` when none is stored or it is not a number.
    [[nodiscard]] int sensitivitySamples(int fallback) const;
    void setSensitivitySamples(int samples);
    [[nodiscard]] int sensitivitySeed(int fallback) const;
    void setSensitivitySeed(int seed);
    /// The Sensitivity tab's price uncertainty (± percent, 0 off); `fallback` when none is stored.
    [[nodiscard]] int sensitivityPriceUncertainty(int fallback) const;
    void setSensitivityPriceUncertainty(int percent);

    void sync() { m_settings->sync(); }

signals:
    void recentFilesChanged();
    void themeChanged(const QString &theme);
    void languageChanged(const QString &language);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace splitbench::gui
