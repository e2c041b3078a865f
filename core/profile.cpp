#include "profile.h"
#include "workshop.h"

#include "cost_figures.h"

#include "json_reader.h"
#include "logging.h"
#include "profile_migration.h"
#include "responsibility_json.h"
#include "version.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace splitbench {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench", text); }

using json::child;
using json::fail;

/// The oldest version from which an unbroken chain of steps leads to `currentVersion`.
int oldestReadableVersion(const std::vector<ProfileMigration> &migrations, int currentVersion)
{
    int oldest = currentVersion;
    while (std::any_of(migrations.begin(), migrations.end(),
                       [&](const ProfileMigration &m) { return m.fromVersion == oldest - 1; }))
        --oldest;
    return oldest;
}

json::Limits profileLimits()
{
    json::Limits limits;
    limits.maxFileBytes = kMaxProfileBytes;
    return limits;
}

// --- Format 2 sections for costs (docs/profile-format.md, docs/cost-model.md) ---------------------------------

// The ranges live in core/cost_figures.h, where the workbench's editors find them too.
constexpr int kMaxModules = kMaxPricingModules;

/// Refuses keys a section does not know: a misspelt figure would otherwise be silently replaced by its default.
void requireKnownKeys(const QJsonObject &object, const QString &place, std::initializer_list<const char *> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool ok = std::any_of(known.begin(), known.end(),
                                    [&](const char *key) { return it.key() == QLatin1String(key); });
        if (!ok)
            fail(child(place, it.key()), tr("unknown key \"%1\"").arg(it.key().left(64)),
                 QStringLiteral("unknown key"));
    }
}

bool requireBool(const QJsonObject &object, const QString &key, const QString &place)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        fail(child(place, key), tr("must be true or false"));
    return value.toBool();
}

/// Reads `key` into `target` when present: a number within `range`.
void readNumber(const QJsonObject &object, const char *key, const QString &place, FigureRange range, double &target)
{
    const QString name = QString::fromLatin1(key);
    if (object.contains(name))
        target = json::requireNumber(object, name, place, range.min, range.max);
}
void readFigure(const QJsonObject &object, const char *key, const QString &place, OrganisationFigure which,
                Organisation &o)
{
    double value = figure(o, which);
    readNumber(object, key, place, figureRange(which), value);
    setFigure(o, which, value);
}
void readFigure(const QJsonObject &object, const char *key, const QString &place, PriceFigure which, ModelPricing &p)
{
    double value = figure(p, which);
    readNumber(object, key, place, figureRange(which), value);
    setFigure(p, which, value);
}

Organisation parseOrganisation(const QJsonObject &object, const QString &place)
{
    const json::Limits limits = profileLimits();
    requireKnownKeys(object, place,
                     {"users", "devices", "servers", "sites", "it_staff_fte", "currency", "users_per_it_fte",
                      "salary_per_year", "on_cost_percent", "tools_per_it_fte_per_year", "recruiting_cost_once",
                      "turnover_percent_per_year", "small_need", "redeploy_kept_staff"});
    Organisation o;
    readFigure(object, "users", place, OrganisationFigure::Users, o);
    readFigure(object, "devices", place, OrganisationFigure::Devices, o);
    readFigure(object, "servers", place, OrganisationFigure::Servers, o);
    readFigure(object, "sites", place, OrganisationFigure::Sites, o);
    readFigure(object, "it_staff_fte", place, OrganisationFigure::ItStaffFte, o);
    readFigure(object, "users_per_it_fte", place, OrganisationFigure::UsersPerItFte, o);
    readFigure(object, "salary_per_year", place, OrganisationFigure::SalaryPerYear, o);
    readFigure(object, "on_cost_percent", place, OrganisationFigure::OnCostPercent, o);
    readFigure(object, "tools_per_it_fte_per_year", place, OrganisationFigure::ToolsPerItFtePerYear, o);
    readFigure(object, "recruiting_cost_once", place, OrganisationFigure::RecruitingCostOnce, o);
    readFigure(object, "turnover_percent_per_year", place, OrganisationFigure::TurnoverPercentPerYear, o);
    if (object.contains(QStringLiteral("currency"))) {
        const QString code = json::requireString(object, QStringLiteral("currency"), place, limits);
        if (!isKnownCurrency(code))
            fail(child(place, QStringLiteral("currency")),
                 tr("\"%1\" is not a currency code this Splitbench knows (%2)")
                     .arg(code.left(16), knownCurrencies().join(QStringLiteral(", "))),
                 QStringLiteral("unknown currency code"));
        o.currency = code;
    }
    if (object.contains(QStringLiteral("small_need"))) {
        const QString needPlace = child(place, QStringLiteral("small_need"));
        const QJsonObject need = json::requireObject(object.value(QStringLiteral("small_need")), needPlace);
        requireKnownKeys(need, needPlace, {"as", "hourly_rate", "minimum_fte"});
        if (need.contains(QStringLiteral("as"))) {
            const QString as = json::requireString(need, QStringLiteral("as"), needPlace, limits);
            if (as == QLatin1String("contractor_hours"))
                o.smallNeedAs = SmallNeedAs::ContractorHours;
            else if (as == QLatin1String("part_time_role"))
                o.smallNeedAs = SmallNeedAs::PartTimeRole;
            else
                fail(child(needPlace, QStringLiteral("as")),
                     tr("must be \"contractor_hours\" or \"part_time_role\""));
        }
        readFigure(need, "hourly_rate", needPlace, OrganisationFigure::ContractorHourlyRate, o);
        readFigure(need, "minimum_fte", needPlace, OrganisationFigure::MinimumHireFte, o);
    }
    if (object.contains(QStringLiteral("redeploy_kept_staff")))
        o.redeployKeptStaff = requireBool(object, QStringLiteral("redeploy_kept_staff"), place);
    return o;
}

