#include "matrix_export.h"

#include "workshop_formats.h"

#include "cost_plots.h"
#include "csv_field.h"
#include "handover_plan.h"
#include "plan_formats.h"
#include "proposal_section.h"
#include "file_access.h"
#include "report_style.h"
#include "text_escape.h"
#include "version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <cmath>
#include <iterator>
#include <xlsxwriter.h>

namespace splitbench::report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::report", text);
}

/// One activity of one dimension: a row of every export.
struct MatrixRow {
    int dimension;
    int activity;
};

std::vector<MatrixRow> matrixRows(const ReportContent &content)
{
    std::vector<MatrixRow> rows;
    for (int d = 0; d < content.dimensionCount(); ++d)
        for (int a = 0; a < static_cast<int>(content.dimension(d).activities.size()); ++a)
            rows.push_back({d, a});
    return rows;
}

const Responsibility &responsibility(const ReportContent &content, const MatrixRow &row, int model)
{
    return content.dimension(row.dimension)
        .activities.at(static_cast<size_t>(row.activity))
        .byModel.at(static_cast<size_t>(model));
}

QString recommendationLine(const ReportContent &content)
{
    QStringList overall;
    for (int m = 0; m < content.modelCount(); ++m)
        overall << tr("%1 %2").arg(content.model(m).name, formatFit(content.result.overall[static_cast<size_t>(m)]));
    return tr("Overall fit: %1. Recommended: %2 (margin %3 points).")
        .arg(overall.join(tr(", ")), content.model(content.result.recommended).name, formatFit(content.result.margin));
}

QString raciLegend()
{
    return tr("RACI: R responsible, A accountable, C consulted, I informed.");
}

// ---- CSV ------------------------------------------------------------------------------------------------

QStringList sideBySideHeader(const ReportContent &content)
{
    QStringList header{tr("Dimension"), tr("Activity"), tr("Importance"), tr("Suggested in-house share (%)")};
    for (int m = 0; m < content.modelCount(); ++m) {
        const QString name = content.model(m).name;
        header << tr("%1: dimension fit").arg(name) << tr("%1: owner").arg(name)
               << tr("%1: provider share (%)").arg(name) << tr("%1: provider RACI").arg(name)
               << tr("%1: in-house RACI").arg(name);
    }
    return header;
}

// ---- Markdown / HTML ------------------------------------------------------------------------------------

/// Backslash-escapes the punctuation Markdown would read as markup (CommonMark allows it for any ASCII
/// punctuation), so a model called "*draft* <b>" shows exactly that; line breaks become spaces.
QString markdownCell(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>|");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            out += u' ';
            continue;
        }
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

// ---- XLSX -----------------------------------------------------------------------------------------------

/// Excel's sheet name rules: 1..31 characters, none of []:*?/\, not starting or ending with an apostrophe,
/// unique regardless of case.
QString sheetName(const QString &wanted, QStringList &used)
{
    // Control characters and bidirectional overrides too: Excel (and libxlsxwriter) refuse them in sheet names.
    static const QRegularExpression forbidden(
        QStringLiteral("[\\[\\]:*?/\\\\\\x{0}-\\x{1f}\\x{7f}-\\x{9f}\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}]"));
    QString base = wanted;
    base.replace(forbidden, QStringLiteral(" "));
    base = base.simplified();
    while (base.startsWith(u'\''))
        base.remove(0, 1);
    while (base.endsWith(u'\''))
        base.chop(1);
    if (base.isEmpty())
        base = tr("Model");
    base = base.left(31).trimmed();
    QString name = base;
    for (int n = 2; used.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()).trimmed() + suffix;
    }
    used << name;
    return name;
}

/// Wraps libxlsxwriter's C API: owns the workbook and keeps UTF-8 copies alive until the file is closed.
class Workbook {
public:
    explicit Workbook(const QString &path)
    {
        const QByteArray file = QFile::encodeName(path);
        // atomic-write-ok: only ever a file in matrixToXlsx's private temporary folder
        m_book = workbook_new(file.constData());
    }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book); // only reached on failure paths; close() normally took it
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    [[nodiscard]] bool ok() const { return m_book != nullptr; }
    lxw_workbook *get() { return m_book; }
    const char *keep(const QString &text)
    {
        // XML (and so XLSX) cannot hold most control characters; they are shown as escapes instead.
        m_strings.push_back(escapeControlCharacters(text, KeepLayout::LineBreaksAndTabs).toUtf8());
        return m_strings.back().constData();
    }
    lxw_error close()
    {
        const lxw_error result = workbook_close(m_book);
        m_book = nullptr;
        return result;
    }

private:
    lxw_workbook *m_book = nullptr;
    std::vector<QByteArray> m_strings;
};

struct Formats {
    lxw_format *title = nullptr;
    lxw_format *label = nullptr;
    lxw_format *header = nullptr;
    lxw_format *group = nullptr;
    lxw_format *text = nullptr;
    lxw_format *wrap = nullptr;
    lxw_format *fit = nullptr;
    lxw_format *share = nullptr;
    lxw_format *centre = nullptr;
    lxw_format *money = nullptr;
    lxw_format *moneyCents = nullptr;
    lxw_format *moneyTotal = nullptr;
    lxw_format *count = nullptr;
    lxw_format *note = nullptr;
    lxw_format *flagAbove = nullptr; ///< A figure above its usual range (proposal_section.h): bold, its colour.
    lxw_format *flagBelow = nullptr;
};

