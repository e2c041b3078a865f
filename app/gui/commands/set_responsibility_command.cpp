#include "set_responsibility_command.h"

#include "profile_document.h"

#include <QCoreApplication>

namespace splitbench::gui {

SetResponsibilityCommand::SetResponsibilityCommand(ProfileDocument *document, int model, int dimension, int activity,
                                                   Responsibility oldValue, Responsibility newValue)
    : m_document(document), m_model(model), m_dimension(dimension), m_activity(activity), m_old(std::move(oldValue)),
      m_new(std::move(newValue))
{
    const Dimension &d = document->catalogue().dimensions[static_cast<size_t>(dimension)];
    setText(QCoreApplication::translate("splitbench::gui::SetResponsibilityCommand", "Edit \"%1\" in %2")
                .arg(d.activities[static_cast<size_t>(activity)].name,
                     document->catalogue().models[static_cast<size_t>(model)].name));
}

void SetResponsibilityCommand::undo()
{
    m_document->applyResponsibility(m_model, m_dimension, m_activity, m_old);
}

void SetResponsibilityCommand::redo()
{
    m_document->applyResponsibility(m_model, m_dimension, m_activity, m_new);
}

} // namespace splitbench::gui
