// A proposal's terms beyond its price (format 2, `custom_models[].terms`): the notice period and the service
// levels per priority, and the usual market ranges they are compared with (docs/proposal-check.md).
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace splitbench {

/// When a service level applies.
enum class Cover { BusinessHours, Extended, AllHours };

[[nodiscard]] QString coverId(Cover cover); ///< "business_hours", "extended", "24x7"
[[nodiscard]] std::optional<Cover> coverFromId(const QString &id);
[[nodiscard]] QString coverDisplayName(Cover cover); ///< Translated.

/// What a provider promises for one priority of ticket.
struct ServiceLevel {
    QString priority;            ///< "P1" … as the proposal names them; unique within a proposal, case ignored.
    double responseMinutes = 0;  ///< Until someone works on it.
    double resolutionHours = 0;  ///< Until it is fixed (or worked around).
    Cover cover = Cover::BusinessHours;
    bool operator==(const ServiceLevel &) const = default;
};

struct ProposalTerms {
    static constexpr int kMaxServiceLevels = 8;
    static constexpr double kMaxTime = 10'000; ///< Minutes or hours.
    static constexpr int kMaxNoticeMonths = 24;
    static constexpr int kMaxPriorityLength = 32;

    std::optional<int> noticeMonths;
    std::vector<ServiceLevel> serviceLevels;

    /// Why these terms cannot be a proposal's (a notice period or time out of range, more than
    /// kMaxServiceLevels, a priority empty, too long or given twice ignoring case and spaces), in a sentence;
    /// empty when they can. The workbench's editor asks before it changes a proposal.
    [[nodiscard]] QString problem() const;

    bool operator==(const ProposalTerms &) const = default;
};

/// Whether priority `a` is listed before `b`: numbered and named ones by urgency ("P1" and "critical" first, then
/// "P2" and "high" …, "P5" after "P4"), then those without a number by name; case and spaces ignored.
[[nodiscard]] bool priorityBefore(const QString &a, const QString &b);
/// Every priority the service levels of `terms` name, each once (case and spaces ignored, as first written),
/// in priorityBefore() order: the rows of a side-by-side comparison. Null entries are skipped.
[[nodiscard]] QStringList priorityUnion(const std::vector<const ProposalTerms *> &terms);

/// A usual range in the market for small and mid-sized organisations: typical figures, not a standard.
struct MarketRange {
    double low = 0;
    double high = 0;
    bool operator==(const MarketRange &) const = default;
};

/// The usual notice period, in months.
[[nodiscard]] MarketRange usualNoticeMonths();
/// The usual contract term, in months.
[[nodiscard]] MarketRange usualTermMonths();
/// The usual response (minutes) and resolution (hours) for a priority "P1" to "P4" (also "1" to "4", "Priority 1",
/// "critical", "high", "medium", "low"); nullopt for a priority the market has no common figure for.
[[nodiscard]] std::optional<MarketRange> usualResponseMinutes(const QString &priority);
[[nodiscard]] std::optional<MarketRange> usualResolutionHours(const QString &priority);

/// A term outside its usual range.
struct TermFlag {
    enum class What { Notice, Term, Response, Resolution };
    What what = What::Notice;
    QString priority;   ///< Response and Resolution: the service level's priority.
    double value = 0;
    MarketRange usual;
    bool worse = true;  ///< Longer or slower than usual (the client's disadvantage); false: unusually short or fast.
    QString text;       ///< In plain words, with the usual range.
    bool operator==(const TermFlag &) const = default;
};

/// Every figure of `terms` (and the contract term `termMonths`, 0 for none) outside its usual range.
[[nodiscard]] std::vector<TermFlag> flagTerms(const ProposalTerms &terms, int termMonths);

} // namespace splitbench