Formats makeFormats(lxw_workbook *book)
{
    Formats f;
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.label = workbook_add_format(book);
    format_set_bold(f.label);
    format_set_align(f.label, LXW_ALIGN_VERTICAL_TOP);
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xE6ECF2);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    f.group = workbook_add_format(book);
    format_set_bold(f.group);
    format_set_bg_color(f.group, 0xD3DDE8);
    format_set_align(f.group, LXW_ALIGN_CENTER);
    format_set_align(f.group, LXW_ALIGN_VERTICAL_CENTER);
    f.text = workbook_add_format(book);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.wrap = workbook_add_format(book);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    f.fit = workbook_add_format(book);
    format_set_num_format(f.fit, "0.0");
    format_set_align(f.fit, LXW_ALIGN_VERTICAL_TOP);
    f.share = workbook_add_format(book);
    format_set_num_format(f.share, "0");
    format_set_align(f.share, LXW_ALIGN_VERTICAL_TOP);
    f.centre = workbook_add_format(book);
    format_set_align(f.centre, LXW_ALIGN_CENTER);
    format_set_align(f.centre, LXW_ALIGN_VERTICAL_TOP);
    // Money as numbers with thousands separators (the spreadsheet shows them in the reader's own format);
    // the currency is named in the header.
    f.money = workbook_add_format(book);
    format_set_num_format(f.money, "#,##0");
    f.moneyCents = workbook_add_format(book);
    format_set_num_format(f.moneyCents, "#,##0.00");
    f.moneyTotal = workbook_add_format(book);
    format_set_num_format(f.moneyTotal, "#,##0");
    format_set_bold(f.moneyTotal);
    format_set_bg_color(f.moneyTotal, 0xE6ECF2);
    f.count = workbook_add_format(book);
    format_set_num_format(f.count, "#,##0");
    f.note = workbook_add_format(book);
    format_set_italic(f.note);
    format_set_font_color(f.note, 0x5F6B76);
    for (const ProposalFigure::Flag flag : {ProposalFigure::Flag::Above, ProposalFigure::Flag::Below}) {
        lxw_format *format = workbook_add_format(book);
        format_set_bold(format);
        format_set_text_wrap(format);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        format_set_font_color(format, static_cast<lxw_color_t>(flagColor(flag).rgb() & 0xFFFFFF));
        format_set_bg_color(format, static_cast<lxw_color_t>(tint(flagColor(flag), 0.12).rgb() & 0xFFFFFF));
        (flag == ProposalFigure::Flag::Above ? f.flagAbove : f.flagBelow) = format;
    }
    return f;
}

/// How every sheet prints: landscape A4, as wide as one page (as many pages down as it needs), the header
/// rows repeated on each page, grid lines for tables, and the sheet's name and page number in the footer.
/// Without this a spreadsheet program prints the wide matrix as dozens of portrait strips of a few columns.
enum class PrintGrid { No, Yes };
void setPrintLayout(lxw_worksheet *sheet, int headerRows, PrintGrid grid = PrintGrid::Yes)
{
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6);
    worksheet_fit_to_pages(sheet, 1, 0);
    if (headerRows > 0)
        worksheet_repeat_rows(sheet, 0, static_cast<lxw_row_t>(headerRows - 1));
    worksheet_gridlines(sheet, grid == PrintGrid::Yes ? LXW_SHOW_ALL_GRIDLINES : LXW_SHOW_SCREEN_GRIDLINES);
    worksheet_set_footer(sheet, "&L&A&R&P / &N");
}

/// The first sheet: what the workbook is about, for whoever opens or prints it without the report.
void writeSummary(Workbook &book, lxw_worksheet *sheet, const Formats &f, const ReportContent &content)
{
    lxw_row_t row = 0;
    worksheet_write_string(sheet, row++, 0, book.keep(tr("Splitbench comparison")), f.title);
    row++;
    const auto labelled = [&](const QString &label, const QString &value, double height = LXW_DEF_ROW_HEIGHT) {
        worksheet_write_string(sheet, row, 0, book.keep(label), f.label);
        worksheet_write_string(sheet, row, 1, book.keep(value), f.wrap);
        worksheet_set_row(sheet, row, height, nullptr); // spreadsheets do not grow a row for wrapped text
        ++row;
    };
    labelled(tr("Organisation"), content.organisationName());
    labelled(tr("Date"), content.dateText());
    labelled(tr("Recommended"), content.model(content.result.recommended).name);
    labelled(tr("Summary"), recommendationLine(content), 2 * LXW_DEF_ROW_HEIGHT);
    row++;
    worksheet_write_string(sheet, row, 0, book.keep(tr("Model")), f.header);
    worksheet_write_string(sheet, row, 1, book.keep(tr("Overall fit (0-100)")), f.header);
    worksheet_write_string(sheet, row, 2, book.keep(tr("Recommended")), f.header);
    ++row;
    for (int m = 0; m < content.modelCount(); ++m, ++row) {
        worksheet_write_string(sheet, row, 0, book.keep(content.model(m).name), f.wrap);
        worksheet_write_number(sheet, row, 1, std::round(content.result.overall[static_cast<size_t>(m)] * 10) / 10,
                               f.fit);
        if (m == content.result.recommended)
            worksheet_write_string(sheet, row, 2, book.keep(tr("yes")), f.centre);
    }
    row++;
    worksheet_write_string(sheet, row++, 0, book.keep(raciLegend()), f.text);
    worksheet_write_string(sheet, row++, 0,
                           book.keep(tr("Written by %1. The other sheets hold the responsibility matrix: "
                                        "side by side, then one sheet per model.")
                                         .arg(writtenByText())),
                           f.text);
    worksheet_set_column(sheet, 0, 0, 34, nullptr);
    worksheet_set_column(sheet, 1, 1, 70, nullptr);
    worksheet_set_column(sheet, 2, 2, 14, nullptr);
    setPrintLayout(sheet, 0, PrintGrid::No); // a page of labelled values, not a table
    worksheet_fit_to_pages(sheet, 1, 1);
}

