#include "proposal_comparison_model.h"

#include "number_format.h"
#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace splitbench::gui {

namespace {

QString number(double value)
{
    return formatDecimal(value, value == std::floor(value) ? 0 : 1);
}

QString dash()
{
    return QStringLiteral("—");
}

} // namespace

QString ProposalComparisonModel::monthsText(int months)
{
    return months == 1 ? tr("1 month") : tr("%1 months").arg(months);
}

void ProposalComparisonModel::setCompared(std::vector<ComparedModel> models, const QString &currency)
{
    beginResetModel();
    m_models = std::move(models);
    m_currency = currency;
    // The union of the compared proposals' priorities (case ignored), P1 first.
    std::vector<const ProposalTerms *> terms;
    for (const ComparedModel &model : m_models)
        terms.push_back(model.terms ? &*model.terms : nullptr);
    const QStringList priorities = priorityUnion(terms);
    m_rows = {{Row::Fit, {}}, {Row::Rank, {}}, {Row::CostPerMonth, {}}, {Row::CostOverTerm, {}}, {Row::Term, {}},
              {Row::Notice, {}}};
    for (const QString &priority : priorities) {
        m_rows.push_back({Row::Response, priority});
        m_rows.push_back({Row::Resolution, priority});
        m_rows.push_back({Row::Cover, priority});
    }
    m_rows.push_back({Row::Findings, {}});
    m_fits.assign(m_models.size(), std::nan(""));
    m_ranks.assign(m_models.size(), 0);
    endResetModel();
}

void ProposalComparisonModel::setFits(const FitResult &result)
{
    m_modelCount = static_cast<int>(result.overall.size());
    m_recommended = result.isTie() ? -1 : result.recommended;
    for (size_t c = 0; c < m_models.size(); ++c) {
        const int model = m_models[c].model;
        if (model < 0 || model >= m_modelCount) {
            m_fits[c] = std::nan("");
            m_ranks[c] = 0;
            continue;
        }
        const double fit = result.overall[static_cast<size_t>(model)];
        m_fits[c] = fit;
        m_ranks[c] = 1 + static_cast<int>(std::count_if(result.overall.begin(), result.overall.end(),
                                                        [fit](double other) { return other > fit; }));
    }
    if (!m_models.empty())
        emit dataChanged(index(rowOf(Row::Fit), 0), index(rowOf(Row::Rank), columnCount() - 1));
}

int ProposalComparisonModel::rowOf(Row kind, const QString &priority) const
{
    for (size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].kind == kind && m_rows[r].priority.compare(priority, Qt::CaseInsensitive) == 0)
            return static_cast<int>(r);
    return -1;
}

int ProposalComparisonModel::modelOfColumn(int column) const
{
    return column >= 0 && column < usualRangeColumn() ? m_models[static_cast<size_t>(column)].model : -1;
}

int ProposalComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_models.empty() ? 0 : static_cast<int>(m_rows.size());
}

int ProposalComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_models.empty() ? 0 : static_cast<int>(m_models.size()) + 1;
}

const ServiceLevel *ProposalComparisonModel::levelOf(const ComparedModel &model, const QString &priority) const
{
    if (!model.terms)
        return nullptr;
    for (const ServiceLevel &level : model.terms->serviceLevels)
        if (level.priority.compare(priority, Qt::CaseInsensitive) == 0)
            return &level;
    return nullptr;
}

const TermFlag *ProposalComparisonModel::flagOf(const ComparedModel &model, const RowInfo &row) const
{
    for (const TermFlag &flag : model.flags) {
        const bool matches =
            (row.kind == Row::Term && flag.what == TermFlag::What::Term) ||
            (row.kind == Row::Notice && flag.what == TermFlag::What::Notice) ||
            (row.kind == Row::Response && flag.what == TermFlag::What::Response &&
             flag.priority.compare(row.priority, Qt::CaseInsensitive) == 0) ||
            (row.kind == Row::Resolution && flag.what == TermFlag::What::Resolution &&
             flag.priority.compare(row.priority, Qt::CaseInsensitive) == 0);
        if (matches)
            return &flag;
    }
    return nullptr;
}

QString ProposalComparisonModel::cellText(const ComparedModel &model, const RowInfo &row) const
{
    const size_t column = static_cast<size_t>(&model - m_models.data());
    switch (row.kind) {
    case Row::Fit:
        return std::isnan(m_fits[column]) ? dash() : formatDecimal(m_fits[column], 1);
    case Row::Rank:
        if (m_ranks[column] <= 0)
            return dash();
        return model.model == m_recommended
                   ? tr("%1 of %2 ★").arg(QString::number(m_ranks[column]), QString::number(m_modelCount))
                   : tr("%1 of %2").arg(QString::number(m_ranks[column]), QString::number(m_modelCount));
    case Row::CostPerMonth:
        return model.cost.termMonths > 0 ? formatMoney(model.cost.total() / model.cost.termMonths, m_currency) : dash();
    case Row::CostOverTerm:
        return formatMoney(model.cost.total(), m_currency);
    case Row::Term:
        return model.cost.termMonths > 0 ? monthsText(model.cost.termMonths) : dash();
    case Row::Notice:
        return model.terms && model.terms->noticeMonths ? monthsText(*model.terms->noticeMonths)
                                                        : dash();
    case Row::Response:
        if (const ServiceLevel *level = levelOf(model, row.priority))
            return tr("%1 min").arg(number(level->responseMinutes));
        return dash();
    case Row::Resolution:
        if (const ServiceLevel *level = levelOf(model, row.priority))
            return tr("%1 h").arg(number(level->resolutionHours));
        return dash();
    case Row::Cover:
        if (const ServiceLevel *level = levelOf(model, row.priority))
            return coverDisplayName(level->cover);
        return dash();
    case Row::Findings:
        return QString::number(model.findings);
    }
    return {};
}

