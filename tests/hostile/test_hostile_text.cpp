// Text from files is data, never a format string: names such as "Prov %1 %2", markup, control characters,
// right-to-left overrides and very long names, through every output the CLI and the workbench produce. The
// number shown for each model must be its real score and the name must appear literally, escaped as the
// format requires (issue 15, item 7).
#include "hostile_support.h"

#include "cost_model.h"
#include "csv_field.h"

#include "gui/gui_test_support.h"
#include "main_window.h"
#include "profile_document.h"
#include "recommendation_banner.h"
#include "text_escape.h"
#include "workshop.h"
#include "workbench_settings.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>
#include <functional>

namespace splitbench::test {
namespace {

/// The CLI this build made, or another one (an installed or older build) named by SPLITBENCH_CLI_UNDER_TEST.
QString cliUnderTest()
{
    return qEnvironmentVariable("SPLITBENCH_CLI_UNDER_TEST", QStringLiteral(SPLITBENCH_CLI));
}

// ---- The sources: no chained arg() ----------------------------------------------------------------------

/// Every place in `text` where one arg() call is applied to the result of another: `.arg(a).arg(b)`. The
/// second call reads the first argument as format text, so a `%1` in it is replaced too.
QStringList chainedArgCalls(const QString &text, const QString &file)
{
    QStringList found;
    const QString marker = QStringLiteral(".arg(");
    for (qsizetype at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
        qsizetype i = at + marker.size();
        int depth = 1;
        while (depth > 0 && i < text.size()) {
            const QChar c = text.at(i);
            if (c == u'"' || c == u'\'') {
                for (++i; i < text.size() && text.at(i) != c; ++i)
                    if (text.at(i) == u'\\')
                        ++i;
            } else if (c == u'(') {
                ++depth;
            } else if (c == u')') {
                --depth;
            }
            ++i;
        }
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (text.mid(i, marker.size()) == marker)
            found << QStringLiteral("%1:%2").arg(file, QString::number(text.left(at).count(u'\n') + 1));
    }
    return found;
}

TEST(HostileText, TheCheckFindsChainedArgCalls)
{
    EXPECT_EQ(chainedArgCalls(QStringLiteral("tr(\"%1 %2\").arg(name)\n    .arg(x, 0, 'f', 1);"), QStringLiteral("f"))
                  .size(),
              1);
    EXPECT_TRUE(chainedArgCalls(QStringLiteral("tr(\"%1 %2\").arg(name, QString::number(x)); s.arg(\")\")"),
                                QStringLiteral("f"))
                    .isEmpty());
}

TEST(HostileText, NoChainedArgCallsInCoreOrApp)
{
    QStringList found;
    for (const QString &folder : {QStringLiteral("core"), QStringLiteral("app")}) {
        QDirIterator it(QStringLiteral(SPLITBENCH_SOURCE_DIR "/") + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            found << chainedArgCalls(QString::fromUtf8(readAll(path)), QDir(QStringLiteral(SPLITBENCH_SOURCE_DIR)).relativeFilePath(path));
        }
    }
    EXPECT_TRUE(found.isEmpty()) << "use one arg() call with all arguments (numbers as QString::number) instead of "
                                    "chained calls, which read text from files as format strings:\n  "
                                 << found.join(QStringLiteral("\n  ")).toStdString();
}

// ---- The outputs ----------------------------------------------------------------------------------------

/// A profile file with the hostile names as custom models, and what its outputs must show.
class HostileOutputs : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_profile = profileWithModels(hostileModelNames());
        m_expected = expectedFor(m_profile);
        m_profilePath = m_dir.filePath(QStringLiteral("hostile.splitbench.json"));
        QFile file(m_profilePath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(m_profile.toJson(Catalogue::builtIn()));
        file.close();
        // The scores differ, so every sentence below names distinct numbers.
        ASSERT_GE(m_expected.result.margin, 0.05);
    }

    int modelCount() const { return static_cast<int>(m_expected.catalogue.models.size()); }