/// The "Cost" sheet: the report's cost table (components, totals, staff) with one column per model.
void writeCostSheet(Workbook &book, lxw_worksheet *sheet, const Formats &f, const ReportContent &content)
{
    const CostChartData &d = content.cost;
    const int term = d.commonTerm();
    worksheet_write_string(sheet, 0, 0,
                           book.keep(term > 0 ? tr("What it costs over %1 months (%2)").arg(QString::number(term), d.currency)
                                              : tr("What it costs over each model's term (%1)").arg(d.currency)),
                           f.title);
    worksheet_write_string(sheet, 1, 0,
                           book.keep(tr("Typical market figures, not a quote: replace them with the providers' real "
                                        "quotes and the organisation's own salaries.")),
                           f.note);
    worksheet_write_string(sheet, 2, 0, book.keep(tr("Cost (%1)").arg(d.currency)), f.header);
    for (int m = 0; m < d.modelCount(); ++m)
        worksheet_write_string(sheet, 2, static_cast<lxw_col_t>(m + 1), book.keep(d.modelName(m)), f.header);
    lxw_row_t row = 3;
    for (const CostTableRow &r : costTableRows(d)) {
        worksheet_write_string(sheet, row, 0, book.keep(r.label), r.total ? f.label : f.text);
        for (size_t m = 0; m < r.values.size(); ++m) {
            lxw_format *format = nullptr;
            double value = r.values[m];
            switch (r.kind) {
            case CostTableRow::Kind::Money:
                format = r.total ? f.moneyTotal : f.money;
                value = std::round(value);
                break;
            case CostTableRow::Kind::MoneyWithCents:
                format = f.moneyCents;
                value = std::round(value * 100) / 100;
                break;
            case CostTableRow::Kind::Fte:
                format = f.fit;
                value = std::round(value * 10) / 10;
                break;
            case CostTableRow::Kind::Hours:
                format = f.count;
                value = std::round(value);
                break;
            }
            worksheet_write_number(sheet, row, static_cast<lxw_col_t>(m + 1), value, format);
        }
        ++row;
    }
    worksheet_set_row(sheet, 2, 30, nullptr);
    worksheet_set_column(sheet, 0, 0, 30, nullptr);
    if (d.modelCount() > 0)
        worksheet_set_column(sheet, 1, static_cast<lxw_col_t>(d.modelCount()), 18, nullptr);
    worksheet_freeze_panes(sheet, 3, 1);
    setPrintLayout(sheet, 3);
}

/// The "Proposals" sheet: the report's "Proposals side by side" table (figures outside the usual range marked, in
/// bold and coloured) and each proposal's findings below it.
void writeProposalSheet(Workbook &book, lxw_worksheet *sheet, const Formats &f, const ReportContent &content)
{
    const ProposalComparison c = ProposalSection::comparison(content);
    const int count = c.proposalCount();
    worksheet_write_string(sheet, 0, 0, book.keep(ProposalSection::title()), f.title);
    worksheet_write_string(sheet, 1, 0, book.keep(c.recommendation), f.note);
    worksheet_write_string(sheet, 2, 0, book.keep(QString()), f.header);
    for (int p = 0; p < count; ++p)
        worksheet_write_string(sheet, 2, static_cast<lxw_col_t>(p + 1), book.keep(c.proposals[static_cast<size_t>(p)].name),
                               f.header);
    worksheet_write_string(sheet, 2, static_cast<lxw_col_t>(count + 1), book.keep(ProposalSection::usualRangeTitle()),
                           f.header);
    worksheet_set_row(sheet, 2, 30, nullptr);
    lxw_row_t row = 3;
    for (const ProposalRow &r : c.rows) {
        qsizetype lines = 1;
        worksheet_write_string(sheet, row, 0, book.keep(r.label), f.label);
        for (int p = 0; p < count; ++p) {
            const ProposalFigure &figure = r.figures[static_cast<size_t>(p)];
            lines = std::max(lines, figure.text.count(u'\n') + 1);
            lxw_format *format = figure.flag == ProposalFigure::Flag::Above   ? f.flagAbove
                                 : figure.flag == ProposalFigure::Flag::Below ? f.flagBelow
                                 : figure.strong                              ? f.label
                                                                              : f.wrap;
            worksheet_write_string(sheet, row, static_cast<lxw_col_t>(p + 1), book.keep(figure.marked()), format);
        }
        worksheet_write_string(sheet, row, static_cast<lxw_col_t>(count + 1), book.keep(r.usual), f.wrap);
        if (lines > 1) // spreadsheets do not grow a row for wrapped text
            worksheet_set_row(sheet, row, 15.0 * static_cast<double>(lines), nullptr);
        ++row;
    }
    ++row;
    worksheet_write_string(sheet, row++, 0, book.keep(ProposalSection::legend()), f.note);
    for (const ProposalReview &review : c.proposals) {
        ++row;
        worksheet_write_string(sheet, row++, 0, book.keep(ProposalSection::findingsTitle(review.name)), f.label);
        if (review.findings.empty() && review.flags.empty())
            worksheet_write_string(sheet, row++, 0, book.keep(ProposalSection::noFindingsText()), f.text);
        for (const Finding &finding : review.findings) {
            worksheet_write_string(sheet, row++, 0, book.keep(finding.text), f.text);
            if (!finding.why.isEmpty())
                worksheet_write_string(sheet, row++, 0, book.keep(finding.why), f.note);
        }
        for (const TermFlag &flag : review.flags)
            worksheet_write_string(
                sheet, row++, 0,
                book.keep(flagMarker(flag.worse ? ProposalFigure::Flag::Above : ProposalFigure::Flag::Below) + u' ' +
                          flag.text),
                f.text);
    }
    worksheet_set_column(sheet, 0, 0, 28, nullptr);
    worksheet_set_column(sheet, 1, static_cast<lxw_col_t>(count + 1), 24, nullptr);
    worksheet_freeze_panes(sheet, 3, 1);
    setPrintLayout(sheet, 3);
}

