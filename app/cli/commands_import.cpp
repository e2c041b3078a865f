// splitbench-cli import-matrix: a provider's responsibility matrix (XLSX or CSV) added to a profile as a custom
// model, with what matched, what was guessed, what is extra and what is missing (docs/matrix-import.md).
#include "cli_app.h"
#include "cli_command.h"
#include "csv_reader.h"
#include "matrix_import.h"
#include "profile.h"
#include "sheet_file.h"
#include "text_escape.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace splitbench::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::cli", text);
}

/// What the import found, for people: one line per row that did not match exactly, then the missing activities.
QString importSummary(const MatrixImport &imported, const Catalogue &catalogue, const QString &sheetFile)
{
    QString out;
    QTextStream s(&out);
    int activities = 0;
    for (const auto &dimension : imported.responsibilities)
        activities += static_cast<int>(dimension.size());
    s << tr("Imported “%1” from %2: %3 of %4 activities matched exactly.")
             .arg(imported.name, QFileInfo(sheetFile).fileName(), QString::number(imported.exact.size()),
                  QString::number(activities))
      << '\n';
    if (!imported.guessed.empty()) {
        s << '\n' << tr("Guessed (check these):") << '\n';
        for (const MatchedRow &row : imported.guessed)
            s << "  " << tr("row %1: “%2” read as %3 (%4 % alike)")
                             .arg(QString::number(row.row + 1), row.text, catalogue.activityTitle(row.at),
                                  QString::number(qRound(row.similarity * 100)))
              << '\n';
    }
    if (!imported.extra.empty()) {
        s << '\n' << tr("Extra rows (not imported):") << '\n';
        for (const ExtraRow &row : imported.extra)
            s << "  " << tr("row %1: “%2”: %3").arg(QString::number(row.row + 1), row.text, row.reason) << '\n';
    }
    if (!imported.missing.empty()) {
        s << '\n' << tr("Missing (taken from %1):").arg(catalogue.models[static_cast<size_t>(catalogue.modelIndex(imported.basedOn))].name) << '\n';
        for (const ActivityPosition &at : imported.missing)
            s << "  " << catalogue.activityTitle(at) << '\n';
    }
    if (!imported.problems.empty()) {
        s << '\n' << tr("Cells read with a change:") << '\n';
        for (const CellProblem &problem : imported.problems)
            s << "  "
              << (problem.row < 0      ? problem.message
                  : problem.column >= 0 ? tr("row %1, column %2: %3")
                                              .arg(QString::number(problem.row + 1), columnLetters(problem.column),
                                                   problem.message)
                                        : tr("row %1: %2").arg(QString::number(problem.row + 1), problem.message))
              << '\n';
    }
    return out;
}

