#include "import_review_dialog.h"

#include "csv_reader.h"
#include "display_text.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace splitbench::gui {

namespace {
QString basedOnName(const Catalogue &catalogue, const MatrixImport &imported)
{
    const int model = catalogue.modelIndex(imported.basedOn);
    return model >= 0 ? catalogue.models[static_cast<size_t>(model)].name : imported.basedOn;
}

QStandardItem *cell(const QString &text)
{
    // A sheet's cell may hold line breaks, tabs or other control characters and up to 4,000 characters: one
    // line in the list, cut short there and whole enough in the tooltip.
    QString line = text;
    for (QChar &c : line)
        if (c.category() == QChar::Other_Control)
            c = u' ';
    auto *item = new QStandardItem(shortName(line, 160));
    item->setEditable(false);
    item->setToolTip(shortName(line, 1000));
    if (text.isEmpty()) // a screen reader names every cell, an empty one too
        item->setAccessibleText(QCoreApplication::translate("splitbench::gui::ImportReviewDialog", "empty"));
    return item;
}
} // namespace

ImportReviewDialog::ImportReviewDialog(const Catalogue &catalogue, std::vector<SheetTable> sheets,
                                       std::vector<MatrixCandidate> candidates, const QString &filePath,
                                       const QStringList &notes, QWidget *parent)
    : QDialog(parent), m_catalogue(catalogue), m_sheets(std::move(sheets)), m_candidates(std::move(candidates)),
      m_filePath(filePath)
{
    setObjectName(QStringLiteral("importReviewDialog"));
    setWindowTitle(tr("Import Proposal: %1").arg(QFileInfo(filePath).fileName()));

    auto *intro = new QLabel(tr("Check what the proposal's matrix becomes before it is added to the profile. "
                                "Nothing changes until you choose Import."),
                             this);
    intro->setWordWrap(true);

    m_matrix = new QComboBox(this);
    m_matrix->setObjectName(QStringLiteral("matrixCombo"));
    m_matrix->setAccessibleName(tr("Matrix to import"));
    for (const MatrixCandidate &candidate : m_candidates) {
        const QString sheetName = m_sheets[static_cast<size_t>(candidate.sheet)].name;
        m_matrix->addItem(candidate.name == sheetName || sheetName.isEmpty()
                              ? candidate.name
                              : tr("%1 (sheet “%2”)").arg(candidate.name, sheetName));
    }
    m_matrix->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_matrix->setMinimumContentsLength(24);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("importNameEdit"));
    m_name->setAccessibleName(tr("Name of the new model"));
    m_name->setMaxLength(CustomModel::kMaxNameLength + 1); // one more, so an overlong paste is refused, not cut
    m_nameProblem = new QLabel(this);
    m_nameProblem->setObjectName(QStringLiteral("importNameProblem"));
    m_nameProblem->setWordWrap(true);
    m_nameProblem->setTextFormat(Qt::PlainText);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Summary of the import"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    auto *notesLabel = new QLabel(this);
    notesLabel->setObjectName(QStringLiteral("importNotes"));
    notesLabel->setWordWrap(true);
    notesLabel->setTextFormat(Qt::PlainText);
    notesLabel->setText(notes.join(u'\n'));
    notesLabel->setVisible(!notes.isEmpty());
    notesLabel->setForegroundRole(QPalette::PlaceholderText);

    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("Row or cell"), tr("In the sheet"), tr("Read as"), tr("Note")});
    m_details = new QTreeView(this);
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setAccessibleName(tr("What the import found"));
    m_details->setModel(m_model);
    m_details->setUniformRowHeights(true); // a cut text shows whole in its tooltip
    m_details->setAlternatingRowColors(true);
    m_details->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_details->header()->setStretchLastSection(true);
    m_details->setTextElideMode(Qt::ElideRight);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *matrixLabel = new QLabel(tr("&Matrix:"), this);
    matrixLabel->setBuddy(m_matrix);
    form->addRow(matrixLabel, m_matrix);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameProblem);
    // One matrix: the combo says which, but there is nothing to choose.
    m_matrix->setEnabled(m_candidates.size() > 1);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_import->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(notesLabel);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);

    connect(m_matrix, &QComboBox::currentIndexChanged, this, &ImportReviewDialog::chooseMatrix);
    connect(m_name, &QLineEdit::textChanged, this, &ImportReviewDialog::checkName);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_name->setProperty("edited", true); });
    chooseMatrix(0);
    resize(860, 560);
}

ImportReviewDialog::~ImportReviewDialog() = default;

int ImportReviewDialog::chosenMatrix() const
{
    return std::max(0, m_matrix->currentIndex());
}

void ImportReviewDialog::chooseMatrix(int index)
{
    if (index < 0 || index >= static_cast<int>(m_candidates.size()))
        return;
    const MatrixCandidate &candidate = m_candidates[static_cast<size_t>(index)];
    Loaded<MatrixImport> imported =
        importMatrix(m_catalogue, builtInNameCatalogues(), m_sheets, candidate, QFileInfo(m_filePath).fileName());
    if (imported) {
        m_import_ = std::move(imported).value();
        m_error.clear();
        m_summary->setText(summaryText(*m_import_, m_catalogue));
    } else {
        m_import_.reset();
        m_error = imported.error().toString();
        m_summary->setText(m_error);
    }
    // The name follows the matrix until the user types one.
    if (!m_name->property("edited").toBool())
        m_name->setText(uniqueModelName(candidate.name, m_catalogue));
    fillDetails();
    checkName();
}

