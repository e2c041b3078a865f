// Undo step for the note on one trait; consecutive typing in the same note merges into one step.
#pragma once

#include <QString>
#include <QUndoCommand>

namespace splitbench::gui {

class ProfileDocument;

class SetNoteCommand final : public QUndoCommand {
public:
    SetNoteCommand(ProfileDocument *document, int trait, QString oldNote, QString newNote);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProfileDocument *m_document;
    int m_trait;
    QString m_old;
    QString m_new;
};

} // namespace splitbench::gui
