#include "fit_table_view.h"

#include "model_view_state.h"
#include "models/fit_table_model.h"
#include "profile_document.h"
#include "static_text_delegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace splitbench::gui {

FitTableView::FitTableView(ProfileDocument *document, ModelViewState *viewState, QWidget *parent)
    : QTableView(parent), m_document(document), m_viewState(viewState), m_model(new FitTableModel(document, this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FitTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);
    setObjectName(QStringLiteral("fitTable"));
    setAccessibleName(tr("Fit per dimension"));
    setModel(m_proxy);
    setItemDelegate(new StaticTextDelegate(this));
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // catalogue order until the user sorts
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(false); // Tab leaves the table; arrow keys move between cells
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 7);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The dimension column takes what the numbers leave, but never less than a readable width (the table
    // scrolls sideways instead); see fitDimensionColumn().
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    fitNumberColumns();
    horizontalHeader()->setHighlightSections(false);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_viewState->setSelectedDimension(m_proxy->mapToSource(current).row());
    });
    connect(this, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit dimensionActivated(m_proxy->mapToSource(index).row()); });

    // After the model's own handler (it was connected first), so the columns are there to size.
    connect(document, &ProfileDocument::modelsChanged, this, [this] {
        fitNumberColumns();
        applyModelVisibility();
    });
    connect(document, &ProfileDocument::todayChanged, this, [this] {
        fitNumberColumns();
        applyModelVisibility();
    });
    connect(viewState, &ModelViewState::visibilityChanged, this, &FitTableView::applyModelVisibility);
    connect(viewState, &ModelViewState::selectedDimensionChanged, this, &FitTableView::showSelectedDimension);
    applyModelVisibility();
}

int FitTableView::numberColumnsWidth() const
{
    int numbers = 0;
    for (int column = FitTableModel::ImportanceColumn; column < m_model->columnCount(); ++column)
        numbers += columnWidth(column);
    return numbers;
}

int FitTableView::preferredWidth() const
{
    int names = 0;
    for (int row = 0; row < model()->rowCount(); ++row)
        names = std::max(names, sizeHintForIndex(model()->index(row, FitTableModel::DimensionColumn)).width());
    int numbers = 0;
    for (int i = 0; i < m_numberTextWidths.size(); ++i)
        if (!isColumnHidden(FitTableModel::ImportanceColumn + i))
            numbers += m_numberTextWidths[i] + 22; // the roomy padding of fitDimensionColumn()
    return names + 12 + numbers + 2 * frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
}

void FitTableView::showSelectedDimension(int dimension)
{
    const QModelIndex proxy = m_proxy->mapFromSource(m_model->index(dimension, FitTableModel::DimensionColumn));
    if (currentIndex().row() != proxy.row())
        setCurrentIndex(proxy);
}

void FitTableView::applyModelVisibility()
{
    for (int m = 0; m < m_document->modelCount(); ++m)
        setColumnHidden(m_model->modelColumn(m), !m_viewState->isVisible(m));
    if (const int today = m_model->todayColumn(); today >= 0)
        setColumnHidden(today, !m_viewState->isVisible(ProfileDocument::kTodayModel));
    fitDimensionColumn();
}

void FitTableView::fitNumberColumns()
{
    // Numbers are short; size the number columns to their header text so the dimension names get the rest.
    const QFontMetrics metrics(horizontalHeader()->font());
    m_numberTextWidths.clear();
    for (int column = FitTableModel::ImportanceColumn; column < m_model->columnCount(); ++column) {
        int width = metrics.horizontalAdvance(QStringLiteral("100.0"));
        const QStringList lines = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().split(u'\n');
        for (const QString &line : lines)
            width = std::max(width, metrics.horizontalAdvance(line));
        m_numberTextWidths << width;
    }
    fitDimensionColumn();
}

void FitTableView::fitDimensionColumn()
{
    // Roomy when the table is wide enough (two models); with more models the number columns lose padding and
    // the names shrink further (elided, the whole name in the tooltip) before the table has to scroll sideways.
    struct Layout {
        int padding;
        int minimumNames;
    };
    constexpr Layout kRoomy{22, 150};
    constexpr Layout kCompact{10, 110};
    const auto numbersWidth = [this](int padding) {
        int total = 0;
        for (int i = 0; i < m_numberTextWidths.size(); ++i)
            if (!isColumnHidden(FitTableModel::ImportanceColumn + i))
                total += m_numberTextWidths[i] + padding;
        return total;
    };
    const int available = viewport()->width();
    const Layout layout = numbersWidth(kRoomy.padding) + kRoomy.minimumNames <= available ? kRoomy : kCompact;
    for (int i = 0; i < m_numberTextWidths.size(); ++i) {
        const int column = FitTableModel::ImportanceColumn + i;
        if (columnWidth(column) != m_numberTextWidths[i] + layout.padding)
            setColumnWidth(column, m_numberTextWidths[i] + layout.padding);
    }
    const int width = std::max(layout.minimumNames, available - numbersWidth(layout.padding));
    if (columnWidth(FitTableModel::DimensionColumn) != width)
        setColumnWidth(FitTableModel::DimensionColumn, width);
}

bool FitTableView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fitDimensionColumn();
    return QTableView::viewportEvent(event);
}

void FitTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        // Model colours depend on the theme; the model paints swatches in the header from them.
        emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    QTableView::changeEvent(event);
}

} // namespace splitbench::gui