/// The "Participants" sheet of a workshop: each person's own answer, then every trait's values side by side
/// with the group's, and what the disagreement decides.
void writeParticipantsSheet(Workbook &book, lxw_worksheet *sheet, const Formats &f, const ReportContent &content)
{
    const Profile &workshop = content.profile;
    const WorkshopAnalysis &analysis = *content.workshop;
    worksheet_write_string(sheet, 0, 0, book.keep(tr("Participants: each person's own answer")), f.title);
    worksheet_write_string(sheet, 1, 0, book.keep(consensusSentence(workshop.consensus)), f.note);
    const QStringList header{tr("Participant"), tr("Role"), tr("Weight"), tr("Own recommendation"), tr("Margin")};
    for (qsizetype c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 2, static_cast<lxw_col_t>(c), book.keep(header[c]), f.header);
    lxw_row_t row = 3;
    for (size_t p = 0; p < workshop.participants.size(); ++p, ++row) {
        const Participant &person = workshop.participants[p];
        worksheet_write_string(sheet, row, 0, book.keep(person.name), f.wrap);
        worksheet_write_string(sheet, row, 1, book.keep(person.role), f.wrap);
        worksheet_write_number(sheet, row, 2, person.weight, nullptr);
        if (p < analysis.outcomes.size()) {
            const ParticipantOutcome &outcome = analysis.outcomes[p];
            worksheet_write_string(
                sheet, row, 3, book.keep(answerName(content.catalogue, outcome.isTie() ? -1 : outcome.recommended)),
                f.wrap);
            worksheet_write_number(sheet, row, 4, std::round(outcome.margin * 10) / 10, f.fit);
        }
    }
    ++row;
    // Every trait's values: the group's, then each participant's (catalogue order, like the profile).
    worksheet_write_string(sheet, row, 0, book.keep(tr("Trait (0-100)")), f.header);
    worksheet_write_string(sheet, row, 1, book.keep(tr("Group")), f.header);
    for (size_t p = 0; p < workshop.participants.size(); ++p)
        worksheet_write_string(sheet, row, static_cast<lxw_col_t>(p + 2), book.keep(workshop.participants[p].name),
                               f.header);
    worksheet_set_row(sheet, row, 30, nullptr);
    ++row;
    for (size_t t = 0; t < content.catalogue.traits.size(); ++t, ++row) {
        worksheet_write_string(sheet, row, 0, book.keep(content.catalogue.traits[t].name), f.wrap);
        worksheet_write_number(sheet, row, 1, std::round(workshop.traits[t] * 10) / 10, f.fit);
        for (size_t p = 0; p < workshop.participants.size(); ++p)
            worksheet_write_number(sheet, row, static_cast<lxw_col_t>(p + 2),
                                   std::round(workshop.participants[p].traits[t] * 10) / 10, f.fit);
    }
    ++row;
    if (const QString sentence = disagreementSentence(analysis, content.catalogue, workshop); !sentence.isEmpty())
        worksheet_write_string(sheet, row++, 0, book.keep(sentence), f.text);
    worksheet_write_string(sheet, row++, 0, book.keep(decisiveSentence(analysis, content.catalogue, workshop)), f.text);
    worksheet_set_column(sheet, 0, 0, 34, nullptr);
    worksheet_set_column(sheet, 1, 1, 20, nullptr);
    worksheet_set_column(sheet, 2, static_cast<lxw_col_t>(workshop.participants.size() + 2), 16, nullptr);
    worksheet_freeze_panes(sheet, 3, 1);
    setPrintLayout(sheet, 3);
}