/// Prices for one model, starting from `pricing` (the defaults of the model, or of the one it is based on).
ModelPricing parsePricing(const QJsonObject &object, const QString &place, ModelPricing pricing)
{
    const json::Limits limits = profileLimits();
    requireKnownKeys(object, place,
                     {"per_user", "per_server", "per_site", "onboarding_once", "term_months",
                      "short_term_surcharge_percent", "modules"});
    readFigure(object, "per_user", place, PriceFigure::PerUser, pricing);
    readFigure(object, "per_server", place, PriceFigure::PerServer, pricing);
    readFigure(object, "per_site", place, PriceFigure::PerSite, pricing);
    readFigure(object, "onboarding_once", place, PriceFigure::OnboardingOnce, pricing);
    if (object.contains(QStringLiteral("term_months"))) {
        const double term = json::requireNumber(object, QStringLiteral("term_months"), place, kContractTerms.front(),
                                                kContractTerms.back());
        if (!isContractTerm(term))
            fail(child(place, QStringLiteral("term_months")), tr("must be 12, 24 or 36"));
        pricing.termMonths = static_cast<int>(term);
    }
    if (object.contains(QStringLiteral("short_term_surcharge_percent"))) {
        const QString surchargePlace = child(place, QStringLiteral("short_term_surcharge_percent"));
        const QJsonObject surcharges =
            json::requireObject(object.value(QStringLiteral("short_term_surcharge_percent")), surchargePlace);
        requireKnownKeys(surcharges, surchargePlace, {"12", "24", "36"});
        pricing.shortTermSurchargePercent.clear();
        for (auto it = surcharges.begin(); it != surcharges.end(); ++it)
            pricing.shortTermSurchargePercent[it.key().toInt()] =
                json::requireNumber(it.value(), child(surchargePlace, it.key()), kSurchargeRange.min,
                                    kSurchargeRange.max);
    }
    if (object.contains(QStringLiteral("modules"))) {
        const QJsonArray modules = json::requireArray(object, QStringLiteral("modules"), place, limits);
        const QString modulesPlace = child(place, QStringLiteral("modules"));
        if (modules.size() > kMaxModules)
            fail(modulesPlace, tr("at most %1 modules per model are supported").arg(kMaxModules));
        pricing.modules.clear();
        QSet<QString> ids;
        for (qsizetype i = 0; i < modules.size(); ++i) {
            const QString modulePlace = child(modulesPlace, i);
            const QJsonObject entry = json::requireObject(modules.at(i), modulePlace);
            requireKnownKeys(entry, modulePlace, {"id", "per_month", "per_user", "selected"});
            PricingModule module;
            module.id = json::requireId(entry, QStringLiteral("id"), modulePlace, limits);
            if (ids.contains(module.id))
                fail(child(modulePlace, QStringLiteral("id")), tr("duplicate module id \"%1\"").arg(module.id));
            ids.insert(module.id);
            readNumber(entry, "per_month", modulePlace, kModulePriceRange, module.perMonth);
            readNumber(entry, "per_user", modulePlace, kModulePriceRange, module.perUserPerMonth);
            if (entry.contains(QStringLiteral("selected")))
                module.selected = requireBool(entry, QStringLiteral("selected"), modulePlace);
            pricing.modules.push_back(module);
        }
    }
    return pricing;
}

QJsonObject organisationToJson(const Organisation &o)
{
    return QJsonObject{
        {QStringLiteral("users"), o.users},
        {QStringLiteral("devices"), o.devices},
        {QStringLiteral("servers"), o.servers},
        {QStringLiteral("sites"), o.sites},
        {QStringLiteral("it_staff_fte"), o.itStaffFte},
        {QStringLiteral("currency"), o.currency},
        {QStringLiteral("users_per_it_fte"), o.usersPerItFte},
        {QStringLiteral("salary_per_year"), o.salaryPerYear},
        {QStringLiteral("on_cost_percent"), o.onCostPercent},
        {QStringLiteral("tools_per_it_fte_per_year"), o.toolsPerItFtePerYear},
        {QStringLiteral("recruiting_cost_once"), o.recruitingCostOnce},
        {QStringLiteral("turnover_percent_per_year"), o.turnoverPercentPerYear},
        {QStringLiteral("small_need"),
         QJsonObject{{QStringLiteral("as"), o.smallNeedAs == SmallNeedAs::ContractorHours
                                                ? QStringLiteral("contractor_hours")
                                                : QStringLiteral("part_time_role")},
                     {QStringLiteral("hourly_rate"), o.contractorHourlyRate},
                     {QStringLiteral("minimum_fte"), o.minimumHireFte}}},
        {QStringLiteral("redeploy_kept_staff"), o.redeployKeptStaff},
    };
}

QJsonObject pricingToJson(const ModelPricing &p)
{
    QJsonObject surcharges;
    for (const auto &[term, percent] : p.shortTermSurchargePercent)
        surcharges.insert(QString::number(term), percent);
    QJsonArray modules;
    for (const PricingModule &module : p.modules)
        modules.append(QJsonObject{{QStringLiteral("id"), module.id},
                                   {QStringLiteral("per_month"), module.perMonth},
                                   {QStringLiteral("per_user"), module.perUserPerMonth},
                                   {QStringLiteral("selected"), module.selected}});
    return QJsonObject{{QStringLiteral("per_user"), p.perUser},
                       {QStringLiteral("per_server"), p.perServer},
                       {QStringLiteral("per_site"), p.perSite},
                       {QStringLiteral("onboarding_once"), p.onboardingOnce},
                       {QStringLiteral("term_months"), p.termMonths},
                       {QStringLiteral("short_term_surcharge_percent"), surcharges},
                       {QStringLiteral("modules"), modules}};
}

/// `custom_models[].terms`: the notice period and at most ProposalTerms::kMaxServiceLevels service levels with
/// unique priorities.
ProposalTerms parseTerms(const QJsonValue &value, const QString &place)
{
    const json::Limits limits = profileLimits();
    const QJsonObject object = json::requireObject(value, place);
    ProposalTerms terms;
    if (object.contains(QStringLiteral("notice_months"))) {
        const double months =
            json::requireNumber(object, QStringLiteral("notice_months"), place, 0, ProposalTerms::kMaxNoticeMonths);
        if (months != std::floor(months))
            fail(child(place, QStringLiteral("notice_months")), tr("must be a whole number of months"));
        terms.noticeMonths = static_cast<int>(months);
    }
    if (!object.contains(QStringLiteral("service_levels")))
        return terms;
    const QString levelsPlace = child(place, QStringLiteral("service_levels"));
    const QJsonArray levels = json::requireArray(object, QStringLiteral("service_levels"), place, limits);
    if (levels.size() > ProposalTerms::kMaxServiceLevels)
        fail(levelsPlace, tr("at most %1 service levels are supported").arg(ProposalTerms::kMaxServiceLevels));
    QSet<QString> priorities;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString levelPlace = child(levelsPlace, i);
        const QJsonObject entry = json::requireObject(levels.at(i), levelPlace);
        ServiceLevel level;
        level.priority = json::requireString(entry, QStringLiteral("priority"), levelPlace, limits).left(ProposalTerms::kMaxPriorityLength);
        if (priorities.contains(level.priority.toLower()))
            fail(child(levelPlace, QStringLiteral("priority")),
                 tr("priority \"%1\" is given twice").arg(level.priority), QStringLiteral("priority given twice"));
        priorities.insert(level.priority.toLower());
        level.responseMinutes =
            json::requireNumber(entry, QStringLiteral("response_minutes"), levelPlace, 0, ProposalTerms::kMaxTime);
        level.resolutionHours =
            json::requireNumber(entry, QStringLiteral("resolution_hours"), levelPlace, 0, ProposalTerms::kMaxTime);
        if (entry.contains(QStringLiteral("cover"))) {
            const QString cover = json::requireString(entry, QStringLiteral("cover"), levelPlace, limits);
            const std::optional<Cover> known = coverFromId(cover);
            if (!known)
                fail(child(levelPlace, QStringLiteral("cover")),
                     tr("\"%1\" is not a cover (use business_hours, extended or 24x7)").arg(cover.left(40)),
                     QStringLiteral("unknown cover"));
            level.cover = *known;
        }
        terms.serviceLevels.push_back(level);
    }
    return terms;
}

QJsonObject termsToJson(const ProposalTerms &terms)
{
    QJsonObject object;
    if (terms.noticeMonths)
        object.insert(QStringLiteral("notice_months"), *terms.noticeMonths);
    QJsonArray levels;
    for (const ServiceLevel &level : terms.serviceLevels)
        levels.append(QJsonObject{{QStringLiteral("priority"), level.priority},
                                  {QStringLiteral("response_minutes"), level.responseMinutes},
                                  {QStringLiteral("resolution_hours"), level.resolutionHours},
                                  {QStringLiteral("cover"), coverId(level.cover)}});
    if (!levels.isEmpty())
        object.insert(QStringLiteral("service_levels"), levels);
    return object;
}