QString ProposalComparisonModel::usualText(const RowInfo &row) const
{
    const auto range = [](const MarketRange &r, const QString &unit) {
        return tr("%1–%2 %3").arg(number(r.low), number(r.high), unit);
    };
    switch (row.kind) {
    case Row::Term:
        return range(usualTermMonths(), tr("months"));
    case Row::Notice:
        return range(usualNoticeMonths(), tr("months"));
    case Row::Response:
        if (const std::optional<MarketRange> r = usualResponseMinutes(row.priority))
            return range(*r, tr("min"));
        return dash();
    case Row::Resolution:
        if (const std::optional<MarketRange> r = usualResolutionHours(row.priority))
            return range(*r, tr("h"));
        return dash();
    default:
        return {};
    }
}

QVariant ProposalComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const RowInfo &row = m_rows[static_cast<size_t>(index.row())];
    if (index.column() == usualRangeColumn()) {
        switch (role) {
        case Qt::DisplayRole:
            return usualText(row);
        case Qt::AccessibleTextRole:
            return usualText(row).isEmpty() ? tr("no usual range") : usualText(row);
        case Qt::ToolTipRole:
            return usualText(row).isEmpty() ? QVariant() : QVariant(tr("Usual in the market for small and mid-sized "
                                                                       "organisations: typical figures, not a "
                                                                       "standard"));
        case Qt::ForegroundRole:
            return QApplication::palette().brush(QPalette::PlaceholderText);
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case FlaggedRole:
            return false;
        default:
            return {};
        }
    }
    const ComparedModel &model = m_models[static_cast<size_t>(index.column())];
    const TermFlag *flag = flagOf(model, row);
    const bool recommended = model.model == m_recommended && (row.kind == Row::Fit || row.kind == Row::Rank);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(model, row);
    case Qt::AccessibleTextRole:
        return flag ? tr("%1 (outside the usual range: %2)").arg(cellText(model, row), flag->text)
                    : cellText(model, row);
    case Qt::ToolTipRole:
        if (flag)
            return flag->text;
        if (row.kind == Row::CostOverTerm || row.kind == Row::CostPerMonth)
            return tr("Provider fees, in-house staff and one-off costs over the %1-month term, from the Cost tab")
                .arg(model.cost.termMonths);
        if (recommended)
            return tr("The recommended model: the best overall fit");
        if (row.kind == Row::Findings)
            return tr("Work nobody does, work split from what it depends on and accountability given away: listed "
                      "below");
        if (!model.custom && row.kind >= Row::Notice && row.kind <= Row::Cover)
            return tr("A built-in model has no proposal's terms");
        return {};
    case Qt::DecorationRole:
        return flag ? QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)) : QVariant();
    case Qt::BackgroundRole:
        return flag ? QVariant(warningBackground(QApplication::palette())) : QVariant();
    case Qt::FontRole:
        if (recommended || flag) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case FlaggedRole:
        return flag != nullptr;
    case FlagTextRole:
        return flag ? flag->text : QString();
    default:
        return {};
    }
}

QVariant ProposalComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        if (section == usualRangeColumn()) {
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                return role == Qt::DisplayRole ? tr("Usual range")
                                               : tr("Usual in the market for small and mid-sized organisations");
            return {};
        }
        const ComparedModel &model = m_models[static_cast<size_t>(section)];
        if (role == Qt::DisplayRole)
            return model.name;
        if (role == Qt::ToolTipRole)
            return model.custom ? tr("%1 (a proposal)").arg(model.name) : tr("%1 (built-in model)").arg(model.name);
        if (role == Qt::FontRole && model.model == m_recommended) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    if (section < 0 || section >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const RowInfo &row = m_rows[static_cast<size_t>(section)];
    switch (row.kind) {
    case Row::Fit:
        return tr("Overall fit");
    case Row::Rank:
        return tr("Rank");
    case Row::CostPerMonth:
        return tr("Cost per month");
    case Row::CostOverTerm:
        return tr("Cost over the term");
    case Row::Term:
        return tr("Contract term");
    case Row::Notice:
        return tr("Notice period");
    case Row::Response:
        return tr("%1: response").arg(row.priority);
    case Row::Resolution:
        return tr("%1: resolution").arg(row.priority);
    case Row::Cover:
        return tr("%1: hours of cover").arg(row.priority);
    case Row::Findings:
        return tr("Findings in the split");
    }
    return {};
}

} // namespace splitbench::gui
