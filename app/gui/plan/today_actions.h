// The actions that record and remove today's split (Models ▸ Record Today's Split, the explorer's and the plan
// view's empty states): one set, shared by every place that offers them.
#pragma once

#include <QObject>

class QAction;
class QBoxLayout;
class QMenu;
class QWidget;

namespace splitbench::gui {

class ProfileDocument;

/**
 * "All In-House", "All with a Provider", "Copy of <model>" (one per model, custom models included; rebuilt when
 * the models change) and "Remove Today's Split". Each is one undo step in ProfileDocument; starting again
 * replaces the split recorded before (Undo brings it back).
 */
class TodayActions final : public QObject {
    Q_OBJECT
public:
    TodayActions(ProfileDocument *document, QObject *parent = nullptr);
    ~TodayActions() override;

    /// "Record Today's Split" ▸ the three ways to start (the menu lives as long as this object).
    [[nodiscard]] QMenu *recordMenu() const { return m_recordMenu; }
    [[nodiscard]] QAction *allInternalAction() const { return m_allInternal; }
    [[nodiscard]] QAction *allProviderAction() const { return m_allProvider; }
    /// "Copy of a Model" ▸ one action per model.
    [[nodiscard]] QMenu *copyMenu() const { return m_copyMenu; }
    [[nodiscard]] QAction *removeAction() const { return m_remove; }

    /// Adds buttons for the three ways to start to `parent`'s layout `layout` (the empty states): object names
    /// `prefix` + "AllInternal", "AllProvider", "Copy".
    static void addStartButtons(TodayActions *actions, QWidget *parent, QBoxLayout *layout, const QString &prefix);

signals:
    /// Today's split was just started from one of the actions (views may show it).
    void started();

private:
    void rebuildCopyMenu();
    void update();

    ProfileDocument *m_document;
    QMenu *m_recordMenu;
    QMenu *m_copyMenu;
    QAction *m_allInternal;
    QAction *m_allProvider;
    QAction *m_remove;
};

} // namespace splitbench::gui
