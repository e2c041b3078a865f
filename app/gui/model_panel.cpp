#include "model_panel.h"

#include "activity_delegate.h"
#include "display_text.h"
#include "models/activity_table_model.h"
#include "profile_document.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QResizeEvent>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace splitbench::gui {

ModelPanel::ModelPanel(ProfileDocument *document, int model, int dimension, QWidget *parent)
    : QFrame(parent), m_document(document), m_model(model), m_dimension(dimension), m_colourBar(new QFrame(this)),
      m_title(new QLabel(this)), m_fit(new QLabel(this)), m_description(new QLabel(this)),
      m_explanation(new QLabel(this)), m_warning(new QLabel(this)), m_hint(new QLabel(this)),
      m_activities(new QTableView(this)), m_activityModel(new ActivityTableModel(document, model, dimension, this))
{
    const bool today = isToday();
    // Today's split is no model of the catalogue: its own name, and a panel that looks unlike the candidates.
    static const ServiceModel kNoModel;
    const ServiceModel &serviceModel = today ? kNoModel : document->catalogue().models[static_cast<size_t>(model)];
    const QString modelName = today ? tr("Today") : serviceModel.name;
    setObjectName(today ? QStringLiteral("modelPanel_today") : QStringLiteral("modelPanel_%1").arg(serviceModel.id));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(today ? QPalette::AlternateBase : QPalette::Base);
    setAccessibleName(today ? tr("Today's split in this dimension") : tr("%1 in this dimension").arg(serviceModel.name));
    setMinimumWidth(minimumWidthFor(font()));

    m_colourBar->setFixedHeight(4);
    m_colourBar->setAutoFillBackground(true);
    // Own role: otherwise the bar inherits the panel's Base role and fills white, hiding the model colour.
    m_colourBar->setBackgroundRole(QPalette::Window);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_fit->setObjectName(QStringLiteral("panelFit"));
    m_fit->setTextFormat(Qt::RichText);
    m_fit->setWordWrap(true); // "— die beste Eignung in dieser Dimension" is longer than a narrow panel
    m_description->setObjectName(QStringLiteral("panelDescription"));
    m_explanation->setObjectName(QStringLiteral("panelExplanation"));
    for (QLabel *label : {m_description, m_explanation, m_warning, m_hint}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_warning->setObjectName(QStringLiteral("panelWarning"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    auto *actions = new QToolButton(this);
    actions->setObjectName(QStringLiteral("modelActionsButton"));
    const auto addAction = [this](QMenu *menu, const QString &text, const QString &name, auto signal) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, signal] { emit(this->*signal)(m_model); });
        return action;
    };
    if (today) {
        actions->setObjectName(QStringLiteral("removeTodayButton"));
        actions->setText(tr("Remove"));
        actions->setAccessibleName(tr("Remove today's split"));
        actions->setToolTip(tr("Forget today's split; Undo brings it back"));
        connect(actions, &QToolButton::clicked, document, &ProfileDocument::removeToday);
    } else if (serviceModel.isCustom()) {
        // Three actions would squeeze the title; a menu keeps them one click away.
        auto *menu = new QMenu(actions);
        addAction(menu, tr("&Duplicate…"), QStringLiteral("duplicateModelAction"), &ModelPanel::duplicateRequested);
        addAction(menu, tr("Re&name…"), QStringLiteral("renameModelAction"), &ModelPanel::renameRequested);
        addAction(menu, tr("&Remove"), QStringLiteral("removeModelAction"), &ModelPanel::removeRequested);
        actions->setMenu(menu);
        actions->setPopupMode(QToolButton::InstantPopup);
        actions->setText(tr("Actions"));
        actions->setAccessibleName(tr("Actions for %1").arg(serviceModel.name));
        actions->setToolTip(tr("Duplicate, rename or remove %1").arg(serviceModel.name));
    } else {
        actions->setText(tr("Duplicate…"));
        actions->setAccessibleName(tr("Duplicate %1 as an editable model").arg(serviceModel.name));
        actions->setToolTip(actions->accessibleName());
        connect(actions, &QToolButton::clicked, this, [this] { emit duplicateRequested(m_model); });
    }
    header->addWidget(actions, 0, Qt::AlignTop);

    m_activities->setObjectName(QStringLiteral("activityView"));
    m_activities->setAccessibleName(today ? tr("Who does what today") : tr("Who does what in %1").arg(modelName));
    m_activities->setModel(m_activityModel);
    m_activities->setItemDelegate(new ActivityDelegate(m_activities));
    m_activities->verticalHeader()->hide();
    m_activities->setWordWrap(true); // long activity names wrap; the table grows to show them
    m_activities->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_activities->setSelectionMode(QAbstractItemView::SingleSelection);
    m_activities->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move between cells
    m_activities->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_activities->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long names elide, tooltips show them
    m_activities->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_activities->verticalHeader()->setDefaultSectionSize(m_activities->fontMetrics().height() + 10);
    QHeaderView *columns = m_activities->horizontalHeader();
    columns->setSectionResizeMode(ActivityTableModel::ActivityColumn, QHeaderView::Stretch);
    for (int c = ActivityTableModel::OwnerColumn; c < ActivityTableModel::ColumnCount; ++c)
        columns->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_activities->installEventFilter(this); // row heights follow the table's width
    connect(m_activityModel, &ActivityTableModel::modelReset, this, &ModelPanel::fitTableHeight);
    connect(m_activityModel, &ActivityTableModel::editRefused, this, &ModelPanel::message);
    connect(m_activityModel, &ActivityTableModel::editAdjusted, this, &ModelPanel::message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 0, 10, 10);
    layout->setSpacing(6);
    layout->addWidget(m_colourBar);
    layout->addLayout(header);
    layout->addWidget(m_fit);
    layout->addWidget(m_description);
    layout->addWidget(m_explanation);
    layout->addWidget(m_activities);
    layout->addWidget(m_warning);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    connect(document, &ProfileDocument::resultChanged, this, &ModelPanel::refresh);
    if (today)
        connect(m_activityModel, &ActivityTableModel::modelReset, this, &ModelPanel::refresh);
    refresh();
    fitTableHeight();
}