CustomModel parseCustomModel(const QJsonObject &object, const QString &place, const Catalogue &catalogue,
                             QSet<QString> &usedIds)
{
    const json::Limits limits = profileLimits();
    const QString id = json::requireId(object, QStringLiteral("id"), place, limits);
    if (usedIds.contains(id))
        fail(child(place, QStringLiteral("id")), tr("duplicate model id \"%1\"").arg(id));
    usedIds.insert(id);
    const QString name = json::requireString(object, QStringLiteral("name"), place, limits);
    const QString basedOn = json::requireString(object, QStringLiteral("based_on"), place, limits);
    const int base = catalogue.modelIndex(basedOn);
    if (base < 0)
        fail(child(place, QStringLiteral("based_on")),
             tr("unknown model id \"%1\" (a custom model must be based on a catalogue model)").arg(basedOn.left(64)),
             QStringLiteral("unknown model id (a custom model must be based on a catalogue model)"));

    // Start from the base model so activities the file leaves out keep sensible values.
    CustomModel model = CustomModel::copyOf(catalogue, base, id, name);

    if (object.contains(QStringLiteral("descriptions"))) {
        const QString descPlace = child(place, QStringLiteral("descriptions"));
        const QJsonObject descriptions = json::requireObject(object.value(QStringLiteral("descriptions")), descPlace);
        for (auto it = descriptions.begin(); it != descriptions.end(); ++it) {
            const int d = catalogue.dimensionIndex(it.key());
            if (d < 0)
                fail(child(descPlace, it.key()), tr("unknown dimension id \"%1\"").arg(it.key().left(64)),
                     QStringLiteral("unknown dimension id"));
            model.descriptions[static_cast<size_t>(d)] = json::requireString(descriptions, it.key(), descPlace, limits, true);
        }
    }

    if (object.contains(QStringLiteral("responsibility"))) {
        const QString respPlace = child(place, QStringLiteral("responsibility"));
        responsibilityTableFromJson(json::requireObject(object.value(QStringLiteral("responsibility")), respPlace),
                                    respPlace, catalogue, model.responsibilities);
    }
    if (object.contains(QStringLiteral("pricing"))) {
        const QString pricingPlace = child(place, QStringLiteral("pricing"));
        model.pricing = parsePricing(json::requireObject(object.value(QStringLiteral("pricing")), pricingPlace),
                                     pricingPlace, defaultPricing(basedOn));
    }
    if (object.contains(QStringLiteral("terms")))
        model.terms = parseTerms(object.value(QStringLiteral("terms")), child(place, QStringLiteral("terms")));
    if (object.contains(QStringLiteral("source"))) {
        const QString sourcePlace = child(place, QStringLiteral("source"));
        const QJsonObject source = json::requireObject(object.value(QStringLiteral("source")), sourcePlace);
        ModelSource from;
        if (source.contains(QStringLiteral("file")))
            from.file = json::requireString(source, QStringLiteral("file"), sourcePlace, limits, true);
        if (source.contains(QStringLiteral("imported")))
            from.imported = json::requireString(source, QStringLiteral("imported"), sourcePlace, limits, true);
        model.source = from;
    }
    return model;
}

std::vector<double> parseTraitMap(const QJsonObject &object, const QString &key, const QString &place,
                                  const Catalogue &catalogue, std::vector<double> values, double max)
{
    if (!object.contains(key))
        return values;
    const QString mapPlace = child(place, key);
    const QJsonObject map = json::requireObject(object.value(key), mapPlace);
    for (auto it = map.begin(); it != map.end(); ++it) {
        const int t = catalogue.traitIndex(it.key());
        if (t < 0)
            fail(child(mapPlace, it.key()), tr("unknown trait id \"%1\"").arg(it.key().left(64)),
                 QStringLiteral("unknown trait id"));
        values[static_cast<size_t>(t)] = json::requireNumber(it.value(), child(mapPlace, it.key()), 0, max);
    }
    return values;
}

/// Where one view of the organisation (the group's at the top level, or a participant's) is read into.
struct ViewFields {
    std::vector<double> &traits;
    std::vector<double> &importance;
    QMap<QString, QString> &notes;
    std::vector<double> &traitUncertainty;
    double &importanceUncertainty;
};

/// Reads `traits`, `importance`, `notes` and `uncertainty` of `object` (found at `place`, empty for the top
/// level); keys that are absent leave the fields as they were.
void parseView(const QJsonObject &object, const QString &place, const Catalogue &catalogue, ViewFields fields)
{
    const json::Limits limits = profileLimits();
    fields.traits = parseTraitMap(object, QStringLiteral("traits"), place, catalogue, fields.traits, 100);

    if (object.contains(QStringLiteral("importance"))) {
        const QString mapPlace = child(place, QStringLiteral("importance"));
        const QJsonObject map = json::requireObject(object.value(QStringLiteral("importance")), mapPlace);
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString valuePlace = child(mapPlace, it.key());
            const int d = catalogue.dimensionIndex(it.key());
            if (d < 0)
                fail(valuePlace, tr("unknown dimension id \"%1\"").arg(it.key().left(64)),
                     QStringLiteral("unknown dimension id"));
            fields.importance[static_cast<size_t>(d)] =
                json::requireNumber(it.value(), valuePlace, 0, Profile::kMaxImportance);
        }
        if (const QString problem = Profile::importanceProblem(fields.importance); !problem.isEmpty())
            fail(mapPlace, problem);
    }

    if (object.contains(QStringLiteral("notes"))) {
        const QString mapPlace = child(place, QStringLiteral("notes"));
        const QJsonObject map = json::requireObject(object.value(QStringLiteral("notes")), mapPlace);
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (catalogue.traitIndex(it.key()) < 0)
                fail(child(mapPlace, it.key()), tr("unknown trait id \"%1\"").arg(it.key().left(64)),
                     QStringLiteral("unknown trait id"));
            const QString note = json::requireString(map, it.key(), mapPlace, limits, true);
            if (!note.isEmpty())
                fields.notes.insert(it.key(), note);
        }
    }

    if (object.contains(QStringLiteral("uncertainty"))) {
        const QString uncertaintyPlace = child(place, QStringLiteral("uncertainty"));
        const QJsonObject uncertainty = json::requireObject(object.value(QStringLiteral("uncertainty")), uncertaintyPlace);
        fields.traitUncertainty = parseTraitMap(uncertainty, QStringLiteral("traits"), uncertaintyPlace, catalogue,
                                                fields.traitUncertainty, Profile::kMaxUncertainty);
        if (uncertainty.contains(QStringLiteral("importance")))
            fields.importanceUncertainty =
                json::requireNumber(uncertainty, QStringLiteral("importance"), uncertaintyPlace, 0, 1);
    }
}

// --- Format 2 section for the workshop (docs/workshop.md) -----------------------------------------------------

