#include "accessibility.h"

#include "radar_accessibility.h"

#include <QAbstractItemView>
#include <QAccessibleWidget>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QToolButton>

namespace splitbench::gui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::gui", text);
}

/**
 * A combo box that is not editable, named by its accessible name or its label's text. Qt's own interface names
 * it by its current value on Linux (leaving the label to a relation), so Orca read the Trait box as
 * "Desire for control". The value stays the current text; the popup list is its one child.
 */
class ComboBoxAccessible final : public QAccessibleWidget {
public:
    explicit ComboBoxAccessible(QComboBox *combo) : QAccessibleWidget(combo, QAccessible::ComboBox) {}

    [[nodiscard]] QComboBox *comboBox() const { return static_cast<QComboBox *>(object()); }

    int childCount() const override { return comboBox()->view() ? 1 : 0; }
    QAccessibleInterface *child(int index) const override
    {
        return index == 0 && comboBox()->view() ? QAccessible::queryAccessibleInterface(comboBox()->view()) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return child && comboBox()->view() && child->object() == comboBox()->view() ? 0 : -1;
    }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return comboBox()->currentText();
        QString text = QAccessibleWidget::text(t); // the accessible name, else the buddy label's text
        if (t == QAccessible::Name && text.isEmpty())
            text = comboBox()->currentText();
        return text;
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        const bool open = comboBox()->view() && comboBox()->view()->isVisible();
        state.expandable = true;
        state.expanded = open;
        state.collapsed = !open;
        return state;
    }

    QStringList actionNames() const override
    {
        return QStringList{showMenuAction(), pressAction()} + QAccessibleWidget::actionNames();
    }
    void doAction(const QString &action) override
    {
        if (action == showMenuAction() || action == pressAction())
            comboBox()->showPopup();
        else
            QAccessibleWidget::doAction(action);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }
};

QAccessibleInterface *workbenchAccessibleFactory(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    if (QAccessibleInterface *radar = radarAccessibleFactory(className, object))
        return radar;
    if (className == QLatin1String("QComboBox")) {
        auto *combo = qobject_cast<QComboBox *>(object);
        if (combo && !combo->isEditable())
            return new ComboBoxAccessible(combo);
    }
    return nullptr;
}
} // namespace

void installAccessibleInterfaces()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    // Factories installed later are asked first, so this one comes before the one Qt Widgets installs.
    QAccessible::installFactory(workbenchAccessibleFactory);
}

void enableClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    const QString field = edit->accessibleName();
    const QString name = field.isEmpty() ? tr("Clear the text") : tr("Clear %1").arg(field);
    // Qt adds the button (a QToolButton showing the clear action) when the clear button is enabled.
    for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        if (button->defaultAction() &&
            button->defaultAction()->objectName() == QLatin1String("_q_qlineeditclearaction")) {
            button->setAccessibleName(name);
            button->setToolTip(name);
        }
    }
}

QString screenReaderText(const QString &html)
{
    QString text = Qt::mightBeRichText(html) ? QTextDocumentFragment::fromHtml(html).toPlainText() : html;
    text.remove(QChar(0x25A0)); // ■, the colour swatch
    return text.simplified();
}

void nameFromRichText(QLabel *label)
{
    label->setAccessibleName(screenReaderText(label->text()));
}

} // namespace splitbench::gui
