// What a screen reader would find wrong, read through Qt's accessibility interfaces: unnamed controls and
// announcements from widgets that are not on screen.
#pragma once

#include <QAccessible>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace splitbench::gui::test {

/**
 * Reads the accessible tree as a screen reader does (QAccessible::queryAccessibleInterface(root) and its
 * children, recursively; invisible parts skipped) and records accessibility events while it lives (it installs
 * an update handler and switches the platform's accessibility on, as a screen reader would, so that widgets
 * send their events and the handler gets them).
 * One audit at a time.
 */
class AccessibilityAudit final {
public:
    AccessibilityAudit();
    ~AccessibilityAudit();
    AccessibilityAudit(const AccessibilityAudit &) = delete;
    AccessibilityAudit &operator=(const AccessibilityAudit &) = delete;

    /// Every visible interactive element under `root` (buttons, sliders, spin boxes, combo boxes, text fields,
    /// tables and their cells and headers, lists and their items, tab bars and tabs, check boxes, menu items)
    /// without a name, or, for a combo box, named only by its current value; one line each, with its path.
    /// Row headers count even when the header view is hidden: readers name a table's rows by them.
    [[nodiscard]] static QStringList unnamedElements(QWidget *root);
    /// The accessible element under `root` whose name is `name` (first match, depth first), or nullptr.
    [[nodiscard]] static QAccessibleInterface *find(QWidget *root, const QString &name);

    struct Event {
        QPointer<QObject> object;
        QAccessible::Event type = QAccessible::InvalidEvent;
        int child = -1;
        QString name;        ///< The element's (or its child's) name when the event came.
        bool hidden = false; ///< It came from a widget that was not visible (or an element in the invisible state).
    };
    /// The events received since construction or the last clear() that a screen reader may announce (focus,
    /// name, description, value, state, selection and text changes; not creation, destruction, moves).
    [[nodiscard]] const QList<Event> &events() const { return m_events; }
    /// The events of events() that came from elements not on screen, one line each.
    [[nodiscard]] QStringList eventsFromHiddenElements() const;
    void clear() { m_events.clear(); }

    /// A readable path of `iface`: role and name of it and its ancestors.
    [[nodiscard]] static QString describe(QAccessibleInterface *iface);

private:
    static void handle(QAccessibleEvent *event);

    QList<Event> m_events;
    QAccessible::UpdateHandler m_previous = nullptr;
};

} // namespace splitbench::gui::test