    ProgramRun cli(const QStringList &arguments) const
    {
        return runProgram(cliUnderTest(), arguments,
                          {QStringLiteral("XDG_DATA_HOME=") + m_dir.filePath(QStringLiteral("data"))});
    }

    QTemporaryDir m_dir;
    Profile m_profile;
    Expected m_expected;
    QString m_profilePath;
};

/// For terminal text: control characters shown as escapes, everything else as it is.
QString shown(const QString &text)
{
    return escapeControlCharacters(text);
}

void expectNoRawControls(const QByteArray &bytes, const char *what)
{
    const QString text = QString::fromUtf8(bytes);
    EXPECT_FALSE(hasControlCharacters(text, KeepLayout::LineBreaksAndTabs))
        << what << " prints raw control characters to the terminal";
}

TEST_F(HostileOutputs, ScoreTextShowsEveryNumberAndNameLiterally)
{
    const ProgramRun run = cli({QStringLiteral("score"), QStringLiteral("--profile"), m_profilePath});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString out = QString::fromUtf8(run.out);
    expectNoRawControls(run.out, "score");
    EXPECT_TRUE(out.contains(QStringLiteral("Profile: ") + shown(m_profile.name) + u'\n')) << out.toStdString();
    EXPECT_TRUE(out.contains(shown(m_expected.summary()))) << "expected: " << shown(m_expected.summary()).toStdString()
                                                          << "\n" << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Recommended: ") + shown(m_expected.name(m_expected.result.recommended)) +
                             QStringLiteral(" (margin ") + m_expected.margin() + QStringLiteral(")\n")))
        << out.toStdString();
    // The overall row holds every model's score in order.
    const QString overallLine = out.section(u'\n', -4, -4);
    QStringList numbers = overallLine.split(u' ', Qt::SkipEmptyParts);
    numbers.removeFirst(); // "Overall"
    ASSERT_EQ(numbers.size(), modelCount()) << overallLine.toStdString();
    for (int m = 0; m < modelCount(); ++m)
        EXPECT_EQ(numbers[m], m_expected.overall(m)) << "model " << m;
}

TEST_F(HostileOutputs, ScoreJsonHoldsEveryNameExactlyWithItsScore)
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("score"), QStringLiteral("--format"), QStringLiteral("json")},
          QStringList{QStringLiteral("report"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("score.json"))}}) {
        const ProgramRun run = cli(arguments + QStringList{QStringLiteral("--profile"), m_profilePath});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QByteArray bytes = arguments.first() == QStringLiteral("score")
                                     ? run.out
                                     : readAll(m_dir.filePath(QStringLiteral("score.json")));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        EXPECT_EQ(root.value(QStringLiteral("profile")).toString(), m_profile.name);
        const QJsonArray models = root.value(QStringLiteral("models")).toArray();
        ASSERT_EQ(models.size(), modelCount());
        for (int m = 0; m < modelCount(); ++m) {
            EXPECT_EQ(models[m].toObject().value(QStringLiteral("name")).toString(), m_expected.name(m));
            // JSON rounds half away from zero to one decimal.
            EXPECT_DOUBLE_EQ(models[m].toObject().value(QStringLiteral("overall")).toDouble(),
                             std::round(m_expected.result.overall[static_cast<size_t>(m)] * 10) / 10);
        }
        EXPECT_TRUE(root.value(QStringLiteral("summary")).toString().startsWith(m_expected.summary()))
            << root.value(QStringLiteral("summary")).toString().toStdString();
    }
}