Participant parseParticipant(const QJsonObject &object, const QString &place, const Catalogue &catalogue,
                             QSet<QString> &usedIds)
{
    const json::Limits limits = profileLimits();
    requireKnownKeys(object, place,
                     {"id", "name", "role", "weight", "traits", "importance", "notes", "uncertainty"});
    const Profile defaults = Profile::defaults(catalogue);
    Participant participant;
    participant.id = json::requireId(object, QStringLiteral("id"), place, limits);
    if (usedIds.contains(participant.id))
        fail(child(place, QStringLiteral("id")), tr("duplicate participant id \"%1\"").arg(participant.id));
    usedIds.insert(participant.id);
    participant.name = json::requireString(object, QStringLiteral("name"), place, limits).trimmed();
    if (participant.name.isEmpty() || participant.name.size() > Participant::kMaxNameLength)
        fail(child(place, QStringLiteral("name")),
             tr("a participant's name must have 1 to %1 characters").arg(Participant::kMaxNameLength));
    participant.role = json::optionalString(object, QStringLiteral("role"), place, limits).trimmed();
    if (participant.role.size() > Participant::kMaxNameLength)
        fail(child(place, QStringLiteral("role")),
             tr("a participant's role must have at most %1 characters").arg(Participant::kMaxNameLength));
    if (object.contains(QStringLiteral("weight")))
        participant.weight = json::requireNumber(object, QStringLiteral("weight"), place, 0, Participant::kMaxWeight);
    participant.traits = defaults.traits;
    participant.importance = defaults.importance;
    participant.traitUncertainty = defaults.traitUncertainty;
    participant.importanceUncertainty = defaults.importanceUncertainty;
    parseView(object, place, catalogue,
              {participant.traits, participant.importance, participant.notes, participant.traitUncertainty,
               participant.importanceUncertainty});
    return participant;
}

void parseWorkshop(const QJsonObject &root, const Catalogue &catalogue, Profile &profile)
{
    const json::Limits limits = profileLimits();
    if (root.contains(QStringLiteral("consensus"))) {
        const QString method = json::requireString(root, QStringLiteral("consensus"), {}, limits);
        if (method == QLatin1String("weighted_median"))
            profile.consensus = ConsensusMethod::WeightedMedian;
        else if (method == QLatin1String("weighted_mean"))
            profile.consensus = ConsensusMethod::WeightedMean;
        else
            fail(QStringLiteral("consensus"),
                 tr("\"%1\" is not a consensus method (weighted_median or weighted_mean)").arg(method.left(64)),
                 QStringLiteral("unknown consensus method"));
    }
    if (root.contains(QStringLiteral("catalogue_fingerprint"))) {
        const QString fingerprint = json::requireString(root, QStringLiteral("catalogue_fingerprint"), {}, limits);
        if (fingerprint != catalogueFingerprint(catalogue))
            fail(QStringLiteral("catalogue_fingerprint"),
                 tr("this file was made for another catalogue (its traits or dimensions differ from the ones this "
                    "Splitbench uses), so its values cannot be compared with this one's"),
                 QStringLiteral("made for another catalogue"));
    }
    if (!root.contains(QStringLiteral("participants")))
        return;
    const QString place = QStringLiteral("participants");
    const QJsonArray people = json::requireArray(root, place, {}, limits);
    if (people.size() > kMaxParticipants)
        fail(place, tr("at most %1 participants are supported").arg(kMaxParticipants));
    QSet<QString> usedIds;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QString personPlace = child(place, i);
        profile.participants.push_back(
            parseParticipant(json::requireObject(people.at(i), personPlace), personPlace, catalogue, usedIds));
    }
    if (!people.isEmpty() && std::none_of(profile.participants.begin(), profile.participants.end(),
                                          [](const Participant &p) { return p.weight > 0; }))
        fail(place, tr("at least one participant must have a weight above 0"));
}

// --- Format 2 section for today's split (docs/profile-format.md, docs/handover-plan.md) ------------------------

/// Reads `as_is`: a starting point (`based_on`) and the activities that differ from it (`responsibilities`,
/// a custom model's table). Custom models must already be read: `based_on` may name one.
AsIs parseAsIs(const QJsonObject &object, const QString &place, const Catalogue &catalogue,
               const std::vector<CustomModel> &customModels)
{
    const json::Limits limits = profileLimits();
    requireKnownKeys(object, place, {"based_on", "responsibilities"});
    const QString basedOn = json::optionalString(object, QStringLiteral("based_on"), place, limits);
    AsIs asIs;
    bool knownStart = true;
    if (basedOn == QLatin1String(AsIs::kAllInternal)) {
        asIs = AsIs::allInternal(catalogue);
    } else if (basedOn == QLatin1String(AsIs::kAllProvider)) {
        asIs = AsIs::allProvider(catalogue);
    } else if (const Catalogue all = withCustomModels(catalogue, customModels);
               !basedOn.isEmpty() && all.modelIndex(basedOn) >= 0) {
        asIs = AsIs::copyOf(all, all.modelIndex(basedOn));
    } else {
        // Entered from scratch, or started from a model the profile no longer has: the table must be whole.
        knownStart = false;
        asIs = AsIs::allInternal(catalogue);
        if (!basedOn.isEmpty() && !json::isValidId(basedOn, limits))
            fail(child(place, QStringLiteral("based_on")), tr("\"%1\" is not an id").arg(basedOn.left(64)),
                 QStringLiteral("not an id"));
    }
    asIs.basedOn = basedOn;
    std::vector<std::vector<bool>> read;
    const QString tablePlace = child(place, QStringLiteral("responsibilities"));
    if (object.contains(QStringLiteral("responsibilities")))
        responsibilityTableFromJson(json::requireObject(object.value(QStringLiteral("responsibilities")), tablePlace),
                                    tablePlace, catalogue, asIs.responsibilities, &read);
    if (!knownStart) {
        for (size_t d = 0; d < catalogue.dimensions.size(); ++d)
            for (size_t a = 0; a < catalogue.dimensions[d].activities.size(); ++a)
                if (read.empty() || !read[d][a])
                    fail(child(child(tablePlace, catalogue.dimensions[d].id), catalogue.dimensions[d].activities[a].id),
                         basedOn.isEmpty()
                             ? tr("missing: without a based_on to start from, today's split must give every activity")
                             : tr("missing: based_on \"%1\" is not a model of this profile, so today's split must "
                                  "give every activity").arg(basedOn),
                         QStringLiteral("missing activity in today's split"));
    }
    return asIs;
}

QJsonObject asIsToJson(const Catalogue &catalogue, const AsIs &asIs)
{
    return QJsonObject{{QStringLiteral("based_on"), asIs.basedOn},
                       {QStringLiteral("responsibilities"), responsibilityTableToJson(catalogue, asIs.responsibilities)}};
}

// --- Format 2 section for scenarios (docs/profile-format.md) --------------------------------------------------

