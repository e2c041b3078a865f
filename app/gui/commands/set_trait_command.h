// Undo step for one trait value; the moves of one slider drag merge into a single step.
#pragma once

#include <QUndoCommand>

namespace splitbench::gui {

class ProfileDocument;

class SetTraitCommand final : public QUndoCommand {
public:
    /// `dragSession` 0 never merges; equal non-zero sessions on the same trait merge.
    SetTraitCommand(ProfileDocument *document, int trait, double oldValue, double newValue, int dragSession);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProfileDocument *m_document;
    int m_trait;
    double m_old;
    double m_new;
    int m_session;
};

} // namespace splitbench::gui
