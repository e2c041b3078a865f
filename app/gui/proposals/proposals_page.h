// The Proposals tab (issue 20): two or three models side by side — by default the profile's proposals (custom
// models) — with fit, cost, contract term, notice and service levels against the usual market ranges, the
// findings of each split in plain words, and an editor of a proposal's terms. For a profile without proposals:
// what a proposal is, and where to get one.
#pragma once

#include "proposal_check.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QUrl;

namespace splitbench::gui {

class ProfileDocument;
class ProposalComparisonModel;
class ServiceLevelModel;

class ProposalsPage final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxCompared = 3;

    explicit ProposalsPage(ProfileDocument *document, QWidget *parent = nullptr);
    ~ProposalsPage() override;

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] ProposalComparisonModel *tableModel() const { return m_model; }
    /// The three "Compare" selectors; the third may be set to none.
    [[nodiscard]] QComboBox *modelSelector(int slot) const { return m_selectors.at(static_cast<size_t>(slot)); }
    [[nodiscard]] QTextBrowser *findingsView() const { return m_findingsView; }
    /// The findings listed for each compared model (checkModel()), in column order.
    [[nodiscard]] const std::vector<std::vector<Finding>> &findings() const { return m_findings; }
    /// The proposal whose terms are edited, its notice period and its service levels.
    [[nodiscard]] QComboBox *termsSelector() const { return m_termsSelector; }
    [[nodiscard]] QSpinBox *noticeEditor() const { return m_notice; }
    [[nodiscard]] QTableView *serviceLevelView() const { return m_levelsView; }
    [[nodiscard]] ServiceLevelModel *serviceLevelModel() const { return m_levels; }
    [[nodiscard]] QPushButton *addLevelButton() const { return m_addLevel; }
    [[nodiscard]] QPushButton *removeLevelButton() const { return m_removeLevel; }
    [[nodiscard]] QPushButton *duplicateButton() const { return m_duplicate; }
    /// "Price and Term…": the Cost tab on the chosen proposal's prices.
    [[nodiscard]] QPushButton *costButton() const { return m_costButton; }
    /// Why the last edit of the terms was refused, or empty.
    [[nodiscard]] QString termsProblem() const;
    /// True while the comparison (not the explanation of a profile without proposals) is shown.
    [[nodiscard]] bool showsComparison() const;
    /// How many times the comparison was rebuilt (its models, costs, terms and findings): never on a slider step.
    [[nodiscard]] int rebuildCount() const { return m_rebuilds; }
    /// Goes to the activity of finding `index` of compared column `column` (what activating its link does).
    void activateFinding(int column, int index);

    [[nodiscard]] bool hasHeightForWidth() const override { return false; }

signals:
    /// A finding was activated: show `activity` of `dimension` in `model`'s panel of the Dimension explorer.
    void findingActivated(int model, int dimension, int activity);
    /// "Change in the Cost tab…": the contract term and the prices are edited there.
    void costTabRequested(int model);
    /// The empty page's "Duplicate a Model…".
    void duplicateRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void changed(bool structure);
    void refresh();
    void rebuild();
    void rebuildSelectors();
    void fitTableWidth();
    void fitRightSplit();
    [[nodiscard]] int columnContentWidth(int column) const;
    void rebuildFindings();
    void refreshTermsEditor();
    [[nodiscard]] QStringList defaultChoice() const;
    [[nodiscard]] std::vector<int> comparedModels() const;
    [[nodiscard]] int editedProposal() const;
    void setNotice(int months);
    void addServiceLevel();
    void removeServiceLevel();
    void showTermsProblem(const QString &problem);
    void openLink(const QUrl &url);

    ProfileDocument *m_document;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_duplicate = nullptr;
    std::vector<QComboBox *> m_selectors;
    QTableView *m_table = nullptr;
    ProposalComparisonModel *m_model = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QTextBrowser *m_findingsView = nullptr;
    QComboBox *m_termsSelector = nullptr;
    QLabel *m_termLabel = nullptr;
    QPushButton *m_costButton = nullptr;
    QSpinBox *m_notice = nullptr;
    QTableView *m_levelsView = nullptr;
    ServiceLevelModel *m_levels = nullptr;
    QPushButton *m_addLevel = nullptr;
    QPushButton *m_removeLevel = nullptr;
    QLabel *m_problem = nullptr;

    QStringList m_choice;     ///< Model ids per selector ("" for none); remembered while the session lasts.
    bool m_userChose = false; ///< False: the choice follows the profile's proposals.
    bool m_userSized = false; ///< The user moved the splitter: the table keeps the width they chose.
    bool m_userSizedRight = false; ///< Likewise for the findings and the terms editor.
    QString m_termsModelId;   ///< The proposal whose terms are edited.
    std::vector<std::vector<Finding>> m_findings;
    std::vector<int> m_compared;
    bool m_structureDirty = true;
    bool m_fitsDirty = true;
    bool m_queued = false;
    int m_rebuilds = 0;
};

} // namespace splitbench::gui
