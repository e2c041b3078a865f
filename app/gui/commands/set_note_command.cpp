#include "set_note_command.h"

#include "command_ids.h"
#include "profile_document.h"

#include <QCoreApplication>

namespace splitbench::gui {

SetNoteCommand::SetNoteCommand(ProfileDocument *document, int trait, QString oldNote, QString newNote)
    : m_document(document), m_trait(trait), m_old(std::move(oldNote)), m_new(std::move(newNote))
{
    setText(QCoreApplication::translate("splitbench::gui::SetNoteCommand", "Edit note on %1")
                .arg(document->baseCatalogue().traits[static_cast<size_t>(trait)].name));
}

void SetNoteCommand::undo()
{
    m_document->applyNote(m_trait, m_old);
}

void SetNoteCommand::redo()
{
    m_document->applyNote(m_trait, m_new);
}

int SetNoteCommand::id() const
{
    return static_cast<int>(CommandId::Note);
}

bool SetNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetNoteCommand *>(other);
    if (next->m_trait != m_trait)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace splitbench::gui
