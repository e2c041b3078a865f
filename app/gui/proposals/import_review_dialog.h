// File ▸ Import Proposal…'s review: what a provider's responsibility matrix will become before anything changes
// (which matrix of the file, the new model's name, and every row that did not match exactly).
#pragma once

#include "catalogue.h"
#include "matrix_import.h"
#include "profile.h"
#include "sheet_table.h"

#include <QDate>
#include <QDialog>
#include <QStringList>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace splitbench::gui {

/// Shows the import of one of `candidates` (the first at the start) and lets the user pick another, name the
/// model, and import or cancel. The profile is not touched here: model() is what the caller adds on Import.
class ImportReviewDialog final : public QDialog {
    Q_OBJECT
public:
    /// The groups of the details, in the order shown.
    enum class Kind { Guessed, Extra, Missing, Problem, Exact };

    /// `catalogue` is the profile's (built-in models first, then its custom models); `candidates` are
    /// findMatrices(sheets) (at least one); `filePath` names the file; `notes` say how it was read.
    ImportReviewDialog(const Catalogue &catalogue, std::vector<SheetTable> sheets,
                       std::vector<MatrixCandidate> candidates, const QString &filePath, const QStringList &notes,
                       QWidget *parent = nullptr);
    ~ImportReviewDialog() override;

    [[nodiscard]] QComboBox *matrixCombo() const { return m_matrix; }
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QLabel *nameProblemLabel() const { return m_nameProblem; }
    [[nodiscard]] QTreeView *detailsView() const { return m_details; }
    [[nodiscard]] QStandardItemModel *detailsModel() const { return m_model; }
    [[nodiscard]] QPushButton *importButton() const { return m_import; }

    /// The index of the chosen matrix in the candidates.
    [[nodiscard]] int chosenMatrix() const;
    /// The chosen matrix as importMatrix() read it; nullopt when it could not be read (importError() says why).
    [[nodiscard]] const std::optional<MatrixImport> &currentImport() const { return m_import_; }
    [[nodiscard]] QString importError() const { return m_error; }
    /// Why the name cannot be used (empty, too long, taken), or an empty string.
    [[nodiscard]] QString nameProblem() const;
    /// The model Import adds: the chosen matrix under the entered name, with the file as its source.
    [[nodiscard]] CustomModel model(QDate day = QDate::currentDate()) const;
    /// The summary in plain words ("78 activities matched exactly, 3 guessed, …").
    [[nodiscard]] static QString summaryText(const MatrixImport &imported, const Catalogue &catalogue);

private:
    void chooseMatrix(int index);
    void fillDetails();
    void checkName();

    Catalogue m_catalogue;
    std::vector<SheetTable> m_sheets;
    std::vector<MatrixCandidate> m_candidates;
    QString m_filePath;
    std::optional<MatrixImport> m_import_;
    QString m_error;

    QComboBox *m_matrix = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameProblem = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_details = nullptr;
    QStandardItemModel *m_model = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace splitbench::gui