/// The "Handover plan" sheet: `plan` from today's split to its model (docs/handover-plan.md), one row per step in
/// plan order, with the columns of `plan --format csv` for people. The report's workbook and the workbench's
/// plan export (planToXlsx()) both write it.
void writeHandoverSheet(Workbook &book, lxw_worksheet *sheet, const Formats &f, const Catalogue &catalogue,
                        const HandoverPlan &plan)
{
    const QString from = tr("today's split");
    worksheet_write_string(
        sheet, 0, 0,
        book.keep(tr("Handover plan: from today's split to %1").arg(catalogue.models.at(static_cast<size_t>(plan.toModel)).name)),
        f.title);
    worksheet_write_string(sheet, 1, 0, book.keep(planSummary(catalogue, plan, from) + u' ' + planOrderSentence()),
                           f.note);
    const QStringList header{tr("Step"),          tr("Dimension"),           tr("Activity"),
                             tr("Owner before"),  tr("Owner after"),         tr("Provider RACI before"),
                             tr("Provider RACI after"), tr("In-house RACI before"), tr("In-house RACI after"),
                             tr("Provider share before (%)"), tr("Provider share after (%)"),
                             tr("Change (points)"), tr("After steps"), tr("Checklist")};
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 2, static_cast<lxw_col_t>(c), book.keep(header[c]), f.header);
    lxw_row_t row = 3;
    for (size_t i = 0; i < plan.steps.size(); ++i, ++row) {
        const HandoverStep &step = plan.steps[i];
        const Dimension &dimension = catalogue.dimensions.at(static_cast<size_t>(step.dimension));
        const Activity &activity = dimension.activities.at(static_cast<size_t>(step.activity));
        QStringList after;
        for (const int p : step.prerequisites)
            after << QString::number(p + 1);
        worksheet_write_number(sheet, row, 0, static_cast<double>(i + 1), nullptr);
        worksheet_write_string(sheet, row, 1, book.keep(dimension.name), f.wrap);
        worksheet_write_string(sheet, row, 2, book.keep(activity.name), f.wrap);
        worksheet_write_string(sheet, row, 3, book.keep(ownerDisplayName(step.before.owner)), f.text);
        worksheet_write_string(sheet, row, 4, book.keep(ownerDisplayName(step.after.owner)), f.text);
        worksheet_write_string(sheet, row, 5, book.keep(step.before.providerRaci), f.centre);
        worksheet_write_string(sheet, row, 6, book.keep(step.after.providerRaci), f.centre);
        worksheet_write_string(sheet, row, 7, book.keep(step.before.internalRaci), f.centre);
        worksheet_write_string(sheet, row, 8, book.keep(step.after.internalRaci), f.centre);
        worksheet_write_number(sheet, row, 9, step.before.providerShare, f.share);
        worksheet_write_number(sheet, row, 10, step.after.providerShare, f.share);
        worksheet_write_number(sheet, row, 11, step.providerShareChange(), f.share);
        worksheet_write_string(sheet, row, 12, book.keep(after.join(QStringLiteral(", "))), f.text);
        worksheet_write_string(sheet, row, 13, book.keep(activity.handover), f.wrap);
    }
    worksheet_set_row(sheet, 2, 30, nullptr);
    const double widths[] = {6, 28, 30, 11, 11, 10, 10, 10, 10, 11, 11, 10, 10, 70};
    for (lxw_col_t c = 0; c < std::size(widths); ++c)
        worksheet_set_column(sheet, c, c, widths[c], nullptr);
    worksheet_freeze_panes(sheet, 3, 3);
    if (!plan.empty())
        worksheet_autofilter(sheet, 2, 0, row - 1, static_cast<lxw_col_t>(header.size() - 1));
    setPrintLayout(sheet, 3);
}

lxw_error writeSideBySide(Workbook &book, lxw_worksheet *sheet, const Formats &f, const ReportContent &content)
{
    // Row 0 groups the columns by model (merged cells); row 1 names the columns. Both stay frozen, as do the
    // dimension and activity columns, so every number keeps its labels while scrolling.
    const QStringList header = sideBySideHeader(content);
    worksheet_merge_range(sheet, 0, 0, 0, 3, book.keep(tr("Dimension and activity")), f.group);
    for (int m = 0; m < content.modelCount(); ++m) {
        const auto first = static_cast<lxw_col_t>(4 + 5 * m);
        worksheet_merge_range(sheet, 0, first, 0, static_cast<lxw_col_t>(first + 4), book.keep(content.model(m).name),
                              f.group);
    }
    const QStringList shortHeader = [&] {
        QStringList names{tr("Dimension"), tr("Activity"), tr("Importance"), tr("Suggested in-house share (%)")};
        for (int m = 0; m < content.modelCount(); ++m)
            names << tr("Dimension fit") << tr("Owner") << tr("Provider share (%)") << tr("Provider RACI")
                  << tr("In-house RACI");
        return names;
    }();
    for (int c = 0; c < shortHeader.size(); ++c)
        worksheet_write_string(sheet, 1, static_cast<lxw_col_t>(c), book.keep(shortHeader[c]), f.header);
    lxw_row_t row = 2;
    for (const MatrixRow &r : matrixRows(content)) {
        const Dimension &dimension = content.dimension(r.dimension);
        const DimensionFit &fit = content.result.dimensions[static_cast<size_t>(r.dimension)];
        worksheet_write_string(sheet, row, 0, book.keep(dimension.name), f.wrap);
        worksheet_write_string(sheet, row, 1, book.keep(dimension.activities[static_cast<size_t>(r.activity)].name),
                               f.wrap);
        worksheet_write_number(sheet, row, 2, content.profile.importance.at(static_cast<size_t>(r.dimension)), f.fit);
        worksheet_write_number(sheet, row, 3, std::round(fit.desiredInternalShare), f.share);
        for (int m = 0; m < content.modelCount(); ++m) {
            const Responsibility &resp = responsibility(content, r, m);
            const auto c = static_cast<lxw_col_t>(4 + 5 * m);
            worksheet_write_number(sheet, row, c, std::round(fit.fit[static_cast<size_t>(m)] * 10) / 10, f.fit);
            worksheet_write_string(sheet, row, c + 1, book.keep(ownerDisplayName(resp.owner)), f.text);
            worksheet_write_number(sheet, row, c + 2, resp.providerShare, f.share);
            worksheet_write_string(sheet, row, c + 3, book.keep(resp.providerRaci), f.centre);
            worksheet_write_string(sheet, row, c + 4, book.keep(resp.internalRaci), f.centre);
        }
        ++row;
    }
    worksheet_set_row(sheet, 1, 30, nullptr);
    worksheet_set_column(sheet, 0, 0, 30, nullptr);
    worksheet_set_column(sheet, 1, 1, 38, nullptr);
    worksheet_set_column(sheet, 2, 2, 11, nullptr);
    worksheet_set_column(sheet, 3, 3, 14, nullptr);
    for (int m = 0; m < content.modelCount(); ++m) {
        const auto c = static_cast<lxw_col_t>(4 + 5 * m);
        worksheet_set_column(sheet, c, c, 11, nullptr);
        worksheet_set_column(sheet, c + 1, c + 1, 10, nullptr);
        worksheet_set_column(sheet, c + 2, c + 2, 11, nullptr);
        worksheet_set_column(sheet, c + 3, c + 4, 10, nullptr);
    }
    worksheet_freeze_panes(sheet, 2, 2);
    worksheet_autofilter(sheet, 1, 0, row - 1, static_cast<lxw_col_t>(header.size() - 1));
    setPrintLayout(sheet, 2);
    return LXW_NO_ERROR;
}