TEST_F(HostileOutputs, SensitivityTextAndJsonShowEveryNumberAndNameLiterally)
{
    const QStringList common{QStringLiteral("sensitivity"), QStringLiteral("--profile"), m_profilePath,
                             QStringLiteral("--samples"), QStringLiteral("200")};
    const ProgramRun text = cli(common);
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    expectNoRawControls(text.out, "sensitivity");
    const int best = m_expected.result.recommended;
    const int second = m_expected.result.runnerUp;
    const QString headline = QStringLiteral("Recommended: ") + shown(m_expected.name(best)) + QStringLiteral(" (") +
                             m_expected.overall(best) + QStringLiteral(") ahead of ") + shown(m_expected.name(second)) +
                             QStringLiteral(" (") + m_expected.overall(second) + QStringLiteral("), margin ") +
                             m_expected.margin();
    EXPECT_TRUE(QString::fromUtf8(text.out).contains(headline)) << "expected: " << headline.toStdString() << "\n"
                                                                 << text.out.toStdString();
    EXPECT_TRUE(QString::fromUtf8(text.out).contains(QStringLiteral("  Margin of ") + shown(m_expected.name(best)) +
                                                     QStringLiteral(" over the best alternative: mean ")));

    const ProgramRun json = cli(common + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    EXPECT_EQ(root.value(QStringLiteral("profile")).toString(), m_profile.name);
    const QJsonObject current = root.value(QStringLiteral("current")).toObject();
    const QJsonObject overall = current.value(QStringLiteral("overall")).toObject();
    for (int m = 0; m < modelCount(); ++m)
        EXPECT_EQ(QString::number(overall.value(m_expected.catalogue.models[static_cast<size_t>(m)].id).toDouble(), 'f', 1),
                  m_expected.overall(m));
    // Every sentence naming the recommended model names it exactly.
    QStringList sentences;
    std::function<void(const QJsonValue &)> collect = [&](const QJsonValue &value) {
        if (value.isString())
            sentences << value.toString();
        else if (value.isArray())
            for (const QJsonValue &v : value.toArray())
                collect(v);
        else if (value.isObject())
            for (const QJsonValue &v : value.toObject())
                collect(v);
    };
    collect(root);
    const QString robustness = m_expected.name(best) + QStringLiteral(" is recommended in ");
    EXPECT_TRUE(std::any_of(sentences.begin(), sentences.end(),
                            [&](const QString &s) { return s.startsWith(robustness); }))
        << "no sentence starts with " << robustness.toStdString();
}

/// A CSV file's rows (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows{{}};
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                field += u'"', ++i;
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            rows.back() << field;
            field.clear();
        } else if (c == u'\n') {
            rows.back() << field;
            field.clear();
            rows.append(QStringList());
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !rows.back().isEmpty())
        rows.back() << field;
    else
        rows.removeLast();
    return rows;
}

