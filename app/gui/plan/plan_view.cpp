#include "plan_view.h"

#include "plan_formats.h"
#include "plan_table_model.h"
#include "profile_document.h"
#include "today_actions.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>

namespace splitbench::gui {

PlanView::PlanView(ProfileDocument *document, TodayActions *todayActions, QWidget *parent)
    : QWidget(parent), m_document(document), m_pages(new QStackedWidget(this)), m_empty(new QWidget),
      m_content(new QWidget), m_target(new QComboBox), m_summary(new QLabel), m_noChange(new QLabel),
      m_csv(new QPushButton(tr("Export &CSV…"))), m_xlsx(new QPushButton(tr("Export E&xcel…"))),
      m_markdown(new QPushButton(tr("Export &Markdown…"))), m_table(new QTableView), m_model(new PlanTableModel(this))
{
    setObjectName(QStringLiteral("planView"));

    // Without today's split: what the plan is for, and how to start.
    m_empty->setObjectName(QStringLiteral("planEmptyState"));
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    auto *emptyText = new QLabel(
        tr("<h3>No split of today recorded yet</h3>"
           "<p>The handover plan lists every activity that changes hands on the way from who does what today to a "
           "model: from whom to whom, the RACI letters before and after, and a checklist line for each step, "
           "ordered so that what others depend on comes first.</p>"
           "<p>Record today's split to see it. Start from one of these and adjust it in the Dimension explorer:</p>"));
    emptyText->setObjectName(QStringLiteral("planEmptyText"));
    emptyText->setWordWrap(true);
    emptyText->setTextFormat(Qt::RichText);
    emptyLayout->addWidget(emptyText);
    auto *buttons = new QHBoxLayout;
    TodayActions::addStartButtons(todayActions, m_empty, buttons, QStringLiteral("planToday"));
    buttons->addStretch(1);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch(1);

    // With it: the target, the summary, the exports and the steps.
    auto *targetLabel = new QLabel(tr("&Target model:"));
    targetLabel->setBuddy(m_target);
    m_target->setObjectName(QStringLiteral("planTarget"));
    m_target->setAccessibleName(tr("Target model of the handover plan"));
    m_target->setToolTip(tr("The model the plan leads to; the recommended model until you choose another"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_csv->setObjectName(QStringLiteral("planExportCsv"));
    m_csv->setAccessibleName(tr("Export the handover plan as CSV"));
    m_xlsx->setObjectName(QStringLiteral("planExportXlsx"));
    m_xlsx->setAccessibleName(tr("Export the handover plan as an Excel workbook"));
    m_markdown->setObjectName(QStringLiteral("planExportMarkdown"));
    m_markdown->setAccessibleName(tr("Export the handover plan as a Markdown task list"));
    connect(m_csv, &QPushButton::clicked, this, [this] { emit exportRequested(0); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { emit exportRequested(1); });
    connect(m_markdown, &QPushButton::clicked, this, [this] { emit exportRequested(2); });
    auto *top = new QHBoxLayout;
    top->addWidget(targetLabel);
    top->addWidget(m_target);
    top->addStretch(1);
    top->addWidget(m_csv);
    top->addWidget(m_xlsx);
    top->addWidget(m_markdown);

    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noChange->setObjectName(QStringLiteral("planNoChange"));
    m_noChange->setWordWrap(true);
    m_noChange->setText(tr("Today's split already matches this model: no activity changes hands. Choose another "
                           "target model, or edit today's split in the Dimension explorer."));
    m_noChange->setForegroundRole(QPalette::PlaceholderText);

    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setAccessibleName(tr("Steps of the handover plan"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < PlanTableModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Names wrap in columns of their own width; the checklist takes the rest, but never less than a readable
    // width (on a laptop the table then scrolls sideways rather than squeezing it to a word per line).
    header->setSectionResizeMode(PlanTableModel::ChecklistColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(PlanTableModel::ActivityColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(PlanTableModel::DimensionColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(PlanTableModel::ActivityColumn, 170);
    m_table->setColumnWidth(PlanTableModel::DimensionColumn, 120);
    m_table->viewport()->installEventFilter(this);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(12, 10, 12, 12);
    contentLayout->setSpacing(8);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_noChange);
    contentLayout->addWidget(m_table, 1);

    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_target, &QComboBox::activated, this, [this](int index) { setTargetModel(index); });
    connect(document, &ProfileDocument::modelsChanged, this, [this] {
        rebuildTargets();
        recompute();
    });
    connect(document, &ProfileDocument::todayChanged, this, &PlanView::recompute);
    connect(document, &ProfileDocument::todayResponsibilityChanged, this, &PlanView::recompute);
    // A slider step: only whether the recommended model (the followed target) moved.
    connect(document, &ProfileDocument::resultChanged, this, &PlanView::followRecommendation);
    rebuildTargets();
    recompute();
}

int PlanView::targetModel() const
{
    return m_document->hasToday() ? m_target->currentIndex() : -1;
}

void PlanView::setTargetModel(int model)
{
    if (model < 0 || model >= m_document->modelCount())
        return;
    m_follow = false;
    if (m_target->currentIndex() != model)
        m_target->setCurrentIndex(model);
    recompute();
}

const HandoverPlan &PlanView::plan() const
{
    return m_model->plan();
}

QString PlanView::summaryText() const
{
    return m_summary->text();
}

bool PlanView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &PlanView::fitChecklistColumn, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void PlanView::fitChecklistColumn()
{
    constexpr int kLeastChecklist = 280;
    int others = 0;
    for (int c = 0; c < PlanTableModel::ColumnCount; ++c)
        if (c != PlanTableModel::ChecklistColumn)
            others += m_table->columnWidth(c);
    m_table->setColumnWidth(PlanTableModel::ChecklistColumn,
                            std::max(kLeastChecklist, m_table->viewport()->width() - others));
}

void PlanView::rebuildTargets()
{
    const QSignalBlocker blocker(m_target);
    const int was = m_target->currentIndex();
    m_target->clear();
    for (const ServiceModel &model : m_document->catalogue().models)
        m_target->addItem(model.name);
    const int recommended = m_document->result().recommended;
    m_target->setCurrentIndex(m_follow || was < 0 || was >= m_target->count() ? recommended : was);
}

void PlanView::followRecommendation()
{
    const int recommended = m_document->result().recommended;
    if (!m_follow || m_target->currentIndex() == recommended)
        return;
    {
        const QSignalBlocker blocker(m_target);
        m_target->setCurrentIndex(recommended);
    }
    recompute();
}

void PlanView::recompute()
{
    if (!m_document->hasToday()) {
        m_model->setPlan(&m_document->catalogue(), HandoverPlan{});
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    m_pages->setCurrentWidget(m_content);
    const int target = m_target->currentIndex();
    if (target < 0)
        return;
    HandoverPlan plan = planHandover(m_document->catalogue(), m_document->profile().asIs->responsibilities, target);
    const QString from = tr("today's split");
    m_summary->setText(planSummary(m_document->catalogue(), plan, from) +
                       (plan.empty() ? QString() : u' ' + planOrderSentence()));
    m_noChange->setVisible(plan.empty());
    m_table->setVisible(!plan.empty());
    m_model->setPlan(&m_document->catalogue(), std::move(plan));
    QMetaObject::invokeMethod(this, &PlanView::fitChecklistColumn, Qt::QueuedConnection);
}

} // namespace splitbench::gui
