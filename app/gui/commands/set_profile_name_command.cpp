#include "set_profile_name_command.h"

#include "command_ids.h"
#include "profile_document.h"

#include <QCoreApplication>

namespace splitbench::gui {

SetProfileNameCommand::SetProfileNameCommand(ProfileDocument *document, QString oldName, QString newName)
    : m_document(document), m_old(std::move(oldName)), m_new(std::move(newName))
{
    setText(QCoreApplication::translate("splitbench::gui::SetProfileNameCommand", "Rename organisation"));
}

void SetProfileNameCommand::undo()
{
    m_document->applyProfileName(m_old);
}

void SetProfileNameCommand::redo()
{
    m_document->applyProfileName(m_new);
}

int SetProfileNameCommand::id() const
{
    return static_cast<int>(CommandId::ProfileName);
}

bool SetProfileNameCommand::mergeWith(const QUndoCommand *other)
{
    m_new = static_cast<const SetProfileNameCommand *>(other)->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace splitbench::gui
