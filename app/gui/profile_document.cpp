#include "profile_document.h"

#include "logging.h"
#include "output_file.h"
#include "scenarios.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace splitbench::gui {

// The undo steps' texts keep the translation contexts of the command classes the edits once were.

ProfileDocument::ProfileDocument(const Catalogue &baseCatalogue, QObject *parent)
    : QObject(parent), m_base(baseCatalogue), m_profile(Profile::defaults(m_base))
{
    rebuildEngine();
    rescore();
    recost();
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

ProfileDocument::~ProfileDocument()
{
    // QUndoStack's destructor clears the stack and signals the new index. By then this document, and often
    // the window listening to it, are half destroyed, so nobody may hear that.
    m_undoStack.blockSignals(true);
}

bool ProfileDocument::isCustomModel(int model) const
{
    return customIndex(model) >= 0;
}

int ProfileDocument::customIndex(int model) const
{
    const int index = model - static_cast<int>(m_base.models.size());
    return index >= 0 && index < static_cast<int>(m_profile.customModels.size()) ? index : -1;
}

QString ProfileDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

// --- Editing ------------------------------------------------------------------------------------------

void ProfileDocument::setTrait(int trait, double value, int dragSession)
{
    if (const Scenario *scenario = editedScenarioData()) {
        pushScenarioValue({scenario->id, trait, false, {}}, std::clamp(value, 0.0, 100.0),
                          tr("Change %1 in \"%2\"").arg(m_base.traits[static_cast<size_t>(trait)].name, scenario->name),
                          {dragSession != 0 ? CommandId::ScenarioTrait : CommandId::None, dragSession});
        return;
    }
    if (groupValuesComputed())
        return;
    if (const Participant *person = editedPerson()) {
        const double was = person->traits.at(static_cast<size_t>(trait));
        value = std::clamp(value, 0.0, 100.0);
        if (value != was)
            m_undoStack.push(new ChangeValue(
                this, &ProfileDocument::applyParticipantTrait, ParticipantRef{editedParticipant(), trait}, was, value,
                tr("Change %1 of %2").arg(m_base.traits[static_cast<size_t>(trait)].name, person->name),
                {dragSession != 0 ? CommandId::ParticipantTrait : CommandId::None, dragSession}));
        return;
    }
    const double old = m_profile.traits.at(static_cast<size_t>(trait));
    value = std::clamp(value, 0.0, 100.0);
    if (value == old)
        return;
    // The moves of one slider drag merge into one step; a drag that ends where it began leaves none.
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyTrait, trait, old, value,
                                     QCoreApplication::translate("splitbench::gui::SetTraitCommand", "Change %1")
                                         .arg(m_base.traits[static_cast<size_t>(trait)].name),
                                     {dragSession != 0 ? CommandId::Trait : CommandId::None, dragSession}));
}

QString ProfileDocument::setImportance(int dimension, double value)
{
    if (editsScenario())
        return tr("a scenario changes the organisation, not what matters to it; choose \"%1\" to change the "
                  "importance")
            .arg(baseScenarioName());
    if (groupValuesComputed())
        return computedGroupReason(m_profile.consensus);
    if (const Participant *person = editedPerson()) {
        std::vector<double> candidate = person->importance;
        const double was = candidate.at(static_cast<size_t>(dimension));
        candidate[static_cast<size_t>(dimension)] = value;
        if (QString problem = Profile::importanceProblem(candidate); !problem.isEmpty())
            return problem;
        if (value != was)
            m_undoStack.push(new ChangeValue(
                this, &ProfileDocument::applyParticipantImportance, ParticipantRef{editedParticipant(), dimension}, was,
                value,
                tr("Change importance of %1 for %2")
                    .arg(m_base.dimensions[static_cast<size_t>(dimension)].name, person->name)));
        return {};
    }
    std::vector<double> candidate = m_profile.importance;
    const double old = candidate.at(static_cast<size_t>(dimension));
    candidate[static_cast<size_t>(dimension)] = value;
    if (QString problem = Profile::importanceProblem(candidate); !problem.isEmpty())
        return problem;
    if (value != old)
        m_undoStack.push(new ChangeValue(
            this, &ProfileDocument::applyImportance, dimension, old, value,
            QCoreApplication::translate("splitbench::gui::SetImportanceCommand", "Change importance of %1")
                .arg(m_base.dimensions[static_cast<size_t>(dimension)].name)));
    return {};
}

void ProfileDocument::setNote(int trait, const QString &note)
{
    if (editsScenario()) {
        emit noteChanged(trait); // a scenario has no notes: the editor shows the base profile's again
        return;
    }
    if (const Participant *person = editedPerson()) {
        const QString was = person->notes.value(m_base.traits.at(static_cast<size_t>(trait)).id);
        if (note != was)
            m_undoStack.push(new ChangeValue(
                this, &ProfileDocument::applyParticipantNote, ParticipantRef{editedParticipant(), trait}, was, note,
                tr("Edit %2's note on %1").arg(m_base.traits[static_cast<size_t>(trait)].name, person->name),
                {CommandId::ParticipantNote}));
        return;
    }
    const QString &id = m_base.traits.at(static_cast<size_t>(trait)).id;
    const QString old = m_profile.notes.value(id);
    if (note == old)
        return;
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyNote, trait, old, note,
                                     QCoreApplication::translate("splitbench::gui::SetNoteCommand", "Edit note on %1")
                                         .arg(m_base.traits[static_cast<size_t>(trait)].name),
                                     {CommandId::Note})); // typing in one note is one step
}

void ProfileDocument::setTraitUncertainty(int trait, double value)
{
    if (groupValuesComputed() || editsScenario()) {
        emit uncertaintyChanged(trait); // the editor shows the group's value again
        return;
    }
    if (const Participant *person = editedPerson()) {
        const double was = person->traitUncertainty.at(static_cast<size_t>(trait));
        value = std::clamp(value, 0.0, Profile::kMaxUncertainty);
        if (value != was)
            m_undoStack.push(new ChangeValue(
                this, &ProfileDocument::applyParticipantUncertainty, ParticipantRef{editedParticipant(), trait}, was,
                value,
                tr("Change uncertainty of %1 for %2").arg(m_base.traits[static_cast<size_t>(trait)].name, person->name),
                {CommandId::ParticipantUncertainty}));
        return;
    }
    const double old = m_profile.traitUncertainty.at(static_cast<size_t>(trait));
    value = std::clamp(value, 0.0, Profile::kMaxUncertainty);
    if (value != old)
        // Spin-box arrows and typed digits arrive one value at a time; one field edited in a row is one step.
        m_undoStack.push(new ChangeValue(
            this, &ProfileDocument::applyTraitUncertainty, trait, old, value,
            QCoreApplication::translate("splitbench::gui::SetUncertaintyCommand", "Change uncertainty of %1")
                .arg(m_base.traits[static_cast<size_t>(trait)].name),
            {CommandId::TraitUncertainty}));
}

