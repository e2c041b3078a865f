// Undo step that adds a custom model (a duplicate of another model) to the profile.
#pragma once

#include "profile.h"

#include <QUndoCommand>

namespace splitbench::gui {

class ProfileDocument;

class AddCustomModelCommand final : public QUndoCommand {
public:
    AddCustomModelCommand(ProfileDocument *document, int customIndex, CustomModel model);

    void undo() override;
    void redo() override;

private:
    ProfileDocument *m_document;
    int m_customIndex;
    CustomModel m_model;
};

} // namespace splitbench::gui
