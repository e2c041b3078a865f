#include "scenarios_page.h"

#include "profile_document.h"
#include "scenario_comparison_model.h"
#include "scenarios.h"
#include "stable_height_holder.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace splitbench::gui {

ScenariosPage::ScenariosPage(ProfileDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("scenariosPage"));

    // No scenarios yet: what they are, and the one step that adds one.
    auto *empty = new QWidget;
    auto *intro = new QLabel(tr("<p><b>A scenario is a variant of your organisation</b> — \"After the "
                                "acquisition\", \"If the IT lead leaves\". It keeps the profile's values and "
                                "changes only those you set in it: traits, the organisation's size and cost "
                                "figures, prices.</p>"
                                "<p>Choose a scenario in the tool bar to see the whole workbench as it would be "
                                "then and to edit it. This tab shows each model's fit (and cost) as profiled and "
                                "in every scenario side by side, and whether the recommendation holds in all of "
                                "them.</p>"),
                             empty);
    intro->setObjectName(QStringLiteral("scenariosIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setMaximumWidth(640);
    m_addButton = new QPushButton(tr("&New Scenario…"), empty);
    m_addButton->setObjectName(QStringLiteral("scenariosAddButton"));
    m_addButton->setAccessibleName(tr("Add a scenario"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(12, 12, 12, 12);
    emptyLayout->addWidget(intro);
    emptyLayout->addWidget(m_addButton, 0, Qt::AlignLeft);
    emptyLayout->addStretch(1);

    auto *comparison = new QWidget;
    m_sentence = new QLabel(comparison);
    m_sentence->setObjectName(QStringLiteral("scenarioSentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextFormat(Qt::PlainText);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sentenceHolder = new StableHeightHolder(m_sentence, comparison);

    m_model = new ScenarioComparisonModel(this);
    m_table = new QTableView(comparison);
    m_table->setObjectName(QStringLiteral("scenarioTable"));
    m_table->setAccessibleName(tr("Each model's fit and cost in every scenario"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setToolTip(tr("Double-click a column (or press Enter) to show and edit that scenario"));
    QHeaderView *columns = m_table->horizontalHeader();
    // Each column as wide as its scenario's name (and its "(flips)"), up to a limit: a long name is elided, whole
    // in the tooltip.
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setMaximumSectionSize(columns->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 24);
    columns->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_document->setEditedScenario(m_model->scenarioOfColumn(index.column()));
    });
    connect(columns, &QHeaderView::sectionDoubleClicked, this,
            [this](int column) { m_document->setEditedScenario(m_model->scenarioOfColumn(column)); });

    auto *hint = new QLabel(tr("Bold: the recommended model in each column. A column marked \"(flips)\" "
                               "recommends something else than the profile as profiled."),
                            comparison);
    hint->setObjectName(QStringLiteral("scenarioLegend"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *comparisonLayout = new QVBoxLayout(comparison);
    comparisonLayout->setContentsMargins(6, 6, 6, 6);
    comparisonLayout->addWidget(m_sentenceHolder);
    comparisonLayout->addWidget(m_table, 1);
    comparisonLayout->addWidget(hint);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(comparison);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    const auto changed = [this] {
        if (!isVisible()) {
            m_dirty = true; // brought up to date when shown: a slider step costs nothing here meanwhile
            return;
        }
        // One step of a shown scenario says both resultChanged and scenariosChanged: compare once, from the
        // event loop, before the window is painted.
        if (!m_queued) {
            m_queued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_queued = false;
                    if (isVisible())
                        refresh();
                    else
                        m_dirty = true;
                },
                Qt::QueuedConnection);
        }
    };
    connect(document, &ProfileDocument::resultChanged, this, changed);
    connect(document, &ProfileDocument::scenariosChanged, this, changed);
    connect(document, &ProfileDocument::costsChanged, this, changed);
    connect(document, &ProfileDocument::modelsChanged, this, changed);
    connect(document, &ProfileDocument::editedScenarioChanged, m_model, &ScenarioComparisonModel::setEditedScenario);
    m_model->setEditedScenario(document->editedScenario());
    refresh();
}

ScenariosPage::~ScenariosPage() = default;

bool ScenariosPage::showsComparison() const
{
    return m_stack->currentIndex() == 1;
}

void ScenariosPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ScenariosPage::refresh()
{
    m_dirty = false;
    ++m_refreshes;
    const bool any = m_document->scenarioCount() > 0;
    m_stack->setCurrentIndex(any ? 1 : 0);
    if (!any) {
        m_model->setComparison({}, m_document->catalogue());
        return;
    }
    m_model->setComparison(compareScenarios(m_document->engine(), m_document->profile()), m_document->catalogue());
    const QString &sentence = m_model->comparison().sentence;
    if (m_sentence->text() != sentence) {
        m_sentence->setText(sentence);
        m_sentenceHolder->fitText();
    }
}

} // namespace splitbench::gui