struct OrganisationFigureKey {
    const char *key;
    OrganisationFigure figure;
    bool inSmallNeed; ///< Under "small_need" rather than at the top of "organisation".
};
/// The figures a scenario may change, under the keys the "organisation" section gives them.
constexpr std::array<OrganisationFigureKey, 13> kScenarioOrganisationKeys{{
    {"users", OrganisationFigure::Users, false},
    {"devices", OrganisationFigure::Devices, false},
    {"servers", OrganisationFigure::Servers, false},
    {"sites", OrganisationFigure::Sites, false},
    {"it_staff_fte", OrganisationFigure::ItStaffFte, false},
    {"users_per_it_fte", OrganisationFigure::UsersPerItFte, false},
    {"salary_per_year", OrganisationFigure::SalaryPerYear, false},
    {"on_cost_percent", OrganisationFigure::OnCostPercent, false},
    {"tools_per_it_fte_per_year", OrganisationFigure::ToolsPerItFtePerYear, false},
    {"recruiting_cost_once", OrganisationFigure::RecruitingCostOnce, false},
    {"turnover_percent_per_year", OrganisationFigure::TurnoverPercentPerYear, false},
    {"hourly_rate", OrganisationFigure::ContractorHourlyRate, true},
    {"minimum_fte", OrganisationFigure::MinimumHireFte, true},
}};
struct PriceFigureKey {
    const char *key;
    PriceFigure figure;
};
/// The prices a scenario may change, under the keys the "pricing" section gives them.
constexpr std::array<PriceFigureKey, 4> kScenarioPriceKeys{{{"per_user", PriceFigure::PerUser},
                                                            {"per_server", PriceFigure::PerServer},
                                                            {"per_site", PriceFigure::PerSite},
                                                            {"onboarding_once", PriceFigure::OnboardingOnce}}};

/// A scenario's "organisation": read (and every value checked) by the organisation section's own reader, then
/// only the figures the file sets are kept. The currency and the choices of how staff is bought are the same
/// in every scenario, so that costs compare side by side.
std::map<OrganisationFigure, double> parseScenarioOrganisation(const QJsonObject &object, const QString &place)
{
    const Organisation read = parseOrganisation(object, place);
    const QString needPlace = child(place, QStringLiteral("small_need"));
    const QJsonObject need = object.value(QStringLiteral("small_need")).toObject();
    for (const QString &fixed : {QStringLiteral("currency"), QStringLiteral("redeploy_kept_staff")})
        if (object.contains(fixed))
            fail(child(place, fixed), tr("is the same in every scenario (set it in the profile's own section)"));
    if (need.contains(QStringLiteral("as")))
        fail(child(needPlace, QStringLiteral("as")),
             tr("is the same in every scenario (set it in the profile's own section)"));
    std::map<OrganisationFigure, double> figures;
    for (const OrganisationFigureKey &entry : kScenarioOrganisationKeys)
        if ((entry.inSmallNeed ? need : object).contains(QLatin1String(entry.key)))
            figures[entry.figure] = figure(read, entry.figure);
    return figures;
}

/// A scenario's "pricing": per model id (a catalogue model or one of the profile's custom models), the prices
/// that differ, read by the pricing section's own reader.
std::map<QString, std::map<PriceFigure, double>> parseScenarioPricing(const QJsonObject &byModel, const QString &place,
                                                                      const Catalogue &catalogue,
                                                                      const std::vector<CustomModel> &customModels)
{
    std::map<QString, std::map<PriceFigure, double>> result;
    for (auto it = byModel.begin(); it != byModel.end(); ++it) {
        const QString modelPlace = child(place, it.key());
        const bool custom = std::any_of(customModels.begin(), customModels.end(),
                                        [&](const CustomModel &m) { return m.id == it.key(); });
        if (catalogue.modelIndex(it.key()) < 0 && !custom)
            fail(modelPlace, tr("unknown model id \"%1\"").arg(it.key().left(64)), QStringLiteral("unknown model id"));
        const QJsonObject object = json::requireObject(it.value(), modelPlace);
        const ModelPricing read = parsePricing(object, modelPlace, ModelPricing{});
        for (auto key = object.begin(); key != object.end(); ++key)
            if (std::none_of(kScenarioPriceKeys.begin(), kScenarioPriceKeys.end(),
                             [&](const PriceFigureKey &k) { return key.key() == QLatin1String(k.key); }))
                fail(child(modelPlace, key.key()),
                     tr("a scenario changes only the prices per user, per server, per site and the onboarding "
                        "fee; the term and the modules are the same in every scenario"));
        std::map<PriceFigure, double> &figures = result[it.key()];
        for (const PriceFigureKey &entry : kScenarioPriceKeys)
            if (object.contains(QLatin1String(entry.key)))
                figures[entry.figure] = figure(read, entry.figure);
    }
    return result;
}

Scenario parseScenario(const QJsonObject &object, const QString &place, const Catalogue &catalogue,
                       const Profile &profile)
{
    const json::Limits limits = profileLimits();
    requireKnownKeys(object, place, {"id", "name", "traits", "organisation", "pricing"});
    Scenario scenario;
    scenario.id = json::requireId(object, QStringLiteral("id"), place, limits);
    scenario.name = json::requireString(object, QStringLiteral("name"), place, limits).trimmed();
    if (scenario.name.isEmpty() || scenario.name.size() > Scenario::kMaxNameLength)
        fail(child(place, QStringLiteral("name")),
             tr("a scenario's name must have 1 to %1 characters").arg(Scenario::kMaxNameLength));
    if (object.contains(QStringLiteral("traits"))) {
        const QString mapPlace = child(place, QStringLiteral("traits"));
        const QJsonObject map = json::requireObject(object.value(QStringLiteral("traits")), mapPlace);
        for (auto it = map.begin(); it != map.end(); ++it) {
            const int t = catalogue.traitIndex(it.key());
            if (t < 0)
                fail(child(mapPlace, it.key()), tr("unknown trait id \"%1\"").arg(it.key().left(64)),
                     QStringLiteral("unknown trait id"));
            scenario.traits[t] = json::requireNumber(it.value(), child(mapPlace, it.key()), 0, 100);
        }
    }
    if (object.contains(QStringLiteral("organisation"))) {
        const QString orgPlace = child(place, QStringLiteral("organisation"));
        scenario.organisation =
            parseScenarioOrganisation(json::requireObject(object.value(QStringLiteral("organisation")), orgPlace),
                                      orgPlace);
    }
    if (object.contains(QStringLiteral("pricing"))) {
        const QString pricingPlace = child(place, QStringLiteral("pricing"));
        scenario.pricing =
            parseScenarioPricing(json::requireObject(object.value(QStringLiteral("pricing")), pricingPlace),
                                 pricingPlace, catalogue, profile.customModels);
    }
    return scenario;
}

/// Reads "scenarios" (after the custom models, whose prices a scenario may change).
void parseScenarios(const QJsonObject &root, const Catalogue &catalogue, Profile &profile)
{
    if (!root.contains(QStringLiteral("scenarios")))
        return;
    const json::Limits limits = profileLimits();
    const QString place = QStringLiteral("scenarios");
    const QJsonArray list = json::requireArray(root, place, {}, limits);
    if (list.size() > kMaxScenarios)
        fail(place, tr("at most %1 scenarios are supported").arg(kMaxScenarios));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString scenarioPlace = child(place, i);
        Scenario scenario = parseScenario(json::requireObject(list.at(i), scenarioPlace), scenarioPlace, catalogue,
                                          profile);
        for (size_t j = 0; j < profile.scenarios.size(); ++j) {
            const Scenario &earlier = profile.scenarios[j];
            if (earlier.id == scenario.id)
                fail(child(scenarioPlace, QStringLiteral("id")),
                     tr("duplicate scenario id \"%1\" (also used by %2)")
                         .arg(scenario.id, child(place, static_cast<qsizetype>(j))));
            if (earlier.name.compare(scenario.name, Qt::CaseInsensitive) == 0)
                fail(child(scenarioPlace, QStringLiteral("name")),
                     tr("the scenario name \"%1\" is already used by %2; each scenario needs a name of its own")
                         .arg(scenario.name.left(Scenario::kMaxNameLength), child(place, static_cast<qsizetype>(j))),
                     QStringLiteral("a scenario name used twice (also by %1)")
                         .arg(child(place, static_cast<qsizetype>(j))));
        }
        profile.scenarios.push_back(std::move(scenario));
    }
}

