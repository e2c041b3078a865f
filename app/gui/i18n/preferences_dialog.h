// Edit ▸ Preferences…: the workbench's language and theme, and who prepares the reports (name, company, contact,
// logo), stored in WorkbenchSettings as soon as they change.
#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace splitbench::gui {

class DialogProvider;
class WorkbenchSettings;

/// Changes take effect at once (no OK/Cancel): the theme repaints the workbench immediately, the language
/// applies from the next start, which the dialog says next to the choice.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    /// `settings` must outlive the dialog. `dialogs` asks for the logo file and shows a logo's error (the real
    /// Qt dialogs without it).
    explicit PreferencesDialog(WorkbenchSettings *settings, QWidget *parent = nullptr,
                               std::function<DialogProvider *()> dialogs = {});
    ~PreferencesDialog() override;

    [[nodiscard]] QComboBox *languageCombo() const { return m_language; }
    [[nodiscard]] QComboBox *themeCombo() const { return m_theme; }
    /// "Takes effect after a restart", shown while the chosen language is not the one on screen.
    [[nodiscard]] QLabel *restartNote() const { return m_restartNote; }

    // --- Reports: who prepared them, on the cover and in every page's footer.
    enum class PreparedByField { Name, Company, Contact };
    [[nodiscard]] QLineEdit *preparedByEdit(PreparedByField field) const;
    /// The logo's file name and its preview ("No logo" without one).
    [[nodiscard]] QLabel *logoLabel() const { return m_logoName; }
    [[nodiscard]] QLabel *logoPreview() const { return m_logoPreview; }
    /// Browse…: asks for an SVG, PNG or JPEG file and keeps it when loadLogo() accepts it, else says why.
    void browseLogo();
    /// Clear: no logo on the reports.
    void clearLogo();

private:
    /// The language's name in the language on screen ("German" here, "Englisch" in the German workbench).
    static QString languageName(const QString &language);
    void syncFromSettings();
    void updateRestartNote();
    void updateLogo();
    [[nodiscard]] DialogProvider *dialogs() const;

    WorkbenchSettings *m_settings;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_restartNote = nullptr;
    std::function<DialogProvider *()> m_dialogs;
    std::unique_ptr<DialogProvider> m_ownDialogs; ///< The real dialogs, without `dialogs`.
    QLineEdit *m_preparedBy[3] = {};
    QLabel *m_logoName = nullptr;
    QLabel *m_logoPreview = nullptr;
    QPushButton *m_clearLogo = nullptr;
};

} // namespace splitbench::gui
