#include "set_trait_command.h"

#include "command_ids.h"
#include "profile_document.h"

#include <QCoreApplication>

namespace splitbench::gui {

SetTraitCommand::SetTraitCommand(ProfileDocument *document, int trait, double oldValue, double newValue,
                                 int dragSession)
    : m_document(document), m_trait(trait), m_old(oldValue), m_new(newValue), m_session(dragSession)
{
    setText(QCoreApplication::translate("splitbench::gui::SetTraitCommand", "Change %1")
                .arg(document->baseCatalogue().traits[static_cast<size_t>(trait)].name));
}

void SetTraitCommand::undo()
{
    m_document->applyTrait(m_trait, m_old);
}

void SetTraitCommand::redo()
{
    m_document->applyTrait(m_trait, m_new);
}

int SetTraitCommand::id() const
{
    return static_cast<int>(CommandId::Trait);
}

bool SetTraitCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetTraitCommand *>(other);
    if (m_session == 0 || next->m_session != m_session || next->m_trait != m_trait)
        return false;
    m_new = next->m_new;
    // A drag that ends where it started leaves nothing to undo.
    setObsolete(m_new == m_old);
    return true;
}

} // namespace splitbench::gui
