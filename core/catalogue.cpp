#include "catalogue.h"

#include "file_access.h"
#include "json_reader.h"
#include "logging.h"
#include "responsibility_json.h"
#include "text_escape.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <numeric>

namespace splitbench {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench", text); }

using json::child;
using json::fail;

constexpr int kMaxModels = 16;
constexpr int kMaxTraits = 64;
constexpr int kMaxDimensions = 64;
constexpr int kMaxActivitiesPerDimension = 40;
constexpr double kMaxAffinityWeight = 100.0;
constexpr int kMaxDependencies = 16;

QString activityPlace(int d, int a)
{
    return child(child(child(QStringLiteral("dimensions"), d), QStringLiteral("activities")), a);
}

/// Reads `depends_on` of an activity: "activity_id" (same dimension) or "dimension_id.activity_id", stored as
/// the latter. Whether the ids exist is checked by resolveDependencies() once every dimension is read.
std::vector<QString> parseDependsOn(const QJsonObject &object, const QString &place, const QString &dimensionId,
                                    const json::Limits &limits)
{
    std::vector<QString> refs;
    if (!object.contains(QStringLiteral("depends_on")))
        return refs;
    const QJsonArray array = json::requireArray(object, QStringLiteral("depends_on"), place, limits);
    const QString listPlace = child(place, QStringLiteral("depends_on"));
    if (array.size() > kMaxDependencies)
        fail(listPlace, tr("at most %1 dependencies per activity are supported").arg(kMaxDependencies));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPlace = child(listPlace, i);
        if (!array.at(i).isString())
            fail(itemPlace, tr("must be an activity id (\"activity\" or \"dimension.activity\")"));
        const QString text = array.at(i).toString();
        const QStringList parts = text.split(u'.');
        const bool valid = (parts.size() == 1 && json::isValidId(parts[0], limits)) ||
                           (parts.size() == 2 && json::isValidId(parts[0], limits) && json::isValidId(parts[1], limits));
        if (!valid)
            fail(itemPlace, tr("\"%1\" is not an activity id (\"activity\" or \"dimension.activity\")").arg(text.left(64)),
                 QStringLiteral("not an activity id"));
        const QString ref = parts.size() == 1 ? dimensionId + u'.' + text : text;
        if (std::find(refs.begin(), refs.end(), ref) != refs.end())
            fail(itemPlace, tr("\"%1\" is listed twice").arg(text), QStringLiteral("dependency listed twice"));
        refs.push_back(ref);
    }
    return refs;
}

/// Refuses dependencies on unknown activities, on the activity itself, and cycles.
void resolveDependencies(const Catalogue &catalogue)
{
    const int dimensionCount = static_cast<int>(catalogue.dimensions.size());
    // Offsets of each dimension's first activity in a flat numbering.
    std::vector<int> first(static_cast<size_t>(dimensionCount) + 1, 0);
    for (int d = 0; d < dimensionCount; ++d)
        first[static_cast<size_t>(d) + 1] =
            first[static_cast<size_t>(d)] + static_cast<int>(catalogue.dimensions[static_cast<size_t>(d)].activities.size());
    std::vector<std::vector<int>> edges(static_cast<size_t>(first.back()));
    std::vector<ActivityPosition> positions(static_cast<size_t>(first.back()));
    for (int d = 0; d < dimensionCount; ++d) {
        const Dimension &dimension = catalogue.dimensions[static_cast<size_t>(d)];
        for (int a = 0; a < static_cast<int>(dimension.activities.size()); ++a) {
            const int self = first[static_cast<size_t>(d)] + a;
            positions[static_cast<size_t>(self)] = {d, a};
            const std::vector<QString> &refs = dimension.activities[static_cast<size_t>(a)].dependsOn;
            for (size_t i = 0; i < refs.size(); ++i) {
                const QString place = child(child(activityPlace(d, a), QStringLiteral("depends_on")),
                                            static_cast<qsizetype>(i));
                const std::optional<ActivityPosition> target = catalogue.findActivity(refs[i]);
                if (!target)
                    fail(place, tr("unknown activity \"%1\"").arg(refs[i]), QStringLiteral("unknown activity"));
                if (target->dimension == d && target->activity == a)
                    fail(place, tr("an activity cannot depend on itself"));
                edges[static_cast<size_t>(self)].push_back(first[static_cast<size_t>(target->dimension)] +
                                                           target->activity);
            }
        }
    }
    // Depth-first search; an edge back into the current path closes a cycle.
    enum class Mark { New, OnPath, Done };
    std::vector<Mark> marks(edges.size(), Mark::New);
    std::vector<int> path;
    const auto refOf = [&](int node) {
        const ActivityPosition p = positions[static_cast<size_t>(node)];
        return catalogue.activityRef(p.dimension, p.activity);
    };
    std::function<void(int)> visit = [&](int node) {
        marks[static_cast<size_t>(node)] = Mark::OnPath;
        path.push_back(node);
        for (const int next : edges[static_cast<size_t>(node)]) {
            if (marks[static_cast<size_t>(next)] == Mark::OnPath) {
                QStringList cycle;
                for (auto it = std::find(path.begin(), path.end(), next); it != path.end(); ++it)
                    cycle << refOf(*it);
                cycle << refOf(next);
                const ActivityPosition p = positions[static_cast<size_t>(node)];
                fail(child(activityPlace(p.dimension, p.activity), QStringLiteral("depends_on")),
                     tr("the dependencies form a cycle: %1").arg(cycle.join(QStringLiteral(" → "))),
                     QStringLiteral("dependency cycle"));
            }
            if (marks[static_cast<size_t>(next)] == Mark::New)
                visit(next);
        }
        path.pop_back();
        marks[static_cast<size_t>(node)] = Mark::Done;
    };
    for (int node = 0; node < static_cast<int>(edges.size()); ++node)
        if (marks[static_cast<size_t>(node)] == Mark::New)
            visit(node);
}

