// Undo step that replaces traits, importance, notes and name at once (example presets, reset to defaults).
#pragma once

#include "profile.h"

#include <QUndoCommand>

namespace splitbench::gui {

class ProfileDocument;

class ReplaceProfileCommand final : public QUndoCommand {
public:
    /// Custom models are not part of the replacement: the user's proposals survive a preset.
    ReplaceProfileCommand(ProfileDocument *document, Profile newContent, const QString &text);

    void undo() override;
    void redo() override;

private:
    ProfileDocument *m_document;
    Profile m_old;
    Profile m_new;
};

} // namespace splitbench::gui