void ProfileDocument::setImportanceUncertainty(double value)
{
    if (editsScenario()) {
        emit uncertaintyChanged(-1); // a scenario has no uncertainty of its own
        return;
    }
    if (const Participant *person = editedPerson()) {
        const double was = person->importanceUncertainty;
        value = std::clamp(value, 0.0, 1.0);
        if (value != was)
            m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyParticipantUncertainty,
                                             ParticipantRef{editedParticipant(), -1}, was, value,
                                             tr("Change uncertainty of importance for %1").arg(person->name),
                                             {CommandId::ParticipantUncertainty}));
        return;
    }
    if (groupValuesComputed()) {
        emit uncertaintyChanged(-1); // the editor shows the group's value again
        return;
    }
    const double old = m_profile.importanceUncertainty;
    value = std::clamp(value, 0.0, 1.0);
    if (value != old)
        m_undoStack.push(new ChangeValue(
            this, &ProfileDocument::applyImportanceUncertainty, Whole{}, old, value,
            QCoreApplication::translate("splitbench::gui::SetUncertaintyCommand", "Change uncertainty of importance"),
            {CommandId::ImportanceUncertainty}));
}

void ProfileDocument::setProfileName(const QString &name)
{
    if (name == m_profile.name)
        return;
    m_undoStack.push(
        new ChangeValue(this, &ProfileDocument::applyProfileName, Whole{}, m_profile.name, name,
                        QCoreApplication::translate("splitbench::gui::SetProfileNameCommand", "Rename organisation"),
                        {CommandId::ProfileName}));
}

QString ProfileDocument::setResponsibility(int model, int dimension, int activity, const Responsibility &responsibility)
{
    const int custom = customIndex(model);
    if (custom < 0)
        return tr("built-in models cannot be edited; duplicate the model to make an editable copy");
    if (QString problem = responsibility.problem(); !problem.isEmpty())
        return problem;
    const Responsibility &old = m_profile.customModels[static_cast<size_t>(custom)]
                                    .responsibilities.at(static_cast<size_t>(dimension))
                                    .at(static_cast<size_t>(activity));
    if (!(responsibility == old))
        m_undoStack.push(new ChangeValue(
            this, &ProfileDocument::applyResponsibility, ActivityRef{model, dimension, activity}, old, responsibility,
            QCoreApplication::translate("splitbench::gui::SetResponsibilityCommand", "Edit \"%1\" in %2")
                .arg(catalogue()
                         .dimensions[static_cast<size_t>(dimension)]
                         .activities[static_cast<size_t>(activity)]
                         .name,
                     catalogue().models[static_cast<size_t>(model)].name)));
    return {};
}

int ProfileDocument::duplicateModel(int model, const QString &name)
{
    if (static_cast<int>(m_profile.customModels.size()) >= kMaxCustomModels)
        return -1;
    QSet<QString> used;
    for (const ServiceModel &existing : catalogue().models)
        used.insert(existing.id);
    QString id;
    for (int n = 1; id.isEmpty() || used.contains(id); ++n)
        id = QStringLiteral("custom_%1").arg(n);
    CustomModel copy = CustomModel::copyOf(catalogue(), model, id, name.trimmed());
    // A copy of a custom model keeps its quote: copyOf() knows only the catalogue, which has no prices.
    if (const int custom = customIndex(model); custom >= 0)
        copy.pricing = m_profile.customModels[static_cast<size_t>(custom)].pricing;
    const QString text =
        QCoreApplication::translate("splitbench::gui::AddCustomModelCommand", "Add model \"%1\"").arg(copy.name);
    return addCustomModel(copy, text);
}

int ProfileDocument::addCustomModel(const CustomModel &model, const QString &undoText)
{
    if (static_cast<int>(m_profile.customModels.size()) >= kMaxCustomModels)
        return -1;
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyCustomModel,
                                     static_cast<int>(m_profile.customModels.size()), std::optional<CustomModel>(),
                                     std::optional<CustomModel>(model), undoText));
    return modelCount() - 1;
}

void ProfileDocument::setPreparedFor(const QString &forWhom)
{
    const QString text = forWhom.left(Prepared::kMaxLength);
    std::optional<Prepared> prepared;
    if (!text.trimmed().isEmpty())
        prepared = Prepared{text};
    if (prepared == m_profile.prepared)
        return;
    m_undoStack.push(new ChangeValue(
        this, &ProfileDocument::applyPreparedFor, Whole{}, m_profile.prepared, prepared,
        QCoreApplication::translate("splitbench::gui::SetPreparedForCommand", "Change whom the reports are for"),
        {CommandId::PreparedFor}));
}

void ProfileDocument::removeCustomModel(int model)
{
    const int custom = customIndex(model);
    if (custom >= 0)
        m_undoStack.push(new ChangeValue(
            this, &ProfileDocument::applyCustomModel, custom,
            std::optional<CustomModel>(m_profile.customModels[static_cast<size_t>(custom)]),
            std::optional<CustomModel>(),
            QCoreApplication::translate("splitbench::gui::RemoveCustomModelCommand", "Remove model \"%1\"")
                .arg(m_profile.customModels[static_cast<size_t>(custom)].name)));
}

void ProfileDocument::renameCustomModel(int model, const QString &name)
{
    const int custom = customIndex(model);
    const QString trimmed = name.trimmed();
    if (custom < 0 || trimmed.isEmpty())
        return;
    const QString old = m_profile.customModels[static_cast<size_t>(custom)].name;
    if (trimmed != old)
        m_undoStack.push(new ChangeValue(
            this, &ProfileDocument::applyCustomModelName, custom, old, trimmed,
            QCoreApplication::translate("splitbench::gui::RenameCustomModelCommand", "Rename model to \"%1\"")
                .arg(trimmed)));
}

QString ProfileDocument::setProposalTerms(int model, const ProposalTerms &terms, const QString &undoText)
{
    const int custom = customIndex(model);
    if (custom < 0)
        return tr("Only a proposal (a custom model) has terms; the built-in models are read-only.");
    ProposalTerms cleaned = terms;
    for (ServiceLevel &level : cleaned.serviceLevels)
        level.priority = level.priority.trimmed();
    if (QString problem = cleaned.problem(); !problem.isEmpty())
        return problem;
    const std::optional<ProposalTerms> old = m_profile.customModels[static_cast<size_t>(custom)].terms;
    const std::optional<ProposalTerms> next =
        cleaned == ProposalTerms{} ? std::nullopt : std::optional<ProposalTerms>(cleaned);
    if (next != old)
        m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyProposalTerms, custom, old, next, undoText));
    return {};
}

