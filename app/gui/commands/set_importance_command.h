// Undo step for the importance weight of one dimension.
#pragma once

#include <QUndoCommand>

namespace splitbench::gui {

class ProfileDocument;

class SetImportanceCommand final : public QUndoCommand {
public:
    SetImportanceCommand(ProfileDocument *document, int dimension, double oldValue, double newValue);

    void undo() override;
    void redo() override;

private:
    ProfileDocument *m_document;
    int m_dimension;
    double m_old;
    double m_new;
};

} // namespace splitbench::gui
