#include "static_text_delegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QtMath>

namespace splitbench::gui {

namespace {

// Cell texts are short and few (dimension names, numbers with one decimal), so the cache stays small; the cap only
// guards against a view that shows ever-new text.
constexpr qsizetype kMaxCachedTexts = 4096;

} // namespace

void StaticTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.text.isEmpty() || !opt.icon.isNull() || (opt.features & QStyleOptionViewItem::HasCheckIndicator) ||
        (opt.features & QStyleOptionViewItem::WrapText)) {
        QStyledItemDelegate::paint(painter, option, index); // not the simple one-line case this delegate is for
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection and focus only

    // The same text rectangle and margin as QCommonStyle uses for item text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;
    const QStaticText &laid = laidOut(text, opt.font, textRect.width());

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                             : QPalette::Inactive;
    const QPalette::ColorRole role = (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    const QSizeF size = laid.size();
    const QRect placed = QStyle::alignedRect(opt.direction, opt.displayAlignment,
                                             QSize(qCeil(size.width()), qCeil(size.height())), textRect);

    painter->save();
    painter->setClipRect(textRect);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, role));
    painter->drawStaticText(placed.topLeft(), laid);
    painter->restore();
}

const QStaticText &StaticTextDelegate::laidOut(const QString &text, const QFont &font, int width) const
{
    // Measuring the text would shape it, which is what the cache avoids; so the width is part of the key.
    const QString key = font.key() + u'\x1f' + QString::number(width) + u'\x1f' + text;
    auto found = m_cache.constFind(key);
    if (found != m_cache.constEnd())
        return *found;
    if (m_cache.size() >= kMaxCachedTexts)
        m_cache.clear();
    QStaticText laid(QFontMetrics(font).elidedText(text, Qt::ElideRight, width));
    laid.setTextFormat(Qt::PlainText);
    laid.setPerformanceHint(QStaticText::AggressiveCaching);
    return *m_cache.insert(key, laid);
}

} // namespace splitbench::gui