void writeModelSheet(Workbook &book, lxw_worksheet *sheet, const Formats &f, const ReportContent &content, int model)
{
    const QStringList header{tr("Dimension"),
                             tr("Dimension fit"),
                             tr("Kept in-house (%)"),
                             tr("Activity"),
                             tr("Owner"),
                             tr("Provider share (%)"),
                             tr("In-house share (%)"),
                             tr("Provider RACI"),
                             tr("In-house RACI"),
                             tr("What the model means in this dimension")};
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), book.keep(header[c]), f.header);
    lxw_row_t row = 1;
    for (const MatrixRow &r : matrixRows(content)) {
        const Dimension &dimension = content.dimension(r.dimension);
        const DimensionFit &fit = content.result.dimensions[static_cast<size_t>(r.dimension)];
        const Responsibility &resp = responsibility(content, r, model);
        worksheet_write_string(sheet, row, 0, book.keep(dimension.name), f.wrap);
        worksheet_write_number(sheet, row, 1, std::round(fit.fit[static_cast<size_t>(model)] * 10) / 10, f.fit);
        worksheet_write_number(sheet, row, 2, std::round(fit.modelInternalShare[static_cast<size_t>(model)]), f.share);
        worksheet_write_string(sheet, row, 3, book.keep(dimension.activities[static_cast<size_t>(r.activity)].name),
                               f.wrap);
        worksheet_write_string(sheet, row, 4, book.keep(ownerDisplayName(resp.owner)), f.text);
        worksheet_write_number(sheet, row, 5, resp.providerShare, f.share);
        worksheet_write_number(sheet, row, 6, resp.internalShare(), f.share);
        worksheet_write_string(sheet, row, 7, book.keep(resp.providerRaci), f.centre);
        worksheet_write_string(sheet, row, 8, book.keep(resp.internalRaci), f.centre);
        // The description belongs to the dimension; repeat it only on its first activity to keep the sheet calm.
        if (r.activity == 0)
            worksheet_write_string(sheet, row, 9, book.keep(dimension.descriptions.at(static_cast<size_t>(model))),
                                   f.wrap);
        ++row;
    }
    worksheet_set_row(sheet, 0, 30, nullptr);
    const double widths[] = {30, 11, 12, 38, 10, 11, 11, 10, 10, 70};
    for (lxw_col_t c = 0; c < std::size(widths); ++c)
        worksheet_set_column(sheet, c, c, widths[c], nullptr);
    worksheet_freeze_panes(sheet, 1, 1);
    worksheet_autofilter(sheet, 0, 0, row - 1, static_cast<lxw_col_t>(header.size() - 1));
    setPrintLayout(sheet, 1);
}

} // namespace

int matrixRowCount(const ReportContent &content)
{
    return static_cast<int>(matrixRows(content).size());
}

QByteArray matrixToCsv(const ReportContent &content)
{
    QString out;
    QTextStream s(&out);
    const auto line = [&s](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        s << quoted.join(u',') << "\r\n";
    };
    line(sideBySideHeader(content));
    for (const MatrixRow &r : matrixRows(content)) {
        const Dimension &dimension = content.dimension(r.dimension);
        const DimensionFit &fit = content.result.dimensions[static_cast<size_t>(r.dimension)];
        QStringList fields{dimension.name, dimension.activities[static_cast<size_t>(r.activity)].name,
                           QString::number(content.profile.importance.at(static_cast<size_t>(r.dimension)), 'g', 4),
                           QString::number(std::lround(fit.desiredInternalShare))};
        for (int m = 0; m < content.modelCount(); ++m) {
            const Responsibility &resp = responsibility(content, r, m);
            fields << formatFit(fit.fit[static_cast<size_t>(m)]) << ownerDisplayName(resp.owner)
                   << QString::number(resp.providerShare, 'g', QLocale::FloatingPointShortest) << resp.providerRaci
                   << resp.internalRaci;
        }
        line(fields);
    }
    s.flush();
    return escapeControlCharacters(out, KeepLayout::LineBreaksAndTabs).toUtf8();
}

