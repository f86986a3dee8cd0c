// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage-cli export CASE --pdf/--stix/--csv: the anonymized incident report and the sharing
// exports. The dispatcher in exportcommand.cpp hands report arguments to exportReport().
#include "reportexport.h"

#include "casecommands.h"
#include "caseexport.h"
#include "casesession.h"
#include "commands.h"
#include "messageanalyzer.h"
#include "messagereader.h"
#include "parseworkerpool.h"
#include "stixexport.h"

#include <QGuiApplication>
#include <QMap>
#include <QSaveFile>
#include <QTextStream>

namespace MailTriage::Cli {

namespace {

    std::optional<QList<Message>> readFolder(const QString& dir, bool inProcess, bool* someFailed)
    {
        QList<ReadError> errors;
        const QStringList files = MessageReader::expandPaths({ dir }, &errors);
        QMap<int, ReadResult> results;
        if (inProcess) {
            for (int i = 0; i < files.size(); ++i)
                results.insert(i, MessageReader::readFile(files[i]));
        } else {
            ParseWorkerPool pool;
            if (!pool.run(
                    files, [&](int index, const QString&, ReadResult&& r) { results.insert(index, std::move(r)); })) {
                printError(
                    pool.lastError() + QStringLiteral(" (or run with --in-process to parse inside this process)"));
                return std::nullopt;
            }
        }
        QList<Message> messages;
        for (auto it = results.begin(); it != results.end(); ++it) {
            messages += it.value().messages;
            errors += it.value().errors;
        }
        for (Message& m : messages)
            MessageAnalyzer::analyze(m);
        for (const ReadError& e : std::as_const(errors))
            printError(e.file + QStringLiteral(": ") + e.reason);
        *someFailed = !errors.isEmpty();
        return messages;
    }