void checkUnique(QSet<QString> &seen, const QString &id, const QString &place, const QString &what)
{
    if (seen.contains(id))
        fail(place, tr("duplicate %1 id \"%2\"").arg(what, id));
    seen.insert(id);
}

/// The optional `rules` array: each rule's activities as "dimension.activity" references that must exist.
std::vector<CheckRule> parseRules(const QJsonObject &root, const Catalogue &catalogue, const json::Limits &limits)
{
    std::vector<CheckRule> rules;
    if (!root.contains(QStringLiteral("rules")))
        return rules;
    const QJsonArray array = json::requireArray(root, QStringLiteral("rules"), {}, limits);
    constexpr int kMaxRules = 64;
    constexpr int kMaxLinked = 16;
    if (array.size() > kMaxRules)
        fail(QStringLiteral("rules"), tr("at most %1 rules are supported").arg(kMaxRules));
    QSet<QString> seen;
    const auto activityAt = [&catalogue](const QString &ref, const QString &place) {
        const std::optional<ActivityPosition> at = catalogue.findActivity(ref);
        if (!at)
            fail(place, tr("unknown activity \"%1\"").arg(ref.left(64)), QStringLiteral("unknown activity"));
        return *at;
    };
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString place = child(QStringLiteral("rules"), i);
        const QJsonObject object = json::requireObject(array.at(i), place);
        CheckRule rule;
        rule.id = json::requireId(object, QStringLiteral("id"), place, limits);
        checkUnique(seen, rule.id, child(place, QStringLiteral("id")), tr("rule"));
        rule.text = json::requireString(object, QStringLiteral("text"), place, limits);
        const QString kind = json::requireString(object, QStringLiteral("kind"), place, limits);
        if (kind == QLatin1String("same_party")) {
            rule.kind = CheckRule::Kind::SameParty;
            rule.lead = activityAt(json::requireString(object, QStringLiteral("lead"), place, limits),
                                   child(place, QStringLiteral("lead")));
        } else if (kind == QLatin1String("retained")) {
            rule.kind = CheckRule::Kind::Retained;
        } else {
            fail(child(place, QStringLiteral("kind")),
                 tr("\"%1\" is not a kind of rule (use same_party or retained)").arg(kind.left(40)),
                 QStringLiteral("unknown kind of rule"));
        }
        const QString linkedPlace = child(place, QStringLiteral("activities"));
        const QJsonArray linked = json::requireArray(object, QStringLiteral("activities"), place, limits);
        if (linked.isEmpty() || linked.size() > kMaxLinked)
            fail(linkedPlace, tr("a rule names 1 to %1 activities").arg(kMaxLinked));
        for (qsizetype j = 0; j < linked.size(); ++j) {
            const QString itemPlace = child(linkedPlace, j);
            if (!linked.at(j).isString())
                fail(itemPlace, tr("must be an activity id (\"dimension.activity\")"));
            const ActivityPosition at = activityAt(linked.at(j).toString(), itemPlace);
            if (rule.kind == CheckRule::Kind::SameParty && at == rule.lead)
                fail(itemPlace, tr("the rule's lead activity cannot be linked to itself"));
            rule.linked.push_back(at);
        }
        rules.push_back(std::move(rule));
    }
    return rules;
}