QString ImportReviewDialog::summaryText(const MatrixImport &imported, const Catalogue &catalogue)
{
    QStringList parts;
    parts << tr("%n activity(s) matched exactly", nullptr, static_cast<int>(imported.exact.size()));
    if (!imported.guessed.empty())
        parts << tr("%n row(s) guessed", nullptr, static_cast<int>(imported.guessed.size()));
    if (!imported.extra.empty())
        parts << tr("%n extra row(s)", nullptr, static_cast<int>(imported.extra.size()));
    if (!imported.missing.empty())
        parts << tr("%n activity(s) missing: taken from %1", nullptr, static_cast<int>(imported.missing.size()))
                     .arg(basedOnName(catalogue, imported));
    if (!imported.problems.empty())
        parts << tr("%n cell(s) read with a change", nullptr, static_cast<int>(imported.problems.size()));
    QString text = parts.join(tr(", ")) + u'.';
    if (imported.isExact())
        text += u' ' + tr("Every activity matched exactly.");
    return text;
}

void ImportReviewDialog::fillDetails()
{
    m_model->removeRows(0, m_model->rowCount());
    if (!m_import_)
        return;
    const MatrixImport &imported = *m_import_;
    QStyle *style = this->style();
    const auto group = [&](Kind kind, const QString &title, QStyle::StandardPixmap icon, int count) {
        auto *item = new QStandardItem(style->standardIcon(icon), QStringLiteral("%1 (%2)").arg(title, QString::number(count)));
        item->setEditable(false);
        item->setData(static_cast<int>(kind), Qt::UserRole);
        item->setAccessibleText(item->text());
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        m_model->appendRow({item, cell({}), cell({}), cell({})});
        return item;
    };
    const auto rowText = [](int row) { return tr("Row %1").arg(row + 1); };

    if (!imported.guessed.empty()) {
        QStandardItem *parent = group(Kind::Guessed, tr("Guessed: check these"), QStyle::SP_MessageBoxWarning,
                                      static_cast<int>(imported.guessed.size()));
        for (const MatchedRow &row : imported.guessed)
            parent->appendRow({cell(rowText(row.row)), cell(row.text), cell(m_catalogue.activityTitle(row.at)),
                               cell(tr("%1 % alike").arg(qRound(row.similarity * 100)))});
    }
    if (!imported.extra.empty()) {
        QStandardItem *parent = group(Kind::Extra, tr("Extra rows: not imported"), QStyle::SP_MessageBoxCritical,
                                      static_cast<int>(imported.extra.size()));
        for (const ExtraRow &row : imported.extra)
            parent->appendRow({cell(rowText(row.row)), cell(row.text), cell(tr("(not imported)")), cell(row.reason)});
    }
    if (!imported.missing.empty()) {
        const QString from = basedOnName(m_catalogue, imported);
        QStandardItem *parent = group(Kind::Missing, tr("Missing: taken from %1").arg(from),
                                      QStyle::SP_MessageBoxInformation, static_cast<int>(imported.missing.size()));
        for (const ActivityPosition &at : imported.missing)
            parent->appendRow({cell(tr("(no row)")), cell({}), cell(m_catalogue.activityTitle(at)),
                               cell(tr("taken from %1").arg(from))});
    }
    if (!imported.problems.empty()) {
        QStandardItem *parent = group(Kind::Problem, tr("Cells read with a change"), QStyle::SP_MessageBoxWarning,
                                      static_cast<int>(imported.problems.size()));
        for (const CellProblem &problem : imported.problems) {
            const QString where = problem.row < 0      ? tr("Sheet")
                                  : problem.column < 0 ? rowText(problem.row)
                                                       : columnLetters(problem.column) + QString::number(problem.row + 1);
            parent->appendRow({cell(where), cell({}), cell({}), cell(problem.message)});
        }
    }
    QStandardItem *exact = group(Kind::Exact, tr("Matched exactly"), QStyle::SP_DialogApplyButton,
                                 static_cast<int>(imported.exact.size()));
    for (const MatchedRow &row : imported.exact)
        exact->appendRow({cell(rowText(row.row)), cell(row.text), cell(m_catalogue.activityTitle(row.at)), cell({})});

    // A group's title spans the row, so it is never cut short by the narrow first column.
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_details->setFirstColumnSpanned(r, QModelIndex(), true);
    m_details->expandAll();
    m_details->collapse(exact->index()); // the long list of what is fine stays folded
    QHeaderView *header = m_details->header();
    for (int column = 0; column < 3; ++column) {
        m_details->resizeColumnToContents(column);
        header->resizeSection(column, std::clamp(header->sectionSize(column), 90, column == 0 ? 140 : 340));
    }
}

QString ImportReviewDialog::nameProblem() const
{
    return modelNameProblem(m_name->text(), m_catalogue);
}

void ImportReviewDialog::checkName()
{
    const QString problem = nameProblem();
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    m_name->setToolTip(problem);
    m_import->setEnabled(problem.isEmpty() && m_import_.has_value());
}

CustomModel ImportReviewDialog::model(QDate day) const
{
    if (!m_import_)
        return {};
    return importedModel(m_catalogue, *m_import_, m_name->text(), m_filePath, day);
}

} // namespace splitbench::gui