TEST_F(HostileOutputs, CsvNamesEveryModelsColumnsAndItsFits)
{
    const QString path = m_dir.filePath(QStringLiteral("matrix.csv"));
    const ProgramRun run = cli({QStringLiteral("report"), QStringLiteral("--profile"), m_profilePath, QStringLiteral("-o"), path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray bytes = readAll(path);
    expectNoRawControls(bytes, "the CSV");
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
    ASSERT_GE(rows.size(), 2);
    const QString firstDimension = m_expected.catalogue.dimensions.front().name;
    ASSERT_EQ(rows[1].value(0), firstDimension);
    for (int m = 0; m < modelCount(); ++m) {
        const qsizetype column = rows[0].indexOf(shown(m_expected.name(m)) + QStringLiteral(": dimension fit"));
        ASSERT_GE(column, 0) << "no column for model " << m;
        EXPECT_EQ(rows[1].value(column), QString::number(m_expected.result.dimensions.front().fit[static_cast<size_t>(m)], 'f', 1))
            << "model " << m;
    }
}

/// Backslash before every character CommonMark reads as markup (as the Markdown export promises).
QString markdownEscaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>|").contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString recommendationLine(const Expected &expected, const std::function<QString(const QString &)> &escape)
{
    QStringList overall;
    for (int m = 0; m < static_cast<int>(expected.catalogue.models.size()); ++m)
        overall << expected.name(m) + u' ' + expected.overall(m);
    // The format's escaping applies to the text; control characters are then shown as escapes.
    return shown(escape(QStringLiteral("Overall fit: ") + overall.join(QStringLiteral(", ")) +
                        QStringLiteral(". Recommended: ") + expected.name(expected.result.recommended) +
                        QStringLiteral(" (margin ") + expected.margin() + QStringLiteral(" points).")));
}

TEST_F(HostileOutputs, MarkdownAndHtmlShowEveryNumberAndNameEscapedForTheFormat)
{
    const QString md = m_dir.filePath(QStringLiteral("matrix.md"));
    const QString html = m_dir.filePath(QStringLiteral("matrix.html"));
    for (const QString &path : {md, html}) {
        const ProgramRun run = cli({QStringLiteral("report"), QStringLiteral("--profile"), m_profilePath, QStringLiteral("-o"), path});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        expectNoRawControls(readAll(path), "a matrix export");
    }
    const QString mdText = QString::fromUtf8(readAll(md));
    const QString mdLine = recommendationLine(m_expected, markdownEscaped);
    EXPECT_TRUE(mdText.contains(mdLine)) << "expected: " << mdLine.toStdString();
    const QString htmlText = QString::fromUtf8(readAll(html));
    const QString htmlLine = recommendationLine(m_expected, [](const QString &s) { return s.toHtmlEscaped(); });
    EXPECT_TRUE(htmlText.contains(htmlLine)) << "expected: " << htmlLine.toStdString();
    for (int m = 0; m < modelCount(); ++m) {
        const QString fit = QString::number(m_expected.result.dimensions.front().fit[static_cast<size_t>(m)], 'f', 1);
        const QString header = QStringLiteral("<th colspan=\"4\">") + shown(m_expected.name(m)).toHtmlEscaped() +
                               QStringLiteral(" (fit ") + fit + QStringLiteral(")</th>");
        EXPECT_TRUE(htmlText.contains(header)) << header.toStdString();
    }
}

TEST_F(HostileOutputs, XlsxHoldsEveryNameAsText)
{
    const QString path = m_dir.filePath(QStringLiteral("matrix.xlsx"));
    const ProgramRun run = cli({QStringLiteral("report"), QStringLiteral("--profile"), m_profilePath, QStringLiteral("-o"), path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const ProgramRun unzip = runProgram(QStringLiteral(SPLITBENCH_TOOL_PYTHON3),
                                 {QStringLiteral("-c"),
                                  QStringLiteral("import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1])"
                                                 ".read('xl/sharedStrings.xml'))"),
                                  path});
    ASSERT_EQ(unzip.exitCode, 0) << unzip.err.toStdString();
    const QString strings = QString::fromUtf8(unzip.out);
    for (int m = 0; m < modelCount(); ++m) {
        // XML text: &, < and > escaped; quotes may stay.
        const QString name = shown(m_expected.name(m))
                                 .replace(u'&', QStringLiteral("&amp;"))
                                 .replace(u'<', QStringLiteral("&lt;"))
                                 .replace(u'>', QStringLiteral("&gt;"));
        EXPECT_TRUE(strings.contains(u'>' + name + u'<') || strings.contains(u'>' + QString(name).replace(u'"', QStringLiteral("&quot;")) + u'<'))
            << "model " << m << " missing from the workbook's texts";
    }
}

/// PDF text without white space (pdftotext breaks lines anywhere) and without control and format characters
/// (which a PDF does not draw).
QString comparable(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace() && c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            out += c;
    return out;
}

TEST_F(HostileOutputs, PdfShowsTheRealNumbersNextToTheNames)
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    const ProgramRun run = cli({QStringLiteral("report"), QStringLiteral("--profile"), m_profilePath, QStringLiteral("-o"), path,
                         QStringLiteral("--samples"), QStringLiteral("200")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const ProgramRun text = runProgram(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                                             QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QString pdf = comparable(QString::fromUtf8(text.out));
    // The printed report shows control characters and bidirectional overrides as escapes, as a terminal does.
    EXPECT_TRUE(pdf.contains(comparable(shown(m_expected.summary())))) << shown(m_expected.summary()).toStdString();
    // The radar's legend: each name (cut when long) with its overall fit.
    for (int m = 0; m < modelCount(); ++m) {
        const QString legend = m_expected.name(m).size() > 60
                                   ? QStringLiteral("(overall ") + m_expected.overall(m) + u')'
                                   : shown(m_expected.name(m)) + QStringLiteral(" (overall ") + m_expected.overall(m) + u')';
        EXPECT_TRUE(pdf.contains(comparable(legend))) << legend.toStdString();
    }
    for (const QString &placeholder : {QStringLiteral("%L1"), QStringLiteral("%99")})
        EXPECT_TRUE(pdf.contains(placeholder)) << "the name with " << placeholder.toStdString() << " was rewritten";
}

TEST_F(HostileOutputs, WorkbenchBannerAndStatusShowTheRealNumbers)
{
    gui::test::Workbench bench;
    gui::MainWindow &window = *bench.window;
    ASSERT_TRUE(window.openFile(m_profilePath));
    const QString scores = window.banner()->scores();
    const QString headline = window.banner()->headline();
    const auto *status = window.findChild<QLabel *>(QStringLiteral("statusSummary"));
    ASSERT_NE(status, nullptr);
    for (int m = 0; m < modelCount(); ++m) {
        // Long names are shortened on screen (the full name is in the tooltip); short ones appear whole.
        const QString name = m_expected.name(m);
        const QString visible = name.size() > 40 ? name.left(20) : name;
        EXPECT_TRUE(scores.contains(visible.toHtmlEscaped())) << "model " << m;
        const qsizetype at = scores.indexOf(visible.toHtmlEscaped());
        EXPECT_TRUE(scores.mid(at, name.size() * 6 + 40).contains(u' ' + m_expected.overall(m) + QStringLiteral(" of 100")))
            << "model " << m << ": " << scores.toStdString();
    }
    const QString best = m_expected.name(m_expected.result.recommended);
    EXPECT_TRUE(headline.contains((best.size() > 40 ? best.left(20) : best).toHtmlEscaped())) << headline.toStdString();
    EXPECT_TRUE(status->text().endsWith(QStringLiteral(" (+") + m_expected.margin() + u')')) << status->text().toStdString();
}


// ---- What each model costs (splitbench-cli cost, score's TCO, the cost parts of sensitivity) ----------------

TEST_F(HostileOutputs, CostTextJsonAndCsvShowEveryNameLiterallyWithItsFigures)
{
    const CostModel costs = CostModel::forProfile(m_expected.catalogue, m_profile);
    const ProgramRun text = cli({QStringLiteral("cost"), QStringLiteral("--profile"), m_profilePath});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    expectNoRawControls(text.out, "cost");
    const QString out = QString::fromUtf8(text.out);
    EXPECT_TRUE(out.contains(QStringLiteral("Profile: ") + shown(m_profile.name) + u'\n')) << out.toStdString();
    // Every model is named in full in a breakeven sentence (the table shortens long names), placeholders and all.
    for (int m = 0; m < modelCount(); ++m)
        EXPECT_TRUE(out.contains(shown(m_expected.name(m)))) << "model " << m << "\n" << out.toStdString();

    const ProgramRun json = cli({QStringLiteral("cost"), QStringLiteral("--profile"), m_profilePath,
                                 QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    EXPECT_EQ(root.value(QStringLiteral("profile")).toString(), m_profile.name);
    const QJsonArray models = root.value(QStringLiteral("models")).toArray();
    ASSERT_EQ(models.size(), modelCount());
    for (int m = 0; m < modelCount(); ++m) {
        const QJsonObject model = models[m].toObject();
        EXPECT_EQ(model.value(QStringLiteral("name")).toString(), m_expected.name(m));
        EXPECT_NEAR(model.value(QStringLiteral("tco")).toObject().value(QStringLiteral("total")).toDouble(),
                    costs.cost(m).total(), 0.006);
        if (model.contains(QStringLiteral("breakeven_with_recommended"))) {
            const QString sentence = model.value(QStringLiteral("breakeven_with_recommended"))
                                         .toObject().value(QStringLiteral("sentence")).toString();
            EXPECT_TRUE(sentence.contains(m_expected.name(m))) << sentence.toStdString();
            EXPECT_TRUE(sentence.contains(m_expected.name(m_expected.result.recommended))) << sentence.toStdString();
        }
    }

    const QString path = m_dir.filePath(QStringLiteral("cost.csv"));
    const ProgramRun csv = cli({QStringLiteral("cost"), QStringLiteral("--profile"), m_profilePath,
                                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), path});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QByteArray bytes = readAll(path);
    expectNoRawControls(bytes, "the cost CSV");
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
    ASSERT_EQ(rows.size(), modelCount() + 1);
    const qsizetype name = rows[0].indexOf(QStringLiteral("name"));
    const qsizetype total = rows[0].indexOf(QStringLiteral("total"));
    for (int m = 0; m < modelCount(); ++m) {
        EXPECT_EQ(rows[m + 1].size(), rows[0].size()) << "model " << m;
        EXPECT_EQ(rows[m + 1].value(name), shown(m_expected.name(m))) << "model " << m;
        EXPECT_NEAR(rows[m + 1].value(total).toDouble(), costs.cost(m).total(), 0.006) << "model " << m;
    }
}

TEST_F(HostileOutputs, SensitivityCostSentencesNameEveryModelExactly)
{
    const QStringList common{QStringLiteral("sensitivity"), QStringLiteral("--profile"), m_profilePath,
                             QStringLiteral("--samples"), QStringLiteral("500"), QStringLiteral("--price-uncertainty"),
                             QStringLiteral("30")};
    const ProgramRun text = cli(common);
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    expectNoRawControls(text.out, "sensitivity with price uncertainty");
    const ProgramRun json = cli(common + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    const QJsonArray pairs =
        root.value(QStringLiteral("what_would_change")).toObject().value(QStringLiteral("cost")).toArray();
    ASSERT_FALSE(pairs.isEmpty());
    for (const QJsonValue &value : pairs) {
        const QJsonObject pair = value.toObject();
        const int cheaper = m_expected.catalogue.modelIndex(pair.value(QStringLiteral("cheaper")).toString());
        const int dearer = m_expected.catalogue.modelIndex(pair.value(QStringLiteral("dearer")).toString());
        ASSERT_GE(cheaper, 0);
        ASSERT_GE(dearer, 0);
        const QString sentence = pair.value(QStringLiteral("sentence")).toString();
        EXPECT_TRUE(sentence.startsWith(QStringLiteral("On cost, ") + m_expected.name(cheaper)))
            << sentence.toStdString();
        EXPECT_TRUE(sentence.contains(m_expected.name(dearer))) << sentence.toStdString();
        EXPECT_TRUE(QString::fromUtf8(text.out).contains(shown(sentence))) << shown(sentence).toStdString();
    }
    const QString costSentence =
        root.value(QStringLiteral("cost")).toObject().value(QStringLiteral("sentence")).toString();
    EXPECT_TRUE(costSentence.startsWith(QStringLiteral("With provider prices and the IT salary within ±30%, ")))
        << costSentence.toStdString();
}

// ---- The workshop's outputs -------------------------------------------------------------------------------

/// A workshop whose participants carry the hostile names (cut to the loader's length) and hostile roles.
class HostileWorkshop : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const Catalogue &catalogue = Catalogue::builtIn();
        m_workshop = Profile::defaults(catalogue);
        m_workshop.name = hostileProfileName();
        const QStringList names = hostileModelNames();
        for (qsizetype i = 0; i < names.size(); ++i) {
            Participant person;
            person.id = QStringLiteral("p%1").arg(i);
            person.name = names[i].left(Participant::kMaxNameLength).trimmed();
            person.role = QStringLiteral("%1 role %2");
            person.traits = m_workshop.traits;
            for (double &value : person.traits)
                value = std::fmod(10.0 + 41.0 * static_cast<double>(i), 101.0);
            person.importance = m_workshop.importance;
            person.traitUncertainty = m_workshop.traitUncertainty;
            m_workshop.participants.push_back(person);
        }
        applyConsensus(m_workshop);
        m_path = m_dir.filePath(QStringLiteral("workshop.splitbench.json"));
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(m_workshop.toJson(catalogue));
    }

    ProgramRun cli(const QStringList &arguments) const
    {
        return runProgram(cliUnderTest(), arguments,
                          {QStringLiteral("XDG_DATA_HOME=") + m_dir.filePath(QStringLiteral("data"))});
    }

    QTemporaryDir m_dir;
    Profile m_workshop;
    QString m_path;
};

TEST_F(HostileWorkshop, ScoreAndSensitivityShowEveryParticipantLiterallyAndJsonExactly)
{
    const ProgramRun text = cli({QStringLiteral("score"), QStringLiteral("--profile"), m_path});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    expectNoRawControls(text.out, "score (workshop)");
    for (const Participant &person : m_workshop.participants)
        EXPECT_TRUE(QString::fromUtf8(text.out).contains(QStringLiteral("  ") + shown(person.label()) +
                                                          QStringLiteral(", weight 1: ")))
            << shown(person.label()).toStdString() << "\n" << text.out.toStdString();

    for (const QString &command : {QStringLiteral("score"), QStringLiteral("sensitivity")}) {
        QStringList arguments{command, QStringLiteral("--profile"), m_path, QStringLiteral("--format"),
                              QStringLiteral("json")};
        if (command == QStringLiteral("sensitivity"))
            arguments << QStringLiteral("--samples") << QStringLiteral("200");
        const ProgramRun json = cli(arguments);
        ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
        const QJsonArray people =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("participants")).toArray();
        ASSERT_EQ(people.size(), static_cast<qsizetype>(m_workshop.participants.size()));
        for (qsizetype i = 0; i < people.size(); ++i) {
            EXPECT_EQ(people[i].toObject().value(QStringLiteral("name")).toString(),
                      m_workshop.participants[static_cast<size_t>(i)].name);
            EXPECT_EQ(people[i].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("%1 role %2"));
        }
    }
    const ProgramRun sensitivity =
        cli({QStringLiteral("sensitivity"), QStringLiteral("--profile"), m_path, QStringLiteral("--samples"),
             QStringLiteral("200")});
    ASSERT_EQ(sensitivity.exitCode, 0) << sensitivity.err.toStdString();
    expectNoRawControls(sensitivity.out, "sensitivity (workshop)");
}

TEST_F(HostileWorkshop, MergeAndParticipantFilePrintNamesSafelyAndKeepThemExactly)
{
    const QString file = m_dir.filePath(QStringLiteral("p3.splitbench.json"));
    const ProgramRun written = cli({QStringLiteral("participant-file"), m_path, QStringLiteral("--participant"),
                                    QStringLiteral("p3"), QStringLiteral("--output"), file});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    const QString merged = m_dir.filePath(QStringLiteral("merged.splitbench.json"));
    const ProgramRun run =
        cli({QStringLiteral("merge"), m_path, file, QStringLiteral("--output"), merged});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    expectNoRawControls(run.out, "merge");
    EXPECT_TRUE(QString::fromUtf8(run.out).contains(QStringLiteral("unchanged: ") + shown(m_workshop.participants[3].label())))
        << run.out.toStdString();
    const QJsonArray people =
        QJsonDocument::fromJson(readAll(merged)).object().value(QStringLiteral("participants")).toArray();
    ASSERT_EQ(people.size(), static_cast<qsizetype>(m_workshop.participants.size()));
    for (qsizetype i = 0; i < people.size(); ++i)
        EXPECT_EQ(people[i].toObject().value(QStringLiteral("name")).toString(),
                  m_workshop.participants[static_cast<size_t>(i)].name);
}

TEST_F(HostileWorkshop, ReportAndQuestionnaireShowEveryParticipantLiterally)
{
    const QString report = m_dir.filePath(QStringLiteral("workshop.pdf"));
    const QString questionnaire = m_dir.filePath(QStringLiteral("questionnaire.pdf"));
    ASSERT_EQ(cli({QStringLiteral("report"), QStringLiteral("--profile"), m_path, QStringLiteral("-o"), report,
                   QStringLiteral("--samples"), QStringLiteral("200")})
                  .exitCode,
              0);
    ASSERT_EQ(cli({QStringLiteral("questionnaire"), QStringLiteral("--profile"), m_path, QStringLiteral("--participant"),
                   QStringLiteral("p3"), QStringLiteral("-o"), questionnaire})
                  .exitCode,
              0);
    const auto pdfText = [](const QString &path) {
        const ProgramRun text = runProgram(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT),
                                           {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
        return comparable(QString::fromUtf8(text.out));
    };
    const QString printed = pdfText(report);
    // The section's table names every participant as written, control characters as escapes.
    for (const Participant &person : m_workshop.participants)
        EXPECT_TRUE(printed.contains(comparable(shown(person.name)))) << shown(person.name).toStdString();
    EXPECT_TRUE(printed.contains(comparable(QStringLiteral("%1 role %2"))));
    EXPECT_TRUE(pdfText(questionnaire).contains(comparable(shown(m_workshop.participants[3].label()))));
}

TEST(CsvFormulas, NoExportedCellRunsAsAFormulaAndNumbersStayNumbers)
{
    // A custom model named like a formula is text in every CSV export: the cost table and the matrix (the plan's
    // CSV has its own test, CliPlan.CsvCellsNeverRunAsFormulas).
    const QStringList formulas{QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("+1+2"),
                               QStringLiteral("-2+3"), QStringLiteral("@SUM(A1:A9)")};
    QTemporaryDir dir;
    const QString profilePath = dir.filePath(QStringLiteral("formulas.splitbench.json"));
    {
        QFile file(profilePath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(profileWithModels(formulas).toJson(Catalogue::builtIn()));
    }
    const QStringList environment{QStringLiteral("XDG_DATA_HOME=") + dir.filePath(QStringLiteral("data"))};
    const QString cost = dir.filePath(QStringLiteral("cost.csv"));
    const QString matrix = dir.filePath(QStringLiteral("matrix.csv"));
    ASSERT_EQ(runProgram(cliUnderTest(), {QStringLiteral("cost"), QStringLiteral("--profile"), profilePath,
                                          QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), cost},
                         environment)
                  .exitCode,
              0);
    ASSERT_EQ(runProgram(cliUnderTest(), {QStringLiteral("report"), QStringLiteral("--profile"), profilePath,
                                          QStringLiteral("-o"), matrix},
                         environment)
                  .exitCode,
              0);
    for (const QString &path : {cost, matrix}) {
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(readAll(path)));
        ASSERT_GE(rows.size(), 2) << path.toStdString();
        int named = 0;
        for (const QStringList &row : rows)
            for (const QString &cell : row) {
                EXPECT_FALSE(!cell.isEmpty() && QStringLiteral("=+@").contains(cell.front()))
                    << path.toStdString() << ": " << cell.toStdString();
                bool number = false;
                cell.toDouble(&number);
                EXPECT_FALSE(cell.startsWith(u'-') && !number) << path.toStdString() << ": " << cell.toStdString();
                for (const QString &formula : formulas)
                    named += cell.contains(u'\'' + formula) ? 1 : 0;
            }
        EXPECT_GE(named, formulas.size()) << path.toStdString() << ": every name is there, as text";
    }
    // A negative figure is still a number a spreadsheet can add up.
    EXPECT_EQ(csvField(QStringLiteral("-3.5")), QStringLiteral("-3.5"));
    EXPECT_EQ(csvField(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(csvField(QStringLiteral("a, \"b\"")), QStringLiteral("\"a, \"\"b\"\"\""));
}

} // namespace
} // namespace splitbench::test