Catalogue parseCatalogueObject(const QJsonObject &root)
{
    const json::Limits limits;
    Catalogue catalogue;

    const double version = json::requireNumber(root, QStringLiteral("version"), {}, 1, 1000);
    if (version != 1)
        fail(QStringLiteral("version"),
             tr("catalogue version %1 is newer than this program understands (1); "
                "a newer Splitbench is needed")
                 .arg(json::numberText(version)));

    // Models.
    const QJsonArray models = json::requireArray(root, QStringLiteral("models"), {}, limits);
    if (models.size() < 2)
        fail(QStringLiteral("models"), tr("at least two service models are needed to compare"));
    if (models.size() > kMaxModels)
        fail(QStringLiteral("models"), tr("at most %1 models are supported").arg(kMaxModels));
    QSet<QString> seen;
    for (qsizetype i = 0; i < models.size(); ++i) {
        const QString place = child(QStringLiteral("models"), i);
        const QJsonObject object = json::requireObject(models.at(i), place);
        ServiceModel model;
        model.id = json::requireId(object, QStringLiteral("id"), place, limits);
        checkUnique(seen, model.id, child(place, QStringLiteral("id")), tr("model"));
        model.name = json::requireString(object, QStringLiteral("name"), place, limits);
        model.summary = json::optionalString(object, QStringLiteral("summary"), place, limits);
        catalogue.models.push_back(model);
    }

    // Traits.
    const QJsonArray traits = json::requireArray(root, QStringLiteral("traits"), {}, limits);
    if (traits.isEmpty())
        fail(QStringLiteral("traits"), tr("at least one organisational trait is needed"));
    if (traits.size() > kMaxTraits)
        fail(QStringLiteral("traits"), tr("at most %1 traits are supported").arg(kMaxTraits));
    seen.clear();
    for (qsizetype i = 0; i < traits.size(); ++i) {
        const QString place = child(QStringLiteral("traits"), i);
        const QJsonObject object = json::requireObject(traits.at(i), place);
        Trait trait;
        trait.id = json::requireId(object, QStringLiteral("id"), place, limits);
        checkUnique(seen, trait.id, child(place, QStringLiteral("id")), tr("trait"));
        trait.name = json::requireString(object, QStringLiteral("name"), place, limits);
        trait.description = json::optionalString(object, QStringLiteral("description"), place, limits);
        trait.lowLabel = json::requireString(object, QStringLiteral("low_label"), place, limits);
        trait.highLabel = json::requireString(object, QStringLiteral("high_label"), place, limits);
        trait.defaultValue = json::requireNumber(object, QStringLiteral("default"), place, 0, 100);
        catalogue.traits.push_back(trait);
    }

    // Dimensions.
    const QJsonArray dimensions = json::requireArray(root, QStringLiteral("dimensions"), {}, limits);
    if (dimensions.size() < 3)
        fail(QStringLiteral("dimensions"), tr("at least three dimensions are needed"));
    if (dimensions.size() > kMaxDimensions)
        fail(QStringLiteral("dimensions"), tr("at most %1 dimensions are supported").arg(kMaxDimensions));
    seen.clear();
    std::vector<bool> traitUsed(catalogue.traits.size(), false);
    for (qsizetype d = 0; d < dimensions.size(); ++d) {
        const QString place = child(QStringLiteral("dimensions"), d);
        const QJsonObject object = json::requireObject(dimensions.at(d), place);
        Dimension dimension;
        dimension.id = json::requireId(object, QStringLiteral("id"), place, limits);
        checkUnique(seen, dimension.id, child(place, QStringLiteral("id")), tr("dimension"));
        dimension.name = json::requireString(object, QStringLiteral("name"), place, limits);
        dimension.shortName =
            json::optionalString(object, QStringLiteral("short_name"), place, limits, dimension.name);
        dimension.summary = json::optionalString(object, QStringLiteral("summary"), place, limits);
        dimension.baseInternalShare =
            json::requireNumber(object, QStringLiteral("base_internal_share"), place, 0, 100);

        const QString descPlace = child(place, QStringLiteral("descriptions"));
        const QJsonObject descriptions = json::requireObject(object.value(QStringLiteral("descriptions")), descPlace);
        for (auto it = descriptions.begin(); it != descriptions.end(); ++it)
            if (catalogue.modelIndex(it.key()) < 0)
                fail(child(descPlace, it.key()), tr("unknown model id \"%1\"").arg(it.key().left(64)),
                     QStringLiteral("unknown model id"));
        for (const ServiceModel &model : catalogue.models)
            dimension.descriptions.push_back(json::requireString(descriptions, model.id, descPlace, limits));

        const QJsonArray affinities = json::requireArray(object, QStringLiteral("affinities"), place, limits);
        QSet<QString> affinityTraits;
        for (qsizetype a = 0; a < affinities.size(); ++a) {
            const QString affPlace = child(child(place, QStringLiteral("affinities")), a);
            const QJsonObject affObject = json::requireObject(affinities.at(a), affPlace);
            const QString traitId = json::requireString(affObject, QStringLiteral("trait"), affPlace, limits);
            Affinity affinity;
            affinity.trait = catalogue.traitIndex(traitId);
            if (affinity.trait < 0)
                fail(child(affPlace, QStringLiteral("trait")), tr("unknown trait id \"%1\"").arg(traitId.left(64)),
                     QStringLiteral("unknown trait id"));
            checkUnique(affinityTraits, traitId, child(affPlace, QStringLiteral("trait")), tr("affinity trait"));
            affinity.weight = json::requireNumber(affObject, QStringLiteral("weight"), affPlace,
                                                  -kMaxAffinityWeight, kMaxAffinityWeight);
            affinity.rationale = json::optionalString(affObject, QStringLiteral("rationale"), affPlace, limits);
            traitUsed[static_cast<size_t>(affinity.trait)] = true;
            dimension.affinities.push_back(affinity);
        }

        const QJsonArray activities = json::requireArray(object, QStringLiteral("activities"), place, limits);
        if (activities.isEmpty())
            fail(child(place, QStringLiteral("activities")), tr("a dimension needs at least one activity"));
        if (activities.size() > kMaxActivitiesPerDimension)
            fail(child(place, QStringLiteral("activities")),
                 tr("at most %1 activities per dimension are supported").arg(kMaxActivitiesPerDimension));
        QSet<QString> activityIds;
        for (qsizetype a = 0; a < activities.size(); ++a) {
            const QString actPlace = child(child(place, QStringLiteral("activities")), a);
            const QJsonObject actObject = json::requireObject(activities.at(a), actPlace);
            Activity activity;
            activity.id = json::requireId(actObject, QStringLiteral("id"), actPlace, limits);
            checkUnique(activityIds, activity.id, child(actPlace, QStringLiteral("id")), tr("activity"));
            activity.name = json::requireString(actObject, QStringLiteral("name"), actPlace, limits);
            activity.handover = json::optionalString(actObject, QStringLiteral("handover"), actPlace, limits);
            activity.dependsOn = parseDependsOn(actObject, actPlace, dimension.id, limits);
            const QString respPlace = child(actPlace, QStringLiteral("responsibility"));
            const QJsonObject resp = json::requireObject(actObject.value(QStringLiteral("responsibility")), respPlace);
            for (auto it = resp.begin(); it != resp.end(); ++it)
                if (catalogue.modelIndex(it.key()) < 0)
                    fail(child(respPlace, it.key()), tr("unknown model id \"%1\"").arg(it.key().left(64)),
                         QStringLiteral("unknown model id"));
            for (const ServiceModel &model : catalogue.models) {
                const QString modelPlace = child(respPlace, model.id);
                activity.byModel.push_back(responsibilityFromJson(json::requireObject(resp.value(model.id), modelPlace),
                                                               modelPlace));
            }
            dimension.activities.push_back(activity);
        }
        catalogue.dimensions.push_back(dimension);
    }

    resolveDependencies(catalogue);
    catalogue.rules = parseRules(root, catalogue, limits);

    for (size_t t = 0; t < traitUsed.size(); ++t)
        if (!traitUsed[t])
            fail(child(child(QStringLiteral("traits"), static_cast<qsizetype>(t)), QStringLiteral("id")),
                 tr("trait \"%1\" does not affect any dimension (add an affinity for it)")
                     .arg(catalogue.traits[t].id));
    return catalogue;
}

} // namespace