/// A scenario as the file holds it. Prices for a model the profile no longer has (a custom model removed after
/// the scenario priced it) are left out: they went with their model, and the loader would refuse them.
QJsonObject scenarioToJson(const Scenario &scenario, const Catalogue &catalogue,
                           const std::vector<CustomModel> &customModels)
{
    const auto hasModel = [&](const QString &id) {
        return catalogue.modelIndex(id) >= 0 ||
               std::any_of(customModels.begin(), customModels.end(), [&](const CustomModel &m) { return m.id == id; });
    };
    QJsonObject traits;
    for (const auto &[t, value] : scenario.traits)
        traits.insert(catalogue.traits.at(static_cast<size_t>(t)).id, value);
    QJsonObject entry{{QStringLiteral("id"), scenario.id},
                      {QStringLiteral("name"), scenario.name},
                      {QStringLiteral("traits"), traits}};
    if (!scenario.organisation.empty()) {
        QJsonObject organisation;
        QJsonObject need;
        for (const OrganisationFigureKey &key : kScenarioOrganisationKeys)
            if (const auto found = scenario.organisation.find(key.figure); found != scenario.organisation.end())
                (key.inSmallNeed ? need : organisation).insert(QLatin1String(key.key), found->second);
        if (!need.isEmpty())
            organisation.insert(QStringLiteral("small_need"), need);
        entry.insert(QStringLiteral("organisation"), organisation);
    }
    QJsonObject byModel;
    for (const auto &[id, figures] : scenario.pricing) {
        if (hasModel(id)) {
            QJsonObject prices;
            for (const PriceFigureKey &key : kScenarioPriceKeys)
                if (const auto found = figures.find(key.figure); found != figures.end())
                    prices.insert(QLatin1String(key.key), found->second);
            byModel.insert(id, prices);
        }
    }
    if (!byModel.isEmpty())
        entry.insert(QStringLiteral("pricing"), byModel);
    return entry;
}

/// Refuses a profile from a newer program, naming the version that is needed.
[[noreturn]] void failNewerVersion(const QJsonObject &root, int version, int currentVersion)
{
    // Read leniently: a newer format may have changed anything but the version number.
    const QString writtenBy = root.value(QStringLiteral("written_by")).toString().left(80);
    if (writtenBy.startsWith(QStringLiteral("Splitbench ")))
        fail(QStringLiteral("version"),
             tr("this profile was written by %1 in profile format version %2; this Splitbench (%3) reads "
                "profile format versions up to %4, so %1 or a newer Splitbench is needed to open it")
                 .arg(writtenBy, QString::number(version), programVersion(), QString::number(currentVersion)),
             QStringLiteral("written by a newer Splitbench in profile format version %1; this one reads up to %2")
                 .arg(QString::number(version), QString::number(currentVersion)));
    fail(QStringLiteral("version"),
         tr("this profile uses profile format version %1, written by a newer Splitbench; this Splitbench (%2) "
            "reads profile format versions up to %3, so a Splitbench that reads format version %1 is needed")
             .arg(QString::number(version), programVersion(), QString::number(currentVersion)));
}

/// Brings `root` from `version` to `currentVersion` with one step per version.
QJsonObject migrate(QJsonObject root, int version, int currentVersion, const std::vector<ProfileMigration> &migrations)
{
    for (int from = version; from < currentVersion; ++from) {
        const auto step = std::find_if(migrations.begin(), migrations.end(),
                                       [from](const ProfileMigration &m) { return m.fromVersion == from; });
        if (step == migrations.end()) {
            const int oldest = oldestReadableVersion(migrations, currentVersion);
            const QString readable = oldest == currentVersion
                                         ? tr("only format version %1").arg(currentVersion)
                                         : tr("format versions %1 to %2").arg(QString::number(oldest), QString::number(currentVersion));
            fail(QStringLiteral("version"),
                 tr("profile format version %1 is not one this Splitbench (%2) can read or upgrade; it reads %3")
                     .arg(QString::number(version), programVersion(), readable));
        }
        root = step->upgrade(root);
        root.insert(QStringLiteral("version"), from + 1);
    }
    return root;
}

Profile parseProfileObject(QJsonObject root, const Catalogue &catalogue, const std::vector<ProfileMigration> &migrations,
                           int currentVersion)
{
    const json::Limits limits = profileLimits();
    Profile profile = Profile::defaults(catalogue);

    const double versionNumber = json::requireNumber(root.value(QStringLiteral("version")), QStringLiteral("version"), 0, 1e9);
    if (versionNumber != std::floor(versionNumber))
        fail(QStringLiteral("version"), tr("%1 is not a profile format version").arg(json::numberText(versionNumber)));
    const int version = static_cast<int>(versionNumber);
    if (version > currentVersion)
        failNewerVersion(root, version, currentVersion);
    if (version < currentVersion)
        root = migrate(std::move(root), version, currentVersion, migrations);
    profile.loadedVersion = version;

    profile.name = json::optionalString(root, QStringLiteral("name"), {}, limits);
    if (!root.contains(QStringLiteral("traits")))
        fail(QStringLiteral("traits"), tr("missing (an object of trait values is required)"));
    parseView(root, {}, catalogue,
              {profile.traits, profile.importance, profile.notes, profile.traitUncertainty,
               profile.importanceUncertainty});

    if (root.contains(QStringLiteral("custom_models"))) {
        const QJsonArray models = json::requireArray(root, QStringLiteral("custom_models"), {}, limits);
        if (models.size() > kMaxCustomModels)
            fail(QStringLiteral("custom_models"), tr("at most %1 custom models are supported").arg(kMaxCustomModels));
        QSet<QString> usedIds;
        for (const ServiceModel &model : catalogue.models)
            usedIds.insert(model.id);
        for (qsizetype i = 0; i < models.size(); ++i) {
            const QString place = child(QStringLiteral("custom_models"), i);
            profile.customModels.push_back(
                parseCustomModel(json::requireObject(models.at(i), place), place, catalogue, usedIds));
        }
    }

    if (root.contains(QStringLiteral("organisation"))) {
        const QString place = QStringLiteral("organisation");
        profile.organisation = parseOrganisation(json::requireObject(root.value(place), place), place);
    }
    if (root.contains(QStringLiteral("pricing"))) {
        const QString place = QStringLiteral("pricing");
        const QJsonObject byModel = json::requireObject(root.value(place), place);
        for (auto it = byModel.begin(); it != byModel.end(); ++it) {
            const QString modelPlace = child(place, it.key());
            if (catalogue.modelIndex(it.key()) < 0)
                fail(modelPlace, tr("unknown model id \"%1\" (a custom model keeps its prices with it)").arg(it.key().left(64)),
                     QStringLiteral("unknown model id"));
            profile.pricing[it.key()] =
                parsePricing(json::requireObject(it.value(), modelPlace), modelPlace, defaultPricing(it.key()));
        }
    }
    if (root.contains(QStringLiteral("as_is"))) {
        const QString place = QStringLiteral("as_is");
        profile.asIs = parseAsIs(json::requireObject(root.value(place), place), place, catalogue, profile.customModels);
    }
    parseWorkshop(root, catalogue, profile);
    parseScenarios(root, catalogue, profile);
    if (root.contains(QStringLiteral("prepared"))) {
        const QString place = QStringLiteral("prepared");
        const QJsonObject prepared = json::requireObject(root.value(place), place);
        Prepared whom;
        if (prepared.contains(QStringLiteral("for"))) {
            whom.forWhom = json::requireString(prepared, QStringLiteral("for"), place, profileLimits(), true).simplified();
            if (whom.forWhom.size() > Prepared::kMaxLength)
                fail(child(place, QStringLiteral("for")), tr("at most %1 characters").arg(Prepared::kMaxLength));
        }
        profile.prepared = whom;
    }
    if (profile.isWorkshop()) {
        // The group's values are always the participants' consensus; a hand edit of them does not survive.
        const Profile stored = profile;
        applyConsensus(profile);
        profile.groupValuesRecomputed = !sameGroupValues(stored, profile);
    }
    return profile;
}

