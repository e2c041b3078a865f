// Item delegate that paints cell text from a cache of laid-out QStaticText, for views repainted on every slider step.
#pragma once

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace splitbench::gui {

/// Paints like QStyledItemDelegate (background, selection, focus, font, colour, alignment, elision at the right)
/// but keeps the shaped text of each (text, font, width) it has drawn. The fit table repaints about a hundred
/// cells per slider step, and shaping their text again each time was most of the step's cost.
class StaticTextDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const QStaticText &laidOut(const QString &text, const QFont &font, int width) const;

    mutable QHash<QString, QStaticText> m_cache;
};

} // namespace splitbench::gui