Responsibility responsibilityFromJson(const QJsonObject &object, const QString &place)
{
    Responsibility r;
    const json::Limits limits;
    const QString ownerText = json::requireString(object, QStringLiteral("owner"), place, limits);
    if (!ownerFromId(ownerText, &r.owner))
        fail(child(place, QStringLiteral("owner")),
             tr("\"%1\" is not an owner (use provider, internal or shared)").arg(ownerText.left(40)));
    r.providerShare = json::requireNumber(object, QStringLiteral("provider_share"), place, 0, 100);
    const QString raciPlace = child(place, QStringLiteral("raci"));
    const QJsonObject raci = json::requireObject(object.value(QStringLiteral("raci")), raciPlace);
    for (const auto &[key, target] : {std::pair{QStringLiteral("provider"), &r.providerRaci},
                                      std::pair{QStringLiteral("internal"), &r.internalRaci}}) {
        const QString letters = json::requireString(raci, key, raciPlace, limits, true);
        if (!isValidRaci(letters))
            fail(child(raciPlace, key),
                 tr("\"%1\" is not a set of RACI letters (R, A, C, I, each at most once)").arg(letters.left(20)));
        *target = canonicalRaci(letters);
    }
    if (const QString problem = r.problem(); !problem.isEmpty())
        fail(place, problem);
    return r;
}

