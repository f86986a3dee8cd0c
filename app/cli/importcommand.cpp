// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage-cli import CASE PATH... [--json] [--in-process] [--workers N]
// Progress goes to stderr: a bar on a terminal, a plain line every second otherwise.
#include "casecommands.h"
#include "casesession.h"
#include "casestore.h"
#include "importer.h"
#include "messagejson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace MailTriage::Cli {

namespace {
    std::atomic<bool> g_cancel { false };
    static_assert(std::atomic<bool>::is_always_lock_free, "the SIGINT handler needs a lock-free flag");

    void onInterrupt(int)
    {
        g_cancel.store(true);
        std::signal(SIGINT, SIG_DFL); // a second Ctrl-C ends the program at once
    }

    QString shortPath(const QString& path, int max)
    {
        if (path.size() <= max)
            return path;
        return QStringLiteral("...") + path.right(max - 3);
    }

    class ProgressPrinter {
    public:
        ProgressPrinter()
            : m_tty(::isatty(STDERR_FILENO) == 1)
        {
        }
        int intervalMs() const { return m_tty ? 100 : 1000; }

        void print(const ImportProgress& p)
        {
            QTextStream& err = Cli::err();
            const double fraction = p.filesTotal > 0 ? double(p.filesDone) / p.filesTotal : 1.0;
            if (m_tty) {
                constexpr int width = 28;
                const int filled = qBound(0, int(fraction * width + 0.5), width);
                err << "\r\x1b[2K[" << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.'))
                    << "] " << p.filesDone << "/" << p.filesTotal << " files, " << p.imported << " new, "
                    << p.duplicates << " dup, " << p.errors << " err, " << qRound(p.messagesPerSecond) << " msg/s "
                    << shortPath(p.currentFile, 40);
                if (p.finished)
                    err << "\n";
            } else {
                err << "import: " << p.filesDone << "/" << p.filesTotal << " files (" << qRound(fraction * 100)
                    << "%), " << p.imported << " imported, " << p.duplicates << " duplicates, " << p.errors
                    << " errors, " << qRound(p.messagesPerSecond) << " messages/s"
                    << (p.finished ? QStringLiteral(", done") : QString()) << "\n";
            }
            err.flush();
        }

    private:
        bool m_tty;
    };
} // namespace

int importCommand(const QStringList& args)
{
    bool json = false;
    bool quiet = false;
    ImportOptions options;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--in-process")) {
            options.inProcess = true;
        } else if (a == QLatin1String("--quiet")) {
            quiet = true;
        } else if (a == QLatin1String("--workers")) {
            bool ok = false;
            const int n = args.value(i + 1).toInt(&ok);
            if (!ok || n < 1 || n > 64) {
                printError(QStringLiteral("--workers needs a number from 1 to 64"));
                return Usage;
            }
            options.parseWorkers = n;
            ++i;
        } else if (a.startsWith(QLatin1String("--"))) {
            printError(QStringLiteral("unknown option %1 for import; see mailtriage-cli --help").arg(a));
            return Usage;
        } else {
            positional << a;
        }
    }
    if (positional.size() < 2) {
        printError(QStringLiteral("import needs a CASE and at least one PATH, e.g. mailtriage-cli import case.mtcase "
                                  "mails/"));
        return Usage;
    }
    const QString casePath = positional.takeFirst();
    const std::unique_ptr<CaseSession> session = openCase(casePath, CaseAccess::Write);
    if (!session)
        return CaseUnavailable;

    ProgressPrinter printer;
    std::function<void(const ImportProgress&)> progress;
    if (!quiet)
        progress = [&printer](const ImportProgress& p) { printer.print(p); };
    g_cancel = false;
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    struct sigaction previous = {};
    sigaction(SIGINT, &action, &previous);
    const ImportSummary s = session->importNow(positional, options, progress, printer.intervalMs(), &g_cancel);
    sigaction(SIGINT, &previous, nullptr);

    QTextStream& err = Cli::err();
    for (const ReadError& e : s.errors)
        err << "mailtriage-cli: " << e.file << ": " << e.reason << "\n";
    err.flush();
    if (!s.fatalError.isEmpty())
        printError(s.fatalError + QStringLiteral(" (or run import with --in-process to parse inside this process)"));
    if (s.storeError.isError())
        printStoreError(s.storeError, casePath);
    if (s.cancelled)
        printError(QStringLiteral("import cancelled: what was stored so far is kept; run the same import again to "
                                  "complete it"));

    const double seconds = qMax<qint64>(s.elapsedMs, 1) / 1000.0;
    if (json) {
        QJsonArray errors;
        for (const ReadError& e : s.errors)
            errors.append(MessageJson::toJson(e));
        QJsonObject doc { { QStringLiteral("imported"), s.imported }, { QStringLiteral("duplicates"), s.duplicates },
            { QStringLiteral("errors"), errors }, { QStringLiteral("files"), s.filesTotal },
            { QStringLiteral("elapsed_ms"), s.elapsedMs },
            { QStringLiteral("messages_per_second"), double(s.imported + s.duplicates) / seconds },
            { QStringLiteral("cancelled"), s.cancelled } };
        if (s.storeError.isError())
            doc.insert(QStringLiteral("case_error"), s.storeError.message);
        printJson(doc);
    } else {
        out() << "imported " << s.imported << " messages, " << s.duplicates << " duplicates, " << s.errors.size()
              << " errors from " << s.filesTotal << " files in " << QString::number(seconds, 'f', 1) << " s\n";
    }
    if (s.storeError.isError())
        return CaseUnavailable;
    if (!s.errors.isEmpty() || !s.fatalError.isEmpty() || s.cancelled)
        return SomeInputsFailed;
    return Ok;
}

} // namespace MailTriage::Cli
