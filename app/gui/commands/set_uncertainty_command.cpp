#include "set_uncertainty_command.h"

#include "command_ids.h"
#include "profile_document.h"

#include <QCoreApplication>

namespace splitbench::gui {

SetUncertaintyCommand::SetUncertaintyCommand(ProfileDocument *document, int trait, double oldValue, double newValue)
    : m_document(document), m_trait(trait), m_old(oldValue), m_new(newValue)
{
    if (trait == kImportance)
        setText(
            QCoreApplication::translate("splitbench::gui::SetUncertaintyCommand", "Change uncertainty of importance"));
    else
        setText(QCoreApplication::translate("splitbench::gui::SetUncertaintyCommand", "Change uncertainty of %1")
                    .arg(document->baseCatalogue().traits[static_cast<size_t>(trait)].name));
}

void SetUncertaintyCommand::undo()
{
    apply(m_old);
}

void SetUncertaintyCommand::redo()
{
    apply(m_new);
}

void SetUncertaintyCommand::apply(double value)
{
    if (m_trait == kImportance)
        m_document->applyImportanceUncertainty(value);
    else
        m_document->applyTraitUncertainty(m_trait, value);
}

int SetUncertaintyCommand::id() const
{
    return static_cast<int>(m_trait == kImportance ? CommandId::ImportanceUncertainty : CommandId::TraitUncertainty);
}

bool SetUncertaintyCommand::mergeWith(const QUndoCommand *other)
{
    // Spin-box arrows and typed digits arrive one value at a time; one field edited in a row is one step.
    const auto *next = static_cast<const SetUncertaintyCommand *>(other);
    if (next->m_trait != m_trait)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace splitbench::gui