    const QStringList& valueOptions()
    {
        static const QStringList o { QStringLiteral("--pdf"), QStringLiteral("--stix"), QStringLiteral("--csv"),
            QStringLiteral("--misp"), QStringLiteral("--timeline"), QStringLiteral("--lang"), QStringLiteral("--map"),
            QStringLiteral("--save-map"), QStringLiteral("--from-folder"), QStringLiteral("--as-of"),
            QStringLiteral("--title"), QStringLiteral("--bec-type"), QStringLiteral("--damage"),
            QStringLiteral("--tag"), QStringLiteral("--note"), QStringLiteral("--tlp") };
        return o;
    }

} // namespace

bool isReportExport(const QStringList& args)
{
    for (const QString& a : args) {
        if (a == QLatin1String("--pdf") || a == QLatin1String("--stix") || a == QLatin1String("--csv")
            || a == QLatin1String("--misp") || a == QLatin1String("--timeline") || a == QLatin1String("--from-folder"))
            return true;
    }
    return false;
}

bool reportExportNeedsGui(const QStringList& args)
{
    return args.contains(QStringLiteral("--pdf")) || args.contains(QStringLiteral("--timeline"));
}

QString reportExportUsage()
{
    return QStringLiteral(
        "  mailtriage-cli export CASE --pdf OUT.pdf [--anonymize] [--lang ja|en] [--map MAP.json]\n"
        "  mailtriage-cli export CASE --stix OUT.json [--anonymize]\n"
        "  mailtriage-cli export CASE --csv OUT.csv [--anonymize]\n"
        "  mailtriage-cli export CASE --misp OUT.json [--anonymize]\n"
        "  mailtriage-cli export CASE --timeline OUT.png|OUT.svg [--anonymize] [--lang ja|en]\n"
        "      The incident report (A4 PDF, J-CSIP style), the sharing exports (STIX 2.1, CSV of\n"
        "      indicators, MISP event) and the report's timeline figure as an image (--timeline; .svg\n"
        "      or PNG); any of them in one run. --anonymize replaces people, organisations,\n"
        "      addresses, domains and internal IPs by pseudonyms; attacker indicators are defanged\n"
        "      where people read them (--live-indicators: not in STIX/CSV patterns; MISP values are\n"
        "      always live). --map gives an edited pseudonym map, --save-map writes the map in use.\n"
        "      --tlp clear|green|amber|amber+strict|red|none marks every output (TLP 2.0, default\n"
        "      amber); --as-of TIME stamps it (default: now).\n"
        "      --from-folder DIR reads .eml/.msg files instead of CASE.\n");
}

int exportReport(const QStringList& args)
{
    QString pdf, stix, csv, misp, timeline, lang = QStringLiteral("en"), mapPath, saveMap, folder, asOf,
                                            tlp = QStringLiteral("TLP:AMBER");
    bool anonymize = false, anonymizeAttacker = false, live = false, inProcess = false;
    std::optional<QString> title, damage, note;
    std::optional<int> becType;
    QStringList tags, positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (valueOptions().contains(a)) {
            if (i + 1 >= args.size()) {
                printError(QStringLiteral("%1 needs a value; see mailtriage-cli --help").arg(a));
                return Usage;
            }
            const QString v = args[++i];
            if (a == QLatin1String("--pdf"))
                pdf = v;
            else if (a == QLatin1String("--stix"))
                stix = v;
            else if (a == QLatin1String("--csv"))
                csv = v;
            else if (a == QLatin1String("--misp"))
                misp = v;
            else if (a == QLatin1String("--timeline"))
                timeline = v;
            else if (a == QLatin1String("--lang"))
                lang = v.toLower();
            else if (a == QLatin1String("--map"))
                mapPath = v;
            else if (a == QLatin1String("--save-map"))
                saveMap = v;
            else if (a == QLatin1String("--from-folder"))
                folder = v;
            else if (a == QLatin1String("--as-of"))
                asOf = v;
            else if (a == QLatin1String("--title"))
                title = v;
            else if (a == QLatin1String("--damage"))
                damage = v.toLower();
            else if (a == QLatin1String("--tag"))
                tags << v;
            else if (a == QLatin1String("--note"))
                note = v;
            else if (a == QLatin1String("--tlp"))
                tlp = v;
            else if (a == QLatin1String("--bec-type")) {
                bool ok = false;
                const int n = v.toInt(&ok);
                if (!ok || n < 0 || n > 5) {
                    printError(QStringLiteral("--bec-type takes 1 to 5 (0 for none)"));
                    return Usage;
                }
                becType = n;
            }
        } else if (a == QLatin1String("--anonymize")) {
            anonymize = true;
        } else if (a == QLatin1String("--anonymize-attacker")) {
            anonymize = true;
            anonymizeAttacker = true;
        } else if (a == QLatin1String("--live-indicators")) {
            live = true;
        } else if (a == QLatin1String("--in-process")) {
            inProcess = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            printError(QStringLiteral("unknown option %1 for export; see mailtriage-cli --help").arg(a));
            return Usage;
        } else {
            positional << a;
        }
    }
    if (pdf.isEmpty() && stix.isEmpty() && csv.isEmpty() && misp.isEmpty() && timeline.isEmpty()) {
        printError(QStringLiteral("export needs --pdf OUT.pdf, --stix OUT.json, --csv OUT.csv, --misp OUT.json or "
                                  "--timeline OUT.png|OUT.svg"));
        return Usage;
    }
    if (lang != QLatin1String("en") && lang != QLatin1String("ja")) {
        printError(QStringLiteral("--lang takes en or ja"));
        return Usage;
    }
    if (damage && !damage->isEmpty() && *damage != QLatin1String("yes") && *damage != QLatin1String("no")
        && *damage != QLatin1String("unknown")) {
        printError(QStringLiteral("--damage takes yes, no or unknown"));
        return Usage;
    }
    if (folder.isEmpty() == positional.isEmpty() || positional.size() > 1) {
        printError(QStringLiteral("use: mailtriage-cli export CASE --pdf OUT.pdf [--anonymize] [--lang ja|en] "
                                  "(or --from-folder DIR instead of CASE)"));
        return Usage;
    }
    if (tlp.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        tlp.clear();
    } else {
        const QString marking = StixExport::normalizedTlp(tlp);
        if (marking.isEmpty()) {
            printError(QStringLiteral("--tlp takes clear, green, amber, amber+strict, red (TLP 2.0) or none"));
            return Usage;
        }
        tlp = marking;
    }
    QDateTime asOfTime;
    if (!asOf.isEmpty()) {
        asOfTime = QDateTime::fromString(asOf, Qt::ISODate);
        if (!asOfTime.isValid()) {
            printError(QStringLiteral("--as-of takes an ISO 8601 time such as 2024-05-01T09:30:00Z"));
            return Usage;
        }
    }
    if ((!pdf.isEmpty() || !timeline.isEmpty()) && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        printError(QStringLiteral("writing a PDF or an image needs the GUI libraries to be initialised (a program "
                                  "error: main() must create a QGuiApplication for export --pdf/--timeline)"));
        return Usage;
    }
    CaseExport::Request request;
    request.pdfPath = pdf;
    request.stixPath = stix;
    request.csvPath = csv;
    request.mispPath = misp;
    request.timelinePath = timeline;
    request.language = lang == QLatin1String("ja") ? ReportLanguage::Japanese : ReportLanguage::English;
    request.tlp = tlp;
    request.asOf = asOfTime;
    request.liveIndicators = live;
    request.title = title;
    request.becType = becType;
    request.damage = damage;
    request.notes = note;
    request.extraTags = tags;
    if (!mapPath.isEmpty()) {
        QString error;
        std::optional<PseudonymMap> m = PseudonymMap::load(mapPath, &error);
        if (!m) {
            printError(QStringLiteral("%1 cannot be used as a pseudonym map: %2").arg(mapPath, error));
            return Usage;
        }
        request.map = *m;
        anonymize = true; // a map is only ever given to anonymize
    }
    request.anonymize = anonymize;
    request.anonymizeAttacker = anonymizeAttacker;