void ProfileDocument::replaceContent(const Profile &preset, const QString &undoText)
{
    Profile content = preset;
    content.customModels = m_profile.customModels;
    // Nor are the organisation's size and the prices: an example describes how an organisation works, not
    // what it pays, and the user's real quotes must survive trying one.
    content.organisation = m_profile.organisation;
    content.pricing = m_profile.pricing;
    content.loadedVersion = m_profile.loadedVersion;
    // Nor is today's split: it records how the organisation works now, which an example does not know.
    content.asIs = m_profile.asIs;
    if (isWorkshop()) {
        // The participants stay; an example gives the edited person its values (the group's are computed).
        content.participants = m_profile.participants;
        content.consensus = m_profile.consensus;
        if (const int edited = editedParticipant(); edited >= 0) {
            Participant &person = content.participants[static_cast<size_t>(edited)];
            person.traits = preset.traits;
            person.importance = preset.importance;
            person.notes = preset.notes;
            person.traitUncertainty = preset.traitUncertainty;
            person.importanceUncertainty = preset.importanceUncertainty;
            content.notes = m_profile.notes;
            content.name = m_profile.name;
        }
        applyConsensus(content);
    }
    if (content == m_profile)
        return;
    // Custom models are not part of the replacement: the user's proposals survive a preset.
    m_undoStack.push(
        new ChangeValue(this, &ProfileDocument::applyProfileContent, Whole{}, m_profile, std::move(content), undoText));
}

void ProfileDocument::resetToDefaults()
{
    replaceContent(Profile::defaults(m_base), tr("Reset profile to defaults"));
}

QString ProfileDocument::suggestCopyName(int model) const
{
    const QString base = catalogue().models.at(static_cast<size_t>(model)).name;
    QSet<QString> used;
    for (const ServiceModel &existing : catalogue().models)
        used.insert(existing.name);
    QString name = tr("%1 (copy)").arg(base);
    for (int n = 2; used.contains(name); ++n)
        name = tr("%1 (copy %2)").arg(base, QString::number(n));
    return name;
}

// --- The workshop ---------------------------------------------------------------------------------------

int ProfileDocument::editedParticipant() const
{
    return m_editedId.isEmpty() ? -1 : m_profile.participantIndex(m_editedId);
}

void ProfileDocument::setEditedParticipant(int participant)
{
    const QString id = participant >= 0 && participant < participantCount()
                           ? m_profile.participants[static_cast<size_t>(participant)].id
                           : QString();
    if (!id.isEmpty())
        setEditedScenario(-1); // a scenario applies on top of the group's values, not a person's
    if (id == m_editedId)
        return;
    m_editedId = id;
    checkEditedParticipant(); // the editors re-read every value: they show someone else's now
}

Participant *ProfileDocument::editedPerson()
{
    const int edited = editedParticipant();
    return edited >= 0 ? &m_profile.participants[static_cast<size_t>(edited)] : nullptr;
}

const Participant *ProfileDocument::editedPerson() const
{
    const int edited = editedParticipant();
    return edited >= 0 ? &m_profile.participants[static_cast<size_t>(edited)] : nullptr;
}

void ProfileDocument::checkEditedParticipant()
{
    if (!m_editedId.isEmpty() && m_profile.participantIndex(m_editedId) < 0)
        m_editedId.clear();
    const int edited = editedParticipant();
    if (edited != m_lastEdited) {
        m_lastEdited = edited;
        emit editedParticipantChanged(edited);
    }
}

double ProfileDocument::shownTrait(int trait) const
{
    if (const Scenario *scenario = editedScenarioData())
        if (const auto found = scenario->traits.find(trait); found != scenario->traits.end())
            return found->second;
    const Participant *person = editedPerson();
    return (person ? person->traits : m_profile.traits).at(static_cast<size_t>(trait));
}

double ProfileDocument::shownImportance(int dimension) const
{
    return shownImportances().at(static_cast<size_t>(dimension));
}

const std::vector<double> &ProfileDocument::shownImportances() const
{
    const Participant *person = editedPerson();
    return person ? person->importance : m_profile.importance;
}

QString ProfileDocument::shownNote(int trait) const
{
    const Participant *person = editedPerson();
    return (person ? person->notes : m_profile.notes).value(m_base.traits.at(static_cast<size_t>(trait)).id);
}

double ProfileDocument::shownTraitUncertainty(int trait) const
{
    const Participant *person = editedPerson();
    return (person ? person->traitUncertainty : m_profile.traitUncertainty).at(static_cast<size_t>(trait));
}

QString ProfileDocument::computedGroupReason(ConsensusMethod method)
{
    return method == ConsensusMethod::WeightedMean
               ? tr("the group's values are the participants' weighted mean; pick a person to change theirs")
               : tr("the group's values are the participants' weighted median; pick a person to change theirs");
}

namespace {
/// A snake_case id made from `name` ("Dana Reyes" → "dana_reyes"), or `fallback` when nothing of it is left.
QString idBase(const QString &name, const QString &fallback)
{
    QString base;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            base += c;
        else if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            base += base.isEmpty() ? QString() : QString(c);
        else if ((c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_')) && !base.isEmpty() &&
                 !base.endsWith(QLatin1Char('_')))
            base += QLatin1Char('_');
    }
    while (base.endsWith(QLatin1Char('_')))
        base.chop(1);
    base = base.left(40);
    return base.isEmpty() ? fallback : base;
}

/// A participant id made from `name`, unique among `profile`'s participants.
QString participantIdFor(const QString &name, const Profile &profile)
{
    const QString base = idBase(name, QStringLiteral("participant"));
    QString id = base;
    for (int n = 2; profile.participantIndex(id) >= 0; ++n)
        id = QStringLiteral("%1_%2").arg(base, QString::number(n));
    return id;
}

// --- Scenarios
/// A scenario id made from `name`, unique among `profile`'s scenarios.
QString scenarioIdFor(const QString &name, const Profile &profile)
{
    const QString base = idBase(name, QStringLiteral("scenario"));
    const auto used = [&](const QString &id) {
        return std::any_of(profile.scenarios.begin(), profile.scenarios.end(),
                           [&](const Scenario &s) { return s.id == id; });
    };
    QString id = base;
    for (int n = 2; used(id); ++n)
        id = QStringLiteral("%1_%2").arg(base, QString::number(n));
    return id;
}
} // namespace

int ProfileDocument::addParticipant(const QString &name, const QString &role)
{
    const QString trimmed = name.trimmed().left(Participant::kMaxNameLength);
    if (trimmed.isEmpty() || participantCount() >= kMaxParticipants)
        return -1;
    Participant person;
    person.id = participantIdFor(trimmed, m_profile);
    person.name = trimmed;
    person.role = role.trimmed().left(Participant::kMaxNameLength);
    // A new voice starts where the group stands, so adding it moves nothing until it is edited.
    person.traits = m_profile.traits;
    person.importance = m_profile.importance;
    person.traitUncertainty = m_profile.traitUncertainty;
    person.importanceUncertainty = m_profile.importanceUncertainty;
    Profile changed = m_profile;
    changed.participants.push_back(person);
    applyConsensus(changed);
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyProfileContent, Whole{}, m_profile,
                                     std::move(changed), tr("Add participant \"%1\"").arg(trimmed)));
    const int added = participantCount() - 1;
    setEditedParticipant(added);
    return added;
}

