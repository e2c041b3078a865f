#include "dimension_explorer.h"

#include "display_text.h"
#include "model_panel.h"
#include "model_view_state.h"
#include "pane_sizer.h"
#include "models/activity_table_model.h"
#include "models/dimension_list_model.h"
#include "profile_document.h"
#include "today_actions.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace splitbench::gui {

DimensionExplorer::DimensionExplorer(ProfileDocument *document, ModelViewState *viewState, QWidget *parent)
    : QWidget(parent), m_document(document), m_viewState(viewState),
      m_listModel(new DimensionListModel(document, viewState, this)), m_list(new QListView),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_heading(new QLabel), m_summary(new QLabel),
      m_explanation(new QLabel), m_panelGrid(new QGridLayout), m_scroll(new QScrollArea)
{
    setObjectName(QStringLiteral("dimensionExplorer"));

    m_list->setObjectName(QStringLiteral("dimensionList"));
    m_list->setAccessibleName(tr("Dimensions"));
    m_list->setModel(m_listModel);
    m_list->setSpacing(1);
    m_list->setIconSize(QSize(10, 10));
    // Names wrap rather than elide where the list is narrower than the longest name.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int widest = 0;
    for (int row = 0; row < m_listModel->rowCount(); ++row)
        widest = std::max(widest, m_list->fontMetrics().horizontalAdvance(m_listModel->index(row).data().toString()));
    // Wide enough for every name on one line (icon, spacing, frame and a scroll bar included); the splitter
    // lets the user narrow it.
    m_list->setMinimumWidth(120);
    m_listWidth = widest + m_list->iconSize().width() + 12 + 2 * m_list->frameWidth() +
                  style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list) + 12;
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_viewState->setSelectedDimension(current.row());
    });

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("explorerHeading"));
    m_summary->setObjectName(QStringLiteral("explorerSummary"));
    m_explanation->setObjectName(QStringLiteral("explorerExplanation"));
    for (QLabel *label : {m_summary, m_explanation}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 10, 12, 12);
    contentLayout->setSpacing(6);
    contentLayout->addWidget(m_heading);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_explanation);
    contentLayout->addSpacing(4);
    m_todayEmpty = createTodayEmptyState();
    contentLayout->addWidget(m_todayEmpty);
    m_panelGrid->setSpacing(10);
    contentLayout->addLayout(m_panelGrid);
    contentLayout->addStretch(1);

    m_scroll->setObjectName(QStringLiteral("explorerScrollArea"));
    m_scroll->setAccessibleName(tr("Selected dimension"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Panels wrap into rows (see arrangePanels) instead of running off to the right.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->installEventFilter(this);
    m_scroll->setFocusPolicy(Qt::NoFocus); // no Tab stop that shows nothing; it scrolls to the control in focus

    m_splitter->setObjectName(QStringLiteral("explorerSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_scroll);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({m_listWidth, 800});
    m_splitter->setChildrenCollapsible(false);
    // The list shows its names on one line as long as two model panels still fit side by side; on a narrower
    // screen (a 1280-pixel laptop) it gives up width first, and its names wrap.
    m_listSizer = new PaneSizer(m_splitter, 0, [this](int total) {
        const QMargins margins = m_scroll->widget()->layout()->contentsMargins();
        const int twoPanels = 2 * ModelPanel::minimumWidthFor(font()) + m_panelGrid->horizontalSpacing() +
                              margins.left() + margins.right() +
                              style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
        constexpr int kNarrowList = 150;
        if (total - twoPanels < kNarrowList)
            return m_listWidth; // the panels are stacked anyway: the names may as well be whole
        return std::clamp(total - twoPanels, kNarrowList, m_listWidth);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(document, &ProfileDocument::modelsChanged, this, &DimensionExplorer::rebuildPanels);
    connect(document, &ProfileDocument::todayChanged, this, &DimensionExplorer::applyVisibility);
    connect(document, &ProfileDocument::resultChanged, this, &DimensionExplorer::refreshHeader);
    connect(viewState, &ModelViewState::selectedDimensionChanged, this, &DimensionExplorer::showDimension);
    connect(viewState, &ModelViewState::visibilityChanged, this, &DimensionExplorer::applyVisibility);

    rebuildPanels();
    showDimension(m_viewState->selectedDimension());
}

void DimensionExplorer::focusActivities(int model)
{
    // Queued: a panel added to the shown explorer is shown by its layout from the event loop (a queued call
    // made before this one), and a hidden widget cannot take the focus.
    QMetaObject::invokeMethod(
        this,
        [this, model] {
            std::vector<ModelPanel *> all = m_panels;
            all.push_back(m_todayPanel);
            for (ModelPanel *panel : all) {
                if (panel->serviceModel() != model)
                    continue;
                QTableView *view = panel->activityView();
                m_scroll->ensureWidgetVisible(view, 0, 40);
                view->setFocus(Qt::OtherFocusReason);
                if (!view->currentIndex().isValid())
                    view->setCurrentIndex(panel->activityModel()->index(0, 0));
            }
        },
        Qt::QueuedConnection);
}

void DimensionExplorer::focusActivity(int model, int activity)
{
    // Queued like focusActivities(): the explorer catches up with the shown dimension when its tab is shown.
    QMetaObject::invokeMethod(
        this,
        [this, model, activity] {
            for (ModelPanel *panel : m_panels) {
                if (panel->serviceModel() != model)
                    continue;
                QTableView *view = panel->activityView();
                const QModelIndex index = panel->activityModel()->index(activity, 0);
                if (!index.isValid())
                    return;
                m_scroll->ensureWidgetVisible(view, 0, 40);
                view->setFocus(Qt::OtherFocusReason);
                view->setCurrentIndex(index);
                view->scrollTo(index);
            }
        },
        Qt::QueuedConnection);
}

bool DimensionExplorer::restoreSplitterState(const QByteArray &state)
{
    return m_listSizer->restoreState(state);
}

QString DimensionExplorer::headingText() const
{
    return m_heading->text();
}

void DimensionExplorer::rebuildPanels()
{
    for (ModelPanel *panel : m_panels) {
        // Deleted later because the request may come from the panel's own button; cut it off from the
        // document now so it never shows a model that has moved to another index.
        m_document->disconnect(panel);
        m_document->disconnect(panel->activityModel());
        m_panelGrid->removeWidget(panel);
        panel->hide();
        panel->deleteLater();
    }
    m_panels.clear();
    m_columns = 0;
    const int dimension = m_viewState->selectedDimension();
    if (!m_todayPanel) {
        // Today's split keeps its panel across model changes: it is no model, and no index of it moves.
        m_todayPanel = new ModelPanel(m_document, ProfileDocument::kTodayModel, dimension, m_scroll->widget());
        connect(m_todayPanel, &ModelPanel::message, this, &DimensionExplorer::message);
    }
    for (int m = 0; m < m_document->modelCount(); ++m) {
        // A child of the scroll area's content from the start: a parentless panel would be shown as a window
        // of its own by applyVisibility() (it flashed up, and took the activation from the main window).
        auto *panel = new ModelPanel(m_document, m, dimension, m_scroll->widget());
        connect(panel, &ModelPanel::duplicateRequested, this, &DimensionExplorer::duplicateRequested);
        connect(panel, &ModelPanel::renameRequested, this, &DimensionExplorer::renameRequested);
        connect(panel, &ModelPanel::removeRequested, m_document, &ProfileDocument::removeCustomModel);
        connect(panel, &ModelPanel::message, this, &DimensionExplorer::message);
        m_panels.push_back(panel);
    }
    applyVisibility();
}

QWidget *DimensionExplorer::createTodayEmptyState()
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("todayEmptyState"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(10, 6, 10, 6);
    auto *text = new QLabel(tr("<b>Today's split:</b> record who does each activity today to see how well it fits "
                               "and to plan the handover to a model. Start from:"));
    text->setObjectName(QStringLiteral("todayEmptyText"));
    text->setWordWrap(true);
    layout->addWidget(text, 1);
    m_todayButtons = new QHBoxLayout;
    layout->addLayout(m_todayButtons);
    frame->hide(); // until setTodayActions() gives it its buttons
    return frame;
}

void DimensionExplorer::setTodayActions(TodayActions *actions)
{
    TodayActions::addStartButtons(actions, m_todayEmpty, m_todayButtons, QStringLiteral("explorerToday"));
    m_hasTodayActions = true;
    applyVisibility();
}

void DimensionExplorer::applyVisibility()
{
    m_todayEmpty->setVisible(m_hasTodayActions && !m_document->hasToday());
    for (ModelPanel *panel : m_panels)
        panel->setVisible(m_viewState->isVisible(panel->serviceModel()));
    m_todayPanel->setVisible(m_viewState->isVisible(ProfileDocument::kTodayModel));
    m_columns = 0;
    arrangePanels();
}

void DimensionExplorer::arrangePanels()
{
    std::vector<ModelPanel *> shown;
    // Today's split first (where the handover starts), then the candidates.
    if (m_todayPanel && m_viewState->isVisible(ProfileDocument::kTodayModel))
        shown.push_back(m_todayPanel);
    for (ModelPanel *panel : m_panels)
        if (m_viewState->isVisible(panel->serviceModel()))
            shown.push_back(panel);
    // Measured as if the vertical scroll bar were there: otherwise a dimension with more activities, whose panels
    // need the scroll bar, would lose a column to it (and one with fewer would not).
    const QMargins margins = m_scroll->widget()->layout()->contentsMargins();
    const int scrollBar = m_scroll->verticalScrollBar()->isVisible()
                              ? 0
                              : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    const int available = m_scroll->viewport()->width() - scrollBar - margins.left() - margins.right();
    const int spacing = m_panelGrid->horizontalSpacing();
    const int fit = std::max(1, (available + spacing) / (ModelPanel::minimumWidthFor(font()) + spacing));
    const int columns = std::clamp(fit, 1, std::max(1, static_cast<int>(shown.size())));
    if (columns == m_columns && m_panelGrid->count() == static_cast<int>(shown.size()))
        return;
    m_columns = columns;
    while (m_panelGrid->count() > 0)
        delete m_panelGrid->takeAt(0); // the layout item only: the panels stay, in new places
    for (size_t i = 0; i < shown.size(); ++i)
        m_panelGrid->addWidget(shown[i], static_cast<int>(i) / columns, static_cast<int>(i) % columns);
    for (int c = 0; c < std::max(columns, m_panelGrid->columnCount()); ++c)
        m_panelGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

bool DimensionExplorer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        arrangePanels();
    return QWidget::eventFilter(watched, event);
}

bool DimensionExplorer::event(QEvent *event)
{
    if ((event->type() == QEvent::ShowToParent || event->type() == QEvent::Show) && m_stale) {
        m_stale = false;
        showDimension(m_viewState->selectedDimension());
    }
    return QWidget::event(event);
}

bool DimensionExplorer::deferWhileHidden()
{
    // A list whose current item moves and labels whose text changes send accessibility events even when no one
    // sees them, and screen readers read them out: arrow keys on the radar announced the hidden explorer's list.
    // While its tab is not shown the explorer only notes the change and catches up when it is shown again.
    if (isVisibleTo(window()))
        return false;
    m_stale = true;
    return true;
}

void DimensionExplorer::showDimension(int dimension)
{
    if (deferWhileHidden())
        return;
    const QModelIndex index = m_listModel->index(dimension);
    if (m_list->currentIndex() != index)
        m_list->setCurrentIndex(index);
    for (ModelPanel *panel : m_panels)
        panel->setDimension(dimension);
    m_todayPanel->setDimension(dimension);
    refreshHeader();
}

void DimensionExplorer::refreshHeader()
{
    if (deferWhileHidden())
        return;
    const int dimension = m_viewState->selectedDimension();
    const Dimension &d = m_document->catalogue().dimensions[static_cast<size_t>(dimension)];
    m_heading->setText(d.name);
    m_summary->setText(d.summary);
    m_explanation->setText(
        withShortNames(m_document->result().dimensions[static_cast<size_t>(dimension)].explanation, m_document->catalogue()));
}

} // namespace splitbench::gui
