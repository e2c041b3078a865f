#include "proposals_page.h"

#include "profile_document.h"
#include "proposal_comparison_model.h"
#include "service_level_model.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QAbstractItemDelegate>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace splitbench::gui {

ProposalsPage::ProposalsPage(ProfileDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("proposalsPage"));

    // No proposals yet: what they are, and where they come from.
    auto *empty = new QWidget;
    auto *intro = new QLabel(tr("<p><b>A proposal is a provider's offer</b>: who does what in each activity, its "
                                "price, its contract term, its notice period and its service levels.</p>"
                                "<p>Import a provider's sheet with <b>File ▸ Import Proposal…</b>, or duplicate a "
                                "model and edit its split in the Dimension explorer and its price in the Cost tab. "
                                "This tab then puts two or three proposals side by side: fit, cost, terms against "
                                "the usual market ranges, and what each split gets wrong.</p>"),
                             empty);
    intro->setObjectName(QStringLiteral("proposalsIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setMaximumWidth(640);
    m_duplicate = new QPushButton(tr("Duplicate a Model…"), empty);
    m_duplicate->setObjectName(QStringLiteral("proposalsDuplicateButton"));
    m_duplicate->setAccessibleName(tr("Duplicate a model to edit as a proposal"));
    connect(m_duplicate, &QPushButton::clicked, this, &ProposalsPage::duplicateRequested);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(12, 12, 12, 12);
    emptyLayout->addWidget(intro);
    emptyLayout->addWidget(m_duplicate, 0, Qt::AlignLeft);
    emptyLayout->addStretch(1);

    // --- The comparison
    auto *comparison = new QWidget;
    auto *selectorRow = new QHBoxLayout;
    auto *compareLabel = new QLabel(tr("Compare:"), comparison);
    selectorRow->addWidget(compareLabel);
    const QString selectorNames[kMaxCompared] = {tr("First model compared"), tr("Second model compared"),
                                                 tr("Third model compared")};
    for (int slot = 0; slot < kMaxCompared; ++slot) {
        auto *combo = new QComboBox(comparison);
        combo->setObjectName(QStringLiteral("proposalsCompare%1").arg(slot + 1));
        combo->setAccessibleName(selectorNames[slot]);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        connect(combo, &QComboBox::activated, this, [this, slot, combo](int item) {
            if (m_choice.size() < kMaxCompared)
                m_choice = defaultChoice();
            m_choice[slot] = combo->itemData(item).toString();
            m_userChose = true;
            changed(true);
        });
        m_selectors.push_back(combo);
        selectorRow->addWidget(combo, 1);
    }
    compareLabel->setBuddy(m_selectors.front());
    selectorRow->addStretch(0);

    m_model = new ProposalComparisonModel(this);
    m_table = new QTableView(comparison);
    m_table->setObjectName(QStringLiteral("proposalsTable"));
    m_table->setAccessibleName(tr("The compared models' fit, cost and terms side by side"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setMaximumSectionSize(columns->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 16);
    columns->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // Findings of each compared model, in plain words; each links to its activity in the Dimension explorer.
    auto *findingsBox = new QGroupBox(tr("Findings"), comparison);
    m_findingsView = new QTextBrowser(findingsBox);
    m_findingsView->setObjectName(QStringLiteral("proposalsFindings"));
    m_findingsView->setAccessibleName(tr("Findings of each compared model"));
    m_findingsView->setOpenLinks(false);
    m_findingsView->setOpenExternalLinks(false);
    m_findingsView->setToolTip(tr("Click a finding (or Tab to it and press Enter) to show its activity in the "
                                  "Dimension explorer"));
    connect(m_findingsView, &QTextBrowser::anchorClicked, this, &ProposalsPage::openLink);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(6, 6, 6, 6);
    findingsLayout->addWidget(m_findingsView);

    // A proposal's terms: the notice period and the service levels here, the price and term in the Cost tab.
    auto *termsBox = new QGroupBox(tr("A proposal's terms"), comparison);
    m_termsSelector = new QComboBox(termsBox);
    m_termsSelector->setObjectName(QStringLiteral("proposalsTermsModel"));
    m_termsSelector->setAccessibleName(tr("Proposal whose terms are edited"));
    m_termsSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_termsSelector->setMinimumContentsLength(14);
    connect(m_termsSelector, &QComboBox::activated, this, [this](int item) {
        m_termsModelId = m_termsSelector->itemData(item).toString();
        showTermsProblem({});
        refreshTermsEditor();
    });
    m_termLabel = new QLabel(termsBox);
    m_termLabel->setObjectName(QStringLiteral("proposalsContractTerm"));
    m_costButton = new QPushButton(tr("Price and Term…"), termsBox);
    m_costButton->setObjectName(QStringLiteral("proposalsCostButton"));
    m_costButton->setAccessibleName(tr("Edit the price and the contract term in the Cost tab"));
    m_costButton->setToolTip(tr("The price and the contract term are edited in the Cost tab"));
    connect(m_costButton, &QPushButton::clicked, this, [this] { emit costTabRequested(editedProposal()); });
    auto *termRow = new QHBoxLayout;
    termRow->addWidget(m_termLabel, 1);
    termRow->addWidget(m_costButton);
    m_notice = new QSpinBox(termsBox);
    m_notice->setObjectName(QStringLiteral("proposalsNotice"));
    m_notice->setAccessibleName(tr("Notice period in months"));
    m_notice->setRange(-1, ProposalTerms::kMaxNoticeMonths);
    m_notice->setSpecialValueText(tr("not stated"));
    if (auto *editor = m_notice->findChild<QLineEdit *>())
        editor->setAccessibleName(m_notice->accessibleName()); // Qt leaves the spin box's own field unnamed
    m_notice->setKeyboardTracking(false); // typing "12" is one edit, not "1" then "12"
    connect(m_notice, &QSpinBox::valueChanged, this, &ProposalsPage::setNotice);

    m_levels = new ServiceLevelModel(document, this);
    m_levelsView = new QTableView(termsBox);
    m_levelsView->setObjectName(QStringLiteral("proposalsServiceLevels"));
    m_levelsView->setAccessibleName(tr("Service levels of the proposal"));
    m_levelsView->setModel(m_levels);
    m_levelsView->setItemDelegate(new ServiceLevelDelegate(m_levelsView));
    m_levelsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_levelsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_levelsView->verticalHeader()->hide();
    m_levelsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_levelsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_levelsView->horizontalHeader()->setStretchLastSection(true);
    connect(m_levels, &ServiceLevelModel::editRefused, this, &ProposalsPage::showTermsProblem);
    connect(m_levels, &QAbstractItemModel::modelReset, this, [this] {
        m_removeLevel->setEnabled(m_levels->rowCount() > 0);
    });
    m_addLevel = new QPushButton(tr("Add Service Level"), termsBox);
    m_addLevel->setObjectName(QStringLiteral("proposalsAddLevel"));
    connect(m_addLevel, &QPushButton::clicked, this, &ProposalsPage::addServiceLevel);
    m_removeLevel = new QPushButton(tr("Remove Service Level"), termsBox);
    m_removeLevel->setObjectName(QStringLiteral("proposalsRemoveLevel"));
    connect(m_removeLevel, &QPushButton::clicked, this, &ProposalsPage::removeServiceLevel);
    auto *levelButtons = new QHBoxLayout;
    levelButtons->addWidget(m_addLevel);
    levelButtons->addWidget(m_removeLevel);
    levelButtons->addStretch(1);
    m_problem = new QLabel(termsBox);
    m_problem->setObjectName(QStringLiteral("proposalsTermsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Proposal:"), m_termsSelector);
    form->addRow(tr("Contract term:"), termRow);
    form->addRow(tr("Notice period (months):"), m_notice);
    auto *termsLayout = new QVBoxLayout(termsBox);
    termsLayout->setContentsMargins(6, 6, 6, 6);
    termsLayout->addLayout(form);
    termsLayout->addWidget(m_levelsView, 1);
    termsLayout->addLayout(levelButtons);
    termsLayout->addWidget(m_problem);

    // The table at its own width on the left, in full height; the findings over the terms editor on the right.
    auto *right = new QSplitter(Qt::Vertical, comparison);
    right->setObjectName(QStringLiteral("proposalsRightSplitter"));
    right->addWidget(findingsBox);
    right->addWidget(termsBox);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    right->setChildrenCollapsible(false);
    m_rightSplitter = right;
    connect(right, &QSplitter::splitterMoved, this, [this] { m_userSizedRight = true; });
    m_splitter = new QSplitter(Qt::Horizontal, comparison);
    m_splitter->setObjectName(QStringLiteral("proposalsSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });

    auto *legend = new QLabel(tr("⚠ and tinted: outside the usual market range (the tooltip says how). ★: the "
                                 "recommended model. Built-in models have no terms."),
                              comparison);
    legend->setObjectName(QStringLiteral("proposalsLegend"));
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);

    auto *comparisonLayout = new QVBoxLayout(comparison);
    comparisonLayout->setContentsMargins(6, 6, 6, 6);
    comparisonLayout->addLayout(selectorRow);
    comparisonLayout->addWidget(m_splitter, 1);
    comparisonLayout->addWidget(legend);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(comparison);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // A slider step changes the fit only: two rows of the table. The rest (costs, terms, findings) changes
    // with the models, their splits, their prices and their terms.
    connect(document, &ProfileDocument::resultChanged, this, [this] { changed(false); });
    const auto structure = [this] { changed(true); };
    connect(document, &ProfileDocument::costsChanged, this, structure);
    connect(document, &ProfileDocument::modelsChanged, this, structure);
    connect(document, &ProfileDocument::responsibilityChanged, this, structure);
    connect(document, &ProfileDocument::proposalTermsChanged, this, structure);
    connect(document, &ProfileDocument::profileReset, this, [this] {
        m_userChose = false;
        m_choice.clear();
        changed(true);
    });
    refresh();
}

ProposalsPage::~ProposalsPage() = default;

bool ProposalsPage::showsComparison() const
{
    return m_stack->currentIndex() == 1;
}

QString ProposalsPage::termsProblem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ProposalsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_structureDirty || m_fitsDirty)
        refresh();
}

void ProposalsPage::changed(bool structure)
{
    if (structure)
        m_structureDirty = true;
    else
        m_fitsDirty = true;
    if (!isVisible())
        return; // brought up to date when shown: a slider step costs nothing here meanwhile
    if (!structure && !m_structureDirty) {
        refresh(); // the fit and rank rows only: cheap, and painted with this step
        return;
    }
    // One edit says modelsChanged, resultChanged and costsChanged: rebuild once, from the event loop.
    if (!m_queued) {
        m_queued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_queued = false;
                if (isVisible())
                    refresh();
            },
            Qt::QueuedConnection);
    }
}