QJsonObject traitMap(const Catalogue &catalogue, const std::vector<double> &values)
{
    QJsonObject map;
    for (size_t t = 0; t < catalogue.traits.size(); ++t)
        map.insert(catalogue.traits[t].id, values[t]);
    return map;
}

} // namespace

CustomModel CustomModel::copyOf(const Catalogue &catalogue, int model, const QString &id, const QString &name)
{
    CustomModel copy;
    copy.id = id;
    copy.name = name;
    const ServiceModel &base = catalogue.models.at(static_cast<size_t>(model));
    // A copy of a custom model is based on the same catalogue model as its original.
    copy.basedOn = base.isCustom() ? base.basedOn : base.id;
    for (const Dimension &dimension : catalogue.dimensions) {
        copy.descriptions.push_back(dimension.descriptions.at(static_cast<size_t>(model)));
        std::vector<Responsibility> row;
        for (const Activity &activity : dimension.activities)
            row.push_back(activity.byModel.at(static_cast<size_t>(model)));
        copy.responsibilities.push_back(std::move(row));
    }
    return copy;
}

AsIs AsIs::allInternal(const Catalogue &catalogue)
{
    AsIs asIs;
    asIs.basedOn = QLatin1String(kAllInternal);
    for (const Dimension &dimension : catalogue.dimensions)
        asIs.responsibilities.emplace_back(dimension.activities.size(),
                                           Responsibility{Owner::Internal, 0.0, QString(), QStringLiteral("RA")});
    return asIs;
}

AsIs AsIs::allProvider(const Catalogue &catalogue)
{
    AsIs asIs;
    asIs.basedOn = QLatin1String(kAllProvider);
    for (const Dimension &dimension : catalogue.dimensions)
        asIs.responsibilities.emplace_back(dimension.activities.size(),
                                           Responsibility{Owner::Provider, 100.0, QStringLiteral("RA"), QStringLiteral("I")});
    return asIs;
}

AsIs AsIs::copyOf(const Catalogue &catalogue, int model)
{
    AsIs asIs;
    asIs.basedOn = catalogue.models.at(static_cast<size_t>(model)).id;
    for (const Dimension &dimension : catalogue.dimensions) {
        std::vector<Responsibility> row;
        for (const Activity &activity : dimension.activities)
            row.push_back(activity.byModel.at(static_cast<size_t>(model)));
        asIs.responsibilities.push_back(std::move(row));
    }
    return asIs;
}

QString Participant::label() const
{
    return role.isEmpty() ? name : Profile::tr("%1 (%2)", "participant name (role)").arg(name, role);
}

