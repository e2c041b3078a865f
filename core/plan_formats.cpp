#include "plan_formats.h"

#include "csv_field.h"
#include "number_format.h"
#include "text_escape.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace splitbench {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench", text); }

const Dimension &dimensionOf(const Catalogue &catalogue, const HandoverStep &step)
{
    return catalogue.dimensions.at(static_cast<size_t>(step.dimension));
}

const Activity &activityOf(const Catalogue &catalogue, const HandoverStep &step)
{
    return dimensionOf(catalogue, step).activities.at(static_cast<size_t>(step.activity));
}

QString percent(double share) { return formatDecimal(share, 0) + u'%'; }

/// Names from a catalogue or a profile in one line of Markdown: control characters escaped, and the characters
/// Markdown would act on preceded by a backslash.
QString markdownText(const QString &text)
{
    QString result;
    for (const QChar c : escapeControlCharacters(text)) {
        if (QStringLiteral("\\`*_[]<>|#~!").contains(c))
            result += u'\\';
        result += c;
    }
    return result;
}

QString modelName(const Catalogue &catalogue, const HandoverPlan &plan)
{
    return catalogue.models.at(static_cast<size_t>(plan.toModel)).name;
}

QString planTitle(const Catalogue &catalogue, const HandoverPlan &plan, const QString &fromName)
{
    return tr("Handover plan: from %1 to %2").arg(fromName, modelName(catalogue, plan));
}

/// "3, 7" — the numbers (1-based) of the steps this one waits for.
QString prerequisiteNumbers(const HandoverStep &step)
{
    QStringList numbers;
    for (const int p : step.prerequisites)
        numbers << QString::number(p + 1);
    return numbers.join(QStringLiteral(", "));
}
} // namespace

QString planOwnerName(Owner owner)
{
    switch (owner) {
    case Owner::Provider: return tr("the provider");
    case Owner::Internal: return tr("the in-house team");
    case Owner::Shared: return tr("both (shared)");
    }
    return {};
}

QString planRaci(const QString &letters) { return letters.isEmpty() ? QStringLiteral("–") : letters; }

QString stepDirection(const HandoverStep &step)
{
    if (step.ownerChanges())
        return tr("from %1 to %2").arg(planOwnerName(step.before.owner), planOwnerName(step.after.owner));
    return tr("stays with %1").arg(planOwnerName(step.after.owner));
}