void ProposalsPage::refresh()
{
    if (m_structureDirty)
        rebuild();
    if (m_fitsDirty || m_structureDirty) {
        m_model->setFits(m_document->result());
        m_fitsDirty = false;
    }
    m_structureDirty = false;
}

QStringList ProposalsPage::defaultChoice() const
{
    // The proposals, up to three; fewer than two are joined by the best built-in models.
    QStringList ids;
    const Catalogue &catalogue = m_document->catalogue();
    for (const CustomModel &model : m_document->profile().customModels)
        if (ids.size() < kMaxCompared)
            ids << model.id;
    if (ids.size() < 2) {
        const std::vector<double> &overall = m_document->result().overall;
        std::vector<int> order(catalogue.models.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&overall](int a, int b) {
            return static_cast<size_t>(a) < overall.size() && static_cast<size_t>(b) < overall.size() &&
                   overall[static_cast<size_t>(a)] > overall[static_cast<size_t>(b)];
        });
        for (const int m : order)
            if (ids.size() < 2 && !m_document->isCustomModel(m))
                ids << catalogue.models[static_cast<size_t>(m)].id;
    }
    while (ids.size() < kMaxCompared)
        ids << QString();
    return ids;
}

std::vector<int> ProposalsPage::comparedModels() const
{
    const Catalogue &catalogue = m_document->catalogue();
    std::vector<int> models;
    for (const QString &id : m_choice) {
        if (id.isEmpty())
            continue;
        for (int m = 0; m < static_cast<int>(catalogue.models.size()); ++m)
            if (catalogue.models[static_cast<size_t>(m)].id == id &&
                std::find(models.begin(), models.end(), m) == models.end())
                models.push_back(m);
    }
    return models;
}

