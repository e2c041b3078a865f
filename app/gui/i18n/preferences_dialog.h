// Edit ▸ Preferences…: the workbench's language and theme, stored in WorkbenchSettings as soon as they change.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace splitbench::gui {

class WorkbenchSettings;

/// Changes take effect at once (no OK/Cancel): the theme repaints the workbench immediately, the language
/// applies from the next start, which the dialog says next to the choice.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    /// `settings` must outlive the dialog.
    explicit PreferencesDialog(WorkbenchSettings *settings, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *languageCombo() const { return m_language; }
    [[nodiscard]] QComboBox *themeCombo() const { return m_theme; }
    /// "Takes effect after a restart", shown while the chosen language is not the one on screen.
    [[nodiscard]] QLabel *restartNote() const { return m_restartNote; }

private:
    /// The language's name in the language on screen ("German" here, "Englisch" in the German workbench).
    static QString languageName(const QString &language);
    void syncFromSettings();
    void updateRestartNote();

    WorkbenchSettings *m_settings;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_restartNote = nullptr;
};

} // namespace splitbench::gui
