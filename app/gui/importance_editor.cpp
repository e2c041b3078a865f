#include "importance_editor.h"

#include "models/importance_model.h"
#include "profile_document.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace splitbench::gui {

namespace {
/// Spin box limited to the range core accepts, in steps a person would choose.
class ImportanceDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0, Profile::kMaxImportance);
        spin->setSingleStep(0.5);
        spin->setDecimals(2);
        spin->setAccessibleName(QCoreApplication::translate("splitbench::gui::ImportanceEditor", "Importance"));
        return spin;
    }
};
} // namespace

ImportanceEditor::ImportanceEditor(ProfileDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ImportanceModel(document, this)), m_view(new QTableView(this))
{
    auto *intro = new QLabel(tr("How much each dimension counts in the overall fit: 0 ignores it, 1 is normal, "
                                "2 counts it twice."),
                             this);
    intro->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("importanceView"));
    m_view->setAccessibleName(tr("Importance of each dimension"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ImportanceModel::ImportanceColumn, new ImportanceDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move between cells
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // The dock is narrow: a long dimension name wraps onto a second line rather than being cut.
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ImportanceModel::DimensionColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ImportanceModel::ImportanceColumn, QHeaderView::ResizeToContents);
    m_view->setAlternatingRowColors(true);
    m_view->setCurrentIndex(m_model->index(0, ImportanceModel::ImportanceColumn));

    auto *equal = new QPushButton(tr("E&qual weights"), this);
    equal->setObjectName(QStringLiteral("equalWeightsButton"));
    equal->setAccessibleName(tr("Set all importance weights to 1"));
    connect(equal, &QPushButton::clicked, this, [this] {
        // A participant's view when one is edited: the equal weights are theirs.
        const int edited = m_document->editedParticipant();
        Profile content = edited >= 0 ? participantView(m_document->profile(), edited) : m_document->profile();
        content.importance.assign(content.importance.size(), 1.0);
        m_document->replaceContent(content, tr("Equal importance weights"));
    });
    connect(m_model, &ImportanceModel::editRefused, this, &ImportanceEditor::message);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(equal, 0, Qt::AlignRight);
}

} // namespace splitbench::gui
