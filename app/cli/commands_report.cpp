// `splitbench-cli report`: the comparison report and its exports, for one profile or many in parallel.
#include "cli_app.h"
#include "cli_command.h"
#include "logging.h"
#include "report_content.h"
#include "report_export.h"
#include "text_escape.h"
#include "worker_threads.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace splitbench::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::cli", text);
}

const QString kProfile = QStringLiteral("profile");
const QString kOutputDir = QStringLiteral("output-dir");
const QString kFormat = QStringLiteral("format");
const QString kPageSize = QStringLiteral("page-size");
const QString kJobs = QStringLiteral("jobs");
const QString kPreparedBy = QStringLiteral("prepared-by");
const QString kPreparedByCompany = QStringLiteral("prepared-by-company");
const QString kPreparedByContact = QStringLiteral("prepared-by-contact");
const QString kLogo = QStringLiteral("logo");

/// One profile to turn into one output file.
struct ReportJob {
    QString profile;
    QString output;
};

struct JobResult {
    int exitCode = Success;
    QString message;
    ErrorLog log = ErrorLog::Message; ///< AlreadyLogged for load errors (the core logged them)
};

JobResult runJob(const ReportJob &job, const Catalogue &catalogue, report::ExportFormat format,
                 const QPageSize &pageSize, const MonteCarloOptions &monteCarlo, const report::PreparedBy &preparedBy)
{
    Loaded<Profile> profile = loadProfileArgument(job.profile, catalogue);
    if (!profile)
        return {InvalidInput, tr("error: %1").arg(profile.error().toString()), ErrorLog::AlreadyLogged};
    QElapsedTimer timer;
    timer.start();
    report::ReportContent content =
        report::ReportContent::make(catalogue, profile.value(), QDate::currentDate(), monteCarlo);
    content.preparedBy = preparedBy;
    if (const QString error = report::exportReport(job.output, format, content, pageSize); !error.isEmpty())
        return {OutputFailed, tr("error: %1").arg(error)};
    log::named("cli")->debug("report {} written in {:.1f} ms", job.output,
                             static_cast<double>(timer.nsecsElapsed()) / 1e6);
    return {Success, job.output};
}

/// --prepared-by, --prepared-by-company, --prepared-by-contact and --logo; nullopt (and `exitCode`) after printing
/// what is wrong with one of them.
std::optional<report::PreparedBy> preparedByOptions(const QCommandLineParser &parser, int &exitCode)
{
    report::PreparedBy by;
    for (const auto &[option, field] : {std::pair{kPreparedBy, &by.name}, std::pair{kPreparedByCompany, &by.company},
                                        std::pair{kPreparedByContact, &by.contact}}) {
        const QString value = parser.value(option).simplified();
        if (value.size() > report::PreparedBy::kMaxLength) {
            printError(tr("error: --%1 may be at most %2 characters").arg(option, QString::number(report::PreparedBy::kMaxLength)));
            exitCode = UsageError;
            return std::nullopt;
        }
        *field = value;
    }
    if (parser.isSet(kLogo)) {
        Loaded<report::Logo> logo = report::loadLogo(parser.value(kLogo));
        if (!logo) {
            printLoadError(logo.error());
            exitCode = InvalidInput;
            return std::nullopt;
        }
        by.logo = std::make_shared<const report::Logo>(std::move(logo).value());
    }
    return by;
}

/// "reports/2-manufacturer-with-cio.splitbench.json" → "2-manufacturer-with-cio".
QString baseNameOf(const QString &profile)
{
    if (profile == QStringLiteral("default"))
        return QStringLiteral("default");
    QString name = QFileInfo(profile).fileName();
    for (const QString &suffix : {QStringLiteral(".splitbench.json"), QStringLiteral(".json")})
        if (name.endsWith(suffix, Qt::CaseInsensitive)) {
            name.chop(suffix.size());
            break;
        }
    return name.isEmpty() ? QStringLiteral("report") : name;
}