QByteArray matrixToMarkdown(const ReportContent &content)
{
    QString out;
    QTextStream s(&out);
    s << "# " << markdownCell(tr("Responsibility matrix: %1").arg(content.organisationName())) << "\n\n";
    s << markdownCell(tr("Splitbench, %1.").arg(content.dateText())) << ' ' << markdownCell(recommendationLine(content))
      << "\n\n"
      << markdownCell(raciLegend() + u' ' + tr("Provider share: how much of the work the provider carries.")) << "\n";
    for (int d = 0; d < content.dimensionCount(); ++d) {
        const Dimension &dimension = content.dimension(d);
        const DimensionFit &fit = content.result.dimensions[static_cast<size_t>(d)];
        s << "\n## " << markdownCell(tr("%1. %2").arg(QString::number(d + 1), dimension.name)) << "\n\n";
        QStringList fits;
        for (int m = 0; m < content.modelCount(); ++m)
            fits << tr("%1 %2").arg(content.model(m).name, formatFit(fit.fit[static_cast<size_t>(m)]));
        s << markdownCell(tr("Suggested in-house share %1. Fit: %2.")
                              .arg(formatPercent(fit.desiredInternalShare), fits.join(tr(", "))))
          << "\n\n| " << tr("Activity");
        for (int m = 0; m < content.modelCount(); ++m) {
            const QString name = markdownCell(content.model(m).name);
            s << " | " << tr("%1: owner").arg(name) << " | " << tr("%1: provider share").arg(name) << " | "
              << tr("%1: RACI provider / in-house").arg(name);
        }
        s << " |\n|---";
        for (int m = 0; m < content.modelCount(); ++m)
            s << "|---|--:|:-:";
        s << "|\n";
        for (int a = 0; a < static_cast<int>(dimension.activities.size()); ++a) {
            s << "| " << markdownCell(dimension.activities[static_cast<size_t>(a)].name);
            for (int m = 0; m < content.modelCount(); ++m) {
                const Responsibility &resp = responsibility(content, {d, a}, m);
                s << " | " << ownerDisplayName(resp.owner) << " | " << formatPercent(resp.providerShare) << " | "
                  << formatRaci(resp.providerRaci) << " / " << formatRaci(resp.internalRaci);
            }
            s << " |\n";
        }
    }
    s.flush();
    return escapeControlCharacters(out, KeepLayout::LineBreaksAndTabs).toUtf8();
}

QByteArray matrixToHtml(const ReportContent &content)
{
    QString out;
    QTextStream s(&out);
    const QString title = tr("Responsibility matrix: %1").arg(content.organisationName());
    s << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" << html(title)
      << "</title>\n<style>\n"
         "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #1a1a1a; margin: 2em; }\n"
         "h1, h2 { color: #1f3b57; }\n"
         "table { border-collapse: collapse; margin-bottom: 1.5em; }\n"
         "th, td { border: 1px solid #c8ced6; padding: 0.3em 0.5em; vertical-align: top; }\n"
         "th { background: #e6ecf2; text-align: left; }\n"
         "td.number { text-align: right; }\n"
         "td.raci { text-align: center; }\n"
         "tbody tr:nth-child(even) { background: #f5f7fa; }\n"
         "</style>\n</head>\n<body>\n";
    s << "<h1>" << html(title) << "</h1>\n<p>" << html(tr("Splitbench, %1.").arg(content.dateText())) << ' '
      << html(recommendationLine(content)) << "</p>\n<p>" << html(raciLegend()) << "</p>\n";
    for (int d = 0; d < content.dimensionCount(); ++d) {
        const Dimension &dimension = content.dimension(d);
        const DimensionFit &fit = content.result.dimensions[static_cast<size_t>(d)];
        s << "<h2 id=\"" << html(dimension.id) << "\">" << html(tr("%1. %2").arg(QString::number(d + 1), dimension.name))
          << "</h2>\n<p>" << html(tr("Suggested in-house share %1.").arg(formatPercent(fit.desiredInternalShare)))
          << "</p>\n";
        s << "<table>\n<thead>\n<tr><th rowspan=\"2\">" << html(tr("Activity")) << "</th>";
        for (int m = 0; m < content.modelCount(); ++m)
            s << "<th colspan=\"4\">"
              << html(tr("%1 (fit %2)").arg(content.model(m).name, formatFit(fit.fit[static_cast<size_t>(m)])))
              << "</th>";
        s << "</tr>\n<tr>";
        for (int m = 0; m < content.modelCount(); ++m)
            s << "<th>" << html(tr("Owner")) << "</th><th>" << html(tr("Provider share")) << "</th><th>"
              << html(tr("Provider RACI")) << "</th><th>" << html(tr("In-house RACI")) << "</th>";
        s << "</tr>\n</thead>\n<tbody>\n";
        for (int a = 0; a < static_cast<int>(dimension.activities.size()); ++a) {
            s << "<tr><td>" << html(dimension.activities[static_cast<size_t>(a)].name) << "</td>";
            for (int m = 0; m < content.modelCount(); ++m) {
                const Responsibility &resp = responsibility(content, {d, a}, m);
                s << "<td>" << html(ownerDisplayName(resp.owner)) << "</td><td class=\"number\">"
                  << html(formatPercent(resp.providerShare)) << "</td><td class=\"raci\">"
                  << html(formatRaci(resp.providerRaci)) << "</td><td class=\"raci\">"
                  << html(formatRaci(resp.internalRaci)) << "</td>";
            }
            s << "</tr>\n";
        }
        s << "</tbody>\n</table>\n";
    }
    s << "</body>\n</html>\n";
    s.flush();
    return escapeControlCharacters(out, KeepLayout::LineBreaksAndTabs).toUtf8();
}

