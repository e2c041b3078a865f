// The compact editor of importance weights: one spin-box cell per dimension and an "equal weights" button.
#pragma once

#include <QWidget>

class QTableView;

namespace splitbench::gui {

class ProfileDocument;
class ImportanceModel;

class ImportanceEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ImportanceEditor(ProfileDocument *document, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] ImportanceModel *model() const { return m_model; }

signals:
    void message(const QString &text);

private:
    ProfileDocument *m_document;
    ImportanceModel *m_model;
    QTableView *m_view;
};

} // namespace splitbench::gui
