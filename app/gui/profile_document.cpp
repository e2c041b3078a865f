#include "profile_document.h"

#include "logging.h"
#include "output_file.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

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
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyCustomModel,
                                     static_cast<int>(m_profile.customModels.size()), std::optional<CustomModel>(),
                                     std::optional<CustomModel>(std::move(copy)), text));
    return modelCount() - 1;
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

void ProfileDocument::replaceContent(const Profile &preset, const QString &undoText)
{
    Profile content = preset;
    content.customModels = m_profile.customModels;
    // Nor are the organisation's size and the prices: an example describes how an organisation works, not
    // what it pays, and the user's real quotes must survive trying one.
    content.organisation = m_profile.organisation;
    content.pricing = m_profile.pricing;
    content.loadedVersion = m_profile.loadedVersion;
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
    const Organisation old = organisation();
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
    const Organisation old = organisation();
    if (!isKnownCurrency(code) || code == old.currency)
        return;
    Organisation changed = old;
    changed.currency = code;
    m_undoStack.push(new ChangeValue(this, &ProfileDocument::applyOrganisation, kCurrencyField, m_profile.organisation,
                                     std::optional<Organisation>(changed), tr("Change currency to %1").arg(code)));
}

void ProfileDocument::setSmallNeedAs(SmallNeedAs as)
{
    const Organisation old = organisation();
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
    const Organisation old = organisation();
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
    ModelPricing changed = pricing(model);
    setFigure(changed, which, figureRange(which).clamp(value));
    pushPricing({model, PriceRef::Part::Figure, static_cast<int>(which)}, changed,
                tr("Change prices of %1").arg(modelName(model)), CommandId::PriceFigure);
}

void ProfileDocument::setTerm(int model, int months)
{
    if (!isContractTerm(months))
        return;
    ModelPricing changed = pricing(model);
    changed.termMonths = months;
    pushPricing({model, PriceRef::Part::Term, 0}, changed,
                tr("Change term of %1 to %2 months").arg(modelName(model), QString::number(months)), CommandId::None);
}

void ProfileDocument::setSurcharge(int model, int months, double percent)
{
    if (!isContractTerm(months))
        return;
    ModelPricing changed = pricing(model);
    changed.shortTermSurchargePercent[months] = kSurchargeRange.clamp(percent);
    pushPricing({model, PriceRef::Part::Surcharge, months}, changed,
                tr("Change short-term surcharge of %1").arg(modelName(model)), CommandId::PriceFigure);
}

void ProfileDocument::setModuleSelected(int model, int module, bool selected)
{
    ModelPricing changed = pricing(model);
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
    ModelPricing changed = pricing(model);
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
    if (at.model < 0 || at.model >= modelCount() || pricing == this->pricing(at.model))
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

void ProfileDocument::applyOrganisation(const int &, const std::optional<Organisation> &organisation)
{
    m_profile.organisation = organisation;
    recost();
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
    m_profile = content;
    m_profile.customModels = std::move(models);
    rescore();
    recost();
    emit profileReset();
    emit resultChanged();
}

void ProfileDocument::rebuildEngine()
{
    m_engine = std::make_unique<FitEngine>(withCustomModels(m_base, m_profile.customModels));
}

void ProfileDocument::recost()
{
    m_costModel = std::make_unique<CostModel>(CostModel::forProfile(catalogue(), m_profile));
    emit costsChanged();
}

void ProfileDocument::rescore()
{
    m_result = m_engine->score(m_profile);
}

void ProfileDocument::replaceAll(Profile profile)
{
    m_profile = std::move(profile);
    rebuildEngine();
    rescore();
    recost();
    m_undoStack.clear();
    emit modelsChanged();
    emit profileReset();
    emit resultChanged();
    emit modifiedChanged(false);
}

} // namespace splitbench::gui
