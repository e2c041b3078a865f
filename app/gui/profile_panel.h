// The organisation profile editor: name, example presets, one slider and note per trait, importance weights.
#pragma once

#include "example_profiles.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QToolButton;
class QLabel;
class QLineEdit;
class QMenu;
class QSlider;
class QTabWidget;
class QPushButton;

namespace splitbench::gui {

class ProfileDocument;
class ImportanceEditor;
class NoteEdit;

class ProfilePanel final : public QWidget {
    Q_OBJECT
public:
    ProfilePanel(ProfileDocument *document, std::vector<ExampleProfile> examples, QWidget *parent = nullptr);

    [[nodiscard]] QSlider *slider(int trait) const { return m_rows[static_cast<size_t>(trait)].slider; }
    /// The trait's note: several lines, growing with the text (NoteEdit is a QPlainTextEdit).
    [[nodiscard]] NoteEdit *noteEdit(int trait) const { return m_rows[static_cast<size_t>(trait)].note; }
    [[nodiscard]] QLabel *valueLabel(int trait) const { return m_rows[static_cast<size_t>(trait)].value; }
    /// The ± uncertainty of a trait, next to its value (used by the Sensitivity view's robustness analysis).
    [[nodiscard]] QDoubleSpinBox *uncertaintyBox(int trait) const
    {
        return m_rows[static_cast<size_t>(trait)].uncertainty;
    }
    [[nodiscard]] ImportanceEditor *importanceEditor() const { return m_importance; }
    /// One action per example organisation; the window's Edit menu shows the same actions.
    [[nodiscard]] QList<QAction *> exampleActions() const { return m_exampleActions; }
    /// Whose values the editors show: "Group" and each workshop participant (shown only for a workshop).
    [[nodiscard]] QComboBox *participantCombo() const { return m_participants; }
    /// The line that says why the group's values cannot be edited (shown while they are computed).
    [[nodiscard]] QLabel *groupHint() const { return m_groupHint; }
    /// Puts the workshop actions (add, rename, weight, remove, consensus method) in the menu beside the combo.
    void setParticipantActions(const QList<QAction *> &actions);
    /// Shows the traits tab (0) or the importance tab (1).
    void showTab(int tab);
    /// True while a trait slider is held with the mouse (its moves merge into one undo step).
    [[nodiscard]] bool isDragging() const;

    // --- Scenarios
    /// "Use the profile's value": shown beside a trait the edited scenario sets.
    [[nodiscard]] QToolButton *resetButton(int trait) const { return m_rows[static_cast<size_t>(trait)].reset; }
    /// The line that names the edited scenario (shown while one is).
    [[nodiscard]] QLabel *scenarioHint() const { return m_scenarioHint; }

signals:
    void message(const QString &text);
    /// A slider drag ended: its undo step is complete.
    void dragFinished();

private:
    struct TraitRow {
        QSlider *slider = nullptr;
        QLabel *value = nullptr;
        NoteEdit *note = nullptr;
        QDoubleSpinBox *uncertainty = nullptr;
        QToolButton *reset = nullptr; ///< --- Scenarios
    };

    QWidget *createTraitsPage();
    void refreshTrait(int trait);
    void refreshNote(int trait);
    void refreshUncertainty(int trait);
    void refreshAll();
    void rebuildParticipants();
    void refreshEditable();

    ProfileDocument *m_document;
    std::vector<ExampleProfile> m_examples;
    std::vector<TraitRow> m_rows;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_preparedFor = nullptr; ///< Whom the reports are for (Profile::prepared).
    void refreshPreparedFor();
    QPushButton *m_examplesButton = nullptr;
    QList<QAction *> m_exampleActions;
    QTabWidget *m_tabs = nullptr;
    ImportanceEditor *m_importance = nullptr;
    QWidget *m_participantsRow = nullptr;
    QComboBox *m_participants = nullptr;
    QToolButton *m_participantMenuButton = nullptr;
    QLabel *m_groupHint = nullptr;
    int m_dragSession = 0;
    // --- Scenarios
    void refreshScenario();
    void refreshOverride(int trait);
    QLabel *m_scenarioHint = nullptr;
};

} // namespace splitbench::gui