int runReport(const QCommandLineParser &parser)
{
    const QStringList profiles = parser.values(kProfile);
    if (profiles.isEmpty()) {
        printError(tr("error: report needs --profile FILE (repeat it for several profiles)"));
        return UsageError;
    }
    const std::optional<QPageSize> pageSize = report::reportPageSize(parser.value(kPageSize));
    if (!pageSize) {
        printError(tr("error: unknown page size \"%1\" (use A4 or Letter)").arg(parser.value(kPageSize)));
        return UsageError;
    }
    const bool single = parser.isSet(outputOption());
    const bool batch = parser.isSet(kOutputDir);
    if (single == batch) {
        printError(single ? tr("error: use either --output or --output-dir, not both")
                          : tr("error: report needs --output FILE (one profile) or --output-dir DIR (several)"));
        return UsageError;
    }
    const QString supported = report::exportSuffixes().join(QStringLiteral(", "));
    std::optional<report::ExportFormat> requested;
    if (parser.isSet(kFormat)) {
        requested = report::exportFormatForName(parser.value(kFormat));
        if (!requested) {
            printError(tr("error: unknown format \"%1\" (use one of: %2)").arg(parser.value(kFormat), supported));
            return UsageError;
        }
    }

    std::vector<ReportJob> jobs;
    report::ExportFormat format = report::ExportFormat::Pdf;
    if (single) {
        if (profiles.size() > 1) {
            printError(
                tr("error: --output takes one profile; use --output-dir DIR for %1 profiles").arg(profiles.size()));
            return UsageError;
        }
        const QString output = parser.value(outputOption());
        const std::optional<report::ExportFormat> fromName = report::exportFormatForPath(output);
        if (!fromName) {
            printError(
                tr("error: cannot tell the format from \"%1\"; end the name with one of: %2").arg(output, supported));
            return UsageError;
        }
        if (requested && *requested != *fromName) {
            printError(
                tr("error: --format %1 does not match the extension of \"%2\"").arg(parser.value(kFormat), output));
            return UsageError;
        }
        format = *fromName;
        jobs.push_back({profiles.constFirst(), output});
    } else {
        format = requested.value_or(report::ExportFormat::Pdf);
        const QString folder = parser.value(kOutputDir);
        const QFileInfo info(folder);
        if (info.exists() && !info.isDir()) {
            printError(tr("error: %1: cannot write reports there because it is a file, not a folder").arg(folder));
            return OutputFailed;
        }
        QMap<QString, QString> taken; // output name → the profile that claimed it
        for (const QString &profile : profiles) {
            const QString name = baseNameOf(profile) + u'.' + report::exportSuffix(format);
            if (taken.contains(name)) {
                printError(tr("error: \"%1\" and \"%2\" would both be written to %3; rename one of them")
                               .arg(taken.value(name), profile, name));
                return UsageError;
            }
            taken.insert(name, profile);
            jobs.push_back({profile, QDir(folder).filePath(name)});
        }
    }

    // Nothing is written (not even the output folder) before every output is known not to be an input.
    QStringList outputs;
    for (const ReportJob &job : jobs)
        outputs << job.output;
    QStringList inputs = inputFiles(parser, profiles);
    if (parser.isSet(kLogo))
        inputs << parser.value(kLogo);
    if (!outputsAreNotInputs(outputs, inputs))
        return UsageError;
    if (batch && !QFileInfo(parser.value(kOutputDir)).exists() && !QDir().mkpath(parser.value(kOutputDir))) {
        printError(tr("error: %1: cannot create the folder").arg(parser.value(kOutputDir)));
        return OutputFailed;
    }

    std::optional<MonteCarloOptions> monteCarlo = monteCarloOptions(parser);
    if (!monteCarlo)
        return UsageError;

    const std::optional<Catalogue> catalogue = loadCatalogue(parser);
    if (!catalogue)
        return InvalidInput;
    int brandingExit = Success;
    const std::optional<report::PreparedBy> preparedBy = preparedByOptions(parser, brandingExit);
    if (!preparedBy)
        return brandingExit;

    std::vector<JobResult> results(jobs.size());
    QString threadProblem;
    std::vector<bool> begun(jobs.size(), true);
    if (jobs.size() == 1) {
        results.front() = runJob(jobs.front(), *catalogue, format, *pageSize, *monteCarlo, *preparedBy);
    } else {
        // The reports themselves run side by side, so each analysis keeps to its own thread.
        monteCarlo->threads = 1;
        // Each report uses its own paint devices, so reports run side by side, one per core by default, never
        // more at once than there are reports (or kMaxWorkers).
        int requestedThreads = QThread::idealThreadCount();
        if (parser.isSet(kJobs)) {
            bool jobsOk = false;
            requestedThreads = parser.value(kJobs).trimmed().toInt(&jobsOk);
            if (!jobsOk || requestedThreads < 1) {
                printError(tr("error: --jobs needs a positive number, not \"%1\"").arg(parser.value(kJobs)));
                return UsageError;
            }
        }
        const int workers = workerCount(requestedThreads, jobs.size());
        log::named("cli")->debug("{} reports on {} worker threads ({} requested)", jobs.size(), workers,
                                 requestedThreads);
        const Catalogue &shared = *catalogue;
        const QPageSize size = *pageSize;
        const MonteCarloOptions options = *monteCarlo;
        threadProblem = runOnWorkers(
            jobs.size(), workers,
            [&](std::size_t i) { results[i] = runJob(jobs[i], shared, format, size, options, *preparedBy); }, begun);
    }

    int exitCode = Success;
    QTextStream out(stdout);
    int notRun = 0;
    for (std::size_t i = 0; i < results.size(); ++i) {
        const JobResult &result = results[i];
        if (!begun[i]) {
            ++notRun;
            continue;
        }
        if (result.exitCode == Success) {
            if (batch)
                out << escapeControlCharacters(tr("wrote %1").arg(QDir::toNativeSeparators(result.message))) << '\n';
        } else {
            printError(result.message, result.log);
        }
        exitCode = std::max(exitCode, result.exitCode);
    }
    if (!threadProblem.isEmpty()) {
        out.flush();
        printError(tr("error: %1; %2 of %3 reports were not written (try a smaller --jobs)")
                       .arg(threadProblem, QString::number(notRun), QString::number(results.size())));
        exitCode = std::max<int>(exitCode, OutputFailed);
    }
    return exitCode;
}

} // namespace