QString stepChanges(const HandoverStep &step)
{
    QStringList parts;
    if (step.shareChanges())
        parts << tr("provider share %1 → %2").arg(percent(step.before.providerShare), percent(step.after.providerShare));
    if (step.raciChanges()) {
        QStringList letters;
        if (step.before.providerRaci != step.after.providerRaci)
            letters << tr("provider %1 → %2").arg(planRaci(step.before.providerRaci), planRaci(step.after.providerRaci));
        if (step.before.internalRaci != step.after.internalRaci)
            letters << tr("in-house %1 → %2").arg(planRaci(step.before.internalRaci), planRaci(step.after.internalRaci));
        parts << tr("RACI %1").arg(letters.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

QString planSummary(const Catalogue &catalogue, const HandoverPlan &plan, const QString &fromName)
{
    const QString model = modelName(catalogue, plan);
    if (plan.empty())
        return tr("Nothing changes hands: %1 already splits every activity as %2 does.").arg(fromName, model);
    int toProvider = 0;
    int toInternal = 0;
    int owners = 0;
    for (const HandoverStep &step : plan.steps) {
        toProvider += step.providerShareChange() > 0 ? 1 : 0;
        toInternal += step.providerShareChange() < 0 ? 1 : 0;
        owners += step.ownerChanges() ? 1 : 0;
    }
    return tr("Moving from %1 to %2 changes %3 of %4 activities: %5 change owner; in %6 the provider takes on more "
              "of the work, in %7 the in-house team does.")
        .arg(fromName, model, QString::number(plan.steps.size()), QString::number(catalogue.activityCount()),
             QString::number(owners), QString::number(toProvider), QString::number(toInternal));
}

QString planOrderSentence()
{
    return tr("The steps are grouped by dimension and ordered so that what others depend on comes first: knowledge "
              "transfer, documentation and access before the work that needs them.");
}

QString planToText(const Catalogue &catalogue, const HandoverPlan &plan, const QString &fromName)
{
    QString text = escapeControlCharacters(planTitle(catalogue, plan, fromName)) + u'\n';
    text += escapeControlCharacters(planSummary(catalogue, plan, fromName)) + u'\n';
    if (plan.empty())
        return text;
    text += planOrderSentence() + u'\n';
    for (size_t i = 0; i < plan.steps.size(); ++i) {
        const HandoverStep &step = plan.steps[i];
        if (plan.startsGroup(i))
            text += u'\n' + escapeControlCharacters(dimensionOf(catalogue, step).name) + u'\n';
        const Activity &activity = activityOf(catalogue, step);
        text += QStringLiteral("%1. %2: %3\n")
                    .arg(QString::number(i + 1).rightJustified(3), escapeControlCharacters(activity.name),
                         stepDirection(step));
        if (const QString changes = stepChanges(step); !changes.isEmpty())
            text += QStringLiteral("     ") + changes + u'\n';
        if (!step.prerequisites.empty())
            text += QStringLiteral("     ") + tr("after steps %1").arg(prerequisiteNumbers(step)) + u'\n';
        if (!activity.handover.isEmpty())
            text += QStringLiteral("     [ ] ") + escapeControlCharacters(activity.handover) + u'\n';
    }
    return text;
}

QJsonObject todayToJsonObject(const FitEngine &engine, const Profile &profile)
{
    if (!profile.asIs)
        return {};
    const std::vector<double> fit = engine.dimensionFitOf(profile.asIs->responsibilities, profile.traits);
    QJsonObject dimensions;
    for (size_t d = 0; d < fit.size(); ++d)
        dimensions.insert(engine.catalogue().dimensions[d].id, fit[d]);
    return QJsonObject{{QStringLiteral("based_on"), profile.asIs->basedOn},
                       {QStringLiteral("overall"),
                        engine.overallFitOf(profile.asIs->responsibilities, profile.traits, profile.importance)},
                       {QStringLiteral("dimensions"), dimensions}};
}

QByteArray withTodayJson(const QByteArray &json, const FitEngine &engine, const Profile &profile)
{
    if (!profile.asIs)
        return json;
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.insert(QStringLiteral("today"), todayToJsonObject(engine, profile));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray planToCsv(const Catalogue &catalogue, const HandoverPlan &plan)
{
    QStringList lines{QStringLiteral(
        "step,dimension_id,dimension,activity_id,activity,owner_before,owner_after,provider_raci_before,"
        "provider_raci_after,internal_raci_before,internal_raci_after,provider_share_before,provider_share_after,"
        "provider_share_change,after_steps,handover")};
    for (size_t i = 0; i < plan.steps.size(); ++i) {
        const HandoverStep &step = plan.steps[i];
        const Dimension &dimension = dimensionOf(catalogue, step);
        const Activity &activity = activityOf(catalogue, step);
        QStringList prerequisites;
        for (const int p : step.prerequisites)
            prerequisites << QString::number(p + 1);
        const QStringList fields{QString::number(i + 1),
                                 csvField(escapeControlCharacters(dimension.id)),
                                 csvField(escapeControlCharacters(dimension.name)),
                                 csvField(escapeControlCharacters(activity.id)),
                                 csvField(escapeControlCharacters(activity.name)),
                                 ownerId(step.before.owner),
                                 ownerId(step.after.owner),
                                 step.before.providerRaci,
                                 step.after.providerRaci,
                                 step.before.internalRaci,
                                 step.after.internalRaci,
                                 QString::number(step.before.providerShare, 'g', 10),
                                 QString::number(step.after.providerShare, 'g', 10),
                                 QString::number(step.providerShareChange(), 'g', 10),
                                 csvField(prerequisites.join(u' ')),
                                 csvField(escapeControlCharacters(activity.handover))};
        lines << fields.join(u',');
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QByteArray planToMarkdown(const Catalogue &catalogue, const HandoverPlan &plan, const QString &fromName)
{
    QString text = QStringLiteral("# ") + markdownText(planTitle(catalogue, plan, fromName)) + QStringLiteral("\n\n");
    text += markdownText(planSummary(catalogue, plan, fromName)) + QStringLiteral("\n");
    if (!plan.empty())
        text += QStringLiteral("\n") + markdownText(planOrderSentence()) + QStringLiteral("\n\n");
    for (const HandoverStep &step : plan.steps) {
        const Activity &activity = activityOf(catalogue, step);
        QString line = QStringLiteral("- [ ] **%1** — %2: %3")
                           .arg(markdownText(dimensionOf(catalogue, step).name), markdownText(activity.name),
                                markdownText(stepDirection(step)));
        if (const QString changes = stepChanges(step); !changes.isEmpty())
            line += QStringLiteral(" (") + markdownText(changes) + u')';
        if (!activity.handover.isEmpty())
            line += QStringLiteral(" — ") + markdownText(activity.handover);
        text += line + u'\n';
    }
    return text.toUtf8();
}

QByteArray planToJson(const Catalogue &catalogue, const HandoverPlan &plan, const QString &fromName)
{
    const auto raci = [](const Responsibility &r) {
        return QJsonObject{{QStringLiteral("provider"), r.providerRaci}, {QStringLiteral("internal"), r.internalRaci}};
    };
    QJsonArray steps;
    for (size_t i = 0; i < plan.steps.size(); ++i) {
        const HandoverStep &step = plan.steps[i];
        const Dimension &dimension = dimensionOf(catalogue, step);
        const Activity &activity = activityOf(catalogue, step);
        QJsonArray after;
        for (const int p : step.prerequisites)
            after.append(p + 1);
        steps.append(QJsonObject{{QStringLiteral("step"), static_cast<int>(i) + 1},
                                 {QStringLiteral("dimension"), dimension.id},
                                 {QStringLiteral("dimension_name"), dimension.name},
                                 {QStringLiteral("activity"), activity.id},
                                 {QStringLiteral("activity_name"), activity.name},
                                 {QStringLiteral("owner_before"), ownerId(step.before.owner)},
                                 {QStringLiteral("owner_after"), ownerId(step.after.owner)},
                                 {QStringLiteral("raci_before"), raci(step.before)},
                                 {QStringLiteral("raci_after"), raci(step.after)},
                                 {QStringLiteral("provider_share_before"), step.before.providerShare},
                                 {QStringLiteral("provider_share_after"), step.after.providerShare},
                                 {QStringLiteral("provider_share_change"), step.providerShareChange()},
                                 {QStringLiteral("after_steps"), after},
                                 {QStringLiteral("handover"), activity.handover}});
    }
    const ServiceModel &model = catalogue.models.at(static_cast<size_t>(plan.toModel));
    const QJsonObject root{{QStringLiteral("from_name"), fromName},
                           {QStringLiteral("to"), model.id},
                           {QStringLiteral("to_name"), model.name},
                           {QStringLiteral("activities"), catalogue.activityCount()},
                           {QStringLiteral("summary"), planSummary(catalogue, plan, fromName)},
                           {QStringLiteral("steps"), steps}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace splitbench