void ModelPanel::setDimension(int dimension)
{
    if (dimension == m_dimension)
        return;
    m_dimension = dimension;
    m_activityModel->setDimension(dimension);
    refresh();
}

QString ModelPanel::descriptionText() const
{
    return m_description->text();
}
QString ModelPanel::fitText() const
{
    return m_fit->text();
}
QString ModelPanel::explanationText() const
{
    return m_explanation->text();
}

bool ModelPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_activities && event->type() == QEvent::Resize &&
        static_cast<QResizeEvent *>(event)->oldSize().width() != static_cast<QResizeEvent *>(event)->size().width()) {
        // The header stretches its sections after this event; measure once it has.
        QMetaObject::invokeMethod(this, &ModelPanel::fitTableHeight, Qt::QueuedConnection);
    }
    return QFrame::eventFilter(watched, event);
}

void ModelPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        refresh();
    QFrame::changeEvent(event);
}

bool ModelPanel::event(QEvent *event)
{
    if ((event->type() == QEvent::ShowToParent || event->type() == QEvent::Show) && m_stale) {
        m_stale = false;
        refresh();
    }
    return QFrame::event(event);
}

void ModelPanel::refresh()
{
    // Hidden (its tab is not shown, or its model is hidden), the panel only notes the change: labels whose text
    // changes off screen send accessibility events that screen readers read out (DimensionExplorer does the same).
    if (!isVisibleTo(window())) {
        m_stale = true;
        return;
    }
    if (isToday()) {
        refreshToday();
        return;
    }
    const Catalogue &catalogue = m_document->catalogue();
    if (m_model >= static_cast<int>(catalogue.models.size()))
        return; // about to be replaced after a model was removed
    const ServiceModel &model = catalogue.models[static_cast<size_t>(m_model)];
    const Dimension &dimension = catalogue.dimensions[static_cast<size_t>(m_dimension)];
    const DimensionFit &fit = m_document->result().dimensions[static_cast<size_t>(m_dimension)];
    const double value = fit.fit[static_cast<size_t>(m_model)];

    QPalette bar = m_colourBar->palette();
    bar.setColor(QPalette::Window, modelColor(m_model, palette()));
    m_colourBar->setPalette(bar);

    m_title->setText(shortName(model.name));
    if (model.isCustom()) {
        const int base = m_document->baseCatalogue().modelIndex(model.basedOn);
        m_title->setToolTip(
            tr("Custom model based on %1").arg(m_document->baseCatalogue().models[static_cast<size_t>(base)].name));
    }
    const bool best = value >= *std::max_element(fit.fit.begin(), fit.fit.end()) && fit.fit.size() > 1;
    m_fit->setText(tr("Fit <span style=\"font-size:x-large\"><b>%1</b></span> of 100%2")
                       .arg(QString::number(std::lround(value)),
                            best ? tr(" — the best fit in this dimension") : QString()));
    m_description->setText(dimension.descriptions[static_cast<size_t>(m_model)]);
    m_explanation->setText(tr("Keeps about %1% of the work in-house; your profile suggests about %2%, so the gap "
                              "is %3 points.")
                               .arg(QString::number(std::lround(fit.modelInternalShare[static_cast<size_t>(m_model)])),
                                    QString::number(std::lround(fit.desiredInternalShare)),
                                    QString::number(std::lround(std::abs(
                                        fit.modelInternalShare[static_cast<size_t>(m_model)] - fit.desiredInternalShare)))));

    const int unassigned = m_activityModel->nobodyResponsibleCount();
    m_warning->setVisible(unassigned > 0);
    m_warning->setText(tr("⚠ Nobody is Responsible for %n activity(s) here: give R to the provider or the internal "
                          "team.",
                          nullptr, unassigned));
    m_hint->setText(model.isCustom()
                        ? tr("Double-click a cell (or press F2) to change the owner, the provider's share or the RACI "
                             "letters.")
                        : tr("Built-in model: duplicate it to make an editable copy."));
    // No fitTableHeight() here: row heights follow the activity names and the table's width, not the fit,
    // and measuring every name on each slider step is wasted work.
}

