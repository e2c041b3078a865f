// Undo step that renames a custom model.
#pragma once

#include <QString>
#include <QUndoCommand>

namespace splitbench::gui {

class ProfileDocument;

class RenameCustomModelCommand final : public QUndoCommand {
public:
    RenameCustomModelCommand(ProfileDocument *document, int customIndex, QString oldName, QString newName);

    void undo() override;
    void redo() override;

private:
    ProfileDocument *m_document;
    int m_customIndex;
    QString m_old;
    QString m_new;
};

} // namespace splitbench::gui