QJsonObject responsibilityToJson(const Responsibility &r)
{
    return QJsonObject{{QStringLiteral("owner"), ownerId(r.owner)},
                       {QStringLiteral("provider_share"), r.providerShare},
                       {QStringLiteral("raci"), QJsonObject{{QStringLiteral("provider"), r.providerRaci},
                                                            {QStringLiteral("internal"), r.internalRaci}}}};
}

void responsibilityTableFromJson(const QJsonObject &object, const QString &place, const Catalogue &catalogue,
                                 ResponsibilityTable &table, std::vector<std::vector<bool>> *read)
{
    if (read) {
        read->clear();
        for (const std::vector<Responsibility> &row : table)
            read->emplace_back(row.size(), false);
    }
    for (auto dIt = object.begin(); dIt != object.end(); ++dIt) {
        const QString dimPlace = child(place, dIt.key());
        const int d = catalogue.dimensionIndex(dIt.key());
        if (d < 0)
            fail(dimPlace, tr("unknown dimension id \"%1\"").arg(dIt.key().left(64)),
                 QStringLiteral("unknown dimension id"));
        const Dimension &dimension = catalogue.dimensions[static_cast<size_t>(d)];
        const QJsonObject byActivity = json::requireObject(dIt.value(), dimPlace);
        for (auto aIt = byActivity.begin(); aIt != byActivity.end(); ++aIt) {
            const QString actPlace = child(dimPlace, aIt.key());
            int a = -1;
            for (size_t i = 0; i < dimension.activities.size(); ++i)
                if (dimension.activities[i].id == aIt.key())
                    a = static_cast<int>(i);
            if (a < 0)
                fail(actPlace, tr("unknown activity id \"%1\" in dimension \"%2\"").arg(aIt.key().left(64), dimension.id),
                     QStringLiteral("unknown activity id"));
            table[static_cast<size_t>(d)][static_cast<size_t>(a)] =
                responsibilityFromJson(json::requireObject(aIt.value(), actPlace), actPlace);
            if (read)
                (*read)[static_cast<size_t>(d)][static_cast<size_t>(a)] = true;
        }
    }
}

QJsonObject responsibilityTableToJson(const Catalogue &catalogue, const ResponsibilityTable &table)
{
    QJsonObject byDimension;
    for (size_t d = 0; d < catalogue.dimensions.size(); ++d) {
        const Dimension &dimension = catalogue.dimensions[d];
        QJsonObject byActivity;
        for (size_t a = 0; a < dimension.activities.size(); ++a)
            byActivity.insert(dimension.activities[a].id, responsibilityToJson(table.at(d).at(a)));
        byDimension.insert(dimension.id, byActivity);
    }
    return byDimension;
}

QString ownerId(Owner owner)
{
    switch (owner) {
    case Owner::Provider: return QStringLiteral("provider");
    case Owner::Internal: return QStringLiteral("internal");
    case Owner::Shared: return QStringLiteral("shared");
    }
    return {};
}

bool ownerFromId(const QString &id, Owner *owner)
{
    for (Owner candidate : {Owner::Provider, Owner::Internal, Owner::Shared}) {
        if (ownerId(candidate) == id) {
            *owner = candidate;
            return true;
        }
    }
    return false;
}

QString ownerDisplayName(Owner owner)
{
    switch (owner) {
    case Owner::Provider: return QCoreApplication::translate("splitbench::Owner", "Provider");
    case Owner::Internal: return QCoreApplication::translate("splitbench::Owner", "Internal");
    case Owner::Shared: return QCoreApplication::translate("splitbench::Owner", "Shared");
    }
    return {};
}

bool isValidRaci(const QString &letters)
{
    QSet<QChar> seen;
    for (const QChar c : letters) {
        const QChar upper = c.toUpper();
        if (!QStringLiteral("RACI").contains(upper) || seen.contains(upper))
            return false;
        seen.insert(upper);
    }
    return true;
}

QString canonicalRaci(const QString &letters)
{
    const QString upper = letters.toUpper();
    QString result;
    for (const QChar c : QStringLiteral("RACI"))
        if (upper.contains(c))
            result += c;
    return result;
}

