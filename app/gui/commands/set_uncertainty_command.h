// Undo step for one trait's uncertainty or the importance uncertainty; consecutive edits of the same one merge.
#pragma once

#include <QUndoCommand>

namespace splitbench::gui {

class ProfileDocument;

class SetUncertaintyCommand final : public QUndoCommand {
public:
    /// Pass as `trait` to change Profile::importanceUncertainty instead of a trait's.
    static constexpr int kImportance = -1;

    SetUncertaintyCommand(ProfileDocument *document, int trait, double oldValue, double newValue);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(double value);

    ProfileDocument *m_document;
    int m_trait;
    double m_old;
    double m_new;
};

} // namespace splitbench::gui