void ProfileDocument::renameParticipant(int participant, const QString &name)
{
    const QString trimmed = name.trimmed().left(Participant::kMaxNameLength);
    if (participant < 0 || participant >= participantCount() || trimmed.isEmpty())
        return;
    const QString old = m_profile.participants[static_cast<size_t>(participant)].name;
    if (trimmed != old)
        m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyParticipantName, participant, old, trimmed,
                                         tr("Rename participant \"%1\" to \"%2\"").arg(old, trimmed)));
}

void ProfileDocument::setParticipantRole(int participant, const QString &role)
{
    const QString trimmed = role.trimmed().left(Participant::kMaxNameLength);
    if (participant < 0 || participant >= participantCount())
        return;
    const Participant &person = m_profile.participants[static_cast<size_t>(participant)];
    if (trimmed != person.role)
        m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyParticipantRole, participant, person.role,
                                         trimmed, tr("Change role of %1").arg(person.name)));
}

QString ProfileDocument::setParticipantWeight(int participant, double weight)
{
    if (participant < 0 || participant >= participantCount())
        return {};
    weight = std::clamp(weight, 0.0, Participant::kMaxWeight);
    const Participant &person = m_profile.participants[static_cast<size_t>(participant)];
    if (weight == person.weight)
        return {};
    if (weight <= 0) {
        bool othersCount = false;
        for (int p = 0; p < participantCount(); ++p)
            othersCount = othersCount || (p != participant && m_profile.participants[static_cast<size_t>(p)].weight > 0);
        if (!othersCount)
            return tr("at least one participant must have a weight above 0");
    }
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyParticipantWeight, participant, person.weight,
                                     weight, tr("Change weight of %1").arg(person.name),
                                     {CommandId::ParticipantWeight}));
    return {};
}

QString ProfileDocument::removeParticipant(int participant)
{
    if (participant < 0 || participant >= participantCount())
        return {};
    Profile changed = m_profile;
    const QString name = changed.participants[static_cast<size_t>(participant)].name;
    changed.participants.erase(changed.participants.begin() + participant);
    if (changed.isWorkshop() && std::none_of(changed.participants.begin(), changed.participants.end(),
                                             [](const Participant &p) { return p.weight > 0; }))
        return tr("everyone else has weight 0; give someone a weight first");
    // The last one gone, the profile is a plain one again with the group's values as they were.
    applyConsensus(changed);
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyProfileContent, Whole{}, m_profile,
                                     std::move(changed), tr("Remove participant \"%1\"").arg(name)));
    return {};
}

void ProfileDocument::setConsensusMethod(ConsensusMethod method)
{
    if (method == m_profile.consensus)
        return;
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyConsensusMethod, Whole{}, m_profile.consensus, method,
                                     method == ConsensusMethod::WeightedMean
                                         ? tr("Use the participants' weighted mean")
                                         : tr("Use the participants' weighted median")));
}

Loaded<MergeReport> ProfileDocument::importParticipants(const std::vector<std::pair<Profile, QString>> &files)
{
    Profile merged = m_profile;
    MergeReport total;
    for (const auto &[incoming, label] : files) {
        Loaded<MergeReport> report = mergeParticipants(merged, incoming, label);
        if (!report)
            return report.error();
        total.added << report.value().added;
        total.updated << report.value().updated;
        total.unchanged << report.value().unchanged;
    }
    if (!(merged == m_profile))
        m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyProfileContent, Whole{}, m_profile,
                                         std::move(merged),
                                         tr("Import %n participant file(s)", nullptr, static_cast<int>(files.size()))));
    return total;
}

const WorkshopAnalysis &ProfileDocument::workshopAnalysis() const
{
    if (!m_analysis)
        m_analysis = analyseWorkshop(*m_engine, m_profile);
    return *m_analysis;
}

// --- Costs ---------------------------------------------------------------------------------------------

namespace {
// Keys of the organisation edits that are not a numeric figure (those use the OrganisationFigure's value).
constexpr int kCurrencyField = 100;
constexpr int kSmallNeedField = 101;
constexpr int kRedeployField = 102;

QString organisationUndoText(OrganisationFigure which)
{
    const char *context = "splitbench::gui::ProfileDocument";
    switch (which) {
    case OrganisationFigure::Users: return QCoreApplication::translate(context, "Change number of users");
    case OrganisationFigure::Devices: return QCoreApplication::translate(context, "Change number of devices");
    case OrganisationFigure::Servers: return QCoreApplication::translate(context, "Change number of servers");
    case OrganisationFigure::Sites: return QCoreApplication::translate(context, "Change number of sites");
    case OrganisationFigure::ItStaffFte: return QCoreApplication::translate(context, "Change today's IT staff");
    case OrganisationFigure::UsersPerItFte: return QCoreApplication::translate(context, "Change users per IT FTE");
    case OrganisationFigure::SalaryPerYear: return QCoreApplication::translate(context, "Change IT salary");
    case OrganisationFigure::OnCostPercent: return QCoreApplication::translate(context, "Change on-cost");
    case OrganisationFigure::ToolsPerItFtePerYear:
        return QCoreApplication::translate(context, "Change tools per IT FTE");
    case OrganisationFigure::RecruitingCostOnce: return QCoreApplication::translate(context, "Change recruiting cost");
    case OrganisationFigure::TurnoverPercentPerYear:
        return QCoreApplication::translate(context, "Change staff turnover");
    case OrganisationFigure::ContractorHourlyRate: return QCoreApplication::translate(context, "Change hourly rate");
    case OrganisationFigure::MinimumHireFte: return QCoreApplication::translate(context, "Change smallest hire");
    }
    return {};
}
} // namespace

void ProfileDocument::setOrganisationFigure(OrganisationFigure which, double value)
{
    if (const Scenario *scenario = editedScenarioData()) {
        const double clamped = figureRange(which).clamp(value);
        pushScenarioValue({scenario->id, static_cast<int>(which), true, {}}, clamped,
                          tr("%1 in \"%2\"").arg(organisationUndoText(which), scenario->name),
                          {CommandId::ScenarioFigure});
        return;
    }
    const Organisation old = m_profile.organisation.value_or(Organisation{});
    Organisation changed = old;
    setFigure(changed, which, figureRange(which).clamp(value));
    if (changed == old)
        return;
    // Spin-box arrows and typed digits arrive one value at a time; one field edited in a row is one step.
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyOrganisation, static_cast<int>(which),
                                     m_profile.organisation, std::optional<Organisation>(changed),
                                     organisationUndoText(which), {CommandId::OrganisationFigure}));
}

void ProfileDocument::setCurrency(const QString &code)
{
    const Organisation old = m_profile.organisation.value_or(Organisation{}); // the same in every scenario
    if (!isKnownCurrency(code) || code == old.currency)
        return;
    Organisation changed = old;
    changed.currency = code;
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyOrganisation, kCurrencyField, m_profile.organisation,
                                     std::optional<Organisation>(changed), tr("Change currency to %1").arg(code)));
}

