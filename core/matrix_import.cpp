#include "matrix_import.h"

#include "csv_reader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

namespace splitbench {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("splitbench", text); }

/// Lower case without accents; "&" reads "and"; everything else that is not a letter or digit is a space.
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber())
            out.append(c.toLower());
        else if (c == u'&')
            out.append(QStringLiteral(" and "));
        else
            out.append(u' ');
    }
    return out.simplified();
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(static_cast<size_t>(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitute = previous[static_cast<size_t>(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[static_cast<size_t>(j)] =
                std::min({previous[static_cast<size_t>(j)] + 1, current[static_cast<size_t>(j - 1)] + 1, substitute});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

// --- Headers ---------------------------------------------------------------------------------------------------

enum class Party { None, Provider, Internal };

/// The words a header may use, folded (folded()); several languages side by side.
const QSet<QString> kDimensionWords{QStringLiteral("dimension"), QStringLiteral("area"), QStringLiteral("bereich"),
                                    QStringLiteral("category"), QStringLiteral("kategorie"), QStringLiteral("name")};
const QSet<QString> kActivityWords{QStringLiteral("activity"), QStringLiteral("activities"), QStringLiteral("task"),
                                   QStringLiteral("tasks"), QStringLiteral("service"), QStringLiteral("item"),
                                   QStringLiteral("tatigkeit"), QStringLiteral("tatigkeiten"), QStringLiteral("aufgabe"),
                                   QStringLiteral("aktivitat"), QStringLiteral("leistung"), QStringLiteral("name")};
const QSet<QString> kOwnerWords{QStringLiteral("owner"), QStringLiteral("owned"), QStringLiteral("by"),
                                QStringLiteral("ownership"), QStringLiteral("zustandig"),
                                QStringLiteral("zustandigkeit"), QStringLiteral("verantwortung"),
                                QStringLiteral("eigentumer")};
const QSet<QString> kProviderWords{QStringLiteral("provider"), QStringLiteral("msp"), QStringLiteral("dienstleister"),
                                   QStringLiteral("anbieter"), QStringLiteral("vendor"), QStringLiteral("supplier")};
const QSet<QString> kInternalWords{QStringLiteral("inhouse"), QStringLiteral("internal"), QStringLiteral("intern"),
                                   QStringLiteral("interne"), QStringLiteral("interner"), QStringLiteral("client"),
                                   QStringLiteral("customer"), QStringLiteral("kunde")};
const QSet<QString> kShareWords{QStringLiteral("share"), QStringLiteral("anteil"), QStringLiteral("percentage"),
                                QStringLiteral("percent"), QStringLiteral("prozent")};
const QSet<QString> kRaciWords{QStringLiteral("raci"), QStringLiteral("role"), QStringLiteral("roles"),
                               QStringLiteral("rolle"), QStringLiteral("rollen")};

/// The RACI letter a word stands for, or a null QChar.
QChar letterWord(const QString &word)
{
    static const std::map<QString, QChar> kLetters{
        {QStringLiteral("r"), u'R'},           {QStringLiteral("responsible"), u'R'},
        {QStringLiteral("verantwortlich"), u'R'}, {QStringLiteral("a"), u'A'},
        {QStringLiteral("accountable"), u'A'}, {QStringLiteral("rechenschaftspflichtig"), u'A'},
        {QStringLiteral("c"), u'C'},           {QStringLiteral("consulted"), u'C'},
        {QStringLiteral("konsultiert"), u'C'}, {QStringLiteral("beratend"), u'C'},
        {QStringLiteral("i"), u'I'},           {QStringLiteral("informed"), u'I'},
        {QStringLiteral("informiert"), u'I'}};
    const auto it = kLetters.find(word);
    return it == kLetters.end() ? QChar() : it->second;
}

/// The words of a folded header, with the compounds split: "in house" is one word, "dienstleisteranteil" two.
QStringList headerWords(const QString &header)
{
    QString text = folded(header);
    text.replace(QStringLiteral("in house"), QStringLiteral("inhouse"));
    text.replace(QStringLiteral("interne it"), QStringLiteral("interne"));
    text.replace(QStringLiteral("internal it"), QStringLiteral("internal"));
    QStringList words;
    for (QString word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (word == QStringLiteral("dienstleisteranteil") || word == QStringLiteral("anbieteranteil")) {
            words << QStringLiteral("provider") << QStringLiteral("share");
        } else if (word == QStringLiteral("eigenanteil")) {
            words << QStringLiteral("inhouse") << QStringLiteral("share");
        } else {
            words << word;
        }
    }
    return words;
}

/// What a header names, or nullopt for a column the importer does not read (fit, importance, notes…).
std::optional<MatrixColumn> fieldOfHeader(const QString &header, int column)
{
    const QStringList words = headerWords(header);
    if (words.isEmpty())
        return std::nullopt;
    const bool percent = header.contains(u'%');
    Party party = Party::None;
    bool share = percent;
    bool raci = false;
    bool id = false;
    bool dimension = false;
    bool activity = false;
    bool owner = false;
    QChar letter;
    for (const QString &word : words) {
        if (kProviderWords.contains(word) && party != Party::Internal)
            party = Party::Provider;
        else if (kInternalWords.contains(word) && party != Party::Provider)
            party = Party::Internal;
        else if (kShareWords.contains(word))
            share = true;
        else if (kRaciWords.contains(word))
            raci = true;
        else if (word == QStringLiteral("id"))
            id = true;
        else if (word == QStringLiteral("dimension") || word == QStringLiteral("area") ||
                 word == QStringLiteral("bereich") || word == QStringLiteral("category") ||
                 word == QStringLiteral("kategorie"))
            dimension = true;
        else if (kActivityWords.contains(word))
            activity = true;
        else if (kOwnerWords.contains(word))
            owner = true;
        else if (const QChar l = letterWord(word); !l.isNull() && (letter.isNull() || letter == l))
            letter = l;
        else
            return std::nullopt; // A word the importer does not know: not a column it reads.
    }
    const auto make = [column](MatrixField field, QChar l = {}) { return MatrixColumn{column, field, l}; };
    const int kinds = int(dimension) + int(activity && !dimension) + int(owner) + int(party != Party::None) +
                      int(!letter.isNull() && party == Party::None);
    if (id && (activity || words.size() == 1) && party == Party::None && !owner)
        return make(MatrixField::ActivityId);
    if (kinds != 1 || id)
        return std::nullopt;
    if (dimension)
        return make(MatrixField::Dimension);
    if (activity)
        return make(MatrixField::Activity);
    if (owner)
        return (share || raci || !letter.isNull()) ? std::nullopt : std::optional(make(MatrixField::Owner));
    if (party != Party::None) {
        const bool provider = party == Party::Provider;
        if (share && !raci && letter.isNull())
            return make(provider ? MatrixField::ProviderShare : MatrixField::InternalShare);
        if (!share && !letter.isNull() && !raci)
            return make(provider ? MatrixField::ProviderLetter : MatrixField::InternalLetter, letter);
        if (!share && letter.isNull())
            return make(provider ? MatrixField::ProviderRaci : MatrixField::InternalRaci);
        return std::nullopt;
    }
    if (!letter.isNull() && !share && !raci)
        return make(MatrixField::RoleParties, letter);
    return std::nullopt;
}

bool isWhoField(MatrixField field)
{
    return field != MatrixField::Dimension && field != MatrixField::Activity && field != MatrixField::ActivityId;
}

bool isSharedField(MatrixField field) { return !isWhoField(field); }

/// The candidates of one sheet whose header row is `headerRow`.
std::vector<MatrixCandidate> candidatesOfRow(const std::vector<SheetTable> &sheets, int sheetIndex, int headerRow)
{
    const SheetTable &sheet = sheets[static_cast<size_t>(sheetIndex)];
    const QStringList &header = sheet.rows[static_cast<size_t>(headerRow)];
    std::vector<MatrixColumn> shared;
    // Column groups in the order they first appear: the prefix before ':' ("Co-managed: owner"), or "".
    std::vector<std::pair<QString, std::vector<MatrixColumn>>> groups;
    auto groupFor = [&groups](const QString &name) -> std::vector<MatrixColumn> & {
        for (auto &[groupName, columns] : groups)
            if (groupName == name)
                return columns;
        groups.emplace_back(name, std::vector<MatrixColumn>{});
        return groups.back().second;
    };
    for (int c = 0; c < header.size(); ++c) {
        const QString text = header[c].trimmed();
        QString prefix;
        std::optional<MatrixColumn> field;
        if (const qsizetype colon = text.lastIndexOf(u':'); colon > 0) {
            field = fieldOfHeader(text.mid(colon + 1), c);
            if (field)
                prefix = text.left(colon).trimmed();
        }
        if (!field)
            field = fieldOfHeader(text, c);
        if (!field)
            continue;
        if (prefix.isEmpty() && isSharedField(field->field)) {
            if (std::none_of(shared.begin(), shared.end(),
                             [&](const MatrixColumn &m) { return m.field == field->field; }))
                shared.push_back(*field);
            continue;
        }
        groupFor(prefix).push_back(*field);
    }

    // A side-by-side sheet repeats its columns under a heading row ("Co-managed" over Owner, Share, RACI…): split
    // the unnamed group at the headings of the row above, a merged heading showing only in its first cell.
    for (size_t g = 0; g < groups.size(); ++g) {
        if (!groups[g].first.isEmpty() || headerRow == 0)
            continue;
        auto &columns = groups[g].second;
        QSet<int> seen;
        bool repeats = false;
        for (const MatrixColumn &m : columns) {
            const int key = static_cast<int>(m.field) * 128 + m.letter.unicode() % 128;
            repeats = repeats || seen.contains(key);
            seen.insert(key);
        }
        if (!repeats)
            continue;
        const QStringList &above = sheet.rows[static_cast<size_t>(headerRow - 1)];
        std::vector<std::pair<QString, std::vector<MatrixColumn>>> split;
        for (const MatrixColumn &m : columns) {
            QString heading;
            for (int c = std::min<int>(m.column, static_cast<int>(above.size()) - 1); c >= 0 && heading.isEmpty(); --c)
                heading = above[c].trimmed();
            if (split.empty() || split.back().first != heading)
                split.emplace_back(heading, std::vector<MatrixColumn>{});
            split.back().second.push_back(m);
        }
        columns.clear();
        groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(g));
        groups.insert(groups.begin() + static_cast<std::ptrdiff_t>(g), split.begin(), split.end());
        g += split.size() - 1;
    }

    std::vector<MatrixCandidate> candidates;
    const bool hasActivity = std::any_of(shared.begin(), shared.end(), [](const MatrixColumn &m) {
        return m.field == MatrixField::Activity || m.field == MatrixField::ActivityId;
    });
    if (!hasActivity)
        return candidates;
    for (auto &[name, columns] : groups) {
        if (columns.empty())
            continue;
        MatrixCandidate candidate;
        candidate.sheet = sheetIndex;
        candidate.headerRow = headerRow;
        candidate.name = name.isEmpty() ? sheet.name : name;
        candidate.columns = shared;
        candidate.columns.insert(candidate.columns.end(), columns.begin(), columns.end());
        candidates.push_back(std::move(candidate));
    }
    return candidates;
}

// --- Cells -----------------------------------------------------------------------------------------------------

std::optional<Owner> ownerOfCell(const QString &cell)
{
    const QStringList words = headerWords(cell);
    if (words.size() != 1)
        return std::nullopt;
    const QString &word = words.front();
    if (kProviderWords.contains(word))
        return Owner::Provider;
    if (kInternalWords.contains(word))
        return Owner::Internal;
    static const QSet<QString> kShared{QStringLiteral("shared"), QStringLiteral("gemeinsam"),
                                       QStringLiteral("geteilt"), QStringLiteral("both"), QStringLiteral("beide")};
    if (kShared.contains(word))
        return Owner::Shared;
    return std::nullopt;
}

/// A number as a sheet shows it: "95", "95 %", "95,5", "0.95" (a fraction only when `fractions`).
std::optional<double> numberOfCell(QString cell, bool fractions)
{
    cell = cell.trimmed();
    const bool percent = cell.endsWith(u'%');
    if (percent)
        cell.chop(1);
    cell = cell.trimmed();
    cell.replace(u',', u'.');
    bool ok = false;
    double value = cell.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    if (fractions && !percent)
        value *= 100.0;
    return value;
}

/// A party's letters in one cell ("RA", "R, A", "R/A", "–" for none), canonical; nullopt for anything else.
std::optional<QString> raciOfCell(const QString &cell)
{
    QString letters;
    for (const QChar c : cell) {
        if (c.isSpace() || c == u',' || c == u'/' || c == u';' || c == u'-' || c == u'+' || c == u'–' || c == u'—')
            continue;
        const QChar upper = c.toUpper();
        if (upper != u'R' && upper != u'A' && upper != u'C' && upper != u'I')
            return std::nullopt;
        if (!letters.contains(upper))
            letters.append(upper);
    }
    return canonicalRaci(letters);
}

/// A letter column's cell: marked (x, ✓, yes, ja, 1, the letter itself) or not (empty, no, nein, 0, -).
std::optional<bool> markOfCell(const QString &cell, QChar letter)
{
    const QString text = folded(cell);
    static const QSet<QString> kYes{QStringLiteral("x"), QStringLiteral("yes"), QStringLiteral("ja"),
                                    QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("wahr")};
    static const QSet<QString> kNo{QString(), QStringLiteral("no"), QStringLiteral("nein"), QStringLiteral("0"),
                                   QStringLiteral("false"), QStringLiteral("falsch")};
    if (kYes.contains(text) || text == QString(letter.toLower()) || cell.trimmed() == QStringLiteral("✓") ||
        cell.trimmed() == QStringLiteral("✔"))
        return true;
    if (kNo.contains(text))
        return false;
    return std::nullopt;
}

/// Which parties a role column's cell names: "Provider", "Client", "Both", "Provider, Client", "" (nobody).
std::optional<std::pair<bool, bool>> partiesOfCell(const QString &cell)
{
    bool provider = false;
    bool internal = false;
    for (const QString &word : headerWords(cell)) {
        if (kProviderWords.contains(word))
            provider = true;
        else if (kInternalWords.contains(word))
            internal = true;
        else if (word == QStringLiteral("both") || word == QStringLiteral("beide"))
            provider = internal = true;
        else if (word != QStringLiteral("and") && word != QStringLiteral("und"))
            return std::nullopt;
    }
    return std::pair{provider, internal};
}

QString withLetter(const QString &letters, QChar letter, bool on)
{
    QString out = letters;
    out.remove(letter);
    if (on)
        out.append(letter);
    return canonicalRaci(out);
}

// --- Activities ------------------------------------------------------------------------------------------------

struct ActivityIndex {
    const Catalogue &catalogue;
    std::vector<const Catalogue *> languages; ///< The catalogue first, then the others with the same ids.

    [[nodiscard]] int dimensionOf(const QString &text) const
    {
        const QString key = folded(text);
        if (key.isEmpty())
            return -1;
        for (size_t d = 0; d < catalogue.dimensions.size(); ++d) {
            if (catalogue.dimensions[d].id.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
                return static_cast<int>(d);
            for (const Catalogue *language : languages)
                if (d < language->dimensions.size() && folded(language->dimensions[d].name) == key)
                    return static_cast<int>(d);
        }
        return -1;
    }
};

} // namespace

int MatrixCandidate::columnOf(MatrixField field) const
{
    for (const MatrixColumn &m : columns)
        if (m.field == field)
            return m.column;
    return -1;
}

double nameSimilarity(const QString &a, const QString &b)
{
    const QString x = folded(a);
    const QString y = folded(b);
    if (x.isEmpty() || y.isEmpty())
        return 0;
    const double longest = static_cast<double>(std::max(x.size(), y.size()));
    // Activity names are short; a cell thousands of characters long cannot be a misspelling of one, and the edit
    // distance grows with the product of the lengths (a 20 MB sheet of long cells would take minutes).
    constexpr qsizetype kMaxEditLength = 256;
    const double editRatio =
        x.size() > kMaxEditLength || y.size() > kMaxEditLength ? 0.0 : 1.0 - editDistance(x, y) / longest;
    const QStringList xWords = x.split(u' ');
    const QStringList yWords = y.split(u' ');
    const QSet<QString> xs(xWords.begin(), xWords.end());
    const QSet<QString> ys(yWords.begin(), yWords.end());
    const double common = static_cast<double>(QSet<QString>(xs).intersect(ys).size());
    const double wordRatio = common / static_cast<double>(std::max(xs.size(), ys.size()));
    return std::max(editRatio, wordRatio);
}

std::vector<MatrixCandidate> findMatrices(const std::vector<SheetTable> &sheets)
{
    std::vector<MatrixCandidate> found;
    constexpr int kHeaderSearchRows = 20;
    for (int s = 0; s < static_cast<int>(sheets.size()); ++s) {
        const int rows = std::min<int>(kHeaderSearchRows, static_cast<int>(sheets[static_cast<size_t>(s)].rows.size()));
        for (int r = 0; r < rows; ++r) {
            std::vector<MatrixCandidate> candidates = candidatesOfRow(sheets, s, r);
            if (!candidates.empty()) {
                found.insert(found.end(), candidates.begin(), candidates.end());
                break;
            }
        }
    }
    return found;
}

int findCandidate(const std::vector<MatrixCandidate> &candidates, const std::vector<SheetTable> &sheets,
                  const Catalogue &catalogue, const QString &wanted)
{
    QString name = wanted.trimmed();
    for (const ServiceModel &model : catalogue.models)
        if (model.id == name)
            name = model.name;
    for (size_t i = 0; i < candidates.size(); ++i)
        if (candidates[i].name.compare(name, Qt::CaseInsensitive) == 0 ||
            candidates[i].name.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    for (size_t i = 0; i < candidates.size(); ++i)
        if (sheets[static_cast<size_t>(candidates[i].sheet)].name.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    return -1;
}

Loaded<MatrixImport> importMatrix(const Catalogue &catalogue, const std::vector<const Catalogue *> &otherLanguages,
                                  const std::vector<SheetTable> &sheets, const MatrixCandidate &candidate,
                                  const QString &fileLabel)
{
    const SheetTable &sheet = sheets.at(static_cast<size_t>(candidate.sheet));
    ActivityIndex index{catalogue, {&catalogue}};
    for (const Catalogue *language : otherLanguages)
        index.languages.push_back(language);

    MatrixImport result;
    result.name = candidate.name;
    const int dimensionColumn = candidate.columnOf(MatrixField::Dimension);
    const int activityColumn = candidate.columnOf(MatrixField::Activity);
    const int idColumn = candidate.columnOf(MatrixField::ActivityId);
    const auto cellAt = [&sheet](int row, int column) {
        const QStringList &cells = sheet.rows[static_cast<size_t>(row)];
        return column >= 0 && column < cells.size() ? cells[column].trimmed() : QString();
    };

    // Shares written as fractions (a spreadsheet's percent format stores 0.95): every share in the column is
    // within 0..1 and one has a fraction.
    const auto isFractionColumn = [&](int column) {
        if (column < 0)
            return false;
        bool anyFraction = false;
        for (int r = candidate.headerRow + 1; r < static_cast<int>(sheet.rows.size()); ++r) {
            const QString text = cellAt(r, column);
            if (text.isEmpty() || text.endsWith(u'%'))
                continue;
            const std::optional<double> value = numberOfCell(text, false);
            if (!value)
                continue;
            if (*value < 0 || *value > 1)
                return false;
            anyFraction = anyFraction || (*value > 0 && *value < 1);
        }
        return anyFraction;
    };
    const bool providerFractions = isFractionColumn(candidate.columnOf(MatrixField::ProviderShare));
    const bool internalFractions = isFractionColumn(candidate.columnOf(MatrixField::InternalShare));

    // The split each row states, before the missing values are known.
    struct RowValues {
        int row = -1;
        std::optional<Owner> owner;
        std::optional<double> providerShare;
        std::optional<QString> providerRaci;
        std::optional<QString> internalRaci;
    };
    std::vector<std::vector<std::optional<RowValues>>> stated(catalogue.dimensions.size());
    std::vector<std::vector<int>> rowOf(catalogue.dimensions.size());
    for (size_t d = 0; d < catalogue.dimensions.size(); ++d) {
        stated[d].resize(catalogue.dimensions[d].activities.size());
        rowOf[d].assign(catalogue.dimensions[d].activities.size(), -1);
    }

    const auto problem = [&result](int row, int column, const QString &message) {
        result.problems.push_back({row, column, message});
    };
    const auto readValues = [&](int row) {
        RowValues values;
        values.row = row;
        QString providerLetters;
        QString internalLetters;
        bool lettersFromMarks = false;
        for (const MatrixColumn &m : candidate.columns) {
            const QString text = cellAt(row, m.column);
            switch (m.field) {
            case MatrixField::Dimension:
            case MatrixField::Activity:
            case MatrixField::ActivityId:
                break;
            case MatrixField::Owner:
                if (text.isEmpty())
                    break;
                values.owner = ownerOfCell(text);
                if (!values.owner)
                    problem(row, m.column, tr("\"%1\" is not an owner (provider, in-house or shared)").arg(text.left(40)));
                break;
            case MatrixField::ProviderShare:
            case MatrixField::InternalShare: {
                if (text.isEmpty())
                    break;
                const bool provider = m.field == MatrixField::ProviderShare;
                std::optional<double> value = numberOfCell(text, provider ? providerFractions : internalFractions);
                if (!value || *value < 0 || *value > 100) {
                    problem(row, m.column, tr("\"%1\" is not a share from 0 to 100 %").arg(text.left(40)));
                    break;
                }
                if (!provider)
                    *value = 100.0 - *value;
                if (values.providerShare && std::abs(*values.providerShare - *value) > 0.5)
                    problem(row, m.column, tr("the provider's and the in-house share do not add up to 100 %"));
                else if (!values.providerShare)
                    values.providerShare = value;
                break;
            }
            case MatrixField::ProviderRaci:
            case MatrixField::InternalRaci: {
                std::optional<QString> letters = raciOfCell(text);
                if (!letters) {
                    problem(row, m.column, tr("\"%1\" is not a set of RACI letters").arg(text.left(40)));
                    break;
                }
                (m.field == MatrixField::ProviderRaci ? values.providerRaci : values.internalRaci) = letters;
                break;
            }
            case MatrixField::ProviderLetter:
            case MatrixField::InternalLetter: {
                const std::optional<bool> marked = markOfCell(text, m.letter);
                if (!marked) {
                    problem(row, m.column, tr("\"%1\" is neither a mark (x) nor empty").arg(text.left(40)));
                    break;
                }
                QString &letters = m.field == MatrixField::ProviderLetter ? providerLetters : internalLetters;
                letters = withLetter(letters, m.letter, *marked);
                lettersFromMarks = true;
                break;
            }
            case MatrixField::RoleParties: {
                const std::optional<std::pair<bool, bool>> parties = partiesOfCell(text);
                if (!parties) {
                    problem(row, m.column, tr("\"%1\" names no party (provider, client or both)").arg(text.left(40)));
                    break;
                }
                providerLetters = withLetter(providerLetters, m.letter, parties->first);
                internalLetters = withLetter(internalLetters, m.letter, parties->second);
                lettersFromMarks = true;
                break;
            }
            }
        }
        if (lettersFromMarks) {
            values.providerRaci = values.providerRaci.value_or(providerLetters);
            values.internalRaci = values.internalRaci.value_or(internalLetters);
        }
        return values;
    };

    for (int r = candidate.headerRow + 1; r < static_cast<int>(sheet.rows.size()); ++r) {
        const QString activityText = cellAt(r, activityColumn);
        const QString idText = cellAt(r, idColumn);
        const QString shown = activityText.isEmpty() ? idText : activityText;
        bool anyWho = false;
        for (const MatrixColumn &m : candidate.columns)
            anyWho = anyWho || (isWhoField(m.field) && !cellAt(r, m.column).isEmpty());
        if (shown.isEmpty()) {
            if (anyWho)
                result.extra.push_back({r, QString(), tr("the row names no activity")});
            continue; // A blank row, or a heading row that names only a dimension.
        }
        const int dimensionHint = index.dimensionOf(cellAt(r, dimensionColumn));

        std::optional<ActivityPosition> at;
        double similarity = 1;
        // 1. An id: the id column, or the activity column holding "dimension.activity" or an activity's id.
        for (const QString &text : {idText, activityText}) {
            if (at || text.isEmpty())
                continue;
            at = catalogue.findActivity(text);
            if (!at && dimensionHint >= 0)
                at = catalogue.findActivity(catalogue.dimensions[static_cast<size_t>(dimensionHint)].id + u'.' + text);
        }
        // 2. A name, in any language, preferring the dimension the row names and an activity not yet taken.
        if (!at && !activityText.isEmpty()) {
            const QString key = folded(activityText);
            int bestScore = -1;
            for (const Catalogue *language : index.languages) {
                for (size_t d = 0; d < language->dimensions.size() && d < catalogue.dimensions.size(); ++d) {
                    const auto &activities = language->dimensions[d].activities;
                    for (size_t a = 0; a < activities.size() && a < catalogue.dimensions[d].activities.size(); ++a) {
                        if (folded(activities[a].name) != key)
                            continue;
                        const int score = (static_cast<int>(d) == dimensionHint ? 2 : 0) + (rowOf[d][a] < 0 ? 1 : 0);
                        if (score > bestScore) {
                            bestScore = score;
                            at = ActivityPosition{static_cast<int>(d), static_cast<int>(a)};
                        }
                    }
                }
            }
        }
        // 3. The most similar name not yet taken; the row's dimension breaks ties.
        if (!at && !activityText.isEmpty()) {
            double best = 0;
            for (const Catalogue *language : index.languages) {
                for (size_t d = 0; d < language->dimensions.size() && d < catalogue.dimensions.size(); ++d) {
                    const auto &activities = language->dimensions[d].activities;
                    for (size_t a = 0; a < activities.size() && a < catalogue.dimensions[d].activities.size(); ++a) {
                        if (rowOf[d][a] >= 0)
                            continue;
                        const double bonus = static_cast<int>(d) == dimensionHint ? 0.001 : 0.0;
                        const double s = nameSimilarity(activityText, activities[a].name) + bonus;
                        if (s > best) {
                            best = s;
                            at = ActivityPosition{static_cast<int>(d), static_cast<int>(a)};
                        }
                    }
                }
            }
            // Equal folded names were matched above: a guess, however close, is never reported as exact.
            similarity = std::min(best, 0.99);
            if (best < kGuessThreshold)
                at.reset();
        }
        if (!at) {
            result.extra.push_back({r, shown, tr("no activity of the catalogue has this name or id")});
            continue;
        }
        const auto d = static_cast<size_t>(at->dimension);
        const auto a = static_cast<size_t>(at->activity);
        if (rowOf[d][a] >= 0) {
            result.extra.push_back({r, shown, tr("a second row for “%1”, first given in row %2")
                                                  .arg(catalogue.dimensions[d].activities[a].name,
                                                       QString::number(rowOf[d][a] + 1))});
            continue;
        }
        rowOf[d][a] = r;
        stated[d][a] = readValues(r);
        MatchedRow matched{r, shown, *at, similarity};
        (similarity >= 1.0 ? result.exact : result.guessed).push_back(std::move(matched));
    }

    if (result.exact.empty() && result.guessed.empty())
        return LoadError{fileLabel, sheet.name.isEmpty() ? QString() : tr("sheet “%1”").arg(sheet.name),
                         tr("no row of “%1” names an activity of the catalogue").arg(candidate.name)};

    // The built-in model closest to what the sheet states fills in what it leaves out: the smallest sum of share
    // differences, an owner that differs counting as 50 points.
    int baseModel = 0;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (int m = 0; m < static_cast<int>(catalogue.models.size()); ++m) {
        if (catalogue.models[static_cast<size_t>(m)].isCustom())
            continue;
        double distance = 0;
        for (size_t d = 0; d < stated.size(); ++d) {
            for (size_t a = 0; a < stated[d].size(); ++a) {
                if (!stated[d][a])
                    continue;
                const Responsibility &r = catalogue.dimensions[d].activities[a].byModel[static_cast<size_t>(m)];
                if (stated[d][a]->providerShare)
                    distance += std::abs(*stated[d][a]->providerShare - r.providerShare);
                else if (stated[d][a]->owner && *stated[d][a]->owner != r.owner)
                    distance += 50;
            }
        }
        if (distance < bestDistance) {
            bestDistance = distance;
            baseModel = m;
        }
    }
    result.basedOn = catalogue.models[static_cast<size_t>(baseModel)].id;

    const QString &baseName = catalogue.models[static_cast<size_t>(baseModel)].name;
    // A column the sheet does not have at all is said once, not on every row.
    struct Has {
        bool owner = false;
        bool share = false;
        bool providerRaci = false;
        bool internalRaci = false;
    } has;
    for (const MatrixColumn &m : candidate.columns) {
        has.owner = has.owner || m.field == MatrixField::Owner;
        has.share = has.share || m.field == MatrixField::ProviderShare || m.field == MatrixField::InternalShare;
        has.providerRaci = has.providerRaci || m.field == MatrixField::ProviderRaci || m.field == MatrixField::ProviderLetter ||
                           m.field == MatrixField::RoleParties;
        has.internalRaci = has.internalRaci || m.field == MatrixField::InternalRaci || m.field == MatrixField::InternalLetter ||
                           m.field == MatrixField::RoleParties;
    }
    QStringList absent;
    if (!has.owner && !has.share)
        absent << tr("owner or provider share");
    else if (!has.share)
        absent << tr("provider share");
    if (!has.providerRaci)
        absent << tr("provider RACI letters");
    if (!has.internalRaci)
        absent << tr("in-house RACI letters");
    if (!absent.isEmpty())
        problem(-1, -1, tr("the sheet has no column for the %1; taken from %2").arg(absent.join(tr(", ")), baseName));

    result.responsibilities.resize(catalogue.dimensions.size());
    for (size_t d = 0; d < catalogue.dimensions.size(); ++d) {
        for (size_t a = 0; a < catalogue.dimensions[d].activities.size(); ++a) {
            const Responsibility &base = catalogue.dimensions[d].activities[a].byModel[static_cast<size_t>(baseModel)];
            if (!stated[d][a]) {
                result.missing.push_back({static_cast<int>(d), static_cast<int>(a)});
                result.responsibilities[d].push_back(base);
                continue;
            }
            const RowValues &values = *stated[d][a];
            QStringList filled; // What this row leaves blank in a column the sheet has.
            Responsibility split = base;
            if (values.owner && values.providerShare) {
                split.owner = *values.owner;
                split.providerShare = *values.providerShare;
            } else if (values.providerShare) {
                split = base.withProviderShare(*values.providerShare); // The owner follows the share.
                if (has.owner)
                    filled << tr("owner");
            } else if (values.owner) {
                split = base.withOwner(*values.owner);
                if (has.share)
                    filled << tr("provider share");
            } else {
                if (has.owner)
                    filled << tr("owner");
                if (has.share)
                    filled << tr("provider share");
            }
            if (values.providerRaci)
                split.providerRaci = *values.providerRaci;
            if (values.internalRaci)
                split.internalRaci = *values.internalRaci;
            if (const QString why = split.problem(); !why.isEmpty()) {
                problem(values.row, -1, tr("%1; the activity keeps %2's split").arg(why, baseName));
                split = base;
            } else if (!filled.isEmpty()) {
                problem(values.row, -1, tr("the row leaves the %1 blank; taken from %2").arg(filled.join(tr(", ")), baseName));
            }
            result.responsibilities[d].push_back(split);
        }
    }
    return result;
}

std::vector<const Catalogue *> builtInNameCatalogues()
{
    std::vector<const Catalogue *> catalogues;
    for (const QString &language : Catalogue::builtInLanguages())
        catalogues.push_back(&Catalogue::builtIn(language));
    return catalogues;
}

QString newModelId(const QString &name, const Catalogue &catalogue)
{
    QString stem;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            stem += c.toLower();
        else if (!stem.isEmpty() && !stem.endsWith(u'_'))
            stem += u'_';
    }
    while (stem.endsWith(u'_'))
        stem.chop(1);
    if (stem.isEmpty() || !stem.front().isLetter())
        stem = QStringLiteral("imported_") + stem;
    stem = stem.left(40);
    QSet<QString> used;
    for (const ServiceModel &model : catalogue.models)
        used.insert(model.id);
    QString id = stem;
    for (int n = 2; used.contains(id); ++n)
        id = stem + u'_' + QString::number(n);
    return id;
}

namespace {
bool modelNameTaken(const QString &name, const Catalogue &catalogue)
{
    return std::any_of(catalogue.models.begin(), catalogue.models.end(), [&name](const ServiceModel &model) {
        return model.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}
} // namespace

QString uniqueModelName(const QString &name, const Catalogue &catalogue)
{
    const QString stem = name.trimmed().left(CustomModel::kMaxNameLength);
    if (stem.isEmpty())
        return stem;
    QString unique = stem;
    for (int n = 2; modelNameTaken(unique, catalogue); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = stem.left(CustomModel::kMaxNameLength - static_cast<int>(suffix.size())).trimmed() + suffix;
    }
    return unique;
}

QString modelNameProblem(const QString &name, const Catalogue &catalogue)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("The model needs a name.");
    if (trimmed.size() > CustomModel::kMaxNameLength)
        return tr("A model's name may be at most %1 characters long.").arg(CustomModel::kMaxNameLength);
    if (modelNameTaken(trimmed, catalogue))
        return tr("Another model is already called “%1”.").arg(trimmed);
    return {};
}

CustomModel importedModel(const Catalogue &catalogue, const MatrixImport &imported, const QString &name,
                          const QString &sheetPath, QDate day)
{
    const QString trimmed = name.trimmed();
    CustomModel model =
        CustomModel::copyOf(catalogue, catalogue.modelIndex(imported.basedOn), newModelId(trimmed, catalogue), trimmed);
    model.responsibilities = imported.responsibilities;
    model.source = ModelSource{QFileInfo(sheetPath).fileName(), day.toString(Qt::ISODate)};
    return model;
}

} // namespace splitbench