int runImportMatrix(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(tr("error: import-matrix needs exactly one sheet (an .xlsx or .csv file)"));
        return UsageError;
    }
    const QString sheetPath = positional.front();
    if (!parser.isSet(QStringLiteral("profile")) || !parser.isSet(outputOption())) {
        printError(tr("error: import-matrix needs --profile FILE (the profile to add the model to) and --output FILE"));
        return UsageError;
    }
    if (!outputsAreNotInputs({parser.value(outputOption())}, inputFiles(parser, {parser.value(QStringLiteral("profile")), sheetPath})))
        return UsageError;
    std::optional<Catalogue> base;
    Profile profile;
    if (const int exitCode = loadCatalogueAndProfile(parser, base, profile); exitCode != Success)
        return exitCode;
    if (static_cast<int>(profile.customModels.size()) >= kMaxCustomModels) {
        printError(tr("error: %1 already has %2 custom models, the most a profile holds; remove one first")
                       .arg(parser.value(QStringLiteral("profile")), QString::number(kMaxCustomModels)));
        return UsageError;
    }

    const Loaded<sheets::SheetFile> file = sheets::readSheetFile(sheetPath);
    if (!file) {
        printLoadError(file.error());
        return InvalidInput;
    }
    for (const QString &note : file.value().notes)
        printError(tr("note: %1: %2").arg(sheetPath, note));
    const std::vector<SheetTable> &tables = file.value().sheets;
    const std::vector<MatrixCandidate> candidates = findMatrices(tables);
    if (candidates.empty()) {
        printError(tr("error: %1: no sheet has a responsibility matrix (a column of activities and columns of who does "
                      "them: owner, provider share, or RACI letters per party)")
                       .arg(sheetPath));
        return InvalidInput;
    }
    const Catalogue catalogue = withCustomModels(*base, profile.customModels);
    QStringList names;
    for (const MatrixCandidate &candidate : candidates)
        if (!names.contains(candidate.name))
            names << candidate.name;
    int chosen = 0;
    if (parser.isSet(QStringLiteral("from"))) {
        chosen = findCandidate(candidates, tables, catalogue, parser.value(QStringLiteral("from")));
        if (chosen < 0) {
            printError(tr("error: --from: %1 holds no model “%2”; it holds %3")
                           .arg(sheetPath, parser.value(QStringLiteral("from")).left(64), names.join(tr(", "))));
            return UsageError;
        }
    } else if (names.size() > 1) {
        printError(tr("error: %1 holds several models (%2); pick one with --from NAME").arg(sheetPath, names.join(tr(", "))));
        return UsageError;
    }

    // The built-in catalogue's names in every language it ships, so a German sheet matches an English profile.
    std::vector<const Catalogue *> otherLanguages;
    if (!parser.isSet(catalogueOption()))
        otherLanguages = builtInNameCatalogues();
    const Loaded<MatrixImport> imported =
        importMatrix(catalogue, otherLanguages, tables, candidates[static_cast<size_t>(chosen)], sheetPath);
    if (!imported) {
        printLoadError(imported.error());
        return InvalidInput;
    }

    const QString name = (parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : imported.value().name)
                             .trimmed()
                             .left(CustomModel::kMaxNameLength);
    if (name.isEmpty()) {
        printError(tr("error: the imported model needs a name: give one with --name"));
        return UsageError;
    }
    for (const ServiceModel &model : catalogue.models) {
        if (model.name.compare(name, Qt::CaseInsensitive) == 0) {
            printError(tr("error: %1 already has a model called “%2”; give the import another name with --name")
                           .arg(parser.value(QStringLiteral("profile")), name));
            return UsageError;
        }
    }
    profile.customModels.push_back(importedModel(catalogue, imported.value(), name, sheetPath, QDate::currentDate()));
    if (const int exitCode = writeOutput(profile.toJson(*base), parser.value(outputOption())); exitCode != Success)
        return exitCode;

    const QString summary = importSummary(imported.value(), catalogue, sheetPath);
    std::fputs(escapeControlCharacters(summary, KeepLayout::LineBreaksAndTabs).toLocal8Bit().constData(),
               parser.value(outputOption()) == QStringLiteral("-") ? stderr : stdout);
    return imported.value().isExact() ? Success : ImportedWithDifferences;
}

} // namespace

Command importMatrixCommand()
{
    return {QStringLiteral("import-matrix"),
            tr("Add a provider's responsibility matrix (XLSX or CSV) to a profile as a custom model."),
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("sheet"), tr("The matrix: an .xlsx workbook or a .csv file."));
                p.addOption({QStringLiteral("profile"), tr("The profile to add the model to (*.splitbench.json)."),
                             tr("file")});
                p.addOption({QStringLiteral("from"),
                             tr("The model to take when the sheet holds several (its id or name, or a sheet's name)."),
                             tr("model")});
                p.addOption({QStringLiteral("name"), tr("The new model's name (default: the name in the sheet)."),
                             tr("name")});
                p.addOption(catalogueOption());
                p.addOption(outputOption());
            },
            runImportMatrix, true};
}

} // namespace splitbench::cli