void ProfileDocument::setSmallNeedAs(SmallNeedAs as)
{
    const Organisation old = m_profile.organisation.value_or(Organisation{}); // the same in every scenario
    if (as == old.smallNeedAs)
        return;
    Organisation changed = old;
    changed.smallNeedAs = as;
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyOrganisation, kSmallNeedField,
                                     m_profile.organisation, std::optional<Organisation>(changed),
                                     tr("Change how a small need is bought")));
}

void ProfileDocument::setRedeployKeptStaff(bool redeploy)
{
    const Organisation old = m_profile.organisation.value_or(Organisation{}); // the same in every scenario
    if (redeploy == old.redeployKeptStaff)
        return;
    Organisation changed = old;
    changed.redeployKeptStaff = redeploy;
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyOrganisation, kRedeployField, m_profile.organisation,
                                     std::optional<Organisation>(changed),
                                     redeploy ? tr("Count released staff as a saving")
                                              : tr("Count today's staff as a cost in every model")));
}

void ProfileDocument::setPriceFigure(int model, PriceFigure which, double value)
{
    if (const Scenario *scenario = editedScenarioData()) {
        if (model < 0 || model >= modelCount())
            return;
        const QString &id = catalogue().models[static_cast<size_t>(model)].id;
        pushScenarioValue({scenario->id, static_cast<int>(which), false, id}, figureRange(which).clamp(value),
                          tr("Change prices of %1 in \"%2\"").arg(modelName(model), scenario->name),
                          {CommandId::ScenarioFigure});
        return;
    }
    ModelPricing changed = pricing(model);
    setFigure(changed, which, figureRange(which).clamp(value));
    pushPricing({model, PriceRef::Part::Figure, static_cast<int>(which)}, changed,
                tr("Change prices of %1").arg(modelName(model)), CommandId::PriceFigure);
}

void ProfileDocument::setTerm(int model, int months)
{
    if (!isContractTerm(months))
        return;
    ModelPricing changed = basePricing(model); // the same in every scenario
    changed.termMonths = months;
    pushPricing({model, PriceRef::Part::Term, 0}, changed,
                tr("Change term of %1 to %2 months").arg(modelName(model), QString::number(months)), CommandId::None);
}

void ProfileDocument::setSurcharge(int model, int months, double percent)
{
    if (!isContractTerm(months))
        return;
    ModelPricing changed = basePricing(model); // the same in every scenario
    changed.shortTermSurchargePercent[months] = kSurchargeRange.clamp(percent);
    pushPricing({model, PriceRef::Part::Surcharge, months}, changed,
                tr("Change short-term surcharge of %1").arg(modelName(model)), CommandId::PriceFigure);
}

void ProfileDocument::setModuleSelected(int model, int module, bool selected)
{
    ModelPricing changed = basePricing(model); // the same in every scenario
    if (module < 0 || module >= static_cast<int>(changed.modules.size()))
        return;
    changed.modules[static_cast<size_t>(module)].selected = selected;
    pushPricing({model, PriceRef::Part::ModuleSelected, module}, changed,
                selected ? tr("Add a module to %1").arg(modelName(model))
                         : tr("Remove a module from %1").arg(modelName(model)),
                CommandId::None);
}

void ProfileDocument::setModulePrice(int model, int module, bool perUser, double value)
{
    ModelPricing changed = basePricing(model); // the same in every scenario
    if (module < 0 || module >= static_cast<int>(changed.modules.size()))
        return;
    PricingModule &entry = changed.modules[static_cast<size_t>(module)];
    (perUser ? entry.perUserPerMonth : entry.perMonth) = kModulePriceRange.clamp(value);
    pushPricing({model, perUser ? PriceRef::Part::ModulePerUser : PriceRef::Part::ModulePerMonth, module}, changed,
                tr("Change a module price of %1").arg(modelName(model)), CommandId::PriceFigure);
}

void ProfileDocument::pushPricing(const PriceRef &at, const ModelPricing &pricing, const QString &text,
                                  CommandId merge)
{
    if (at.model < 0 || at.model >= modelCount() || pricing == basePricing(at.model))
        return;
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyPricing, at, storedPricing(at.model),
                                     std::optional<ModelPricing>(pricing), text, {merge}));
}

std::optional<ModelPricing> ProfileDocument::storedPricing(int model) const
{
    if (const int custom = customIndex(model); custom >= 0)
        return m_profile.customModels[static_cast<size_t>(custom)].pricing;
    const auto found = m_profile.pricing.find(catalogue().models.at(static_cast<size_t>(model)).id);
    return found != m_profile.pricing.end() ? std::optional<ModelPricing>(found->second) : std::nullopt;
}

QString ProfileDocument::modelName(int model) const
{
    return catalogue().models.at(static_cast<size_t>(model)).name;
}

// --- Files ----------------------------------------------------------------------------------------------

void ProfileDocument::newProfile()
{
    replaceAll(Profile::defaults(m_base));
    m_filePath.clear();
    emit filePathChanged();
}

std::optional<LoadError> ProfileDocument::load(const QString &path)
{
    Loaded<Profile> loaded = Profile::load(path, m_base);
    if (!loaded)
        return loaded.error();
    replaceAll(std::move(loaded).value());
    m_filePath = QFileInfo(path).absoluteFilePath();
    emit filePathChanged();
    log::named("gui")->info("opened {}", m_filePath);
    return std::nullopt;
}

void ProfileDocument::restore(Profile profile, const QString &originalPath)
{
    replaceAll(std::move(profile));
    m_filePath = originalPath.isEmpty() ? QString() : QFileInfo(originalPath).absoluteFilePath();
    emit filePathChanged();
    m_undoStack.resetClean();
}

QString ProfileDocument::save(const QString &path)
{
    if (QString problem = writeFileAtomically(path, toJson()); !problem.isEmpty())
        return problem;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_filePath) {
        m_filePath = absolute;
        emit filePathChanged();
    }
    m_undoStack.setClean();
    return {};
}

// --- Today's split -------------------------------------------------------------------------------------

void ProfileDocument::startToday(const AsIs &start, const QString &undoText)
{
    if (m_profile.asIs && *m_profile.asIs == start)
        return;
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyToday, Whole{}, m_profile.asIs,
                                     std::optional<AsIs>(start), undoText));
}

void ProfileDocument::removeToday()
{
    if (m_profile.asIs)
        m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyToday, Whole{}, m_profile.asIs,
                                         std::optional<AsIs>(), tr("Remove today's split")));
}

QString ProfileDocument::setTodayResponsibility(int dimension, int activity, const Responsibility &responsibility)
{
    if (!m_profile.asIs)
        return tr("no split of today is recorded; record one first");
    if (QString problem = responsibility.problem(); !problem.isEmpty())
        return problem;
    const Responsibility &old = todayResponsibility(dimension, activity);
    if (!(responsibility == old))
        m_undoStack.push(new ChangeValue(
            this, &ProfileDocument::applyTodayResponsibility, ActivityRef{kTodayModel, dimension, activity}, old,
            responsibility,
            tr("Edit \"%1\" in today's split")
                .arg(m_base.dimensions[static_cast<size_t>(dimension)].activities[static_cast<size_t>(activity)].name)));
    return {};
}

