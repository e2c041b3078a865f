#include "scenario_actions.h"

#include "dialog_provider.h"
#include "profile_document.h"
#include "scenarios.h"

#include <QAction>
#include <QComboBox>
#include <QSignalBlocker>
#include <QWidget>

namespace splitbench::gui {

ScenarioActions::ScenarioActions(QWidget *window, ProfileDocument *document, std::function<DialogProvider *()> dialogs)
    : QObject(window), m_window(window), m_document(document), m_dialogs(std::move(dialogs))
{
    const auto make = [this](const QString &text, const QString &name, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setStatusTip(tip);
        return action;
    };
    m_add = make(tr("&New Scenario…"), QStringLiteral("actionAddScenario"),
                 tr("Add a named variant of the organisation (e.g. \"After the acquisition\") and edit it"));
    connect(m_add, &QAction::triggered, this, [this] { addScenario(); });
    m_rename = make(tr("&Rename Scenario…"), QStringLiteral("actionRenameScenario"), tr("Change a scenario's name"));
    connect(m_rename, &QAction::triggered, this, [this] { renameScenario(-1); });
    m_duplicate = make(tr("D&uplicate Scenario…"), QStringLiteral("actionDuplicateScenario"),
                       tr("Add a copy of a scenario, to vary it"));
    connect(m_duplicate, &QAction::triggered, this, [this] { duplicateScenario(-1); });
    m_remove = make(tr("Re&move Scenario"), QStringLiteral("actionRemoveScenario"),
                    tr("Remove a scenario and its values (Undo brings it back)"));
    connect(m_remove, &QAction::triggered, this, [this] { removeScenario(-1); });

    m_selector = new QComboBox(window);
    m_selector->setObjectName(QStringLiteral("scenarioCombo"));
    m_selector->setAccessibleName(tr("Scenario"));
    m_selector->setToolTip(tr("Which variant of the organisation the workbench shows and edits: the profile as "
                              "profiled, or one of its scenarios"));
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_selector->setMinimumContentsLength(18); // long names are elided (whole in the tooltip)
    connect(m_selector, &QComboBox::activated, this, [this](int index) { m_document->setEditedScenario(index - 1); });

    connect(document, &ProfileDocument::scenariosChanged, this, &ScenarioActions::refresh);
    connect(document, &ProfileDocument::editedScenarioChanged, this, &ScenarioActions::refresh);
    refresh();
}

void ScenarioActions::refresh()
{
    QStringList items{baseScenarioName()};
    for (const Scenario &scenario : m_document->profile().scenarios)
        items << scenario.name;
    QStringList current;
    for (int i = 0; i < m_selector->count(); ++i)
        current << m_selector->itemText(i);
    const QSignalBlocker blocker(m_selector);
    if (current != items) {
        m_selector->clear();
        m_selector->addItems(items);
        for (int i = 0; i < m_selector->count(); ++i)
            m_selector->setItemData(i, items[i], Qt::ToolTipRole);
    }
    m_selector->setCurrentIndex(m_document->editedScenario() + 1);
    const bool any = m_document->scenarioCount() > 0;
    m_add->setEnabled(m_document->scenarioCount() < kMaxScenarios);
    m_rename->setEnabled(any);
    m_duplicate->setEnabled(any && m_document->scenarioCount() < kMaxScenarios);
    m_remove->setEnabled(any);
}

int ScenarioActions::choose(int scenario, const QString &title)
{
    if (scenario >= 0 && scenario < m_document->scenarioCount())
        return scenario;
    if (m_document->editedScenario() >= 0)
        return m_document->editedScenario();
    QStringList names;
    for (const Scenario &s : m_document->profile().scenarios)
        names << s.name;
    if (names.isEmpty())
        return -1;
    if (names.size() == 1)
        return 0;
    const std::optional<int> chosen = dialogs()->chooseItem(m_window, title, tr("Scenario:"), names, 0);
    return chosen && *chosen >= 0 ? *chosen : -1;
}

bool ScenarioActions::addScenario()
{
    const QString title = tr("New Scenario");
    if (const QString problem = m_document->scenarioLimitProblem(); !problem.isEmpty()) {
        dialogs()->showError(m_window, title, problem);
        return false;
    }
    const std::optional<QString> name =
        dialogs()->askText(m_window, title, tr("Name of the scenario (e.g. \"If the IT lead leaves\"):"),
                           m_document->suggestScenarioName());
    if (!name)
        return false;
    if (const QString problem = m_document->addScenario(*name); !problem.isEmpty()) {
        dialogs()->showError(m_window, title, problem);
        return false;
    }
    emit message(tr("Added the scenario \"%1\": the sliders and the cost figures now change it. Choose \"%2\" to "
                    "edit the profile itself.")
                     .arg(name->trimmed(), baseScenarioName()));
    return true;
}

bool ScenarioActions::renameScenario(int scenario)
{
    const QString title = tr("Rename Scenario");
    scenario = choose(scenario, title);
    if (scenario < 0)
        return false;
    const std::optional<QString> name = dialogs()->askText(
        m_window, title, tr("New name:"), m_document->profile().scenarios[static_cast<size_t>(scenario)].name);
    if (!name)
        return false;
    if (const QString problem = m_document->renameScenario(scenario, *name); !problem.isEmpty()) {
        dialogs()->showError(m_window, title, problem);
        return false;
    }
    return true;
}

bool ScenarioActions::duplicateScenario(int scenario)
{
    const QString title = tr("Duplicate Scenario");
    if (const QString problem = m_document->scenarioLimitProblem(); !problem.isEmpty()) {
        dialogs()->showError(m_window, title, problem);
        return false;
    }
    scenario = choose(scenario, title);
    if (scenario < 0)
        return false;
    const std::optional<QString> name =
        dialogs()->askText(m_window, title, tr("Name of the copy:"), m_document->suggestScenarioName(scenario));
    if (!name)
        return false;
    if (const QString problem = m_document->duplicateScenario(scenario, *name); !problem.isEmpty()) {
        dialogs()->showError(m_window, title, problem);
        return false;
    }
    return true;
}

void ScenarioActions::removeScenario(int scenario)
{
    scenario = choose(scenario, tr("Remove Scenario"));
    if (scenario < 0)
        return;
    const QString name = m_document->profile().scenarios[static_cast<size_t>(scenario)].name;
    m_document->removeScenario(scenario);
    emit message(tr("Removed the scenario \"%1\". Undo brings it back.").arg(name));
}

} // namespace splitbench::gui
