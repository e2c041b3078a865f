#include "profile_panel.h"

#include "accessibility.h"
#include "importance_editor.h"
#include "note_edit.h"
#include "profile_document.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace splitbench::gui {

namespace {
QString formatValue(double value)
{
    return value == std::round(value) ? QString::number(static_cast<int>(value)) : QLocale().toString(value, 'f', 1);
}
} // namespace

ProfilePanel::ProfilePanel(ProfileDocument *document, std::vector<ExampleProfile> examples, QWidget *parent)
    : QWidget(parent), m_document(document), m_examples(std::move(examples))
{
    setObjectName(QStringLiteral("profilePanel"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Example Ltd (40 staff)"));
    m_name->setAccessibleName(tr("Organisation name"));
    enableClearButton(m_name);
    connect(m_name, &QLineEdit::textEdited, m_document, &ProfileDocument::setProfileName);
    auto *nameLabel = new QLabel(tr("&Organisation:"), this);
    nameLabel->setBuddy(m_name);
    // Whom the reports are for, when it should read otherwise than the organisation's name (the name shows as
    // the placeholder, as that is what the reports say without one).
    m_preparedFor = new QLineEdit(this);
    m_preparedFor->setObjectName(QStringLiteral("preparedForEdit"));
    m_preparedFor->setAccessibleName(tr("Reports prepared for"));
    m_preparedFor->setToolTip(tr("Whom the reports are for: on the cover and in every page's footer. Empty: the "
                                 "organisation's name."));
    m_preparedFor->setMaxLength(Prepared::kMaxLength);
    enableClearButton(m_preparedFor);
    connect(m_preparedFor, &QLineEdit::textEdited, m_document, &ProfileDocument::setPreparedFor);
    auto *preparedForLabel = new QLabel(tr("Reports prepared for:"), this);
    preparedForLabel->setBuddy(m_preparedFor);

    m_examplesButton = new QPushButton(this);
    m_examplesButton->setObjectName(QStringLiteral("examplesButton"));
    m_examplesButton->setText(tr("Start from an e&xample"));
    m_examplesButton->setAccessibleName(tr("Start from an example organisation"));
    m_examplesButton->setToolTip(tr("Replace the trait values, importance and notes with one of the example "
                                    "organisations (custom models are kept; Undo restores your values)"));
    auto *menu = new QMenu(m_examplesButton);
    for (size_t i = 0; i < m_examples.size(); ++i) {
        const QString name = m_examples[i].profile.name;
        auto *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("exampleAction_%1").arg(i));
        connect(action, &QAction::triggered, this, [this, i, name] {
            m_document->replaceContent(m_examples[i].profile, tr("Apply example \"%1\"").arg(name));
            emit message(tr("Applied the example \"%1\". Undo restores your previous values.").arg(name));
        });
        m_exampleActions << action;
    }
    m_examplesButton->setMenu(menu);
    m_examplesButton->setEnabled(!m_examples.empty());

    m_importance = new ImportanceEditor(document, this);
    connect(m_importance, &ImportanceEditor::message, this, &ProfilePanel::message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->setAccessibleName(tr("Profile pages"));
    m_tabs->addTab(createTraitsPage(), tr("&Traits"));
    m_tabs->addTab(m_importance, tr("I&mportance"));
    m_tabs->setDocumentMode(true);

    m_participants = new QComboBox;
    m_participants->setObjectName(QStringLiteral("participantCombo"));
    m_participants->setAccessibleName(tr("Whose values"));
    m_participants->setToolTip(tr("Show and edit the group's values or one workshop participant's"));
    m_participants->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_participants->setMinimumContentsLength(12); // long names are elided, not widening the dock
    connect(m_participants, &QComboBox::activated, this,
            [this](int index) { m_document->setEditedParticipant(index - 1); });
    auto *participantsLabel = new QLabel(tr("&Values of:"));
    participantsLabel->setBuddy(m_participants);
    m_participantMenuButton = new QToolButton;
    m_participantMenuButton->setObjectName(QStringLiteral("participantMenuButton"));
    m_participantMenuButton->setText(tr("Participants"));
    m_participantMenuButton->setAccessibleName(tr("Workshop participants"));
    m_participantMenuButton->setPopupMode(QToolButton::InstantPopup);
    m_participantMenuButton->setMenu(new QMenu(m_participantMenuButton));
    m_participantMenuButton->setEnabled(false); // until the window gives it actions
    m_groupHint = new QLabel(this);
    m_groupHint->setObjectName(QStringLiteral("groupHint"));
    m_groupHint->setWordWrap(true);
    m_groupHint->setForegroundRole(QPalette::PlaceholderText);
    QFont hintFont = font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.9);
    m_groupHint->setFont(hintFont);
    // Shown only for a workshop: a plain profile's panel is as it always was (Edit ▸ Workshop Participants and
    // the Workshop tab start a workshop).
    m_participantsRow = new QWidget(this);
    m_participantsRow->setObjectName(QStringLiteral("participantsRow"));
    auto *participantsRow = new QHBoxLayout(m_participantsRow);
    participantsRow->setContentsMargins(0, 0, 0, 0);
    participantsRow->setSpacing(4);
    participantsRow->addWidget(participantsLabel);
    participantsRow->addWidget(m_participants, 1);
    participantsRow->addWidget(m_participantMenuButton);

    auto *header = new QVBoxLayout;
    header->setSpacing(3);
    header->addWidget(nameLabel);
    header->addWidget(m_name); // full width: organisation names are long
    header->addWidget(preparedForLabel);
    header->addWidget(m_preparedFor);
    header->addWidget(m_examplesButton, 0, Qt::AlignLeft);
    header->addWidget(m_participantsRow);
    header->addWidget(m_groupHint);
    // --- Scenarios: which one the sliders change (the tool bar's selector chooses it).
    m_scenarioHint = new QLabel(this);
    m_scenarioHint->setObjectName(QStringLiteral("scenarioHint"));
    m_scenarioHint->setWordWrap(true);
    m_scenarioHint->setTextFormat(Qt::PlainText);
    m_scenarioHint->setFont(hintFont);
    m_scenarioHint->setVisible(false);
    header->addWidget(m_scenarioHint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(document, &ProfileDocument::traitChanged, this, &ProfilePanel::refreshTrait);
    connect(document, &ProfileDocument::noteChanged, this, &ProfilePanel::refreshNote);
    connect(document, &ProfileDocument::uncertaintyChanged, this, [this](int trait) {
        if (trait >= 0)
            refreshUncertainty(trait);
    });
    connect(document, &ProfileDocument::profileNameChanged, this, [this] {
        if (m_name->text() != m_document->profile().name)
            m_name->setText(m_document->profile().name);
        refreshPreparedFor(); // the placeholder
    });
    connect(document, &ProfileDocument::preparedForChanged, this, &ProfilePanel::refreshPreparedFor);
    connect(document, &ProfileDocument::profileReset, this, &ProfilePanel::refreshAll);
    connect(document, &ProfileDocument::participantsChanged, this, &ProfilePanel::rebuildParticipants);
    connect(document, &ProfileDocument::editedParticipantChanged, this, [this] {
        rebuildParticipants();
        refreshAll(); // someone else's values now
    });
    connect(document, &ProfileDocument::editedScenarioChanged, this, [this] {
        refreshScenario();
        refreshAll(); // the scenario's values now
    });
    connect(document, &ProfileDocument::scenariosChanged, this, &ProfilePanel::refreshScenario);
    rebuildParticipants();
    refreshScenario();
    refreshAll();
}

void ProfilePanel::setParticipantActions(const QList<QAction *> &actions)
{
    QMenu *menu = m_participantMenuButton->menu();
    menu->clear();
    for (QAction *action : actions)
        menu->addAction(action);
    m_participantMenuButton->setEnabled(!actions.isEmpty());
}

void ProfilePanel::rebuildParticipants()
{
    const Profile &profile = m_document->profile();
    QStringList items{tr("Group")};
    for (const Participant &person : profile.participants)
        items << person.label();
    QStringList current;
    for (int i = 0; i < m_participants->count(); ++i)
        current << m_participants->itemText(i);
    if (current != items) {
        const QSignalBlocker blocker(m_participants);
        m_participants->clear();
        m_participants->addItems(items);
        for (int i = 0; i < m_participants->count(); ++i)
            m_participants->setItemData(i, items[i], Qt::ToolTipRole); // the whole of an elided name
    }
    {
        const QSignalBlocker blocker(m_participants);
        m_participants->setCurrentIndex(m_document->editedParticipant() + 1);
    }
    m_participantsRow->setVisible(m_document->isWorkshop());
    refreshEditable();
}

void ProfilePanel::refreshEditable()
{
    const bool computed = m_document->groupValuesComputed();
    m_groupHint->setVisible(computed && !m_document->editsScenario());
    if (computed)
        m_groupHint->setText(m_document->profile().consensus == ConsensusMethod::WeightedMean
                                 ? tr("The group's values are the participants' weighted mean. Pick a person to "
                                      "change theirs.")
                                 : tr("The group's values are the participants' weighted median. Pick a person to "
                                      "change theirs."));
    // A scenario applies on top of the group's values: its own values are edited, the group's stay computed.
    const bool scenario = m_document->editsScenario();
    for (const TraitRow &row : m_rows) {
        row.slider->setEnabled(!computed || scenario);
        row.uncertainty->setReadOnly(computed || scenario);
        row.note->setReadOnly(scenario);
    }
}

// --- Scenarios

void ProfilePanel::refreshScenario()
{
    const int scenario = m_document->editedScenario();
    m_scenarioHint->setVisible(scenario >= 0);
    if (scenario >= 0)
        m_scenarioHint->setText(
            tr("Scenario \"%1\": the sliders change the scenario; a trait it sets is marked with a reset button, "
               "the others follow the profile. Notes, uncertainty and importance are the profile's.")
                .arg(m_document->profile().scenarios[static_cast<size_t>(scenario)].name));
    for (int t = 0; t < static_cast<int>(m_rows.size()); ++t)
        refreshOverride(t);
    refreshEditable();
}

void ProfilePanel::refreshOverride(int trait)
{
    QToolButton *reset = m_rows[static_cast<size_t>(trait)].reset;
    const bool sets = m_document->scenarioSetsTrait(trait);
    if (reset->isVisibleTo(this) != sets)
        reset->setVisible(sets);
}

QWidget *ProfilePanel::createTraitsPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(4);

    const Catalogue &catalogue = m_document->baseCatalogue();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    QFont bold = font();
    bold.setBold(true);

    for (size_t t = 0; t < catalogue.traits.size(); ++t) {
        const Trait &trait = catalogue.traits[t];
        const int index = static_cast<int>(t);
        TraitRow row;

        auto *name = new QLabel(trait.name, page);
        name->setTextFormat(Qt::PlainText); // plain text with a bold font: no rich-text document per row
        name->setFont(bold);
        name->setWordWrap(true); // long names (German ones especially) wrap rather than widen the dock
        name->setToolTip(trait.description);
        row.value = new QLabel(page);
        row.value->setObjectName(QStringLiteral("traitValue_%1").arg(trait.id));
        row.value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // Fixed size: then a new value does not relayout the panel (its wrapped labels are costly to lay out)
        // on every slider step.
        row.value->setFixedSize(row.value->fontMetrics().horizontalAdvance(QStringLiteral("100.0")) + 2,
                                row.value->fontMetrics().height());

        row.slider = new QSlider(Qt::Horizontal, page);
        row.slider->setObjectName(QStringLiteral("traitSlider_%1").arg(trait.id));
        row.slider->setRange(0, 100);
        row.slider->setSingleStep(1);
        row.slider->setPageStep(10);
        row.slider->setTickPosition(QSlider::TicksBelow);
        row.slider->setTickInterval(25);
        row.slider->setToolTip(trait.description);
        row.slider->setAccessibleName(trait.name);
        row.slider->setAccessibleDescription(
            tr("%1 0 means \"%2\", 100 means \"%3\".").arg(trait.description, trait.lowLabel, trait.highLabel));
        name->setBuddy(row.slider);

        // --- Scenarios: a trait the edited scenario sets shows this button; it returns the trait to the profile's
        // value.
        row.reset = new QToolButton(page);
        row.reset->setObjectName(QStringLiteral("traitReset_%1").arg(trait.id));
        row.reset->setText(tr("↺ Profile"));
        row.reset->setAutoRaise(true);
        row.reset->setFont(small);
        row.reset->setAccessibleName(tr("Use the profile's value of %1").arg(trait.name));
        row.reset->setToolTip(tr("The scenario sets this trait. Click to use the profile's value again."));
        row.reset->setFixedHeight(row.value->height() + 2);
        row.reset->setVisible(false);
        connect(row.reset, &QToolButton::clicked, this, [this, index] { m_document->resetScenarioTrait(index); });

        auto *low = new QLabel(trait.lowLabel, page);
        auto *high = new QLabel(trait.highLabel, page);
        for (QLabel *end : {low, high}) {
            end->setFont(small);
            end->setWordWrap(true); // long end labels wrap rather than widen the dock
            end->setForegroundRole(QPalette::PlaceholderText);
            end->setToolTip(trait.description);
        }
        low->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        high->setAlignment(Qt::AlignRight | Qt::AlignTop);

        row.note = new NoteEdit(page); // several lines: a note is a sentence or two, sometimes a list
        row.note->setObjectName(QStringLiteral("traitNote_%1").arg(trait.id));
        row.note->setPlaceholderText(tr("Why we set this…"));
        row.note->setAccessibleName(tr("Note on %1").arg(trait.name));
        row.note->setFont(small);

        row.uncertainty = new QDoubleSpinBox(page);
        row.uncertainty->setObjectName(QStringLiteral("traitUncertainty_%1").arg(trait.id));
        row.uncertainty->setRange(0, Profile::kMaxUncertainty);
        row.uncertainty->setDecimals(0);
        row.uncertainty->setSingleStep(5);
        row.uncertainty->setPrefix(tr("±"));
        row.uncertainty->setFont(small);
        row.uncertainty->setAccessibleName(tr("Uncertainty of %1").arg(trait.name));
        // The editor inside the spin box is what takes the focus; screen readers announce its name.
        if (auto *editor = row.uncertainty->findChild<QLineEdit *>())
            editor->setAccessibleName(row.uncertainty->accessibleName());
        row.uncertainty->setToolTip(tr("How sure you are of this value: the Sensitivity view varies it by up to "
                                       "this many points either way"));
        connect(row.uncertainty, &QDoubleSpinBox::valueChanged, this,
                [this, index](double value) { m_document->setTraitUncertainty(index, value); });

        connect(row.slider, &QSlider::sliderPressed, this, [this] { ++m_dragSession; });
        connect(row.slider, &QSlider::sliderReleased, this, &ProfilePanel::dragFinished);
        connect(row.slider, &QSlider::valueChanged, this, [this, index](int value) {
            // A mouse drag is one undo step; each key press or wheel step is its own.
            const QSlider *slider = m_rows[static_cast<size_t>(index)].slider;
            m_document->setTrait(index, value, slider->isSliderDown() ? m_dragSession : 0);
        });
        connect(row.note, &NoteEdit::noteEdited, this,
                [this, index](const QString &text) { m_document->setNote(index, text); });

        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(6);
        grid->setVerticalSpacing(1);
        auto *valueBox = new QHBoxLayout;
        valueBox->setSpacing(4);
        valueBox->addStretch(1);
        valueBox->addWidget(row.reset);
        valueBox->addWidget(row.value);
        grid->addWidget(name, 0, 0);
        grid->addLayout(valueBox, 0, 1, 1, 2);
        grid->addWidget(row.slider, 1, 0, 1, 2);
        grid->addWidget(row.uncertainty, 1, 2); // next to the slider; the slider yields the room
        auto *ends = new QHBoxLayout;
        ends->addWidget(low, 1);
        ends->addWidget(high, 1);
        grid->addLayout(ends, 2, 0, 1, 3);
        grid->addWidget(row.note, 3, 0, 1, 3);
        grid->setColumnStretch(0, 1);
        layout->addLayout(grid);
        // Tab follows the screen: the slider, the ± box beside it, then the note below (they were created in
        // another order).
        if (!m_rows.empty())
            QWidget::setTabOrder(m_rows.back().note, row.slider);
        QWidget::setTabOrder(row.slider, row.uncertainty);
        QWidget::setTabOrder(row.uncertainty, row.reset);
        QWidget::setTabOrder(row.reset, row.note);
        if (t + 1 < catalogue.traits.size())
            layout->addSpacing(8);
        m_rows.push_back(row);
    }
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("traitsScrollArea"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Organisation traits"));
    // Not a Tab stop of its own: it would take the focus without showing it. It scrolls to whichever of its
    // controls has the focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    return scroll;
}

void ProfilePanel::showTab(int tab)
{
    m_tabs->setCurrentIndex(tab);
}

void ProfilePanel::refreshTrait(int trait)
{
    const TraitRow &row = m_rows[static_cast<size_t>(trait)];
    const double value = m_document->shownTrait(trait);
    const int position = static_cast<int>(std::lround(value));
    if (row.slider->value() != position) {
        // The document is the source of truth; echoing its value must not push another undo step.
        const QSignalBlocker blocker(row.slider);
        row.slider->setValue(position);
    }
    row.value->setText(formatValue(value));
    refreshOverride(trait);
}

void ProfilePanel::refreshNote(int trait)
{
    const TraitRow &row = m_rows[static_cast<size_t>(trait)];
    const QString note = m_document->shownNote(trait);
    row.note->setNote(note); // the start of a long note shows, unless the user is typing in it
}

void ProfilePanel::refreshUncertainty(int trait)
{
    const TraitRow &row = m_rows[static_cast<size_t>(trait)];
    const double value = m_document->shownTraitUncertainty(trait);
    if (row.uncertainty->value() != value) {
        const QSignalBlocker blocker(row.uncertainty); // an echo of the document is not an edit
        row.uncertainty->setValue(value);
    }
}

void ProfilePanel::refreshPreparedFor()
{
    const QString name = m_document->profile().name.trimmed();
    m_preparedFor->setPlaceholderText(name.isEmpty() ? tr("the organisation's name") : name);
    const QString forWhom = m_document->profile().prepared ? m_document->profile().prepared->forWhom : QString();
    if (m_preparedFor->text() != forWhom) {
        m_preparedFor->setText(forWhom);
        m_preparedFor->setCursorPosition(0);
    }
}

void ProfilePanel::refreshAll()
{
    refreshPreparedFor();
    if (m_name->text() != m_document->profile().name) {
        m_name->setText(m_document->profile().name);
        m_name->setCursorPosition(0); // show the start of a long name
    }
    for (int t = 0; t < static_cast<int>(m_rows.size()); ++t) {
        refreshTrait(t);
        refreshNote(t);
        refreshUncertainty(t);
    }
}

bool ProfilePanel::isDragging() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const TraitRow &row) { return row.slider->isSliderDown(); });
}

} // namespace splitbench::gui