const Responsibility &ProfileDocument::todayResponsibility(int dimension, int activity) const
{
    return m_profile.asIs->responsibilities.at(static_cast<size_t>(dimension)).at(static_cast<size_t>(activity));
}

void ProfileDocument::applyToday(const Whole &, const std::optional<AsIs> &asIs)
{
    m_profile.asIs = asIs;
    rescoreToday();
    emit todayChanged();
    emit resultChanged();
}

void ProfileDocument::applyTodayResponsibility(const ActivityRef &at, const Responsibility &responsibility)
{
    if (!m_profile.asIs)
        return;
    m_profile.asIs->responsibilities.at(static_cast<size_t>(at.dimension)).at(static_cast<size_t>(at.activity)) =
        responsibility;
    rescoreToday();
    emit todayResponsibilityChanged(at.dimension, at.activity);
    emit resultChanged();
}

void ProfileDocument::rescoreToday()
{
    // A few dozen activities against the precomputed desired shares: far below a slider step's budget.
    if (!m_profile.asIs) {
        m_todayFit.clear();
        m_todayOverall = std::numeric_limits<double>::quiet_NaN();
        return;
    }
    // Scored against what the workbench shows: the edited scenario's traits while one is edited.
    const Profile &scored = shownProfile();
    m_todayFit = m_engine->dimensionFitOf(m_profile.asIs->responsibilities, scored.traits);
    m_todayOverall = m_engine->overallFitOf(m_profile.asIs->responsibilities, scored.traits, scored.importance);
}

// --- Applying changes -----------------------------------------------------------------------------------

void ProfileDocument::applyTrait(const int &trait, const double &value)
{
    m_profile.traits.at(static_cast<size_t>(trait)) = value;
    rescore();
    emit traitChanged(trait);
    emit resultChanged();
}

void ProfileDocument::applyImportance(const int &dimension, const double &value)
{
    m_profile.importance.at(static_cast<size_t>(dimension)) = value;
    rescore();
    emit importanceChanged(dimension);
    emit resultChanged();
}

void ProfileDocument::applyNote(const int &trait, const QString &note)
{
    const QString &id = m_base.traits.at(static_cast<size_t>(trait)).id;
    if (note.isEmpty())
        m_profile.notes.remove(id);
    else
        m_profile.notes.insert(id, note);
    emit noteChanged(trait);
}

void ProfileDocument::applyTraitUncertainty(const int &trait, const double &value)
{
    m_profile.traitUncertainty.at(static_cast<size_t>(trait)) = value;
    emit uncertaintyChanged(trait);
}

void ProfileDocument::applyImportanceUncertainty(const Whole &, const double &value)
{
    m_profile.importanceUncertainty = value;
    emit uncertaintyChanged(-1);
}

void ProfileDocument::applyProfileName(const Whole &, const QString &name)
{
    m_profile.name = name;
    emit profileNameChanged();
}

void ProfileDocument::applyPreparedFor(const Whole &, const std::optional<Prepared> &prepared)
{
    m_profile.prepared = prepared;
    emit preparedForChanged();
}

void ProfileDocument::applyResponsibility(const ActivityRef &at, const Responsibility &responsibility)
{
    const int custom = customIndex(at.model);
    if (custom < 0)
        return;
    m_profile.customModels[static_cast<size_t>(custom)]
        .responsibilities.at(static_cast<size_t>(at.dimension))
        .at(static_cast<size_t>(at.activity)) = responsibility;
    // Shares feed the engine's precomputed table, so a responsibility edit needs a new engine.
    rebuildEngine();
    rescore();
    emit responsibilityChanged(at.model, at.dimension, at.activity);
    emit resultChanged();
    recost(); // the model's in-house share, so its staff and cost
}

void ProfileDocument::applyCustomModel(const int &customIndex, const std::optional<CustomModel> &model)
{
    if (model)
        m_profile.customModels.insert(m_profile.customModels.begin() + customIndex, *model);
    else
        m_profile.customModels.erase(m_profile.customModels.begin() + customIndex);
    rebuildEngine();
    rescore();
    recost();
    emit modelsChanged();
    emit resultChanged();
}

void ProfileDocument::applyCustomModelName(const int &customIndex, const QString &name)
{
    m_profile.customModels.at(static_cast<size_t>(customIndex)).name = name;
    rebuildEngine();
    rescore();
    emit modelsChanged();
    emit resultChanged();
}

void ProfileDocument::applyProposalTerms(const int &customIndex, const std::optional<ProposalTerms> &terms)
{
    m_profile.customModels.at(static_cast<size_t>(customIndex)).terms = terms;
    emit proposalTermsChanged(static_cast<int>(m_base.models.size()) + customIndex);
}

void ProfileDocument::applyOrganisation(const int &, const std::optional<Organisation> &organisation)
{
    m_profile.organisation = organisation;
    recost();
    if (editsScenario())
        emit scenariosChanged(); // a scenario's costs follow the base figures it does not set
}

void ProfileDocument::applyPricing(const PriceRef &at, const std::optional<ModelPricing> &pricing)
{
    if (const int custom = customIndex(at.model); custom >= 0) {
        m_profile.customModels[static_cast<size_t>(custom)].pricing = pricing;
    } else {
        const QString &id = catalogue().models.at(static_cast<size_t>(at.model)).id;
        if (pricing)
            m_profile.pricing[id] = *pricing;
        else
            m_profile.pricing.erase(id);
    }
    recost();
}

void ProfileDocument::applyProfileContent(const Whole &, const Profile &content)
{
    std::vector<CustomModel> models = std::move(m_profile.customModels);
    std::optional<AsIs> today = std::move(m_profile.asIs);
    m_profile = content;
    m_profile.customModels = std::move(models);
    m_profile.asIs = std::move(today); // kept like the custom models (replaceContent())
    checkEditedScenario();
    rescore();
    recost();
    checkEditedParticipant();
    emit participantsChanged();
    emit scenariosChanged();
    emit profileReset();
    emit resultChanged();
}

void ProfileDocument::applyParticipantTrait(const ParticipantRef &at, const double &value)
{
    m_profile.participants.at(static_cast<size_t>(at.participant)).traits.at(static_cast<size_t>(at.index)) = value;
    regroup(at.participant);
    if (at.participant == editedParticipant())
        emit traitChanged(at.index);
    emit resultChanged();
}

void ProfileDocument::applyParticipantImportance(const ParticipantRef &at, const double &value)
{
    m_profile.participants.at(static_cast<size_t>(at.participant)).importance.at(static_cast<size_t>(at.index)) =
        value;
    regroup(at.participant);
    if (at.participant == editedParticipant())
        emit importanceChanged(at.index);
    emit resultChanged();
}