    // The case (through the application layer: the same reading as the window's export), or a folder.
    CaseExport::Context context;
    bool someFailed = false;
    if (!folder.isEmpty()) {
        std::optional<QList<Message>> messages = readFolder(folder, inProcess, &someFailed);
        if (!messages)
            return SomeInputsFailed;
        if (messages->isEmpty()) {
            printError(QStringLiteral("no messages to report on in %1").arg(folder));
            return SomeInputsFailed;
        }
        context = CaseExport::fromMessages(*messages);
    } else {
        const std::unique_ptr<CaseSession> session = openCase(positional.first(), CaseAccess::Read);
        if (!session)
            return CaseUnavailable;
        QString error;
        std::optional<CaseExport::Context> prepared = CaseExport::prepare(session->location(), &error);
        if (!prepared) {
            printError(QStringLiteral("%1: %2").arg(positional.first(), error));
            return SomeInputsFailed;
        }
        for (const ReadError& e : std::as_const(prepared->errors))
            printError(e.file + QStringLiteral(": ") + e.reason);
        someFailed = !prepared->errors.isEmpty();
        context = std::move(*prepared);
    }

    if (!saveMap.isEmpty()) {
        QString error;
        if (!CaseExport::anonymizerFor(context, request).map().save(saveMap, &error)) {
            printError(QStringLiteral("%1 cannot be written: %2").arg(saveMap, error));
            return SomeInputsFailed;
        }
    }
    const CaseExport::Result result = CaseExport::write(context, request);
    if (!result.ok) {
        printError(result.error);
        return SomeInputsFailed;
    }
    QTextStream& out = Cli::out();
    if (!stix.isEmpty())
        out << "wrote " << stix << " (STIX 2.1, case " << result.caseId << ")\n";
    if (!csv.isEmpty())
        out << "wrote " << csv << " (" << result.indicatorCount << " indicators)\n";
    if (!misp.isEmpty())
        out << "wrote " << misp << " (MISP event, case " << result.caseId << ")\n";
    if (!timeline.isEmpty())
        out << "wrote " << timeline << " (timeline figure, "
            << (anonymize ? "anonymized" : "NOT anonymized: internal use") << ", case " << result.caseId << ")\n";
    if (!pdf.isEmpty())
        out << "wrote " << pdf << " (" << (anonymize ? "anonymized" : "NOT anonymized: internal use") << ", case "
            << result.caseId << ")\n";
    return someFailed ? SomeInputsFailed : Ok;
}

} // namespace MailTriage::Cli
