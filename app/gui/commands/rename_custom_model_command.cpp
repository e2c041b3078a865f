#include "rename_custom_model_command.h"

#include "profile_document.h"

#include <QCoreApplication>

namespace splitbench::gui {

RenameCustomModelCommand::RenameCustomModelCommand(ProfileDocument *document, int customIndex, QString oldName,
                                                   QString newName)
    : m_document(document), m_customIndex(customIndex), m_old(std::move(oldName)), m_new(std::move(newName))
{
    setText(
        QCoreApplication::translate("splitbench::gui::RenameCustomModelCommand", "Rename model to \"%1\"").arg(m_new));
}

void RenameCustomModelCommand::undo()
{
    m_document->applyCustomModelName(m_customIndex, m_old);
}

void RenameCustomModelCommand::redo()
{
    m_document->applyCustomModelName(m_customIndex, m_new);
}

} // namespace splitbench::gui