void ProfileDocument::applyParticipantUncertainty(const ParticipantRef &at, const double &value)
{
    Participant &person = m_profile.participants.at(static_cast<size_t>(at.participant));
    (at.index < 0 ? person.importanceUncertainty : person.traitUncertainty.at(static_cast<size_t>(at.index))) = value;
    regroup(at.participant);
    if (at.participant == editedParticipant())
        emit uncertaintyChanged(at.index);
    emit resultChanged();
}

void ProfileDocument::applyParticipantNote(const ParticipantRef &at, const QString &note)
{
    Participant &person = m_profile.participants.at(static_cast<size_t>(at.participant));
    const QString &id = m_base.traits.at(static_cast<size_t>(at.index)).id;
    if (note.isEmpty())
        person.notes.remove(id);
    else
        person.notes.insert(id, note);
    emit participantValuesChanged(at.participant);
    if (at.participant == editedParticipant())
        emit noteChanged(at.index);
}

void ProfileDocument::applyParticipantName(const int &participant, const QString &name)
{
    m_profile.participants.at(static_cast<size_t>(participant)).name = name;
    m_analysis.reset();
    emit participantsChanged();
}

void ProfileDocument::applyParticipantRole(const int &participant, const QString &role)
{
    m_profile.participants.at(static_cast<size_t>(participant)).role = role;
    m_analysis.reset();
    emit participantsChanged();
}

void ProfileDocument::applyParticipantWeight(const int &participant, const double &weight)
{
    m_profile.participants.at(static_cast<size_t>(participant)).weight = weight;
    regroup(-1);
    emit participantsChanged();
    emit resultChanged();
}

void ProfileDocument::applyConsensusMethod(const Whole &, const ConsensusMethod &method)
{
    m_profile.consensus = method;
    regroup(-1);
    emit participantsChanged();
    emit resultChanged();
}

void ProfileDocument::regroup(int participant)
{
    // Every group value that moved is signalled (views of the group's values listen), whoever is edited.
    // Only the group's values are kept for comparison: a slider step must not copy the whole profile.
    const std::vector<double> traits = m_profile.traits;
    const std::vector<double> traitUncertainty = m_profile.traitUncertainty;
    const std::vector<double> importance = m_profile.importance;
    const double importanceUncertainty = m_profile.importanceUncertainty;
    applyConsensus(m_profile);
    rescore();
    for (size_t t = 0; t < m_profile.traits.size(); ++t) {
        if (m_profile.traits[t] != traits[t])
            emit traitChanged(static_cast<int>(t));
        if (m_profile.traitUncertainty[t] != traitUncertainty[t])
            emit uncertaintyChanged(static_cast<int>(t));
    }
    for (size_t d = 0; d < m_profile.importance.size(); ++d)
        if (m_profile.importance[d] != importance[d])
            emit importanceChanged(static_cast<int>(d));
    if (m_profile.importanceUncertainty != importanceUncertainty)
        emit uncertaintyChanged(-1);
    if (participant >= 0)
        emit participantValuesChanged(participant);
}

void ProfileDocument::rebuildEngine()
{
    m_engine = std::make_unique<FitEngine>(withCustomModels(m_base, m_profile.customModels));
}

void ProfileDocument::recost()
{
    if (const int scenario = editedScenario(); scenario >= 0)
        m_shown = m_profile.withScenario(scenario); // the organisation or a price changed: see it in the scenario
    m_costModel = std::make_unique<CostModel>(CostModel::forProfile(catalogue(), shownProfile()));
    emit costsChanged();
}

void ProfileDocument::rescore()
{
    if (const int scenario = editedScenario(); scenario >= 0) {
        m_shown = m_profile.withScenario(scenario);
        m_result = m_engine->score(m_shown);
        m_analysis.reset();
        rescoreToday();
        return;
    }
    m_result = m_engine->score(m_profile);
    m_analysis.reset();
    rescoreToday();
}

void ProfileDocument::replaceAll(Profile profile)
{
    m_profile = std::move(profile);
    m_editedId.clear();
    m_scenarioId.clear();
    rebuildEngine();
    rescore();
    recost();
    m_undoStack.clear();
    checkEditedParticipant();
    checkEditedScenario();
    emit participantsChanged();
    emit scenariosChanged();
    emit modelsChanged();
    emit todayChanged();
    emit profileReset();
    emit resultChanged();
    emit modifiedChanged(false);
}

// --- Scenarios ------------------------------------------------------------------------------------------

namespace {
Scenario *findScenario(Profile &profile, const QString &id)
{
    const auto found = std::find_if(profile.scenarios.begin(), profile.scenarios.end(),
                                    [&](const Scenario &s) { return s.id == id; });
    return found != profile.scenarios.end() ? &*found : nullptr;
}
} // namespace

int ProfileDocument::editedScenario() const
{
    if (m_scenarioId.isEmpty())
        return -1;
    for (int i = 0; i < scenarioCount(); ++i)
        if (m_profile.scenarios[static_cast<size_t>(i)].id == m_scenarioId)
            return i;
    return -1;
}

const Scenario *ProfileDocument::editedScenarioData() const
{
    const int index = editedScenario();
    return index >= 0 ? &m_profile.scenarios[static_cast<size_t>(index)] : nullptr;
}

void ProfileDocument::setEditedScenario(int scenario)
{
    const QString id =
        scenario >= 0 && scenario < scenarioCount() ? m_profile.scenarios[static_cast<size_t>(scenario)].id : QString();
    if (!id.isEmpty())
        setEditedParticipant(-1); // a scenario applies on top of the group's values, not one person's
    if (id == m_scenarioId)
        return;
    m_scenarioId = id;
    checkEditedScenario();
}

void ProfileDocument::checkEditedScenario()
{
    if (!m_scenarioId.isEmpty() && editedScenario() < 0)
        m_scenarioId.clear();
    const int edited = editedScenario();
    if (edited == m_lastScenario)
        return;
    m_lastScenario = edited;
    rescore();
    recost();
    emit editedScenarioChanged(edited);
    emit resultChanged();
}

bool ProfileDocument::scenarioSetsTrait(int trait) const
{
    const Scenario *scenario = editedScenarioData();
    return scenario && scenario->traits.count(trait) > 0;
}

void ProfileDocument::resetScenarioTrait(int trait)
{
    if (const Scenario *scenario = editedScenarioData())
        pushScenarioValue({scenario->id, trait, false, {}}, std::nullopt,
                          tr("Use the profile's %1 in \"%2\"")
                              .arg(m_base.traits.at(static_cast<size_t>(trait)).name, scenario->name),
                          {});
}

bool ProfileDocument::scenarioSetsFigure(OrganisationFigure which) const
{
    const Scenario *scenario = editedScenarioData();
    return scenario && scenario->organisation.count(which) > 0;
}

void ProfileDocument::resetScenarioFigure(OrganisationFigure which)
{
    if (const Scenario *scenario = editedScenarioData())
        pushScenarioValue({scenario->id, static_cast<int>(which), true, {}}, std::nullopt,
                          tr("%1 in \"%2\"").arg(organisationUndoText(which), scenario->name), {});
}

