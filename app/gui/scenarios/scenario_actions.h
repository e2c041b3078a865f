// The scenarios' actions: the selector ("As profiled" and each scenario) and New, Rename, Duplicate and Remove
// Scenario. Every question goes through the window's DialogProvider.
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QComboBox;
class QWidget;

namespace splitbench::gui {

class DialogProvider;
class ProfileDocument;

class ScenarioActions final : public QObject {
    Q_OBJECT
public:
    ScenarioActions(QWidget *window, ProfileDocument *document, std::function<DialogProvider *()> dialogs);

    [[nodiscard]] QAction *addAction() const { return m_add; }
    [[nodiscard]] QAction *renameAction() const { return m_rename; }
    [[nodiscard]] QAction *duplicateAction() const { return m_duplicate; }
    [[nodiscard]] QAction *removeAction() const { return m_remove; }
    [[nodiscard]] QList<QAction *> actions() const { return {m_add, m_rename, m_duplicate, m_remove}; }
    /// "As profiled" and each scenario: which one the workbench shows and edits. Its parent is the window's
    /// tool bar once placed there.
    [[nodiscard]] QComboBox *selector() const { return m_selector; }

    /// Asks for a name and adds a scenario (edited from now on); false when cancelled or refused.
    bool addScenario();
    /// `scenario` -1: the edited one, or the one the user picks.
    bool renameScenario(int scenario = -1);
    bool duplicateScenario(int scenario = -1);
    void removeScenario(int scenario = -1);

signals:
    void message(const QString &text);

private:
    void refresh();
    /// The edited scenario, or (with the base profile shown) the one the user picks; -1 when cancelled.
    [[nodiscard]] int choose(int scenario, const QString &title);
    [[nodiscard]] DialogProvider *dialogs() const { return m_dialogs(); }

    QWidget *m_window;
    ProfileDocument *m_document;
    std::function<DialogProvider *()> m_dialogs;
    QComboBox *m_selector = nullptr;
    QAction *m_add = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
};

} // namespace splitbench::gui
