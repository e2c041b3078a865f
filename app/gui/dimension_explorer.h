// The dimension explorer: the list of dimensions and, for the selected one, one panel per model side by side
// (and one for today's split, when it is recorded).
#pragma once

#include <QWidget>

#include <vector>

class QLabel;
class QListView;
class QGridLayout;
class QScrollArea;
class QHBoxLayout;
class QSplitter;

namespace splitbench::gui {

class ProfileDocument;
class ModelViewState;
class ModelPanel;
class PaneSizer;
class DimensionListModel;
class TodayActions;

class DimensionExplorer final : public QWidget {
    Q_OBJECT
public:
    DimensionExplorer(ProfileDocument *document, ModelViewState *viewState, QWidget *parent = nullptr);

    [[nodiscard]] QListView *listView() const { return m_list; }
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }
    /// Panels of every model, hidden ones included (they are only not shown).
    [[nodiscard]] const std::vector<ModelPanel *> &panels() const { return m_panels; }
    [[nodiscard]] QString headingText() const;
    /// Puts the keyboard focus on a model's activity table and scrolls it into view (after Duplicate Model).
    void focusActivities(int model);
    /// Puts the keyboard focus on `activity` of the shown dimension in `model`'s panel (a finding's activity).
    void focusActivity(int model, int activity);
    /// The panel of today's split (shown while one is recorded and not hidden); not among panels().
    [[nodiscard]] ModelPanel *todayPanel() const { return m_todayPanel; }
    /// Gives the empty state of today's split (shown while none is recorded) its start buttons.
    void setTodayActions(TodayActions *actions);
    /// The empty state of today's split: what it is for, and buttons to start one.
    [[nodiscard]] QWidget *todayEmptyState() const { return m_todayEmpty; }
    /// Restores a saved list width (QSplitter::saveState); from then on the list keeps what the user chose.
    bool restoreSplitterState(const QByteArray &state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

signals:
    void duplicateRequested(int model);
    void renameRequested(int model);
    void message(const QString &text);

private:
    void rebuildPanels();
    void showDimension(int dimension);
    void refreshHeader();
    void applyVisibility();
    void arrangePanels();
    QWidget *createTodayEmptyState();
    /// True (and the update is left for later) while the explorer's tab is not shown; see event().
    bool deferWhileHidden();

    ProfileDocument *m_document;
    ModelViewState *m_viewState;
    DimensionListModel *m_listModel;
    QListView *m_list;
    QSplitter *m_splitter;
    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_explanation;
    QGridLayout *m_panelGrid;
    QScrollArea *m_scroll;
    int m_columns = 0;
    std::vector<ModelPanel *> m_panels;
    int m_listWidth = 200; ///< Shows every name on one line.
    PaneSizer *m_listSizer = nullptr;
    bool m_stale = false; ///< The selection or the result changed while the explorer was hidden.
    // --- Today's split
    ModelPanel *m_todayPanel = nullptr;
    QWidget *m_todayEmpty = nullptr;
    QHBoxLayout *m_todayButtons = nullptr;
    bool m_hasTodayActions = false;
};

} // namespace splitbench::gui
