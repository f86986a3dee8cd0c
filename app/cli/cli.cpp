// SPDX-License-Identifier: GPL-3.0-or-later
// The dispatcher of mailtriage-cli and where its commands print. Each sub-command lives in its own
// file and calls the application layer (session/); this table wires them.
#include "analyzecommand.h"
#include "casecommands.h"
#include "commands.h"
#include "reportexport.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace MailTriage::Cli {

namespace {
    struct Streams {
        QTextStream stdOut { stdout };
        QTextStream stdErr { stderr };
        QTextStream* out = &stdOut;
        QTextStream* err = &stdErr;
        QString* capturedOut = nullptr;
    };
    Streams& streams()
    {
        static Streams s;
        return s;
    }

    struct Command {
        const char* name;
        CommandFunction run;
        const char* usage; ///< one or more lines, each "  mailtriage-cli ..."
    };

    // One entry per sub-command.
    const Command kCommands[] = {
        { "inspect", inspectCommand,
            "  mailtriage-cli inspect FILE... [--json] [--in-process]\n"
            "      Read .eml/.msg/.mbox files (folders are walked) without a case and print what the\n"
            "      header view shows. Parsing runs in sandboxed worker processes (--in-process: here).\n" },
        { "case", caseCommand,
            "  mailtriage-cli case create CASE [--title TEXT]\n"
            "      Create a case file (SQLite), e.g. incident.mtcase.\n" },
        { "import", importCommand,
            "  mailtriage-cli import CASE PATH... [--json] [--in-process] [--workers N] [--quiet]\n"
            "      Store files and folders (recursive; .eml, .msg, .mbox) in the case, each message once\n"
            "      (by SHA-256). Progress on stderr; Ctrl-C stops and keeps what was stored.\n" },
        { "analyze", analyzeCommand,
            "  mailtriage-cli analyze CASE [--json]\n"
            "      Case-level analysis: parties, per-message findings including case-scope ones, the\n"
            "      suggested BEC type with its reasons, and the analyst's tag.\n" },
        { "timeline", timelineCommand,
            "  mailtriage-cli timeline CASE [--json]\n"
            "      The case's distinct messages in true time order, with lanes, actors and signals.\n" },
        { "search", searchCommand,
            "  mailtriage-cli search CASE QUERY [--json] [--limit N]\n"
            "      Find messages whose subject, addresses, names or body contain every word of QUERY.\n" },
        { "indicators", indicatorsCommand,
            "  mailtriage-cli indicators CASE [--json] [--live]\n"
            "      The attacker's indicators (addresses, domains, IPs, URLs, attachment hashes, bank\n"
            "      accounts, telephone numbers) as the exports write them: defanged unless --live.\n" },
        { "export", exportCommand,
            "  mailtriage-cli export CASE --original MESSAGE_SHA256 OUT.eml\n"
            "      Write a stored original, byte for byte as imported.\n" },
        { "tag", tagCommand,
            "  mailtriage-cli tag CASE [--bec-type 1..5|none] [--damage yes|no|unknown] [--tag TEXT]...\n"
            "                         [--untag TEXT]... [--note TEXT] [--title TEXT] [--json]\n"
            "      Record the analyst's verdict (written to the audit log); without options show it.\n" },
        { "verdict", verdictCommand,
            "  mailtriage-cli verdict CASE [MESSAGE --actor party|attacker|unknown|none] [--json]\n"
            "      Say who wrote a message when MailTriage's attribution is wrong (MESSAGE: its\n"
            "      Message-ID or SHA-256); none goes back to MailTriage's. Audit-logged; without\n"
            "      MESSAGE list the verdicts.\n" },
        { "check", checkCommand,
            "  mailtriage-cli check CASE [--quick] [--json]\n"
            "      Verify the case file: database integrity, findings complete, audit chain, originals.\n" },
    };
} // namespace

QTextStream& out()
{
    return *streams().out;
}

QTextStream& err()
{
    return *streams().err;
}

void writeOut(const QByteArray& utf8)
{
    Streams& s = streams();
    if (s.capturedOut) {
        *s.out << QString::fromUtf8(utf8);
        return;
    }
    s.out->flush();
    fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    fflush(stdout);
}

void printError(const QString& message)
{
    err() << "mailtriage-cli: " << message << "\n";
    err().flush();
}

struct CapturedOutput::Data {
    QString out;
    QString err;
    QTextStream outStream { &out };
    QTextStream errStream { &err };
};

CapturedOutput::CapturedOutput()
    : d(std::make_unique<Data>())
{
    Streams& s = streams();
    s.out->flush();
    s.err->flush();
    s.out = &d->outStream;
    s.err = &d->errStream;
    s.capturedOut = &d->out;
}

CapturedOutput::~CapturedOutput()
{
    Streams& s = streams();
    s.out = &s.stdOut;
    s.err = &s.stdErr;
    s.capturedOut = nullptr;
}

QString CapturedOutput::out()
{
    d->outStream.flush();
    return d->out;
}

QString CapturedOutput::err()
{
    d->errStream.flush();
    return d->err;
}

QString usage()
{
    QString s = QStringLiteral("Usage:\n  mailtriage-cli --version\n");
    for (const Command& c : kCommands) {
        s += QString::fromUtf8(c.usage);
        if (qstrcmp(c.name, "export") == 0)
            s += reportExportUsage();
    }
    s += QStringLiteral("\nExit status: 0 all went well, 1 some inputs failed (each named on stderr), "
                        "2 wrong usage, 3 the case cannot be opened.\n");
    return s;
}

bool needsGui(const QStringList& args)
{
    return !args.isEmpty() && args.first() == QLatin1String("export") && reportExportNeedsGui(args.mid(1));
}

int run(const QStringList& arguments)
{
    QStringList args = arguments;
    int status = Usage;
    if (args.isEmpty()) {
        err() << usage();
    } else {
        const QString command = args.takeFirst();
        if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
            out() << "mailtriage-cli " << QCoreApplication::applicationVersion() << "\n";
            status = Ok;
        } else if (command == QLatin1String("--help") || command == QLatin1String("-h")
            || command == QLatin1String("help")) {
            out() << usage();
            status = Ok;
        } else {
            bool found = false;
            for (const Command& c : kCommands) {
                if (command == QLatin1String(c.name)) {
                    status = c.run(args);
                    found = true;
                    break;
                }
            }
            if (!found)
                printError(QStringLiteral("unknown command \"%1\"; see mailtriage-cli --help").arg(command));
        }
    }
    out().flush();
    err().flush();
    return status;
}

} // namespace MailTriage::Cli
