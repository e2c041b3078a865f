// The handover plan (handover_plan.h) as text, CSV, a Markdown task list and JSON (splitbench-cli plan, the
// exports), and the sentences the report and the workbook share: decided once, here.
#pragma once

#include "fit_engine.h"
#include "handover_plan.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace splitbench {

/// Who carries an activity, for a sentence: "the provider", "the in-house team", "both (shared)" (translated).
[[nodiscard]] QString planOwnerName(Owner owner);
/// RACI letters for people: the letters, or "–" for no role.
[[nodiscard]] QString planRaci(const QString &letters);
/// Who the activity goes from and to: "from the in-house team to the provider", or "stays with the provider"
/// when only the letters or the share change.
[[nodiscard]] QString stepDirection(const HandoverStep &step);
/// What else changes: "provider share 0% → 95%; RACI provider – → RA, in-house RA → I" (the parts that change).
[[nodiscard]] QString stepChanges(const HandoverStep &step);
/// One paragraph on the whole plan: how many activities change hands and which way, or that none does.
/// `fromName` names where the plan starts ("today's split").
[[nodiscard]] QString planSummary(const Catalogue &catalogue, const HandoverPlan &plan, const QString &fromName);
/// How the steps are ordered, in one sentence for readers of the plan.
[[nodiscard]] QString planOrderSentence();

/// `plan --format text`: a heading, the summary, then the steps numbered and grouped under their dimension,
/// each with its checklist line and the steps it waits for. Control characters escaped.
[[nodiscard]] QString planToText(const Catalogue &catalogue, const HandoverPlan &plan, const QString &fromName);
/// `plan --format csv` (RFC 4180, CRLF): one row per step in plan order; a text cell a spreadsheet would read
/// as a formula (starting with =, +, -, @, tab or CR) starts with an apostrophe.
[[nodiscard]] QByteArray planToCsv(const Catalogue &catalogue, const HandoverPlan &plan);
/// `plan --format md`: a heading and a GitHub-style task list, one task per step in plan order:
/// "- [ ] **Dimension** — Activity: from X to Y — checklist line". Markdown characters in names escaped.
[[nodiscard]] QByteArray planToMarkdown(const Catalogue &catalogue, const HandoverPlan &plan, const QString &fromName);
/// `plan --format json` (keys in docs/handover-plan.md).
[[nodiscard]] QByteArray planToJson(const Catalogue &catalogue, const HandoverPlan &plan, const QString &fromName);

/// The `today` object `score --format json` gains for a profile with today's split: {"based_on", "overall",
/// "dimensions": {dimension id: fit}}, scored by FitEngine::overallFitOf() and dimensionFitOf(). Empty without.
[[nodiscard]] QJsonObject todayToJsonObject(const FitEngine &engine, const Profile &profile);
/// Inserts todayToJsonObject() as "today" into the JSON object `json` (an indented document is returned);
/// `json` unchanged for a profile without today's split.
[[nodiscard]] QByteArray withTodayJson(const QByteArray &json, const FitEngine &engine, const Profile &profile);

} // namespace splitbench
