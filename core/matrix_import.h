// Reading a provider's responsibility matrix (a spreadsheet or CSV table) into a model's responsibilities: the
// columns are recognised by their headers, the rows matched to the catalogue's activities, and everything that
// did not match exactly is reported (docs/matrix-import.md).
#pragma once

#include "catalogue.h"
#include "load_error.h"
#include "profile.h"
#include "sheet_table.h"

#include <QDate>
#include <QString>

#include <vector>

namespace splitbench {

/// What a column of a matrix holds, recognised from its header in English or German.
enum class MatrixField {
    Dimension,
    Activity,
    ActivityId,
    Owner,
    ProviderShare,
    InternalShare,
    ProviderRaci,  ///< The provider's letters in one cell ("RA").
    InternalRaci,  ///< The in-house team's letters in one cell.
    ProviderLetter, ///< One of the provider's letters, marked with x, yes or the letter (MatrixColumn::letter).
    InternalLetter,
    RoleParties,   ///< A letter's column naming the parties that hold it ("Provider", "Client", "Both").
};

struct MatrixColumn {
    int column = -1;
    MatrixField field = MatrixField::Activity;
    QChar letter; ///< R, A, C or I for the letter and role columns.
};

/// One model's matrix found in a file: a sheet (or one model's columns of a side-by-side sheet).
struct MatrixCandidate {
    int sheet = 0;
    int headerRow = 0;
    /// The model's name: the prefix its columns share ("Co-managed: owner"), the group heading above them, or
    /// the sheet's name.
    QString name;
    std::vector<MatrixColumn> columns;

    [[nodiscard]] int columnOf(MatrixField field) const;
};

/// The matrices in `sheets` that can be imported: each needs an activity column and at least one column of
/// who does it. Sheets without one (a summary, a cost sheet) are passed over.
[[nodiscard]] std::vector<MatrixCandidate> findMatrices(const std::vector<SheetTable> &sheets);

/// The candidate whose name or sheet name is `wanted` (ignoring case), or whose name is the name of the model
/// with id `wanted` in `catalogue`; -1 when none is.
[[nodiscard]] int findCandidate(const std::vector<MatrixCandidate> &candidates,
                                const std::vector<SheetTable> &sheets, const Catalogue &catalogue,
                                const QString &wanted);

/// A row of the sheet and the activity it was read into.
struct MatchedRow {
    int row = -1;        ///< Index into the sheet's rows.
    QString text;        ///< The activity as the sheet names it.
    ActivityPosition at;
    double similarity = 1; ///< 1 for an exact match (id or name); below 1 for a guess.
};

/// A row of the sheet that became no activity, and why.
struct ExtraRow {
    int row = -1;
    QString text;
    QString reason;
};

/// A cell that could not be read, or a split that had to be adjusted: the activity keeps the value shown.
struct CellProblem {
    int row = -1;    ///< -1 for the sheet as a whole (a column it does not have).
    int column = -1; ///< -1 for the row as a whole.
    QString message;
};

struct MatrixImport {
    QString name;     ///< The candidate's name.
    QString basedOn;  ///< Id of the built-in model the missing activities were taken from.
    std::vector<std::vector<Responsibility>> responsibilities; ///< [dimension][activity], complete and valid.
    std::vector<MatchedRow> exact;
    std::vector<MatchedRow> guessed;
    std::vector<ExtraRow> extra;
    std::vector<ActivityPosition> missing;
    std::vector<CellProblem> problems;

    /// Every activity came from a row that matched exactly, and every cell was read as it stands.
    [[nodiscard]] bool isExact() const { return guessed.empty() && extra.empty() && missing.empty() && problems.empty(); }
};

/// How alike two activity names are, 0..1, after folding case, accents, punctuation and "&"/"and": the better
/// of an edit-distance ratio and the share of words in common.
[[nodiscard]] double nameSimilarity(const QString &a, const QString &b);
/// A guess needs at least this similarity.
inline constexpr double kGuessThreshold = 0.75;

/// Reads `candidate` out of `sheets` against `catalogue` (its built-in models come first, as Catalogue keeps
/// them). Activities are matched by id (an id column or "dimension.activity" in the activity column), then by
/// name in the catalogue's language or in any of `otherLanguages` (catalogues with the same ids), then by the
/// most similar name (nameSimilarity() ≥ kGuessThreshold). Activities no row matched take the split of the
/// built-in model closest to the sheet (the smallest sum of share differences). Values a row leaves out are taken from that model
/// too and reported. `fileLabel` names the file in the returned error (a candidate that names no activity).
[[nodiscard]] Loaded<MatrixImport> importMatrix(const Catalogue &catalogue,
                                                const std::vector<const Catalogue *> &otherLanguages,
                                                const std::vector<SheetTable> &sheets,
                                                const MatrixCandidate &candidate, const QString &fileLabel);

// --- From an import to a profile's custom model: splitbench-cli import-matrix and the workbench's File ▸ Import
// Proposal… both go through these.

/// The catalogues whose activity names a sheet may use besides the profile's own: the built-in catalogue in
/// every language it ships (a German sheet matches an English profile).
[[nodiscard]] std::vector<const Catalogue *> builtInNameCatalogues();
/// A model id `catalogue` does not use yet: the name's letters and digits ("Acme IT" → "acme_it"), or
/// "imported_…", numbered when taken.
[[nodiscard]] QString newModelId(const QString &name, const Catalogue &catalogue);
/// `name` trimmed and cut to CustomModel::kMaxNameLength, numbered ("Acme IT (2)") while one of `catalogue`'s
/// models has that name (ignoring case).
[[nodiscard]] QString uniqueModelName(const QString &name, const Catalogue &catalogue);
/// Why `name` (trimmed) cannot name a new model of `catalogue`: empty, longer than CustomModel::kMaxNameLength,
/// or the name of one of its models (ignoring case); an empty string when it can.
[[nodiscard]] QString modelNameProblem(const QString &name, const Catalogue &catalogue);
/// The custom model `imported` becomes, called `name` (trimmed): a copy of the built-in model it was based on
/// with the sheet's responsibilities, a new id, and the sheet's file name (without its folder) and `day` as
/// its source.
[[nodiscard]] CustomModel importedModel(const Catalogue &catalogue, const MatrixImport &imported,
                                        const QString &name, const QString &sheetPath, QDate day);

} // namespace splitbench
