#include "workshop_page.h"

#include "disagreement_chart.h"
#include "participant_table_model.h"
#include "profile_document.h"
#include "stable_height_holder.h"
#include "workshop.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace splitbench::gui {

WorkshopPage::WorkshopPage(ProfileDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("workshopPage"));

    // A plain profile: what a workshop is, and the one step that starts one.
    auto *plain = new QWidget;
    auto *intro = new QLabel(tr("<p><b>A workshop collects several people's views.</b> Add the participants (the "
                                "owner, the IT lead, the finance director…); each moves their own sliders, and "
                                "the group's values become their weighted median. This tab then shows where they "
                                "disagree, what each person's own values recommend, and which of their values "
                                "would change the group's answer.</p>"
                                "<p>To collect views by e-mail, export each person's participant file (File menu) "
                                "and import the returned ones.</p>"),
                             plain);
    intro->setObjectName(QStringLiteral("workshopIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setMaximumWidth(640);
    m_addButton = new QPushButton(tr("&Add participant…"), plain);
    m_addButton->setObjectName(QStringLiteral("workshopAddButton"));
    m_addButton->setAccessibleName(tr("Add a workshop participant"));
    auto *plainLayout = new QVBoxLayout(plain);
    plainLayout->setContentsMargins(12, 12, 12, 12);
    plainLayout->addWidget(intro);
    plainLayout->addWidget(m_addButton, 0, Qt::AlignLeft);
    plainLayout->addStretch(1);

    // A workshop: the sentences, then the strips beside the table.
    auto *workshop = new QWidget;
    m_disagreement = new QLabel(workshop);
    m_disagreement->setObjectName(QStringLiteral("disagreementSentence"));
    m_decisive = new QLabel(workshop);
    m_decisive->setObjectName(QStringLiteral("decisiveSentence"));
    for (QLabel *label : {m_disagreement, m_decisive}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    m_chart = new DisagreementChart;
    m_chart->setObjectName(QStringLiteral("disagreementChart"));
    m_chartScroll = new QScrollArea;
    m_chartScroll->setObjectName(QStringLiteral("disagreementScrollArea"));
    m_chartScroll->setWidget(m_chart);
    m_chartScroll->setWidgetResizable(true);
    m_chartScroll->setFrameShape(QFrame::NoFrame);
    m_chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there, so the strips are laid out for the width they are shown at: a scroll bar that appears
    // after the layout would cover the right-hand labels.
    m_chartScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_chartScroll->setFocusPolicy(Qt::NoFocus);

    m_model = new ParticipantTableModel(document, this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("participantTable"));
    m_table->setAccessibleName(tr("Each participant's own answer"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // The answers first, whole; the names and roles (long in some rooms) share what is left and elide, with
    // the whole label in the tooltip.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ParticipantTableModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ParticipantTableModel::RoleColumn, QHeaderView::Stretch);
    header->resizeSection(ParticipantTableModel::NameColumn, header->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 9);
    m_table->setToolTip(tr("Double-click a participant (or press Enter) to show and edit their values"));
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { m_document->setEditedParticipant(index.row()); });

    auto *splitter = new QSplitter(Qt::Horizontal, workshop);
    splitter->setObjectName(QStringLiteral("workshopSplitter"));
    splitter->addWidget(m_chartScroll);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1); // the table's answers whole beside strips that still wrap nothing
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({1000, 800}); // in proportion: the strips a little wider than the table

    auto *workshopLayout = new QVBoxLayout(workshop);
    workshopLayout->setContentsMargins(6, 6, 6, 6);
    m_disagreementHolder = new StableHeightHolder(m_disagreement, workshop);
    m_decisiveHolder = new StableHeightHolder(m_decisive, workshop);
    workshopLayout->addWidget(m_disagreementHolder);
    workshopLayout->addWidget(m_decisiveHolder);
    workshopLayout->addWidget(splitter, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(plain);
    m_stack->addWidget(workshop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    const auto changed = [this] {
        if (isVisible())
            refresh();
        else
            m_dirty = true; // brought up to date when shown
    };
    connect(document, &ProfileDocument::resultChanged, this, changed);
    connect(document, &ProfileDocument::participantsChanged, this, changed);
    // Not participantValuesChanged: a person's values that move the group come with resultChanged (one refresh
    // per slider step, not two), and their notes are not shown here.
    connect(document, &ProfileDocument::editedParticipantChanged, this, changed);
    connect(document, &ProfileDocument::modelsChanged, this, changed);
    refresh();
}

WorkshopPage::~WorkshopPage() = default;

bool WorkshopPage::showsWorkshop() const
{
    return m_stack->currentIndex() == 1;
}

void WorkshopPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

namespace {
/// The sentences change with many slider steps; a step that leaves one as it was must not lay its text out again.
void setTextIfChanged(QLabel *label, StableHeightHolder *holder, const QString &text)
{
    if (label->text() == text)
        return;
    label->setText(text);
    holder->fitText();
}
} // namespace

void WorkshopPage::refresh()
{
    m_dirty = false;
    const bool workshop = m_document->isWorkshop();
    m_stack->setCurrentIndex(workshop ? 1 : 0);
    m_model->refresh();
    if (!workshop)
        return;
    const Profile &profile = m_document->profile();
    const Catalogue &catalogue = m_document->catalogue();
    const WorkshopAnalysis &analysis = m_document->workshopAnalysis();
    const QString differ = disagreementSentence(analysis, catalogue, profile);
    if (differ.isEmpty()) {
        // Everyone who counts gives the same answer: say which.
        int answer = analysis.groupRecommended;
        for (const ParticipantOutcome &outcome : analysis.outcomes)
            if (profile.participants[static_cast<size_t>(outcome.participant)].weight > 0) {
                answer = outcome.isTie() ? -1 : outcome.recommended;
                break;
            }
        setTextIfChanged(m_disagreement, m_disagreementHolder,
                         tr("The participants agree: each one's own values recommend %1.")
                             .arg(answerName(catalogue, answer)));
    } else {
        setTextIfChanged(m_disagreement, m_disagreementHolder, differ);
    }
    setTextIfChanged(m_decisive, m_decisiveHolder, decisiveSentence(analysis, catalogue, profile));
    m_chart->setWorkshop(catalogue, profile, analysis, m_document->editedParticipant());
}

} // namespace splitbench::gui