void ProposalsPage::rebuild()
{
    ++m_rebuilds;
    const bool any = !m_document->profile().customModels.empty();
    m_stack->setCurrentIndex(any ? 1 : 0);
    // A choice that names a model no longer there falls back to the profile's proposals.
    if (!m_userChose || m_choice.size() != kMaxCompared)
        m_choice = defaultChoice();
    if (comparedModels().size() < (any ? 1U : 0U)) {
        m_choice = defaultChoice();
        m_userChose = false;
    }
    m_compared = any ? comparedModels() : std::vector<int>{};
    rebuildSelectors();

    std::vector<ComparedModel> compared;
    m_findings.clear();
    for (const int m : m_compared) {
        ComparedModel entry;
        entry.model = m;
        entry.name = m_document->catalogue().models[static_cast<size_t>(m)].name;
        entry.custom = m_document->isCustomModel(m);
        entry.cost = m_document->costModel().cost(m);
        if (const int custom = m_document->customIndex(m); custom >= 0) {
            const CustomModel &model = m_document->profile().customModels[static_cast<size_t>(custom)];
            entry.terms = model.terms;
            entry.flags = model.termFlags();
        }
        m_findings.push_back(checkModel(m_document->catalogue(), m));
        entry.findings = static_cast<int>(m_findings.back().size());
        compared.push_back(std::move(entry));
    }
    m_model->setCompared(std::move(compared), m_document->organisation().currency);
    m_model->setFits(m_document->result());
    fitTableWidth();
    rebuildFindings();
    refreshTermsEditor();
}