void ProfileDocument::pushScenarioValue(const ScenarioRef &at, std::optional<double> value, const QString &text,
                                        MergeRule merge)
{
    const Scenario *scenario = findScenario(m_profile, at.scenario);
    if (!scenario)
        return;
    std::optional<double> old;
    if (!at.model.isEmpty()) {
        if (const auto model = scenario->pricing.find(at.model); model != scenario->pricing.end())
            if (const auto found = model->second.find(static_cast<PriceFigure>(at.index)); found != model->second.end())
                old = found->second;
    } else if (at.figure) {
        if (const auto found = scenario->organisation.find(static_cast<OrganisationFigure>(at.index));
            found != scenario->organisation.end())
            old = found->second;
    } else if (const auto found = scenario->traits.find(at.index); found != scenario->traits.end()) {
        old = found->second;
    }
    if (old == value)
        return;
    m_undoStack.push(
        new ChangeValue(this, &ProfileDocument::applyScenarioValue, at, old, std::move(value), text, merge));
}

void ProfileDocument::applyScenarioValue(const ScenarioRef &at, const std::optional<double> &value)
{
    Scenario *scenario = findScenario(m_profile, at.scenario);
    if (!scenario)
        return;
    const auto set = [&](auto &map, auto key) {
        if (value)
            map[key] = *value;
        else
            map.erase(key);
    };
    const bool shown = scenario->id == m_scenarioId;
    if (!at.model.isEmpty()) {
        auto &prices = scenario->pricing[at.model];
        set(prices, static_cast<PriceFigure>(at.index));
        if (prices.empty())
            scenario->pricing.erase(at.model);
        if (shown)
            recost();
    } else if (at.figure) {
        set(scenario->organisation, static_cast<OrganisationFigure>(at.index));
        if (shown)
            recost();
    } else {
        set(scenario->traits, at.index);
        if (shown) {
            rescore();
            emit traitChanged(at.index);
            emit resultChanged();
        }
    }
    emit scenariosChanged();
}

QString ProfileDocument::scenarioNameProblem(const QString &name, int except) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > Scenario::kMaxNameLength)
        return QCoreApplication::translate("splitbench", "a scenario's name must have 1 to %1 characters")
            .arg(Scenario::kMaxNameLength);
    if (trimmed.compare(baseScenarioName(), Qt::CaseInsensitive) == 0)
        return tr("\"%1\" is the name of the profile itself; choose another name").arg(trimmed);
    for (int i = 0; i < scenarioCount(); ++i)
        if (i != except && m_profile.scenarios[static_cast<size_t>(i)].name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("the scenario name \"%1\" is already used; each scenario needs a name of its own").arg(trimmed);
    return {};
}

QString ProfileDocument::scenarioLimitProblem() const
{
    return scenarioCount() >= kMaxScenarios
               ? QCoreApplication::translate("splitbench", "at most %1 scenarios are supported").arg(kMaxScenarios)
               : QString();
}

QString ProfileDocument::suggestScenarioName(int copyOf) const
{
    const auto free = [this](const QString &name) { return scenarioNameProblem(name).isEmpty(); };
    if (copyOf >= 0 && copyOf < scenarioCount()) {
        const QString base = m_profile.scenarios[static_cast<size_t>(copyOf)].name;
        QString name = tr("%1 (copy)").arg(base);
        for (int n = 2; !free(name); ++n)
            name = tr("%1 (copy %2)").arg(base, QString::number(n));
        return name;
    }
    QString name;
    for (int n = scenarioCount() + 1; name.isEmpty() || !free(name); ++n)
        name = tr("Scenario %1").arg(n);
    return name;
}

QString ProfileDocument::addScenario(const QString &name)
{
    if (QString problem = scenarioLimitProblem(); !problem.isEmpty())
        return problem;
    if (QString problem = scenarioNameProblem(name); !problem.isEmpty())
        return problem;
    Scenario scenario;
    scenario.name = name.trimmed();
    scenario.id = scenarioIdFor(scenario.name, m_profile);
    const QString id = scenario.id;
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyScenario, scenarioCount(), std::optional<Scenario>(),
                                     std::optional<Scenario>(std::move(scenario)),
                                     tr("Add scenario \"%1\"").arg(name.trimmed())));
    setEditedScenario(scenarioCount() - 1);
    return {};
}

QString ProfileDocument::duplicateScenario(int scenario, const QString &name)
{
    if (scenario < 0 || scenario >= scenarioCount())
        return {};
    if (QString problem = scenarioLimitProblem(); !problem.isEmpty())
        return problem;
    if (QString problem = scenarioNameProblem(name); !problem.isEmpty())
        return problem;
    Scenario copy = m_profile.scenarios[static_cast<size_t>(scenario)];
    copy.name = name.trimmed();
    copy.id = scenarioIdFor(copy.name, m_profile);
    const QString text = tr("Duplicate scenario \"%1\"").arg(m_profile.scenarios[static_cast<size_t>(scenario)].name);
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyScenario, scenario + 1, std::optional<Scenario>(),
                                     std::optional<Scenario>(std::move(copy)), text));
    setEditedScenario(scenario + 1);
    return {};
}

QString ProfileDocument::renameScenario(int scenario, const QString &name)
{
    if (scenario < 0 || scenario >= scenarioCount())
        return {};
    const QString old = m_profile.scenarios[static_cast<size_t>(scenario)].name;
    if (name.trimmed() == old)
        return {};
    if (QString problem = scenarioNameProblem(name, scenario); !problem.isEmpty())
        return problem;
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyScenarioName, scenario, old, name.trimmed(),
                                     tr("Rename scenario \"%1\" to \"%2\"").arg(old, name.trimmed())));
    return {};
}

void ProfileDocument::removeScenario(int scenario)
{
    if (scenario < 0 || scenario >= scenarioCount())
        return;
    const Scenario &gone = m_profile.scenarios[static_cast<size_t>(scenario)];
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyScenario, scenario, std::optional<Scenario>(gone),
                                     std::optional<Scenario>(), tr("Remove scenario \"%1\"").arg(gone.name)));
}

void ProfileDocument::applyScenario(const int &index, const std::optional<Scenario> &scenario)
{
    if (scenario)
        m_profile.scenarios.insert(m_profile.scenarios.begin() + index, *scenario);
    else
        m_profile.scenarios.erase(m_profile.scenarios.begin() + index);
    emit scenariosChanged();
    checkEditedScenario(); // the removed one was edited: back to the base profile
}

void ProfileDocument::applyScenarioName(const int &index, const QString &name)
{
    m_profile.scenarios.at(static_cast<size_t>(index)).name = name;
    emit scenariosChanged();
}

ModelPricing ProfileDocument::basePricing(int model) const
{
    if (!editsScenario())
        return pricing(model);
    return CostModel::forProfile(catalogue(), m_profile).pricing(model);
}

} // namespace splitbench::gui
