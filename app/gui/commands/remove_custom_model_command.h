// Undo step that removes a custom model; undo puts it back with all its edits.
#pragma once

#include "profile.h"

#include <QUndoCommand>

namespace splitbench::gui {

class ProfileDocument;

class RemoveCustomModelCommand final : public QUndoCommand {
public:
    RemoveCustomModelCommand(ProfileDocument *document, int customIndex);

    void undo() override;
    void redo() override;

private:
    ProfileDocument *m_document;
    int m_customIndex;
    CustomModel m_model;
};

} // namespace splitbench::gui
