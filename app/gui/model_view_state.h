// Which models the views show (View ▸ Models) and which dimension is selected, shared by all views.
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace splitbench::gui {

class ProfileDocument;

class ModelViewState final : public QObject {
    Q_OBJECT
public:
    explicit ModelViewState(ProfileDocument *document, QObject *parent = nullptr);

    /// Hidden models are remembered by id so a custom model keeps its state across removals of others.
    /// ProfileDocument::kTodayModel stands for today's split: visible while one is recorded and not hidden.
    [[nodiscard]] bool isVisible(int model) const;
    void setVisible(int model, bool visible);
    [[nodiscard]] QStringList hiddenIds() const;
    void setHiddenIds(const QStringList &ids);

    [[nodiscard]] int selectedDimension() const { return m_dimension; }
    void setSelectedDimension(int dimension);

signals:
    void visibilityChanged();
    void selectedDimensionChanged(int dimension);

private:
    ProfileDocument *m_document;
    QSet<QString> m_hidden;
    int m_dimension = 0;
};

} // namespace splitbench::gui
