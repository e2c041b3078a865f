#include "participant_actions.h"

#include "dialog_provider.h"
#include "number_format.h"
#include "output_file.h"
#include "questionnaire.h"
#include "report_export.h"
#include "profile_document.h"
#include "workbench_settings.h"
#include "workshop.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QWidget>

namespace splitbench::gui {

namespace {
QString participantFilter()
{
    return ParticipantActions::tr("Splitbench profiles (*.splitbench.json);;JSON files (*.json);;All files (*)");
}
} // namespace

ParticipantActions::ParticipantActions(QWidget *window, ProfileDocument *document, WorkbenchSettings *settings,
                                       std::function<DialogProvider *()> dialogs)
    : QObject(window), m_window(window), m_document(document), m_settings(settings), m_dialogs(std::move(dialogs))
{
    const auto make = [this](const QString &text, const QString &name, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setStatusTip(tip);
        return action;
    };
    m_add = make(tr("&Add Participant…"), QStringLiteral("actionAddParticipant"),
                 tr("Add a workshop participant, who starts from the group's values"));
    connect(m_add, &QAction::triggered, this, [this] { addParticipant(); });
    m_edit = make(tr("Re&name Participant…"), QStringLiteral("actionEditParticipant"),
                  tr("Change a participant's name and role"));
    connect(m_edit, &QAction::triggered, this, [this] { editParticipant(-1); });
    m_weight = make(tr("Participant &Weight…"), QStringLiteral("actionParticipantWeight"),
                    tr("How much a participant's view counts in the group's values (0 keeps it on record only)"));
    connect(m_weight, &QAction::triggered, this, [this] { reweightParticipant(-1); });
    m_remove = make(tr("&Remove Participant"), QStringLiteral("actionRemoveParticipant"),
                    tr("Remove a participant and their values (Undo brings them back)"));
    connect(m_remove, &QAction::triggered, this, [this] { removeParticipant(-1); });
    m_separator = new QAction(this);
    m_separator->setSeparator(true);

    m_consensus = new QActionGroup(this);
    m_consensus->setExclusive(true);
    m_median = make(tr("Group Values: Weighted &Median"), QStringLiteral("actionConsensusMedian"),
                    tr("Each group value is the participants' weighted median: one extreme voice cannot drag it"));
    m_mean = make(tr("Group Values: Weighted M&ean"), QStringLiteral("actionConsensusMean"),
                  tr("Each group value is the participants' weighted mean: every voice moves it a little"));
    for (QAction *action : {m_median, m_mean}) {
        action->setCheckable(true);
        m_consensus->addAction(action);
    }
    connect(m_median, &QAction::triggered, this,
            [this] { m_document->setConsensusMethod(ConsensusMethod::WeightedMedian); });
    connect(m_mean, &QAction::triggered, this, [this] { m_document->setConsensusMethod(ConsensusMethod::WeightedMean); });

    m_import = make(tr("&Import Participant…"), QStringLiteral("actionImportParticipants"),
                    tr("Merge returned participant files into this workshop, matching people by id"));
    connect(m_import, &QAction::triggered, this, &ParticipantActions::importParticipants);
    m_export = make(tr("Export Participant Fi&le…"), QStringLiteral("actionExportParticipant"),
                    tr("Write the file to send one participant: the workshop with only them in it"));
    connect(m_export, &QAction::triggered, this, [this] { exportParticipant(-1); });
    m_questionnaire = make(tr("Export Q&uestionnaire PDF…"), QStringLiteral("actionExportQuestionnaire"),
                           tr("Write a one-page questionnaire to print for a participant: every trait on a scale "
                              "to mark, and how much each area matters"));
    connect(m_questionnaire, &QAction::triggered, this, [this] { exportQuestionnaire(-1); });

    connect(document, &ProfileDocument::participantsChanged, this, &ParticipantActions::refresh);
    connect(document, &ProfileDocument::editedParticipantChanged, this, &ParticipantActions::refresh);
    refresh();
}

QList<QAction *> ParticipantActions::editActions() const
{
    return {m_add, m_edit, m_weight, m_remove, m_separator, m_median, m_mean};
}

void ParticipantActions::refresh()
{
    const bool workshop = m_document->isWorkshop();
    m_add->setEnabled(m_document->participantCount() < kMaxParticipants);
    for (QAction *action : {m_edit, m_weight, m_remove, m_median, m_mean, m_export})
        action->setEnabled(workshop);
    const bool mean = m_document->profile().consensus == ConsensusMethod::WeightedMean;
    m_median->setChecked(!mean);
    m_mean->setChecked(mean);
}

int ParticipantActions::choose(int participant, const QString &title)
{
    if (participant >= 0 && participant < m_document->participantCount())
        return participant;
    if (!m_document->isWorkshop())
        return -1;
    if (m_document->editedParticipant() >= 0)
        return m_document->editedParticipant();
    QStringList names;
    for (const Participant &person : m_document->profile().participants)
        names << person.label();
    const std::optional<int> chosen = dialogs()->chooseItem(m_window, title, tr("Participant:"), names, 0);
    return chosen && *chosen >= 0 && *chosen < m_document->participantCount() ? *chosen : -1;
}

int ParticipantActions::addParticipant()
{
    if (m_document->participantCount() >= kMaxParticipants) {
        dialogs()->showError(m_window, tr("Cannot add participant"),
                             tr("A workshop holds at most %1 participants.").arg(kMaxParticipants));
        return -1;
    }
    const std::optional<QString> name =
        dialogs()->askText(m_window, tr("Add Participant"), tr("Name (e.g. \"Dana Reyes\"):"), QString());
    if (!name || name->trimmed().isEmpty())
        return -1;
    const std::optional<QString> role =
        dialogs()->askText(m_window, tr("Add Participant"), tr("Role (e.g. \"Owner\"; may be empty):"), QString());
    if (!role)
        return -1;
    const bool wasWorkshop = m_document->isWorkshop();
    const int added = m_document->addParticipant(*name, *role);
    if (added < 0)
        return -1;
    emit message(wasWorkshop
                     ? tr("Added %1, starting from the group's values. Their sliders are shown now.")
                           .arg(m_document->profile().participants[static_cast<size_t>(added)].label())
                     : tr("This profile is a workshop now: %1 starts from its values. Add the others, then move "
                          "each person's sliders.")
                           .arg(m_document->profile().participants[static_cast<size_t>(added)].label()));
    return added;
}

void ParticipantActions::editParticipant(int participant)
{
    participant = choose(participant, tr("Rename Participant"));
    if (participant < 0)
        return;
    const Participant person = m_document->profile().participants[static_cast<size_t>(participant)];
    const std::optional<QString> name = dialogs()->askText(m_window, tr("Rename Participant"), tr("Name:"), person.name);
    if (!name || name->trimmed().isEmpty())
        return;
    const std::optional<QString> role = dialogs()->askText(m_window, tr("Rename Participant"), tr("Role:"), person.role);
    if (!role)
        return;
    m_document->renameParticipant(participant, *name);
    m_document->setParticipantRole(participant, *role);
}

void ParticipantActions::reweightParticipant(int participant)
{
    participant = choose(participant, tr("Participant Weight"));
    if (participant < 0)
        return;
    const Participant &person = m_document->profile().participants[static_cast<size_t>(participant)];
    const std::optional<QString> text = dialogs()->askText(
        m_window, tr("Participant Weight"),
        tr("Weight of %1 (0 to %2; 1 is normal, 0 keeps the view on record without counting it):")
            .arg(person.label(), QLocale().toString(Participant::kMaxWeight)),
        QLocale().toString(person.weight));
    if (!text)
        return;
    bool ok = false;
    double weight = QLocale().toDouble(text->trimmed(), &ok);
    if (!ok)
        weight = QLocale::c().toDouble(text->trimmed(), &ok);
    if (!ok || weight < 0 || weight > Participant::kMaxWeight) {
        emit message(tr("Weight not changed: \"%1\" is not a number from 0 to %2.")
                         .arg(text->trimmed(), QLocale().toString(Participant::kMaxWeight)));
        return;
    }
    if (const QString problem = m_document->setParticipantWeight(participant, weight); !problem.isEmpty())
        emit message(tr("Weight not changed: %1.").arg(problem));
}

void ParticipantActions::removeParticipant(int participant)
{
    participant = choose(participant, tr("Remove Participant"));
    if (participant < 0)
        return;
    const QString label = m_document->profile().participants[static_cast<size_t>(participant)].label();
    if (const QString problem = m_document->removeParticipant(participant); !problem.isEmpty()) {
        emit message(tr("%1 was not removed: %2.").arg(label, problem));
        return;
    }
    emit message(m_document->isWorkshop()
                     ? tr("Removed %1. Undo brings them back.").arg(label)
                     : tr("Removed %1, the last participant: the profile is a plain one again with the group's "
                          "values. Undo brings them back.")
                           .arg(label));
}

bool ParticipantActions::importParticipants()
{
    const QStringList paths = dialogs()->openFileNames(m_window, tr("Import Participant Files"),
                                                       m_settings->lastDirectory(), participantFilter());
    return !paths.isEmpty() && importFiles(paths);
}

bool ParticipantActions::importFiles(const QStringList &paths)
{
    std::vector<std::pair<Profile, QString>> files;
    for (const QString &path : paths) {
        Loaded<Profile> loaded = Profile::load(path, m_document->baseCatalogue());
        if (!loaded) {
            dialogs()->showError(m_window, tr("Cannot import participant"),
                                 tr("Nothing was imported; the workshop is unchanged.\n\n%1").arg(loaded.error().toString()));
            return false;
        }
        files.emplace_back(std::move(loaded).value(), QDir::toNativeSeparators(path));
    }
    const Loaded<MergeReport> report = m_document->importParticipants(files);
    if (!report) {
        dialogs()->showError(m_window, tr("Cannot import participant"),
                             tr("Nothing was imported; the workshop is unchanged.\n\n%1").arg(report.error().toString()));
        return false;
    }
    m_settings->setLastDirectory(QFileInfo(paths.front()).absolutePath());
    QStringList parts;
    if (!report.value().added.isEmpty())
        parts << tr("added %1").arg(formatList(report.value().added));
    if (!report.value().updated.isEmpty())
        parts << tr("updated %1").arg(formatList(report.value().updated));
    if (!report.value().unchanged.isEmpty())
        parts << tr("unchanged %1").arg(formatList(report.value().unchanged));
    emit message(tr("Imported %n participant file(s): %1.", nullptr, static_cast<int>(paths.size()))
                     .arg(parts.join(tr("; "))));
    return !report.value().added.isEmpty() || !report.value().updated.isEmpty();
}

bool ParticipantActions::exportParticipant(int participant)
{
    participant = choose(participant, tr("Export Participant File"));
    if (participant < 0)
        return false;
    const Participant &person = m_document->profile().participants[static_cast<size_t>(participant)];
    const QString suggestion =
        QDir(m_settings->lastDirectory()).filePath(person.id + QStringLiteral(".splitbench.json"));
    const QString path =
        dialogs()->saveFileName(m_window, tr("Export Participant File"), suggestion, participantFilter());
    if (path.isEmpty())
        return false;
    const Profile file = participantFile(m_document->profile(), participant);
    if (const QString problem = writeFileAtomically(path, file.toJson(m_document->baseCatalogue()));
        !problem.isEmpty()) {
        dialogs()->showError(m_window, tr("Cannot export participant file"), problem);
        return false;
    }
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
    emit message(tr("Wrote %1's participant file %2.").arg(person.label(), QDir::toNativeSeparators(path)));
    return true;
}

bool ParticipantActions::exportQuestionnaire(int participant)
{
    // A workshop asks whose questionnaire it is; a plain profile gets a blank one for anybody.
    if (m_document->isWorkshop()) {
        participant = choose(participant, tr("Export Questionnaire PDF"));
        if (participant < 0)
            return false;
    } else {
        participant = -1;
    }
    const QString stem = participant >= 0
                             ? m_document->profile().participants[static_cast<size_t>(participant)].id
                             : QStringLiteral("questionnaire");
    const QString suggestion =
        QDir(m_settings->lastDirectory()).filePath(stem + QStringLiteral("-questionnaire.pdf"));
    const QString path = dialogs()->saveFileName(m_window, tr("Export Questionnaire PDF"), suggestion,
                                                 tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    const QPageSize pageSize = report::reportPageSize(m_settings->reportPaper()).value_or(QPageSize(QPageSize::A4));
    if (const QString problem = report::exportQuestionnaire(path, m_document->baseCatalogue(), m_document->profile(),
                                                            participant, pageSize);
        !problem.isEmpty()) {
        dialogs()->showError(m_window, tr("Cannot export the questionnaire"), problem);
        return false;
    }
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
    emit message(tr("Wrote the questionnaire %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace splitbench::gui
