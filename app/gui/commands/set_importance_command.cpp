#include "set_importance_command.h"

#include "profile_document.h"

#include <QCoreApplication>

namespace splitbench::gui {

SetImportanceCommand::SetImportanceCommand(ProfileDocument *document, int dimension, double oldValue, double newValue)
    : m_document(document), m_dimension(dimension), m_old(oldValue), m_new(newValue)
{
    setText(QCoreApplication::translate("splitbench::gui::SetImportanceCommand", "Change importance of %1")
                .arg(document->baseCatalogue().dimensions[static_cast<size_t>(dimension)].name));
}

void SetImportanceCommand::undo()
{
    m_document->applyImportance(m_dimension, m_old);
}

void SetImportanceCommand::redo()
{
    m_document->applyImportance(m_dimension, m_new);
}

} // namespace splitbench::gui
