#include "today_actions.h"

#include "profile_document.h"

#include <QAction>
#include <QBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace splitbench::gui {

TodayActions::TodayActions(ProfileDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_recordMenu(new QMenu(tr("Record &Today's Split"))),
      m_copyMenu(new QMenu(tr("&Copy of a Model"))), m_allInternal(new QAction(tr("All &In-House"), this)),
      m_allProvider(new QAction(tr("All with a &Provider"), this)), m_remove(new QAction(tr("Remove Today's Sp&lit"), this))
{
    m_recordMenu->setObjectName(QStringLiteral("recordTodayMenu"));
    m_recordMenu->menuAction()->setObjectName(QStringLiteral("actionRecordToday"));
    m_recordMenu->menuAction()->setStatusTip(
        tr("Record who does each activity today, to compare it with the models and plan the handover"));
    m_copyMenu->setObjectName(QStringLiteral("recordTodayCopyMenu"));
    m_allInternal->setObjectName(QStringLiteral("actionTodayAllInternal"));
    m_allInternal->setStatusTip(tr("Start today's split with every activity done by the in-house team"));
    m_allProvider->setObjectName(QStringLiteral("actionTodayAllProvider"));
    m_allProvider->setStatusTip(tr("Start today's split with every activity done by a provider"));
    m_remove->setObjectName(QStringLiteral("actionRemoveToday"));
    m_remove->setStatusTip(tr("Forget today's split; Undo brings it back"));
    m_recordMenu->addAction(m_allInternal);
    m_recordMenu->addAction(m_allProvider);
    m_recordMenu->addMenu(m_copyMenu);

    connect(m_allInternal, &QAction::triggered, this, [this] {
        m_document->startToday(AsIs::allInternal(m_document->catalogue()), tr("Record today's split (all in-house)"));
        emit started();
    });
    connect(m_allProvider, &QAction::triggered, this, [this] {
        m_document->startToday(AsIs::allProvider(m_document->catalogue()),
                               tr("Record today's split (all with a provider)"));
        emit started();
    });
    connect(m_remove, &QAction::triggered, m_document, &ProfileDocument::removeToday);
    connect(document, &ProfileDocument::modelsChanged, this, &TodayActions::rebuildCopyMenu);
    connect(document, &ProfileDocument::todayChanged, this, &TodayActions::update);
    rebuildCopyMenu();
    update();
}

TodayActions::~TodayActions()
{
    // Menus have no parent widget (they are shown in several places); they go with the actions.
    delete m_recordMenu;
    delete m_copyMenu;
}

void TodayActions::rebuildCopyMenu()
{
    m_copyMenu->clear();
    const Catalogue &catalogue = m_document->catalogue();
    for (int m = 0; m < static_cast<int>(catalogue.models.size()); ++m) {
        const QString &name = catalogue.models[static_cast<size_t>(m)].name;
        QAction *action = m_copyMenu->addAction(name);
        action->setObjectName(QStringLiteral("actionTodayCopy_%1").arg(catalogue.models[static_cast<size_t>(m)].id));
        action->setStatusTip(tr("Start today's split as a copy of %1").arg(name));
        connect(action, &QAction::triggered, this, [this, m] {
            if (m >= m_document->modelCount())
                return;
            m_document->startToday(AsIs::copyOf(m_document->catalogue(), m),
                                   tr("Record today's split (copy of %1)")
                                       .arg(m_document->catalogue().models[static_cast<size_t>(m)].name));
            emit started();
        });
    }
}

void TodayActions::update()
{
    m_remove->setEnabled(m_document->hasToday());
}

void TodayActions::addStartButtons(TodayActions *actions, QWidget *parent, QBoxLayout *layout, const QString &prefix)
{
    auto *internal = new QPushButton(tr("All in-house"), parent);
    internal->setObjectName(prefix + QStringLiteral("AllInternal"));
    internal->setAccessibleName(tr("Record today's split: all in-house"));
    internal->setToolTip(actions->allInternalAction()->statusTip());
    connect(internal, &QPushButton::clicked, actions->allInternalAction(), &QAction::trigger);
    auto *provider = new QPushButton(tr("All with a provider"), parent);
    provider->setObjectName(prefix + QStringLiteral("AllProvider"));
    provider->setAccessibleName(tr("Record today's split: all with a provider"));
    provider->setToolTip(actions->allProviderAction()->statusTip());
    connect(provider, &QPushButton::clicked, actions->allProviderAction(), &QAction::trigger);
    auto *copy = new QToolButton(parent);
    copy->setObjectName(prefix + QStringLiteral("Copy"));
    copy->setText(tr("Copy of a model"));
    copy->setAccessibleName(tr("Record today's split as a copy of a model"));
    copy->setToolTip(copy->accessibleName());
    copy->setMenu(actions->copyMenu());
    copy->setPopupMode(QToolButton::InstantPopup);
    copy->setToolButtonStyle(Qt::ToolButtonTextOnly);
    copy->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(internal);
    layout->addWidget(provider);
    layout->addWidget(copy);
}

} // namespace splitbench::gui
