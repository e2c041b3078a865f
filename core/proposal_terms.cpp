#include "proposal_terms.h"

#include <QCoreApplication>

#include <algorithm>

namespace splitbench {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("splitbench", text); }

/// 1 to 4 for the usual ways of naming a priority, else 0.
int priorityRank(const QString &priority)
{
    const QString key = priority.trimmed().toLower();
    static const std::pair<const char *, int> kNames[] = {{"critical", 1}, {"urgent", 1}, {"high", 2},
                                                          {"medium", 3},   {"normal", 3}, {"low", 4}};
    for (const auto &[name, rank] : kNames)
        if (key == QLatin1String(name))
            return rank;
    QString digits; // The first number in the name: "P1", "Priority 2", "1 – critical".
    for (const QChar c : key) {
        if (c.isDigit())
            digits += c;
        else if (!digits.isEmpty())
            break;
    }
    const int rank = digits.toInt();
    return rank >= 1 && rank <= 4 && digits.size() == 1 ? rank : 0;
}

/// Where a priority sorts: its urgency (priorityRank()), or the first number in its name ("P5"); 0 for none.
int priorityNumber(const QString &priority)
{
    if (const int rank = priorityRank(priority); rank > 0)
        return rank;
    QString digits;
    for (const QChar c : priority) {
        if (c.isDigit())
            digits += c;
        else if (!digits.isEmpty())
            break;
    }
    return digits.isEmpty() ? 0 : std::min(digits.left(4).toInt(), 9999);
}

QString number(double value) { return QString::number(value, 'g', 6); }

} // namespace

QString ProposalTerms::problem() const
{
    if (noticeMonths && (*noticeMonths < 0 || *noticeMonths > kMaxNoticeMonths))
        return tr("The notice period must be from 0 to %1 months.").arg(kMaxNoticeMonths);
    if (serviceLevels.size() > static_cast<size_t>(kMaxServiceLevels))
        return tr("A proposal has at most %1 service levels.").arg(kMaxServiceLevels);
    QStringList seen;
    const QString maxTime = QString::number(kMaxTime, 'f', 0);
    for (const ServiceLevel &level : serviceLevels) {
        const QString priority = level.priority.trimmed();
        if (priority.isEmpty())
            return tr("Each service level needs a priority, e.g. P1.");
        if (priority.size() > kMaxPriorityLength)
            return tr("A priority has at most %1 characters.").arg(kMaxPriorityLength);
        if (seen.contains(priority, Qt::CaseInsensitive))
            return tr("Priority \"%1\" is given twice: each priority has one service level.").arg(priority);
        seen << priority;
        if (!(level.responseMinutes >= 0 && level.responseMinutes <= kMaxTime))
            return tr("The response time of %1 must be from 0 to %2 minutes.").arg(priority, maxTime);
        if (!(level.resolutionHours >= 0 && level.resolutionHours <= kMaxTime))
            return tr("The resolution time of %1 must be from 0 to %2 hours.").arg(priority, maxTime);
    }
    return {};
}

bool priorityBefore(const QString &a, const QString &b)
{
    const int na = priorityNumber(a);
    const int nb = priorityNumber(b);
    if ((na > 0) != (nb > 0))
        return na > 0;
    if (na != nb)
        return na < nb;
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) < 0;
}

QStringList priorityUnion(const std::vector<const ProposalTerms *> &terms)
{
    QStringList priorities;
    for (const ProposalTerms *proposal : terms)
        if (proposal)
            for (const ServiceLevel &level : proposal->serviceLevels)
                if (!priorities.contains(level.priority.trimmed(), Qt::CaseInsensitive))
                    priorities << level.priority.trimmed();
    std::stable_sort(priorities.begin(), priorities.end(), priorityBefore);
    return priorities;
}

QString coverId(Cover cover)
{
    switch (cover) {
    case Cover::BusinessHours: return QStringLiteral("business_hours");
    case Cover::Extended: return QStringLiteral("extended");
    case Cover::AllHours: return QStringLiteral("24x7");
    }
    return {};
}

std::optional<Cover> coverFromId(const QString &id)
{
    for (const Cover cover : {Cover::BusinessHours, Cover::Extended, Cover::AllHours})
        if (coverId(cover) == id)
            return cover;
    return std::nullopt;
}

QString coverDisplayName(Cover cover)
{
    switch (cover) {
    case Cover::BusinessHours: return tr("business hours");
    case Cover::Extended: return tr("extended hours");
    case Cover::AllHours: return tr("around the clock");
    }
    return {};
}

// Typical figures of managed-service contracts for small and mid-sized organisations (docs/proposal-check.md).
MarketRange usualNoticeMonths() { return {1, 3}; }
MarketRange usualTermMonths() { return {12, 36}; }

std::optional<MarketRange> usualResponseMinutes(const QString &priority)
{
    static const MarketRange kRanges[] = {{15, 60}, {60, 240}, {240, 480}, {480, 1440}};
    const int rank = priorityRank(priority);
    return rank > 0 ? std::optional(kRanges[rank - 1]) : std::nullopt;
}

std::optional<MarketRange> usualResolutionHours(const QString &priority)
{
    static const MarketRange kRanges[] = {{2, 8}, {8, 24}, {24, 72}, {72, 240}};
    const int rank = priorityRank(priority);
    return rank > 0 ? std::optional(kRanges[rank - 1]) : std::nullopt;
}

std::vector<TermFlag> flagTerms(const ProposalTerms &terms, int termMonths)
{
    std::vector<TermFlag> flags;
    const auto check = [&flags](TermFlag::What what, const QString &priority, double value, MarketRange usual,
                                const QString &longer, const QString &shorter) {
        if (value >= usual.low && value <= usual.high)
            return;
        const bool worse = value > usual.high;
        // One arg() call: a priority named "%1" in a file stays text.
        const QString &format = worse ? longer : shorter;
        flags.push_back({what, priority, value, usual, worse,
                         priority.isEmpty() ? format.arg(number(value), number(usual.low), number(usual.high))
                                            : format.arg(number(value), number(usual.low), number(usual.high), priority)});
    };
    if (termMonths > 0)
        check(TermFlag::What::Term, {}, termMonths, usualTermMonths(),
              tr("A term of %1 months is longer than the usual %2 to %3."),
              tr("A term of %1 months is shorter than the usual %2 to %3."));
    if (terms.noticeMonths)
        check(TermFlag::What::Notice, {}, *terms.noticeMonths, usualNoticeMonths(),
              tr("A notice period of %1 months is longer than the usual %2 to %3."),
              tr("A notice period of %1 months is shorter than the usual %2 to %3: check what it costs to leave."));
    for (const ServiceLevel &level : terms.serviceLevels) {
        if (const std::optional<MarketRange> usual = usualResponseMinutes(level.priority))
            check(TermFlag::What::Response, level.priority, level.responseMinutes, *usual,
                  tr("%4: a response within %1 minutes is slower than the usual %2 to %3."),
                  tr("%4: a response within %1 minutes is faster than the usual %2 to %3: check the contract says so.")
                      );
        if (const std::optional<MarketRange> usual = usualResolutionHours(level.priority))
            check(TermFlag::What::Resolution, level.priority, level.resolutionHours, *usual,
                  tr("%4: a resolution within %1 hours is slower than the usual %2 to %3."),
                  tr("%4: a resolution within %1 hours is faster than the usual %2 to %3: check the contract says so.")
                      );
    }
    return flags;
}

} // namespace splitbench