QString Responsibility::problem() const
{
    const bool providerAccountable = providerRaci.contains(u'A');
    const bool internalAccountable = internalRaci.contains(u'A');
    if (providerAccountable && internalAccountable)
        return tr("both parties are Accountable; exactly one may be");
    if (!providerAccountable && !internalAccountable)
        return tr("nobody is Accountable; exactly one party must be");
    if (!(providerShare >= 0 && providerShare <= 100))
        return tr("the provider share must be between 0 and 100");
    if (owner == Owner::Provider && providerShare < 50)
        return tr("owner is provider but the provider carries only %1% of the work").arg(providerShare);
    if (owner == Owner::Internal && providerShare > 50)
        return tr("owner is internal but the provider carries %1% of the work").arg(providerShare);
    if (owner == Owner::Shared && (providerShare < 10 || providerShare > 90))
        return tr("owner is shared but the provider carries %1% of the work (shared means 10 to 90)")
            .arg(providerShare);
    return {};
}

bool Responsibility::nobodyResponsible() const
{
    return !providerRaci.contains(u'R') && !internalRaci.contains(u'R');
}

bool Responsibility::shareLeansTo(Owner owner, double providerShare)
{
    switch (owner) {
    case Owner::Provider: return providerShare > 50;
    case Owner::Internal: return providerShare < 50;
    case Owner::Shared: return providerShare >= 10 && providerShare <= 90;
    }
    return false;
}

Responsibility Responsibility::withOwner(Owner newOwner) const
{
    if (newOwner == owner)
        return *this;
    Responsibility result = *this;
    result.owner = newOwner;
    if (!shareLeansTo(newOwner, result.providerShare))
        result.providerShare = typicalProviderShare(newOwner);
    return result;
}

Responsibility Responsibility::withProviderShare(double share) const
{
    Responsibility result = *this;
    result.providerShare = share;
    if (result.problem().isEmpty())
        return result;
    for (const Owner candidate : {Owner::Shared, Owner::Provider, Owner::Internal}) {
        Responsibility adjusted = result;
        adjusted.owner = candidate;
        if (adjusted.problem().isEmpty())
            return adjusted;
    }
    return result;
}

std::optional<Responsibility> Responsibility::withRaci(Party party, const QString &letters) const
{
    Responsibility result = *this;
    QString &mine = party == Party::Provider ? result.providerRaci : result.internalRaci;
    QString &theirs = party == Party::Provider ? result.internalRaci : result.providerRaci;
    const bool wasAccountable = mine.contains(u'A');
    mine = canonicalRaci(letters);
    if (mine.contains(u'A') && theirs.contains(u'A'))
        return std::nullopt;
    if (wasAccountable && !mine.contains(u'A'))
        theirs = canonicalRaci(theirs + u'A');
    return result;
}

