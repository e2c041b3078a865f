#include "scenario_formats.h"

#include "number_format.h"
#include "report_formats.h"
#include "text_escape.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace splitbench {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench", text); }

constexpr int kNameColumn = 32;
constexpr int kModelColumn = 16;

/// `text` cut to `width` characters (the last one "…" when cut) and padded to it.
QString column(const QString &text, int width, bool right = false)
{
    const QString cut = text.size() > width - 1 ? text.left(width - 2) + QStringLiteral("…") : text;
    return right ? cut.rightJustified(width) : cut.leftJustified(width);
}
} // namespace

QJsonObject scenarioComparisonToJson(const Catalogue &catalogue, const ScenarioComparison &comparison)
{
    QJsonArray outcomes;
    for (const ScenarioOutcome &outcome : comparison.outcomes) {
        QJsonObject entry{{QStringLiteral("id"), outcome.scenario < 0 ? QJsonValue::Null : QJsonValue(outcome.id)},
                          {QStringLiteral("name"), outcome.name}};
        insertAnswerJson(entry, catalogue, outcome.answer(), outcome.runnerUp, outcome.margin, outcome.overall);
        if (comparison.hasCosts) {
            QJsonObject perYear;
            QJsonObject total;
            for (size_t m = 0; m < outcome.costs.size() && m < catalogue.models.size(); ++m) {
                perYear.insert(catalogue.models[m].id, std::round(outcome.costs[m].perYear()));
                total.insert(catalogue.models[m].id, std::round(outcome.costs[m].total()));
            }
            entry.insert(QStringLiteral("cost_per_year"), perYear);
            entry.insert(QStringLiteral("cost_total"), total);
        }
        outcomes.append(entry);
    }
    QJsonArray flippedBy;
    for (int index : comparison.flips)
        flippedBy.append(comparison.outcomes[static_cast<size_t>(index)].id);
    QJsonObject result{{QStringLiteral("robust"), comparison.robust},
                       {QStringLiteral("sentence"), comparison.sentence},
                       {QStringLiteral("flipped_by"), flippedBy},
                       {QStringLiteral("outcomes"), outcomes}};
    if (comparison.hasCosts)
        result.insert(QStringLiteral("currency"), comparison.currency);
    return result;
}

QByteArray withScenarioJson(const QByteArray &json, const Catalogue &catalogue, const ScenarioComparison &comparison)
{
    if (comparison.scenarioCount() < 1)
        return json;
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.insert(QStringLiteral("scenarios"), scenarioComparisonToJson(catalogue, comparison));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString scenarioComparisonToText(const Catalogue &catalogue, const ScenarioComparison &comparison)
{
    if (comparison.scenarioCount() < 1)
        return {};
    QString out;
    QTextStream s(&out);
    s << "\n"
      << (comparison.hasCosts ? tr("Scenarios: each model's overall fit and cost per year (%1)").arg(comparison.currency)
                              : tr("Scenarios: each model's overall fit"))
      << "\n";
    s << column(tr("Scenario"), kNameColumn);
    for (const ServiceModel &model : catalogue.models)
        s << column(model.name, kModelColumn, true);
    s << "  " << tr("Recommended (margin)") << "\n";
    for (const ScenarioOutcome &outcome : comparison.outcomes) {
        s << column(outcome.name, kNameColumn);
        for (size_t m = 0; m < outcome.overall.size(); ++m)
            s << column(QString::number(outcome.overall[m], 'f', 1), kModelColumn, true);
        s << "  " << tr("%1 (%2)").arg(answerName(catalogue, outcome.answer()), QString::number(outcome.margin, 'f', 1))
          << "\n";
        if (comparison.hasCosts) {
            s << column(QString(), kNameColumn);
            for (const CostBreakdown &cost : outcome.costs)
                s << column(formatMoney(cost.perYear(), comparison.currency), kModelColumn, true);
            s << "\n";
        }
    }
    s << "  " << comparison.sentence << "\n";
    // Names come from files: a terminal shown this text must not act on them.
    return escapeControlCharacters(out, KeepLayout::LineBreaksAndTabs);
}

} // namespace splitbench
