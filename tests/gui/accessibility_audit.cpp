#include "accessibility_audit.h"

#include <QMetaEnum>
#include <QWidget>
#include <QtGui/private/qguiapplication_p.h>
#include <QtGui/qpa/qplatformaccessibility.h>
#include <QtGui/qpa/qplatformintegration.h>

namespace splitbench::gui::test {

namespace {
AccessibilityAudit *g_audit = nullptr;

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::EditableText:
    case QAccessible::Table:
    case QAccessible::Cell:
    case QAccessible::RowHeader:
    case QAccessible::ColumnHeader:
    case QAccessible::List:
    case QAccessible::ListItem:
    case QAccessible::Tree:
    case QAccessible::TreeItem:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::MenuItem:
    case QAccessible::Link:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

/// Events a screen reader may speak; creation, destruction, moves and model resets it does not.
bool isAnnounced(QAccessible::Event type)
{
    switch (type) {
    case QAccessible::Focus:
    case QAccessible::NameChanged:
    case QAccessible::DescriptionChanged:
    case QAccessible::ValueChanged:
    case QAccessible::StateChanged:
    case QAccessible::Selection:
    case QAccessible::SelectionAdd:
    case QAccessible::SelectionRemove:
    case QAccessible::SelectionWithin:
    case QAccessible::Alert:
    case QAccessible::TextInserted:
    case QAccessible::TextRemoved:
    case QAccessible::TextUpdated:
    case QAccessible::TextCaretMoved:
    case QAccessible::ActiveDescendantChanged:
    case QAccessible::MenuStart:
    case QAccessible::PopupMenuStart:
        return true;
    default:
        return false;
    }
}

QString roleName(QAccessible::Role role)
{
    const char *key = QMetaEnum::fromType<QAccessible::Role>().valueToKey(role);
    return key ? QString::fromLatin1(key) : QString::number(role);
}

QString eventName(QAccessible::Event type)
{
    const char *key = QMetaEnum::fromType<QAccessible::Event>().valueToKey(type);
    return key ? QString::fromLatin1(key) : QString::number(type);
}

void collectUnnamed(QAccessibleInterface *iface, int depth, QStringList &out)
{
    if (!iface || !iface->isValid() || depth > 64)
        return;
    // A row header is read as the name of its row (AT-SPI's table interface) even when the header view is
    // hidden, as the workbench's tables hide theirs; anything else invisible is not read.
    if (iface->state().invisible && iface->role() != QAccessible::RowHeader)
        return;
    const QAccessible::Role role = iface->role();
    if (isInteractive(role)) {
        const QString name = iface->text(QAccessible::Name).trimmed();
        if (name.isEmpty())
            out << QStringLiteral("unnamed: ") + AccessibilityAudit::describe(iface);
        else if (role == QAccessible::ComboBox && name == iface->text(QAccessible::Value).trimmed())
            out << QStringLiteral("named only by its value: ") + AccessibilityAudit::describe(iface);
    }
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), depth + 1, out);
}

QAccessibleInterface *findNamed(QAccessibleInterface *iface, const QString &name, int depth)
{
    if (!iface || !iface->isValid() || depth > 64)
        return nullptr;
    if (iface->text(QAccessible::Name) == name)
        return iface;
    for (int i = 0; i < iface->childCount(); ++i)
        if (QAccessibleInterface *found = findNamed(iface->child(i), name, depth + 1))
            return found;
    return nullptr;
}

/// Switches the platform's accessibility on or off, as a screen reader does through AT-SPI. Widgets send most
/// events only while it is on (QAccessible::isActive()), and Qt passes events to an update handler only then;
/// QAccessible::setActive() only tells observers. Qt's own accessibility tests do the same.
void setPlatformAccessibilityActive(bool active)
{
    if (QPlatformIntegration *integration = QGuiApplicationPrivate::platformIntegration())
        if (QPlatformAccessibility *accessibility = integration->accessibility())
            accessibility->setActive(active);
}

/// True when the element is not on screen: a widget not visible, or an element in the invisible state.
bool isHidden(QObject *object, QAccessibleInterface *iface)
{
    if (auto *widget = qobject_cast<QWidget *>(object); widget && !widget->isVisible())
        return true;
    return iface && iface->isValid() && iface->state().invisible;
}
} // namespace

AccessibilityAudit::AccessibilityAudit()
{
    Q_ASSERT(!g_audit);
    g_audit = this;
    m_previous = QAccessible::installUpdateHandler(&AccessibilityAudit::handle);
    setPlatformAccessibilityActive(true);
}

AccessibilityAudit::~AccessibilityAudit()
{
    setPlatformAccessibilityActive(false);
    QAccessible::installUpdateHandler(m_previous);
    g_audit = nullptr;
}

void AccessibilityAudit::handle(QAccessibleEvent *event)
{
    if (!g_audit || !isAnnounced(event->type()))
        return;
    QAccessibleInterface *iface = event->accessibleInterface(); // the child's, when the event names one
    QObject *object = event->object();
    Event recorded;
    recorded.object = object;
    recorded.type = event->type();
    recorded.child = event->child();
    recorded.name = iface && iface->isValid() ? iface->text(QAccessible::Name) : QString();
    recorded.hidden = isHidden(object, iface);
    g_audit->m_events << recorded;
}

QStringList AccessibilityAudit::eventsFromHiddenElements() const
{
    QStringList lines;
    for (const Event &event : m_events) {
        if (!event.hidden)
            continue;
        QString where;
        if (event.object)
            where = QStringLiteral("%1 \"%2\"")
                        .arg(QString::fromLatin1(event.object->metaObject()->className()), event.object->objectName());
        lines << QStringLiteral("%1 from %2, child %3, named \"%4\"")
                     .arg(eventName(event.type), where, QString::number(event.child), event.name);
    }
    return lines;
}

QStringList AccessibilityAudit::unnamedElements(QWidget *root)
{
    QStringList out;
    collectUnnamed(QAccessible::queryAccessibleInterface(root), 0, out);
    return out;
}

QAccessibleInterface *AccessibilityAudit::find(QWidget *root, const QString &name)
{
    return findNamed(QAccessible::queryAccessibleInterface(root), name, 0);
}

QString AccessibilityAudit::describe(QAccessibleInterface *iface)
{
    QStringList path;
    for (QAccessibleInterface *at = iface; at && path.size() < 12; at = at->parent()) {
        QString part = roleName(at->role());
        if (QObject *object = at->object(); object && !object->objectName().isEmpty())
            part += QStringLiteral("#") + object->objectName();
        const QString name = at->text(QAccessible::Name);
        if (!name.isEmpty())
            part += QStringLiteral(" \"%1\"").arg(name.left(40));
        path.prepend(part);
    }
    return path.join(QStringLiteral(" > "));
}

} // namespace splitbench::gui::test
