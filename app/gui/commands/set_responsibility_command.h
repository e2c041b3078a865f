// Undo step for who does what in one activity of a custom model.
#pragma once

#include "catalogue.h"

#include <QUndoCommand>

namespace splitbench::gui {

class ProfileDocument;

class SetResponsibilityCommand final : public QUndoCommand {
public:
    SetResponsibilityCommand(ProfileDocument *document, int model, int dimension, int activity, Responsibility oldValue,
                             Responsibility newValue);

    void undo() override;
    void redo() override;

private:
    ProfileDocument *m_document;
    int m_model;
    int m_dimension;
    int m_activity;
    Responsibility m_old;
    Responsibility m_new;
};

} // namespace splitbench::gui