bool ModelPanel::isToday() const
{
    return m_model == ProfileDocument::kTodayModel;
}

void ModelPanel::refreshToday()
{
    QPalette bar = m_colourBar->palette();
    bar.setColor(QPalette::Window, todayColor(palette()));
    m_colourBar->setPalette(bar);
    m_title->setText(tr("Today"));
    m_title->setToolTip(tr("Who does each activity today, as recorded in this profile: where the handover starts, "
                           "not a candidate model"));
    const std::vector<double> &fits = m_document->todayDimensionFit();
    if (!m_document->hasToday() || m_dimension >= static_cast<int>(fits.size())) {
        m_fit->clear();
        m_explanation->clear();
        m_warning->hide();
        return;
    }
    const double value = fits[static_cast<size_t>(m_dimension)];
    m_fit->setText(tr("Fit <span style=\"font-size:x-large\"><b>%1</b></span> of 100")
                       .arg(QString::number(std::lround(value))));
    m_description->setText(tr("Who does what here today. Compare it with the models; the Handover Plan tab lists "
                              "what changes on the way to one of them."));
    double internal = 0;
    const int rows = m_activityModel->rowCount();
    for (int a = 0; a < rows; ++a)
        internal += m_document->todayResponsibility(m_dimension, a).internalShare();
    internal = rows > 0 ? internal / rows : 0.0;
    const double desired = m_document->result().dimensions[static_cast<size_t>(m_dimension)].desiredInternalShare;
    m_explanation->setText(tr("Today about %1% of the work is done in-house; your profile suggests about %2%, so the "
                              "gap is %3 points.")
                               .arg(QString::number(std::lround(internal)), QString::number(std::lround(desired)),
                                    QString::number(std::lround(std::abs(internal - desired)))));
    const int unassigned = m_activityModel->nobodyResponsibleCount();
    m_warning->setVisible(unassigned > 0);
    m_warning->setText(tr("⚠ Nobody is Responsible for %n activity(s) here: give R to the provider or the internal "
                          "team.",
                          nullptr, unassigned));
    m_hint->setText(tr("Double-click a cell (or press F2) to record who does the activity today."));
}

int ModelPanel::minimumWidthFor(const QFont &font)
{
    const QFontMetrics metrics(font);
    constexpr int kCellPadding = 14; // the delegate's text margins and the header's section padding
    constexpr int kChip = 2 * 8 + 6;  // ActivityDelegate: the owner chip's padding around its text
    const auto widest = [&metrics](std::initializer_list<QString> texts, int extra = 0) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text) + extra);
        return width + kCellPadding;
    };
    const int owner = std::max(widest({ActivityTableModel::tr("Owner")}),
                               widest({ownerDisplayName(Owner::Provider), ownerDisplayName(Owner::Internal),
                                       ownerDisplayName(Owner::Shared)},
                                      kChip));
    const int share = widest({ActivityTableModel::tr("Provider", "column header: the provider's share of the work"),
                              QStringLiteral("100.0 %")});
    const int raci = widest({ActivityTableModel::tr("Prov."), QStringLiteral("RACI")}) +
                     widest({ActivityTableModel::tr("Int."), QStringLiteral("RACI")});
    constexpr int kActivity = 100; // a name wraps onto a few lines, never down to a letter per line
    constexpr int kFramesAndMargins = 2 + 2 + 2 * 10; // table frame, panel frame, the panel's margins
    return kActivity + owner + share + raci + kFramesAndMargins;
}

void ModelPanel::fitTableHeight()
{
    // Show every activity without an inner scroll bar; the explorer scrolls as a whole.
    // Rows as tall as their wrapped activity name (QTableView only measures rows in its viewport).
    const QFontMetrics metrics(m_activities->font());
    // The item delegate keeps (focus frame margin + 1) free on each side of the text.
    const int textMargin =
        2 * (m_activities->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_activities) + 1);
    const int textWidth = std::max(40, m_activities->columnWidth(ActivityTableModel::ActivityColumn) - textMargin - 1);
    const int oneLine = metrics.height() + 10;
    const int rows = m_activityModel->rowCount();
    int height = m_activities->horizontalHeader()->sizeHint().height() + 2 * m_activities->frameWidth();
    for (int r = 0; r < rows; ++r) {
        const QString name = m_activityModel->index(r, ActivityTableModel::ActivityColumn).data().toString();
        const int wrapped = metrics.boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, name).height() + 8;
        const int rowHeight = std::max(oneLine, wrapped);
        m_activities->setRowHeight(r, rowHeight);
        height += rowHeight;
    }
    m_activities->setFixedHeight(height);
}

} // namespace splitbench::gui