int Catalogue::modelIndex(const QString &id) const
{
    for (size_t i = 0; i < models.size(); ++i)
        if (models[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int Catalogue::traitIndex(const QString &id) const
{
    for (size_t i = 0; i < traits.size(); ++i)
        if (traits[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int Catalogue::dimensionIndex(const QString &id) const
{
    for (size_t i = 0; i < dimensions.size(); ++i)
        if (dimensions[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int Catalogue::activityCount() const
{
    return std::accumulate(dimensions.begin(), dimensions.end(), 0,
                           [](int sum, const Dimension &d) { return sum + static_cast<int>(d.activities.size()); });
}

QString Catalogue::activityRef(int dimension, int activity) const
{
    const Dimension &d = dimensions.at(static_cast<size_t>(dimension));
    return d.id + u'.' + d.activities.at(static_cast<size_t>(activity)).id;
}

QString Catalogue::activityTitle(const ActivityPosition &at) const
{
    const Dimension &d = dimensions.at(static_cast<size_t>(at.dimension));
    return d.name + QStringLiteral(" › ") + d.activities.at(static_cast<size_t>(at.activity)).name;
}

std::optional<ActivityPosition> Catalogue::findActivity(const QString &ref) const
{
    const qsizetype dot = ref.indexOf(u'.');
    if (dot < 0)
        return std::nullopt;
    const int d = dimensionIndex(ref.left(dot));
    if (d < 0)
        return std::nullopt;
    const std::vector<Activity> &activities = dimensions[static_cast<size_t>(d)].activities;
    for (size_t a = 0; a < activities.size(); ++a)
        if (activities[a].id == QStringView(ref).mid(dot + 1))
            return ActivityPosition{d, static_cast<int>(a)};
    return std::nullopt;
}

bool Catalogue::sameResponsibilities(int a, int b) const
{
    for (const Dimension &dimension : dimensions)
        for (const Activity &activity : dimension.activities)
            if (activity.byModel.at(static_cast<size_t>(a)) != activity.byModel.at(static_cast<size_t>(b)))
                return false;
    return true;
}

double Catalogue::internalShare(int dimension, int model) const
{
    const Dimension &d = dimensions.at(static_cast<size_t>(dimension));
    double sum = 0;
    for (const Activity &activity : d.activities)
        sum += activity.byModel.at(static_cast<size_t>(model)).internalShare();
    return d.activities.empty() ? 0.0 : sum / static_cast<double>(d.activities.size());
}

QString Catalogue::builtInLabel() { return tr("<built-in catalogue>"); }

namespace {
Catalogue loadBuiltIn(const QString &resource)
{
    QFile file(resource);
    // read-ok: a resource compiled into the program, not a file on disk
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The built-in catalogue resource %s is missing from this build", qPrintable(resource));
    Loaded<Catalogue> loaded = Catalogue::parse(file.readAll(), Catalogue::builtInLabel());
    if (!loaded)
        qFatal("The built-in catalogue %s is invalid: %s", qPrintable(resource),
               qPrintable(loaded.error().toString()));
    return std::move(loaded).value();
}
} // namespace

const Catalogue &Catalogue::builtIn()
{
    static const Catalogue catalogue = loadBuiltIn(QStringLiteral(":/splitbench/catalogue.json"));
    return catalogue;
}

const Catalogue &Catalogue::builtIn(const QString &language)
{
    // A translation is resources/catalogue.<language>.json, built in next to the English one.
    const QString resource = QStringLiteral(":/splitbench/catalogue.%1.json").arg(language);
    if (language.isEmpty() || language == QLatin1String("en") || !QFile::exists(resource))
        return builtIn();
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<const Catalogue>> translated;
    const QMutexLocker lock(&mutex);
    std::unique_ptr<const Catalogue> &catalogue = translated[language];
    if (!catalogue)
        catalogue = std::make_unique<const Catalogue>(loadBuiltIn(resource));
    return *catalogue;
}

QStringList Catalogue::builtInLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/splitbench"))
                                  .entryList({QStringLiteral("catalogue.*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.section(u'.', 1, 1);
    return languages;
}

Loaded<Catalogue> Catalogue::load(const QString &path)
{
    const json::Limits limits;
    Loaded<QByteArray> bytes = readInputFile(path, limits.maxFileBytes);
    if (!bytes)
        return bytes.error();
    return parse(bytes.value(), path);
}

Loaded<Catalogue> Catalogue::parse(const QByteArray &bytes, const QString &fileLabel)
{
    try {
        Catalogue catalogue = parseCatalogueObject(json::parseDocument(bytes, json::Limits{}));
        log::core()->info("catalogue {} loaded: {} models, {} traits, {} dimensions, {} activities", fileLabel,
                          catalogue.models.size(), catalogue.traits.size(), catalogue.dimensions.size(),
                          catalogue.activityCount());
        return catalogue;
    } catch (const json::Failure &failure) {
        LoadError error{fileLabel, failure.place, failure.message, failure.logMessage};
        // Returned to the caller, who shows it; the log records where and what, not the file's text.
        log::core()->info("catalogue refused: {}", error.logText());
        return error;
    }
}

QByteArray Catalogue::toJson() const
{
    QJsonArray modelArray;
    for (const ServiceModel &model : models) {
        QJsonObject object{{QStringLiteral("id"), model.id},
                           {QStringLiteral("name"), model.name},
                           {QStringLiteral("summary"), model.summary}};
        if (model.isCustom())
            object.insert(QStringLiteral("based_on"), model.basedOn);
        modelArray.append(object);
    }
    QJsonArray traitArray;
    for (const Trait &trait : traits)
        traitArray.append(QJsonObject{{QStringLiteral("id"), trait.id},
                                      {QStringLiteral("name"), trait.name},
                                      {QStringLiteral("description"), trait.description},
                                      {QStringLiteral("low_label"), trait.lowLabel},
                                      {QStringLiteral("high_label"), trait.highLabel},
                                      {QStringLiteral("default"), trait.defaultValue}});
    QJsonArray dimensionArray;
    for (size_t d = 0; d < dimensions.size(); ++d) {
        const Dimension &dimension = dimensions[d];
        QJsonObject descriptions;
        QJsonObject shares;
        for (size_t m = 0; m < models.size(); ++m) {
            descriptions.insert(models[m].id, dimension.descriptions[m]);
            shares.insert(models[m].id, internalShare(static_cast<int>(d), static_cast<int>(m)));
        }
        QJsonArray affinityArray;
        for (const Affinity &affinity : dimension.affinities)
            affinityArray.append(QJsonObject{{QStringLiteral("trait"), traits[static_cast<size_t>(affinity.trait)].id},
                                             {QStringLiteral("weight"), affinity.weight},
                                             {QStringLiteral("rationale"), affinity.rationale}});
        QJsonArray activityArray;
        for (const Activity &activity : dimension.activities) {
            QJsonObject responsibility;
            for (size_t m = 0; m < models.size(); ++m)
                responsibility.insert(models[m].id, responsibilityToJson(activity.byModel[m]));
            QJsonObject activityObject{{QStringLiteral("id"), activity.id},
                                       {QStringLiteral("name"), activity.name},
                                       {QStringLiteral("responsibility"), responsibility}};
            if (!activity.handover.isEmpty())
                activityObject.insert(QStringLiteral("handover"), activity.handover);
            if (!activity.dependsOn.empty()) {
                QJsonArray refs;
                for (const QString &ref : activity.dependsOn)
                    refs.append(ref);
                activityObject.insert(QStringLiteral("depends_on"), refs);
            }
            activityArray.append(activityObject);
        }
        dimensionArray.append(QJsonObject{{QStringLiteral("id"), dimension.id},
                                          {QStringLiteral("name"), dimension.name},
                                          {QStringLiteral("short_name"), dimension.shortName},
                                          {QStringLiteral("summary"), dimension.summary},
                                          {QStringLiteral("base_internal_share"), dimension.baseInternalShare},
                                          {QStringLiteral("internal_share"), shares},
                                          {QStringLiteral("descriptions"), descriptions},
                                          {QStringLiteral("affinities"), affinityArray},
                                          {QStringLiteral("activities"), activityArray}});
    }
    QJsonObject root{{QStringLiteral("version"), 1},
                     {QStringLiteral("models"), modelArray},
                     {QStringLiteral("traits"), traitArray},
                     {QStringLiteral("dimensions"), dimensionArray}};
    if (!rules.empty()) {
        QJsonArray ruleArray;
        for (const CheckRule &rule : rules) {
            QJsonObject object{{QStringLiteral("id"), rule.id},
                               {QStringLiteral("kind"), rule.kind == CheckRule::Kind::SameParty ? QStringLiteral("same_party")
                                                                                                : QStringLiteral("retained")},
                               {QStringLiteral("text"), rule.text}};
            if (rule.kind == CheckRule::Kind::SameParty)
                object.insert(QStringLiteral("lead"), activityRef(rule.lead.dimension, rule.lead.activity));
            QJsonArray linked;
            for (const ActivityPosition &at : rule.linked)
                linked.append(activityRef(at.dimension, at.activity));
            object.insert(QStringLiteral("activities"), linked);
            ruleArray.append(object);
        }
        root.insert(QStringLiteral("rules"), ruleArray);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool looksLikeCatalogue(const QByteArray &bytes)
{
    // Through the limits too: this runs on files nobody has checked yet.
    try {
        return json::parseDocument(bytes, json::Limits{}).contains(QStringLiteral("dimensions"));
    } catch (const json::Failure &) {
        return false; // the profile loader will then report what is wrong
    }
}

QString LoadError::toString() const
{
    QString text = file;
    if (!place.isEmpty())
        text += QStringLiteral(": ") + place;
    return text + QStringLiteral(": ") + message;
}

QString LoadError::logText() const
{
    // A place is a path of keys and indices ("custom_models[2].responsibility.x"), or a line and column. Keys
    // the program knows are plain ids; anything else in it is text from the file.
    static const QRegularExpression plainSegment(QStringLiteral("^[A-Za-z0-9_]{1,64}(\\[[0-9]+\\])*$"));
    static const QRegularExpression lineAndColumn(QStringLiteral("^[^\\d.\\[\\]]{1,20} [0-9]+, [^\\d.\\[\\]]{1,20} [0-9]+$"));
    QString safePlace = place;
    if (!lineAndColumn.match(place).hasMatch()) {
        QStringList segments = place.split(u'.');
        for (QString &segment : segments)
            if (!segment.isEmpty() && !plainSegment.match(segment).hasMatch())
                segment = QStringLiteral("…");
        safePlace = segments.join(u'.');
    }
    QString text = file;
    if (!safePlace.isEmpty())
        text += QStringLiteral(": ") + safePlace;
    text += QStringLiteral(": ") + (logMessage.isEmpty() ? message : logMessage);
    return escapeControlCharacters(text);
}

} // namespace splitbench
