#include "replace_profile_command.h"

#include "profile_document.h"

namespace splitbench::gui {

ReplaceProfileCommand::ReplaceProfileCommand(ProfileDocument *document, Profile newContent, const QString &text)
    : m_document(document), m_old(document->profile()), m_new(std::move(newContent))
{
    setText(text);
}

void ReplaceProfileCommand::undo()
{
    m_document->applyProfileContent(m_old);
}

void ReplaceProfileCommand::redo()
{
    m_document->applyProfileContent(m_new);
}

} // namespace splitbench::gui