int ProposalsPage::columnContentWidth(int column) const
{
    // QTableView::sizeHintForColumn() is protected: what its delegate asks of every cell of the column.
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    option.features |= QStyleOptionViewItem::HasDisplay;
    int width = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        width = std::max(width, m_table->itemDelegate()->sizeHint(option, m_model->index(r, column)).width());
    return width + 1; // the grid line
}

void ProposalsPage::fitTableWidth()
{
    // As wide as the table's columns need (each up to the header's limit), at most three fifths of the page,
    // until the user moves the splitter.
    if (m_userSized || m_splitter->width() <= 0)
        return;
    const QHeaderView *columns = m_table->horizontalHeader();
    int width = m_table->verticalHeader()->sizeHint().width() + 2 * m_table->frameWidth() +
                m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    for (int c = 0; c < m_model->columnCount(); ++c)
        width += std::min(std::max(columnContentWidth(c), columns->sectionSizeHint(c)),
                          columns->maximumSectionSize());
    const int total = m_splitter->width() - m_splitter->handleWidth();
    width = std::min(width, total * 3 / 5);
    m_splitter->setSizes({width, total - width});
}

void ProposalsPage::fitRightSplit()
{
    // The findings take three fifths of the height; the terms editor scrolls its service levels.
    if (m_userSizedRight || m_rightSplitter->height() <= 0)
        return;
    const int total = m_rightSplitter->height() - m_rightSplitter->handleWidth();
    const int findings = total * 3 / 5;
    m_rightSplitter->setSizes({findings, total - findings});
}

void ProposalsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTableWidth();
    fitRightSplit();
}

void ProposalsPage::rebuildSelectors()
{
    const Catalogue &catalogue = m_document->catalogue();
    for (int slot = 0; slot < kMaxCompared; ++slot) {
        QComboBox *combo = m_selectors[static_cast<size_t>(slot)];
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (slot == kMaxCompared - 1)
            combo->addItem(tr("(none)"), QString());
        for (int m = 0; m < static_cast<int>(catalogue.models.size()); ++m) {
            const ServiceModel &model = catalogue.models[static_cast<size_t>(m)];
            combo->addItem(model.name, model.id);
            combo->setItemData(combo->count() - 1, model.name, Qt::ToolTipRole);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(m_choice.value(slot))));
    }
}

void ProposalsPage::rebuildFindings()
{
    const Catalogue &catalogue = m_document->catalogue();
    QString html;
    for (size_t c = 0; c < m_compared.size(); ++c) {
        const std::vector<Finding> &findings = m_findings[c];
        const QString name = catalogue.models[static_cast<size_t>(m_compared[c])].name.toHtmlEscaped();
        html += QStringLiteral("<p style=\"margin-top:6px\"><b>%1</b></p>").arg(name);
        if (findings.empty()) {
            html += QStringLiteral("<p>%1</p>").arg(tr("Nothing to flag: every activity has someone Responsible, "
                                                       "and the split follows the catalogue's rules.")
                                                        .toHtmlEscaped());
            continue;
        }
        html += QStringLiteral("<ul style=\"margin-left:0px\">");
        for (size_t f = 0; f < findings.size(); ++f) {
            const Finding &finding = findings[f];
            html += QStringLiteral("<li><a href=\"finding:%1/%2\">%3</a>").arg(QString::number(c), QString::number(f),
                                                                             finding.text.toHtmlEscaped());
            if (!finding.why.isEmpty())
                html += QStringLiteral("<br><i>%1</i>").arg(finding.why.toHtmlEscaped());
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    m_findingsView->setHtml(html);
}

void ProposalsPage::openLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("finding"))
        return;
    const QStringList parts = url.path().split(u'/');
    if (parts.size() == 2)
        activateFinding(parts[0].toInt(), parts[1].toInt());
}

void ProposalsPage::activateFinding(int column, int index)
{
    if (column < 0 || static_cast<size_t>(column) >= m_findings.size())
        return;
    const std::vector<Finding> &findings = m_findings[static_cast<size_t>(column)];
    if (index < 0 || static_cast<size_t>(index) >= findings.size())
        return;
    const Finding &finding = findings[static_cast<size_t>(index)];
    emit findingActivated(m_compared[static_cast<size_t>(column)], finding.at.dimension, finding.at.activity);
}

// --- The terms editor -----------------------------------------------------------------------------------

int ProposalsPage::editedProposal() const
{
    const Catalogue &catalogue = m_document->catalogue();
    for (int m = 0; m < static_cast<int>(catalogue.models.size()); ++m)
        if (m_document->isCustomModel(m) && catalogue.models[static_cast<size_t>(m)].id == m_termsModelId)
            return m;
    return -1;
}

