// Undo step for the organisation's name; consecutive typing merges into one step.
#pragma once

#include <QString>
#include <QUndoCommand>

namespace splitbench::gui {

class ProfileDocument;

class SetProfileNameCommand final : public QUndoCommand {
public:
    SetProfileNameCommand(ProfileDocument *document, QString oldName, QString newName);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProfileDocument *m_document;
    QString m_old;
    QString m_new;
};

} // namespace splitbench::gui
