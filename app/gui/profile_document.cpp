#include "profile_document.h"

#include "commands/add_custom_model_command.h"
#include "commands/remove_custom_model_command.h"
#include "commands/rename_custom_model_command.h"
#include "commands/replace_profile_command.h"
#include "commands/set_importance_command.h"
#include "commands/set_note_command.h"
#include "commands/set_profile_name_command.h"
#include "commands/set_responsibility_command.h"
#include "commands/set_trait_command.h"
#include "commands/set_uncertainty_command.h"
#include "logging.h"
#include "output_file.h"

#include <QFileInfo>
#include <QSet>

namespace splitbench::gui {

ProfileDocument::ProfileDocument(const Catalogue &baseCatalogue, QObject *parent)
    : QObject(parent), m_base(baseCatalogue), m_profile(Profile::defaults(m_base))
{
    rebuildEngine();
    rescore();
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
    m_undoStack.push(new SetTraitCommand(this, trait, old, value, dragSession));
}

QString ProfileDocument::setImportance(int dimension, double value)
{
    std::vector<double> candidate = m_profile.importance;
    const double old = candidate.at(static_cast<size_t>(dimension));
    candidate[static_cast<size_t>(dimension)] = value;
    if (QString problem = Profile::importanceProblem(candidate); !problem.isEmpty())
        return problem;
    if (value != old)
        m_undoStack.push(new SetImportanceCommand(this, dimension, old, value));
    return {};
}

void ProfileDocument::setNote(int trait, const QString &note)
{
    const QString &id = m_base.traits.at(static_cast<size_t>(trait)).id;
    const QString old = m_profile.notes.value(id);
    if (note == old)
        return;
    m_undoStack.push(new SetNoteCommand(this, trait, old, note));
}

void ProfileDocument::setTraitUncertainty(int trait, double value)
{
    const double old = m_profile.traitUncertainty.at(static_cast<size_t>(trait));
    value = std::clamp(value, 0.0, Profile::kMaxUncertainty);
    if (value != old)
        m_undoStack.push(new SetUncertaintyCommand(this, trait, old, value));
}

void ProfileDocument::setImportanceUncertainty(double value)
{
    const double old = m_profile.importanceUncertainty;
    value = std::clamp(value, 0.0, 1.0);
    if (value != old)
        m_undoStack.push(new SetUncertaintyCommand(this, SetUncertaintyCommand::kImportance, old, value));
}

void ProfileDocument::setProfileName(const QString &name)
{
    if (name == m_profile.name)
        return;
    m_undoStack.push(new SetProfileNameCommand(this, m_profile.name, name));
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
        m_undoStack.push(new SetResponsibilityCommand(this, model, dimension, activity, old, responsibility));
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
    m_undoStack.push(new AddCustomModelCommand(this, static_cast<int>(m_profile.customModels.size()), std::move(copy)));
    return modelCount() - 1;
}

void ProfileDocument::removeCustomModel(int model)
{
    const int custom = customIndex(model);
    if (custom >= 0)
        m_undoStack.push(new RemoveCustomModelCommand(this, custom));
}

void ProfileDocument::renameCustomModel(int model, const QString &name)
{
    const int custom = customIndex(model);
    const QString trimmed = name.trimmed();
    if (custom < 0 || trimmed.isEmpty())
        return;
    const QString old = m_profile.customModels[static_cast<size_t>(custom)].name;
    if (trimmed != old)
        m_undoStack.push(new RenameCustomModelCommand(this, custom, old, trimmed));
}

void ProfileDocument::replaceContent(const Profile &preset, const QString &undoText)
{
    Profile content = preset;
    content.customModels = m_profile.customModels;
    content.loadedVersion = m_profile.loadedVersion;
    if (content == m_profile)
        return;
    m_undoStack.push(new ReplaceProfileCommand(this, std::move(content), undoText));
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

void ProfileDocument::applyTrait(int trait, double value)
{
    m_profile.traits.at(static_cast<size_t>(trait)) = value;
    rescore();
    emit traitChanged(trait);
    emit resultChanged();
}

void ProfileDocument::applyImportance(int dimension, double value)
{
    m_profile.importance.at(static_cast<size_t>(dimension)) = value;
    rescore();
    emit importanceChanged(dimension);
    emit resultChanged();
}

void ProfileDocument::applyNote(int trait, const QString &note)
{
    const QString &id = m_base.traits.at(static_cast<size_t>(trait)).id;
    if (note.isEmpty())
        m_profile.notes.remove(id);
    else
        m_profile.notes.insert(id, note);
    emit noteChanged(trait);
}

void ProfileDocument::applyTraitUncertainty(int trait, double value)
{
    m_profile.traitUncertainty.at(static_cast<size_t>(trait)) = value;
    emit uncertaintyChanged(trait);
}

void ProfileDocument::applyImportanceUncertainty(double value)
{
    m_profile.importanceUncertainty = value;
    emit uncertaintyChanged(-1);
}

void ProfileDocument::applyProfileName(const QString &name)
{
    m_profile.name = name;
    emit profileNameChanged();
}

void ProfileDocument::applyResponsibility(int model, int dimension, int activity, const Responsibility &responsibility)
{
    const int custom = customIndex(model);
    if (custom < 0)
        return;
    m_profile.customModels[static_cast<size_t>(custom)]
        .responsibilities.at(static_cast<size_t>(dimension))
        .at(static_cast<size_t>(activity)) = responsibility;
    // Shares feed the engine's precomputed table, so a responsibility edit needs a new engine.
    rebuildEngine();
    rescore();
    emit responsibilityChanged(model, dimension, activity);
    emit resultChanged();
}

void ProfileDocument::insertCustomModel(int customIndex, const CustomModel &model)
{
    m_profile.customModels.insert(m_profile.customModels.begin() + customIndex, model);
    rebuildEngine();
    rescore();
    emit modelsChanged();
    emit resultChanged();
}

void ProfileDocument::eraseCustomModel(int customIndex)
{
    m_profile.customModels.erase(m_profile.customModels.begin() + customIndex);
    rebuildEngine();
    rescore();
    emit modelsChanged();
    emit resultChanged();
}

void ProfileDocument::applyCustomModelName(int customIndex, const QString &name)
{
    m_profile.customModels.at(static_cast<size_t>(customIndex)).name = name;
    rebuildEngine();
    rescore();
    emit modelsChanged();
    emit resultChanged();
}

void ProfileDocument::applyProfileContent(const Profile &content)
{
    std::vector<CustomModel> models = std::move(m_profile.customModels);
    m_profile = content;
    m_profile.customModels = std::move(models);
    rescore();
    emit profileReset();
    emit resultChanged();
}

void ProfileDocument::rebuildEngine()
{
    m_engine = std::make_unique<FitEngine>(withCustomModels(m_base, m_profile.customModels));
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
    m_undoStack.clear();
    emit modelsChanged();
    emit profileReset();
    emit resultChanged();
    emit modifiedChanged(false);
}

} // namespace splitbench::gui
