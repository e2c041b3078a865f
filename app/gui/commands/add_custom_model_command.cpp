#include "add_custom_model_command.h"

#include "profile_document.h"

#include <QCoreApplication>

namespace splitbench::gui {

AddCustomModelCommand::AddCustomModelCommand(ProfileDocument *document, int customIndex, CustomModel model)
    : m_document(document), m_customIndex(customIndex), m_model(std::move(model))
{
    setText(
        QCoreApplication::translate("splitbench::gui::AddCustomModelCommand", "Add model \"%1\"").arg(m_model.name));
}

void AddCustomModelCommand::undo()
{
    m_document->eraseCustomModel(m_customIndex);
}

void AddCustomModelCommand::redo()
{
    m_document->insertCustomModel(m_customIndex, m_model);
}

} // namespace splitbench::gui
