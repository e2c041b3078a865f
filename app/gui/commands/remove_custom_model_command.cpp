#include "remove_custom_model_command.h"

#include "profile_document.h"

#include <QCoreApplication>

namespace splitbench::gui {

RemoveCustomModelCommand::RemoveCustomModelCommand(ProfileDocument *document, int customIndex)
    : m_document(document), m_customIndex(customIndex),
      m_model(document->profile().customModels.at(static_cast<size_t>(customIndex)))
{
    setText(QCoreApplication::translate("splitbench::gui::RemoveCustomModelCommand", "Remove model \"%1\"")
                .arg(m_model.name));
}

void RemoveCustomModelCommand::undo()
{
    m_document->insertCustomModel(m_customIndex, m_model);
}

void RemoveCustomModelCommand::redo()
{
    m_document->eraseCustomModel(m_customIndex);
}

} // namespace splitbench::gui
