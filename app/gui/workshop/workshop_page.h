// The Workshop tab: where the participants disagree (one strip per trait), each person's own answer, and
// what the disagreement decides. For a profile without participants: what a workshop is, and how to start one.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableView;

namespace splitbench::gui {

class DisagreementChart;
class ParticipantTableModel;
class ProfileDocument;
class StableHeightHolder;

class WorkshopPage final : public QWidget {
    Q_OBJECT
public:
    explicit WorkshopPage(ProfileDocument *document, QWidget *parent = nullptr);
    ~WorkshopPage() override;

    /// The "Add participant" button of a plain profile's page; the window connects it.
    [[nodiscard]] QPushButton *addButton() const { return m_addButton; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] ParticipantTableModel *tableModel() const { return m_model; }
    [[nodiscard]] DisagreementChart *chart() const { return m_chart; }
    /// The sentences: whose answers differ, and what the disagreement decides.
    [[nodiscard]] QLabel *disagreementLabel() const { return m_disagreement; }
    [[nodiscard]] QLabel *decisiveLabel() const { return m_decisive; }
    /// True while the workshop view (not the plain profile's explanation) is shown.
    [[nodiscard]] bool showsWorkshop() const;

    /// False, although its sentences wrap: the page fills whatever the tab gives it, and claiming a height for
    /// each width made every relayout of the window (a slider step changes the banner) lay out the page's
    /// sentences again through the tab widget.
    [[nodiscard]] bool hasHeightForWidth() const override { return false; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    ProfileDocument *m_document;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_disagreement = nullptr;
    QLabel *m_decisive = nullptr;
    // The sentences sit in holders: their texts change with slider steps without laying out the window.
    StableHeightHolder *m_disagreementHolder = nullptr;
    StableHeightHolder *m_decisiveHolder = nullptr;
    QScrollArea *m_chartScroll = nullptr;
    DisagreementChart *m_chart = nullptr;
    QTableView *m_table = nullptr;
    ParticipantTableModel *m_model = nullptr;
    bool m_dirty = true;
};

} // namespace splitbench::gui
