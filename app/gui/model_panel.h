// One model's side of the dimension explorer (or today's split's): description, fit, explanation and who does what.
#pragma once

#include <QFrame>

class QLabel;
class QTableView;
class QToolButton;

namespace splitbench::gui {

class ProfileDocument;
class ActivityTableModel;

class ModelPanel final : public QFrame {
    Q_OBJECT
public:
    /// The least width that shows the activity table's columns whole beside a readable activity name, in the
    /// current language and `font`; the same for every dimension, so the explorer arranges them all alike.
    [[nodiscard]] static int minimumWidthFor(const QFont &font);

    /// `model` ProfileDocument::kTodayModel shows today's split: titled "Today", in a neutral colour on the
    /// alternate background, editable like a custom model, with a Remove button instead of Duplicate.
    ModelPanel(ProfileDocument *document, int model, int dimension, QWidget *parent = nullptr);
    [[nodiscard]] bool isToday() const;

    [[nodiscard]] int serviceModel() const { return m_model; }
    void setDimension(int dimension);
    [[nodiscard]] int dimension() const { return m_dimension; }

    [[nodiscard]] QString descriptionText() const;
    [[nodiscard]] QString fitText() const;
    [[nodiscard]] QString explanationText() const;
    [[nodiscard]] QTableView *activityView() const { return m_activities; }
    [[nodiscard]] ActivityTableModel *activityModel() const { return m_activityModel; }

signals:
    void duplicateRequested(int model);
    void renameRequested(int model);
    void removeRequested(int model);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void refresh();
    void refreshToday();
    void fitTableHeight();

    ProfileDocument *m_document;
    int m_model;
    int m_dimension;
    QFrame *m_colourBar;
    QLabel *m_title;
    QLabel *m_fit;
    QLabel *m_description;
    QLabel *m_explanation;
    QLabel *m_warning;
    QLabel *m_hint;
    QTableView *m_activities;
    ActivityTableModel *m_activityModel;
    bool m_stale = false; ///< The result changed while the panel was hidden; refreshed when shown.
};

} // namespace splitbench::gui
