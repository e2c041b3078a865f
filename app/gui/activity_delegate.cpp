#include "activity_delegate.h"

#include "models/activity_table_model.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpressionValidator>

namespace splitbench::gui {

namespace {
constexpr int kChipHorizontalPadding = 8;
constexpr int kChipVerticalMargin = 3;
} // namespace

void ActivityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != ActivityTableModel::OwnerColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as usual, then the chip in place of the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto owner = static_cast<Owner>(index.data(ActivityTableModel::OwnerRole).toInt());
    const QPalette &palette = option.palette;
    const QFontMetrics metrics(opt.font);
    const int width = std::min(metrics.horizontalAdvance(text) + 2 * kChipHorizontalPadding, opt.rect.width() - 4);
    const int height = std::min(metrics.height() + 4, opt.rect.height() - 2 * kChipVerticalMargin);
    const QRectF chip(opt.rect.left() + 3, opt.rect.center().y() - height / 2.0 + 0.5, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ownerChipColor(owner, palette));
    painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
    painter->setPen(ownerChipTextColor(owner, palette));
    painter->setFont(opt.font);
    painter->drawText(chip, Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, width - 2 * kChipHorizontalPadding + 2));
    painter->restore();
}

QSize ActivityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == ActivityTableModel::OwnerColumn)
        size.rwidth() += 2 * kChipHorizontalPadding + 6;
    return size;
}

QWidget *ActivityDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    switch (index.column()) {
    case ActivityTableModel::OwnerColumn: {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Owner"));
        for (const Owner owner : {Owner::Provider, Owner::Internal, Owner::Shared})
            combo->addItem(ownerDisplayName(owner), static_cast<int>(owner));
        return combo;
    }
    case ActivityTableModel::ShareColumn: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setAccessibleName(tr("Provider share"));
        spin->setRange(0, 100);
        spin->setDecimals(1);
        spin->setSingleStep(5);
        spin->setSuffix(tr("%"));
        return spin;
    }
    case ActivityTableModel::ProviderRaciColumn:
    case ActivityTableModel::InternalRaciColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setAccessibleName(index.column() == ActivityTableModel::ProviderRaciColumn ? tr("Provider RACI letters")
                                                                                         : tr("Internal RACI letters"));
        edit->setToolTip(tr("Any of R (Responsible), A (Accountable), C (Consulted), I (Informed)"));
        edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[RrAaCcIi]{0,4}")), edit));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ActivityDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toDouble());
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ActivityDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        model->setData(index, spin->value(), Qt::EditRole);
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        model->setData(index, edit->text().toUpper(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace splitbench::gui
