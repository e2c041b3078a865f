#include "radar_accessibility.h"

#include "display_text.h"
#include "profile_document.h"
#include "radar_view.h"

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QWindow>

#include <cmath>

namespace splitbench::gui {

namespace {

/// One axis of the radar: a list item named after its dimension, described by each shown model's fit there.
/// Press opens the dimension in the explorer, as Enter or a click does.
class RadarAxisAccessible final : public QAccessibleInterface, public QAccessibleActionInterface {
public:
    RadarAxisAccessible(RadarView *radar, int dimension) : m_radar(radar), m_dimension(dimension) {}

    bool isValid() const override { return m_radar && m_dimension < m_radar->dimensionCount(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_radar ? m_radar->window()->windowHandle() : nullptr; }

    QList<std::pair<QAccessibleInterface *, QAccessible::Relation>> relations(QAccessible::Relation) const override
    {
        return {};
    }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_radar); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        switch (t) {
        case QAccessible::Name:
            return m_radar->document()->catalogue().dimensions[static_cast<size_t>(m_dimension)].name;
        case QAccessible::Description:
        case QAccessible::Value:
            return radarAxisValues(m_radar, m_dimension);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect label = m_radar->labelRect(m_dimension).toAlignedRect();
        return QRect(m_radar->mapToGlobal(label.topLeft()), label.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        state.focusable = true;
        state.selectable = true;
        const bool selected = m_radar->selectedDimension() == m_dimension;
        state.selected = selected;
        state.focused = selected && m_radar->hasFocus();
        state.invisible = !m_radar->isVisible();
        return state;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }
    QStringList actionNames() const override { return {pressAction(), setFocusAction()}; }
    void doAction(const QString &action) override
    {
        if (!isValid())
            return;
        if (action == pressAction()) {
            emit m_radar->dimensionActivated(m_dimension);
        } else if (action == setFocusAction()) {
            m_radar->setFocus(Qt::OtherFocusReason);
            emit m_radar->dimensionSelected(m_dimension);
        }
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QPointer<RadarView> m_radar;
    int m_dimension;
};

/// Announces the selected axis when the radar gets the keyboard focus, after Qt's own focus event for the
/// widget (which names only the chart).
class RadarFocusAnnouncer final : public QObject {
public:
    explicit RadarFocusAnnouncer(RadarView *radar) : QObject(radar), m_radar(radar)
    {
        setObjectName(QStringLiteral("radarFocusAnnouncer"));
        radar->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_radar && event->type() == QEvent::FocusIn)
            QMetaObject::invokeMethod(
                this, [this] { announceRadarAxis(m_radar, QAccessible::Focus); }, Qt::QueuedConnection);
        return QObject::eventFilter(watched, event);
    }

private:
    RadarView *m_radar;
};

/// The radar: a chart whose children are its axes; the selected axis is the focused child.
class RadarAccessible final : public QAccessibleWidget {
public:
    explicit RadarAccessible(RadarView *radar) : QAccessibleWidget(radar, QAccessible::Chart)
    {
        new RadarFocusAnnouncer(radar);
    }
    ~RadarAccessible() override
    {
        for (const QAccessible::Id id : std::as_const(m_axes))
            QAccessible::deleteAccessibleInterface(id);
    }

    [[nodiscard]] RadarView *radar() const { return static_cast<RadarView *>(object()); }

    int childCount() const override { return radar()->dimensionCount(); }
    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        if (const auto found = m_axes.constFind(index); found != m_axes.constEnd())
            return QAccessible::accessibleInterface(*found);
        auto *axis = new RadarAxisAccessible(radar(), index);
        m_axes.insert(index, QAccessible::registerAccessibleInterface(axis));
        return axis;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (auto it = m_axes.constBegin(); it != m_axes.constEnd(); ++it)
            if (QAccessible::accessibleInterface(it.value()) == child)
                return it.key();
        return -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const int dimension = radar()->dimensionAt(radar()->mapFromGlobal(QPoint(x, y)));
        return dimension >= 0 ? child(dimension) : nullptr;
    }
    QAccessibleInterface *focusChild() const override
    {
        const int selected = radar()->selectedDimension();
        return radar()->hasFocus() && selected >= 0 ? child(selected) : nullptr;
    }

private:
    mutable QHash<int, QAccessible::Id> m_axes;
};

} // namespace

QAccessibleInterface *radarAccessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(RadarView::staticMetaObject.className()))
        if (auto *radar = qobject_cast<RadarView *>(object))
            return new RadarAccessible(radar);
    return nullptr;
}

void announceRadarAxis(RadarView *radar, QAccessible::Event type)
{
    if (!radar || !QAccessible::isActive() || !radar->isVisible() || !radar->hasFocus())
        return;
    const int selected = radar->selectedDimension();
    if (selected < 0)
        return;
    QAccessibleEvent event(radar, type);
    event.setChild(selected);
    QAccessible::updateAccessibility(&event);
}

QString radarAxisValues(const RadarView *radar, int dimension)
{
    const Catalogue &catalogue = radar->document()->catalogue();
    const FitResult &result = radar->document()->result();
    if (dimension < 0 || dimension >= static_cast<int>(result.dimensions.size()))
        return {};
    const DimensionFit &fit = result.dimensions[static_cast<size_t>(dimension)];
    QStringList parts;
    for (int m = 0; m < static_cast<int>(catalogue.models.size()) && m < static_cast<int>(fit.fit.size()); ++m)
        if (radar->isModelVisible(m))
            parts << QCoreApplication::translate("splitbench::gui::RadarView", "%1: fit %2")
                         .arg(shortName(catalogue.models[static_cast<size_t>(m)].name),
                              QString::number(std::lround(fit.fit[static_cast<size_t>(m)])));
    return QLocale().createSeparatedList(parts);
}

} // namespace splitbench::gui
