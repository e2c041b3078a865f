// The workshop's actions: add, rename, reweight and remove participants, the consensus method, and importing
// and exporting participant files. Every question goes through the window's DialogProvider.
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QActionGroup;
class QWidget;

namespace splitbench::gui {

class DialogProvider;
class ProfileDocument;
class WorkbenchSettings;

class ParticipantActions final : public QObject {
    Q_OBJECT
public:
    ParticipantActions(QWidget *window, ProfileDocument *document, WorkbenchSettings *settings,
                       std::function<DialogProvider *()> dialogs);

    [[nodiscard]] QAction *addAction() const { return m_add; }
    [[nodiscard]] QAction *editAction() const { return m_edit; }
    [[nodiscard]] QAction *weightAction() const { return m_weight; }
    [[nodiscard]] QAction *removeAction() const { return m_remove; }
    [[nodiscard]] QAction *medianAction() const { return m_median; }
    [[nodiscard]] QAction *meanAction() const { return m_mean; }
    [[nodiscard]] QAction *importAction() const { return m_import; }
    [[nodiscard]] QAction *exportAction() const { return m_export; }
    [[nodiscard]] QAction *questionnaireAction() const { return m_questionnaire; }
    /// Add, rename, weight, remove, a separator and the two consensus methods: the panel's menu.
    [[nodiscard]] QList<QAction *> editActions() const;

    /// Asks for a name (and a role) and adds the participant; returns the new index or -1.
    int addParticipant();
    void editParticipant(int participant = -1);
    void reweightParticipant(int participant = -1);
    void removeParticipant(int participant = -1);
    /// File ▸ Import Participant…: merges the chosen participant files; true when something was merged.
    bool importParticipants();
    /// Merges `paths` as one undo step; a refused file is shown and changes nothing.
    bool importFiles(const QStringList &paths);
    /// File ▸ Export Participant File…: writes `participant`'s file (asks whom and where).
    bool exportParticipant(int participant = -1);
    /// Writes the one-page questionnaire PDF for a participant (a blank one for a profile without any).
    bool exportQuestionnaire(int participant = -1);

signals:
    void message(const QString &text);

private:
    void refresh();
    /// The edited participant, or (with the group edited) the one the user picks; -1 when cancelled.
    [[nodiscard]] int choose(int participant, const QString &title);
    [[nodiscard]] DialogProvider *dialogs() const { return m_dialogs(); }

    QWidget *m_window;
    ProfileDocument *m_document;
    WorkbenchSettings *m_settings;
    std::function<DialogProvider *()> m_dialogs;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_weight = nullptr;
    QAction *m_remove = nullptr;
    QActionGroup *m_consensus = nullptr;
    QAction *m_median = nullptr;
    QAction *m_mean = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_questionnaire = nullptr;
    QAction *m_separator = nullptr;
};

} // namespace splitbench::gui
