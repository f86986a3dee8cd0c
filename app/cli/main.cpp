// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage-cli: the scripting front door. It parses arguments and calls the core and storage
// (docs/cli.md). Each sub-command lives in its own file; this table wires them.
#include "casecommands.h"
#include "analyzecommand.h"
#include "commands.h"

#include "reportexport.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>
#include <QTextStream>

namespace MailTriage::Cli {

void printError(const QString& message)
{
    QTextStream(stderr) << "mailtriage-cli: " << message << "\n";
}

} // namespace MailTriage::Cli

namespace {

struct Command {
    const char* name;
    MailTriage::Cli::CommandFunction run;
    const char* usage; ///< one or more lines, each "  mailtriage-cli ..."
};

// One entry per sub-command.
const Command kCommands[] = {
    { "inspect", MailTriage::Cli::inspectCommand,
        "  mailtriage-cli inspect FILE... [--json] [--in-process]\n"
        "      Read .eml/.msg/.mbox files (folders are walked) without a case and print what the\n"
        "      header view shows. Parsing runs in sandboxed worker processes (--in-process: here).\n" },
    { "case", MailTriage::Cli::caseCommand,
        "  mailtriage-cli case create CASE [--title TEXT]\n"
        "      Create a case file (SQLite), e.g. incident.mtcase.\n" },
    { "import", MailTriage::Cli::importCommand,
        "  mailtriage-cli import CASE PATH... [--json] [--in-process] [--workers N] [--quiet]\n"
        "      Store files and folders (recursive; .eml, .msg, .mbox) in the case, each message once\n"
        "      (by SHA-256). Progress on stderr; Ctrl-C stops and keeps what was stored.\n" },
    { "analyze", MailTriage::Cli::analyzeCommand,
        "  mailtriage-cli analyze CASE [--json]\n"
        "      Case-level analysis: parties, per-message findings including case-scope ones, the\n"
        "      suggested BEC type with its reasons, and the analyst's tag.\n" },
    { "timeline", MailTriage::Cli::timelineCommand,
        "  mailtriage-cli timeline CASE [--json]\n"
        "      The case's distinct messages in true time order, with lanes, actors and signals.\n" },
    { "search", MailTriage::Cli::searchCommand,
        "  mailtriage-cli search CASE QUERY [--json] [--limit N]\n"
        "      Find messages whose subject, addresses, names or body contain every word of QUERY.\n" },
    { "export", MailTriage::Cli::exportCommand,
        "  mailtriage-cli export CASE --original MESSAGE_SHA256 OUT.eml\n"
        "      Write a stored original, byte for byte as imported.\n" },
    { "tag", MailTriage::Cli::tagCommand,
        "  mailtriage-cli tag CASE [--bec-type 1..5|none] [--damage yes|no|unknown] [--tag TEXT]...\n"
        "                         [--untag TEXT]... [--note TEXT] [--title TEXT] [--json]\n"
        "      Record the analyst's verdict (written to the audit log); without options show it.\n" },
    { "check", MailTriage::Cli::checkCommand,
        "  mailtriage-cli check CASE [--quick] [--json]\n"
        "      Verify the case file: database integrity, findings complete, audit chain, originals.\n" },
};

QString usage()
{
    QString s = QStringLiteral("Usage:\n  mailtriage-cli --version\n");
    for (const Command& c : kCommands) {
        s += QString::fromUtf8(c.usage);
        if (qstrcmp(c.name, "export") == 0)
            s += MailTriage::Cli::reportExportUsage();
    }
    s += QStringLiteral("\nExit status: 0 all went well, 1 some inputs failed (each named on stderr), "
                        "2 wrong usage, 3 the case cannot be opened.\n");
    return s;
}

} // namespace

int main(int argc, char* argv[])
{
    // A PDF report needs fonts, hence a QGuiApplication (offscreen: the CLI never opens a window).
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    const bool needsGui = !rawArgs.isEmpty() && rawArgs.first() == QLatin1String("export")
        && MailTriage::Cli::reportExportNeedsGui(rawArgs.mid(1));
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (needsGui)
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailtriage-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILTRIAGE_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        QTextStream(stderr) << usage();
        return MailTriage::Cli::Usage;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        QTextStream(stdout) << "mailtriage-cli " << QCoreApplication::applicationVersion() << "\n";
        return MailTriage::Cli::Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        QTextStream(stdout) << usage();
        return MailTriage::Cli::Ok;
    }
    for (const Command& c : kCommands) {
        if (command == QLatin1String(c.name))
            return c.run(args);
    }
    MailTriage::Cli::printError(QStringLiteral("unknown command \"%1\"; see mailtriage-cli --help").arg(command));
    return MailTriage::Cli::Usage;
}
