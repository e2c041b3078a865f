#include "workshop_formats.h"

#include "report_formats.h"
#include "text_escape.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>

namespace splitbench {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench", text); }

double rounded(double value) { return std::round(value * 10.0) / 10.0; }

QJsonValue modelId(const Catalogue &catalogue, int model)
{
    if (model < 0 || model >= static_cast<int>(catalogue.models.size()))
        return QJsonValue::Null;
    return catalogue.models[static_cast<size_t>(model)].id;
}
} // namespace

QString consensusMethodId(ConsensusMethod method)
{
    return method == ConsensusMethod::WeightedMean ? QStringLiteral("weighted_mean")
                                                   : QStringLiteral("weighted_median");
}

QString consensusSentence(ConsensusMethod method)
{
    return method == ConsensusMethod::WeightedMean
               ? tr("The group's values are the participants' weighted mean, value by value: every voice moves the "
                    "group a little, in proportion to its weight.")
               : tr("The group's values are the participants' weighted median, value by value: one extreme voice "
                    "cannot drag the group, and a heavier weight counts as more voices.");
}

QJsonObject workshopToJsonObject(const Catalogue &catalogue, const Profile &workshop, const WorkshopAnalysis &analysis)
{
    if (!workshop.isWorkshop())
        return {};
    QJsonArray participants;
    for (size_t p = 0; p < workshop.participants.size(); ++p) {
        const Participant &person = workshop.participants[p];
        QJsonObject entry{{QStringLiteral("id"), person.id},
                          {QStringLiteral("name"), person.name},
                          {QStringLiteral("role"), person.role},
                          {QStringLiteral("weight"), person.weight}};
        if (p < analysis.outcomes.size()) {
            const ParticipantOutcome &outcome = analysis.outcomes[p];
            insertAnswerJson(entry, catalogue, outcome.isTie() ? -1 : outcome.recommended, outcome.runnerUp,
                             outcome.margin, outcome.overall);
        }
        participants.append(entry);
    }
    QJsonArray disagreement;
    for (const TraitSpread &spread : analysis.spreads) {
        QJsonObject values;
        for (size_t p = 0; p < spread.values.size() && p < workshop.participants.size(); ++p)
            values.insert(workshop.participants[p].id, rounded(spread.values[p]));
        disagreement.append(QJsonObject{{QStringLiteral("trait"), catalogue.traits[static_cast<size_t>(spread.trait)].id},
                                        {QStringLiteral("consensus"), rounded(spread.consensus)},
                                        {QStringLiteral("low"), rounded(spread.low)},
                                        {QStringLiteral("high"), rounded(spread.high)},
                                        {QStringLiteral("spread"), rounded(spread.spread())},
                                        {QStringLiteral("values"), values}});
    }
    QJsonArray decisive;
    for (const DecisiveValue &value : analysis.decisive)
        decisive.append(
            QJsonObject{{QStringLiteral("trait"), catalogue.traits[static_cast<size_t>(value.trait)].id},
                        {QStringLiteral("participant"), workshop.participants[static_cast<size_t>(value.participant)].id},
                        {QStringLiteral("value"), rounded(value.value)},
                        {QStringLiteral("recommended_then"), modelId(catalogue, value.recommendedThen)}});
    return QJsonObject{{QStringLiteral("consensus"), consensusMethodId(workshop.consensus)},
                       {QStringLiteral("participants"), participants},
                       {QStringLiteral("disagreement"), disagreement},
                       {QStringLiteral("decisive"), decisive},
                       {QStringLiteral("disagreement_sentence"), disagreementSentence(analysis, catalogue, workshop)},
                       {QStringLiteral("decisive_sentence"), decisiveSentence(analysis, catalogue, workshop)}};
}

QByteArray withWorkshopJson(const QByteArray &json, const Catalogue &catalogue, const Profile &workshop,
                            const WorkshopAnalysis &analysis)
{
    if (!workshop.isWorkshop())
        return json;
    QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject added = workshopToJsonObject(catalogue, workshop, analysis);
    for (auto it = added.begin(); it != added.end(); ++it)
        root.insert(it.key(), it.value());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString workshopToText(const Catalogue &catalogue, const Profile &workshop, const WorkshopAnalysis &analysis)
{
    if (!workshop.isWorkshop())
        return {};
    QString out;
    QTextStream s(&out);
    s << "\n" << tr("Participants (%1): each person's own answer").arg(QString::number(workshop.participants.size())) << "\n";
    for (size_t p = 0; p < workshop.participants.size() && p < analysis.outcomes.size(); ++p) {
        const Participant &person = workshop.participants[p];
        const ParticipantOutcome &outcome = analysis.outcomes[p];
        const QString answer = answerName(catalogue, outcome.isTie() ? -1 : outcome.recommended);
        s << "  " << tr("%1, weight %2: %3 (margin %4)")
                         .arg(person.label(), QString::number(person.weight, 'g', 4), answer,
                              QString::number(outcome.margin, 'f', 1));
        if (person.weight <= 0)
            s << ' ' << tr("(not counted)");
        s << "\n";
    }
    s << "  " << consensusSentence(workshop.consensus) << "\n";
    if (const QString sentence = disagreementSentence(analysis, catalogue, workshop); !sentence.isEmpty())
        s << "  " << sentence << "\n";
    if (const QString sentence = decisiveSentence(analysis, catalogue, workshop); !sentence.isEmpty())
        s << "  " << sentence << "\n";
    // Names come from files: a terminal shown this text must not act on them.
    return escapeControlCharacters(out, KeepLayout::LineBreaksAndTabs);
}

} // namespace splitbench