int Profile::participantIndex(const QString &id) const
{
    for (size_t i = 0; i < participants.size(); ++i)
        if (participants[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int Profile::scenarioIndex(const QString &idOrName) const
{
    for (size_t i = 0; i < scenarios.size(); ++i)
        if (scenarios[i].id == idOrName)
            return static_cast<int>(i);
    const QString name = idOrName.trimmed();
    for (size_t i = 0; i < scenarios.size(); ++i)
        if (scenarios[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    return -1;
}

Profile Profile::withScenario(int index) const
{
    const Scenario &scenario = scenarios.at(static_cast<size_t>(index));
    Profile result = *this;
    result.scenarios.clear();
    for (const auto &[t, value] : scenario.traits)
        result.traits.at(static_cast<size_t>(t)) = value;
    if (!scenario.organisation.empty()) {
        Organisation o = organisation.value_or(Organisation{});
        for (const auto &[which, value] : scenario.organisation)
            setFigure(o, which, value);
        result.organisation = o;
    }
    const auto customModel = [&](const QString &id) {
        return std::find_if(result.customModels.begin(), result.customModels.end(),
                            [&](const CustomModel &m) { return m.id == id; });
    };
    const auto basePrices = [&](const QString &id) {
        const auto found = result.pricing.find(id);
        return found != result.pricing.end() ? found->second : defaultPricing(id);
    };
    // Catalogue models first: a custom model without prices of its own is priced like its base model,
    // as this scenario prices it (CostModel::forProfile).
    for (const auto &[id, figures] : scenario.pricing) {
        if (customModel(id) != result.customModels.end())
            continue;
        ModelPricing prices = basePrices(id);
        for (const auto &[which, value] : figures)
            setFigure(prices, which, value);
        result.pricing[id] = prices;
    }
    for (const auto &[id, figures] : scenario.pricing) {
        const auto custom = customModel(id);
        if (custom == result.customModels.end())
            continue;
        ModelPricing prices = custom->pricing ? *custom->pricing : basePrices(custom->basedOn);
        for (const auto &[which, value] : figures)
            setFigure(prices, which, value);
        custom->pricing = prices;
    }
    return result;
}

Profile Profile::defaults(const Catalogue &catalogue)
{
    Profile profile;
    for (const Trait &trait : catalogue.traits)
        profile.traits.push_back(trait.defaultValue);
    profile.importance.assign(catalogue.dimensions.size(), 1.0);
    profile.traitUncertainty.assign(catalogue.traits.size(), kDefaultUncertainty);
    return profile;
}

QString Profile::importanceProblem(const std::vector<double> &importance)
{
    double total = 0;
    for (double w : importance) {
        if (!(w >= 0 && w <= kMaxImportance))
            return tr("an importance must be between 0 and %1").arg(kMaxImportance);
        total += w;
    }
    if (total <= 0)
        return tr("at least one dimension must have an importance above 0");
    return {};
}

Loaded<Profile> Profile::load(const QString &path, const Catalogue &catalogue)
{
    Loaded<QByteArray> bytes = readInputFile(path, kMaxProfileBytes);
    if (!bytes)
        return bytes.error();
    return parse(bytes.value(), path, catalogue);
}

Loaded<Profile> Profile::parse(const QByteArray &bytes, const QString &fileLabel, const Catalogue &catalogue)
{
    return parseProfile(bytes, fileLabel, catalogue, profileMigrations(), kFormatVersion);
}

const std::vector<ProfileMigration> &profileMigrations()
{
    // 1 → 2: format 2 only adds optional sections (organisation, pricing, and later participants, scenarios,
    // today's split, proposals' terms); a format 1 file is a valid format 2 file without them.
    static const std::vector<ProfileMigration> migrations{{1, [](QJsonObject root) { return root; }}};
    return migrations;
}

Loaded<Profile> parseProfile(const QByteArray &bytes, const QString &fileLabel, const Catalogue &catalogue,
                             const std::vector<ProfileMigration> &migrations, int currentVersion)
{
    try {
        Profile profile =
            parseProfileObject(json::parseDocument(bytes, profileLimits()), catalogue, migrations, currentVersion);
        if (profile.loadedVersion < currentVersion)
            log::core()->info("profile {} loaded and upgraded in memory from format version {} to {}", fileLabel,
                              profile.loadedVersion, currentVersion);
        else
            log::core()->info("profile {} loaded (format version {})", fileLabel, profile.loadedVersion);
        return profile;
    } catch (const json::Failure &failure) {
        LoadError error{fileLabel, failure.place, failure.message, failure.logMessage};
        // Returned to the caller, who shows it; the log records where and what, not the file's text.
        log::core()->info("profile refused: {}", error.logText());
        return error;
    }
}

namespace {
QJsonObject viewToJson(const Catalogue &catalogue, QJsonObject object, const std::vector<double> &traits,
                       const std::vector<double> &importance, const QMap<QString, QString> &notes,
                       const std::vector<double> &traitUncertainty, double importanceUncertainty)
{
    object.insert(QStringLiteral("traits"), traitMap(catalogue, traits));
    QJsonObject importanceMap;
    for (size_t d = 0; d < catalogue.dimensions.size(); ++d)
        importanceMap.insert(catalogue.dimensions[d].id, importance[d]);
    object.insert(QStringLiteral("importance"), importanceMap);
    QJsonObject noteMap;
    for (auto it = notes.begin(); it != notes.end(); ++it)
        if (!it.value().isEmpty())
            noteMap.insert(it.key(), it.value());
    object.insert(QStringLiteral("notes"), noteMap);
    object.insert(QStringLiteral("uncertainty"),
                  QJsonObject{{QStringLiteral("traits"), traitMap(catalogue, traitUncertainty)},
                              {QStringLiteral("importance"), importanceUncertainty}});
    return object;
}

} // namespace

QByteArray Profile::toJson(const Catalogue &catalogue) const
{
    QJsonObject root = viewToJson(catalogue,
                                  QJsonObject{{QStringLiteral("version"), kFormatVersion},
                                              {QStringLiteral("written_by"), writtenByText()},
                                              {QStringLiteral("name"), name}},
                                  traits, importance, notes, traitUncertainty, importanceUncertainty);
    QJsonArray models;
    for (const CustomModel &model : customModels) {
        QJsonObject descriptions;
        for (size_t d = 0; d < catalogue.dimensions.size(); ++d)
            descriptions.insert(catalogue.dimensions[d].id, model.descriptions[d]);
        QJsonObject entry{{QStringLiteral("id"), model.id},
                          {QStringLiteral("name"), model.name},
                          {QStringLiteral("based_on"), model.basedOn},
                          {QStringLiteral("descriptions"), descriptions},
                          {QStringLiteral("responsibility"), responsibilityTableToJson(catalogue, model.responsibilities)}};
        if (model.pricing)
            entry.insert(QStringLiteral("pricing"), pricingToJson(*model.pricing));
        if (model.terms)
            entry.insert(QStringLiteral("terms"), termsToJson(*model.terms));
        if (model.source)
            entry.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("file"), model.source->file},
                                                               {QStringLiteral("imported"), model.source->imported}});
        models.append(entry);
    }
    if (!models.isEmpty())
        root.insert(QStringLiteral("custom_models"), models);
    if (organisation)
        root.insert(QStringLiteral("organisation"), organisationToJson(*organisation));
    if (!pricing.empty()) {
        QJsonObject byModel;
        for (const auto &[id, modelPricing] : pricing)
            byModel.insert(id, pricingToJson(modelPricing));
        root.insert(QStringLiteral("pricing"), byModel);
    }
    if (asIs)
        root.insert(QStringLiteral("as_is"), asIsToJson(catalogue, *asIs));
    if (prepared)
        root.insert(QStringLiteral("prepared"), QJsonObject{{QStringLiteral("for"), prepared->forWhom}});
    // The method is a choice of its own: it survives removing every participant and adding new ones.
    if (isWorkshop() || consensus != ConsensusMethod::WeightedMedian)
        root.insert(QStringLiteral("consensus"), consensus == ConsensusMethod::WeightedMean
                                                     ? QStringLiteral("weighted_mean")
                                                     : QStringLiteral("weighted_median"));
    if (isWorkshop()) {
        QJsonArray people;
        for (const Participant &p : participants) {
            QJsonObject person{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}};
            if (!p.role.isEmpty())
                person.insert(QStringLiteral("role"), p.role);
            person.insert(QStringLiteral("weight"), p.weight);
            people.append(viewToJson(catalogue, person, p.traits, p.importance, p.notes, p.traitUncertainty,
                                     p.importanceUncertainty));
        }
        root.insert(QStringLiteral("participants"), people);
        // Participant files travel between machines; the fingerprint lets a merge refuse one made for
        // another catalogue instead of comparing values of different traits.
        root.insert(QStringLiteral("catalogue_fingerprint"), catalogueFingerprint(catalogue));
    }
    if (!scenarios.empty()) {
        QJsonArray list;
        for (const Scenario &scenario : scenarios)
            list.append(scenarioToJson(scenario, catalogue, customModels));
        root.insert(QStringLiteral("scenarios"), list);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::vector<TermFlag> CustomModel::termFlags() const
{
    return flagTerms(terms.value_or(ProposalTerms{}), pricing ? pricing->termMonths : 0);
}

const CustomModel *Profile::customModelOf(const Catalogue &catalogue, int model) const
{
    if (model < 0 || model >= static_cast<int>(catalogue.models.size()))
        return nullptr;
    const ServiceModel &shown = catalogue.models[static_cast<size_t>(model)];
    if (!shown.isCustom())
        return nullptr;
    const auto it = std::find_if(customModels.begin(), customModels.end(),
                                 [&shown](const CustomModel &custom) { return custom.id == shown.id; });
    return it == customModels.end() ? nullptr : &*it;
}

Catalogue withCustomModels(const Catalogue &base, const std::vector<CustomModel> &customModels)
{
    Catalogue result = base;
    for (const CustomModel &custom : customModels) {
        const int baseModel = base.modelIndex(custom.basedOn);
        result.models.push_back(ServiceModel{custom.id, custom.name,
                                             baseModel >= 0 ? base.models[static_cast<size_t>(baseModel)].summary : QString(),
                                             custom.basedOn});
        for (size_t d = 0; d < result.dimensions.size(); ++d) {
            Dimension &dimension = result.dimensions[d];
            dimension.descriptions.push_back(custom.descriptions.at(d));
            for (size_t a = 0; a < dimension.activities.size(); ++a)
                dimension.activities[a].byModel.push_back(custom.responsibilities.at(d).at(a));
        }
    }
    return result;
}

} // namespace splitbench