void ProposalsPage::refreshTermsEditor()
{
    const Catalogue &catalogue = m_document->catalogue();
    if (editedProposal() < 0) {
        // The first compared proposal, else the first proposal.
        m_termsModelId.clear();
        for (const int m : m_compared)
            if (m_document->isCustomModel(m) && m_termsModelId.isEmpty())
                m_termsModelId = catalogue.models[static_cast<size_t>(m)].id;
        if (m_termsModelId.isEmpty() && !m_document->profile().customModels.empty())
            m_termsModelId = m_document->profile().customModels.front().id;
    }
    {
        const QSignalBlocker blocker(m_termsSelector);
        m_termsSelector->clear();
        for (const CustomModel &model : m_document->profile().customModels)
            m_termsSelector->addItem(model.name, model.id);
        m_termsSelector->setCurrentIndex(std::max(0, m_termsSelector->findData(m_termsModelId)));
    }
    const int model = editedProposal();
    if (m_levels->serviceModel() != model)
        m_levels->setServiceModel(model);
    m_removeLevel->setEnabled(m_levels->rowCount() > 0);
    const ProposalTerms terms = m_levels->terms();
    m_addLevel->setEnabled(model >= 0 && static_cast<int>(terms.serviceLevels.size()) < ProposalTerms::kMaxServiceLevels);
    {
        const QSignalBlocker blocker(m_notice);
        m_notice->setValue(terms.noticeMonths.value_or(-1));
    }
    m_notice->setEnabled(model >= 0);
    m_costButton->setEnabled(model >= 0);
    m_termLabel->setText(model >= 0 ? ProposalComparisonModel::monthsText(m_document->pricing(model).termMonths)
                                    : QStringLiteral("—"));
}

void ProposalsPage::showTermsProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ProposalsPage::setNotice(int months)
{
    const int model = editedProposal();
    if (model < 0)
        return;
    ProposalTerms terms = m_levels->terms();
    terms.noticeMonths = months < 0 ? std::nullopt : std::optional<int>(months);
    const QString text = months < 0 ? tr("Remove notice period of %1").arg(m_termsSelector->currentText())
                                    : tr("Change notice period of %1 to %2 months")
                                          .arg(m_termsSelector->currentText(), QString::number(months));
    showTermsProblem(m_document->setProposalTerms(model, terms, text));
}

void ProposalsPage::addServiceLevel()
{
    const int model = editedProposal();
    if (model < 0)
        return;
    ProposalTerms terms = m_levels->terms();
    // The first of P1…P8 the proposal does not name yet, with the usual market figures to start from.
    QString priority;
    for (int p = 1; p <= ProposalTerms::kMaxServiceLevels && priority.isEmpty(); ++p) {
        const QString candidate = QStringLiteral("P%1").arg(p);
        if (std::none_of(terms.serviceLevels.begin(), terms.serviceLevels.end(), [&candidate](const ServiceLevel &l) {
                return l.priority.compare(candidate, Qt::CaseInsensitive) == 0;
            }))
            priority = candidate;
    }
    ServiceLevel level;
    level.priority = priority;
    level.responseMinutes = usualResponseMinutes(priority).value_or(MarketRange{60, 60}).high;
    level.resolutionHours = usualResolutionHours(priority).value_or(MarketRange{24, 24}).high;
    terms.serviceLevels.push_back(level);
    showTermsProblem(m_document->setProposalTerms(
        model, terms, tr("Add service level %1 to %2").arg(priority, m_termsSelector->currentText())));
    if (m_problem->isHidden())
        m_levelsView->setCurrentIndex(m_levels->index(m_levels->rowCount() - 1, 0));
}

void ProposalsPage::removeServiceLevel()
{
    const int model = editedProposal();
    ProposalTerms terms = m_levels->terms();
    int row = m_levelsView->currentIndex().isValid() ? m_levelsView->currentIndex().row()
                                                     : static_cast<int>(terms.serviceLevels.size()) - 1;
    if (model < 0 || row < 0 || row >= static_cast<int>(terms.serviceLevels.size()))
        return;
    const QString priority = terms.serviceLevels[static_cast<size_t>(row)].priority;
    terms.serviceLevels.erase(terms.serviceLevels.begin() + row);
    showTermsProblem(m_document->setProposalTerms(
        model, terms, tr("Remove service level %1 of %2").arg(priority, m_termsSelector->currentText())));
    if (m_levels->rowCount() > 0)
        m_levelsView->setCurrentIndex(m_levels->index(std::min(row, m_levels->rowCount() - 1), 0));
}

} // namespace splitbench::gui