Command reportCommand()
{
    Command command{
        QStringLiteral("report"),
        tr("Write the comparison report (PDF), the radar chart (PNG, SVG), the responsibility matrix "
           "(CSV, Markdown, HTML, XLSX) or the score (JSON)."),
        [](QCommandLineParser &p) {
            p.addOption({kProfile,
                         tr("The profile to report on (*.splitbench.json, or \"default\"). Repeat it with "
                            "--output-dir to write one report per profile, in parallel."),
                         tr("file")});
            p.addOption(catalogueOption());
            p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                         tr("Write to <file>; its extension picks the format: .pdf (full report), .png/.svg "
                            "(radar chart), .csv/.md/.html/.xlsx (responsibility matrix with fit), .json (score)."),
                         tr("file")});
            p.addOption({kOutputDir,
                         tr("Write one file per profile into <dir> (created if missing), named after the profile "
                            "file."),
                         tr("dir")});
            p.addOption({kFormat, tr("With --output-dir: the format of every file (default pdf)."), tr("format")});
            p.addOption(
                {kPageSize, tr("Paper for PDF reports: A4 (default) or Letter."), tr("size"), QStringLiteral("A4")});
            p.addOption(
                {kJobs,
                 tr("With --output-dir: reports written at the same time (default: one per core; never more than "
                    "there are profiles, nor more than %1).")
                     .arg(kMaxWorkers),
                 tr("n")});
            p.addOption({kPreparedBy, tr("Who prepared the report: a name for the cover and the PDF's author."), tr("name")});
            p.addOption({kPreparedByCompany, tr("The preparer's company, on the cover and in every page's footer."),
                         tr("company")});
            p.addOption({kPreparedByContact, tr("How to reach the preparer (e-mail, phone or web), on the cover."),
                         tr("contact")});
            p.addOption({kLogo, tr("The preparer's logo for the cover: an SVG drawing or a PNG or JPEG image."),
                         tr("file")});
            // The PDF's sensitivity page prints both, so its figures can be reproduced with `sensitivity`.
            addMonteCarloOptions(p);
        },
        runReport};
    command.needsGui = true;
    return command;
}

} // namespace splitbench::cli