QStringList matrixSheetNames(const ReportContent &content)
{
    QStringList used;
    sheetName(tr("Summary"), used);
    sheetName(tr("Side by side"), used);
    for (int m = 0; m < content.modelCount(); ++m)
        sheetName(content.model(m).name, used);
    if (content.cost.modelCount() > 0)
        sheetName(tr("Cost"), used);
    if (!content.profile.customModels.empty())
        sheetName(ProposalSection::sheetTitle(), used);
    if (content.profile.isWorkshop() && content.workshop)
        sheetName(tr("Participants"), used);
    if (content.profile.asIs)
        sheetName(planSheetName(), used);
    return used;
}

namespace {
/// Builds a workbook with `fill` (false when it failed, with `error` set) and returns its bytes, or empty bytes
/// with `error` set. libxlsxwriter 1.1.4 can only write to a named file: the workbook is built in a private
/// temporary folder and its bytes handed to the caller, who writes them atomically under the requested name.
template <typename Fill> QByteArray buildWorkbook(QString *error, Fill fill)
{
    QTemporaryDir folder;
    if (!folder.isValid()) {
        *error = tr("cannot create a temporary folder for the workbook: %1").arg(folder.errorString());
        return {};
    }
    const QString path = folder.filePath(QStringLiteral("matrix.xlsx"));
    {
        Workbook book(path);
        if (!book.ok()) {
            *error = tr("cannot start the workbook");
            return {};
        }
        if (!fill(book))
            return {};
        if (const lxw_error result = book.close(); result != LXW_NO_ERROR) {
            *error = tr("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(result)));
            return {};
        }
    }
    // Like every file read, through readInputFile (bounded, never blocking); a workbook is far below the cap.
    constexpr qsizetype kMaxWorkbookBytes = 256 * 1024 * 1024;
    Loaded<QByteArray> bytes = readInputFile(path, kMaxWorkbookBytes);
    if (!bytes) {
        *error = tr("cannot read the finished workbook: %1").arg(bytes.error().message);
        return {};
    }
    return std::move(bytes).value();
}
} // namespace

QString planSheetName()
{
    return tr("Handover plan");
}

QByteArray planToXlsx(const Catalogue &catalogue, const HandoverPlan &plan, QString *error)
{
    return buildWorkbook(error, [&](Workbook &book) {
        lxw_doc_properties properties{};
        properties.title = const_cast<char *>(book.keep(
            tr("Handover plan: from today's split to %1").arg(catalogue.models.at(static_cast<size_t>(plan.toModel)).name)));
        properties.author = const_cast<char *>(book.keep(writtenByText()));
        workbook_set_properties(book.get(), &properties);
        const Formats formats = makeFormats(book.get());
        lxw_worksheet *sheet = workbook_add_worksheet(book.get(), book.keep(planSheetName()));
        if (!sheet) {
            *error = tr("cannot add the sheet \"%1\"").arg(planSheetName());
            return false;
        }
        writeHandoverSheet(book, sheet, formats, catalogue, plan);
        return true;
    });
}

QByteArray matrixToXlsx(const ReportContent &content, QString *error)
{
    return buildWorkbook(error, [&](Workbook &book) {
        lxw_doc_properties properties{};
        properties.title =
            const_cast<char *>(book.keep(tr("Responsibility matrix: %1").arg(content.organisationName())));
        properties.subject = const_cast<char *>(book.keep(recommendationLine(content)));
        properties.comments = const_cast<char *>(book.keep(raciLegend()));
        // The program is the author: the report has no "prepared by" person to name (yet).
        properties.author = const_cast<char *>(book.keep(writtenByText()));
        properties.company = const_cast<char *>(book.keep(content.organisationName()));
        // The report's date, not the clock's, so the same content gives the same workbook.
        properties.created = QDateTime(content.date, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
        workbook_set_properties(book.get(), &properties);
        const Formats formats = makeFormats(book.get());
        const QStringList names = matrixSheetNames(content);
        std::vector<lxw_worksheet *> sheets;
        for (const QString &name : names) {
            sheets.push_back(workbook_add_worksheet(book.get(), book.keep(name)));
            if (!sheets.back()) {
                *error = tr("cannot add the sheet \"%1\"").arg(name);
                return false;
            }
        }
        writeSummary(book, sheets.at(0), formats, content);
        writeSideBySide(book, sheets.at(1), formats, content);
        for (int m = 0; m < content.modelCount(); ++m)
            writeModelSheet(book, sheets.at(static_cast<size_t>(m) + 2), formats, content, m);
        size_t next = static_cast<size_t>(content.modelCount()) + 2;
        if (content.cost.modelCount() > 0)
            writeCostSheet(book, sheets.at(next++), formats, content);
        if (!content.profile.customModels.empty())
            writeProposalSheet(book, sheets.at(next++), formats, content);
        if (content.profile.isWorkshop() && content.workshop)
            writeParticipantsSheet(book, sheets.at(next++), formats, content);
        if (content.profile.asIs)
            writeHandoverSheet(book, sheets.at(next), formats, content.catalogue,
                               planHandover(content.catalogue, content.profile.asIs->responsibilities,
                                            content.result.recommended));
        return true;
    });
}

} // namespace splitbench::report
