// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage-cli: the scripting front door. It parses arguments and calls the core; see docs/cli.md.
#include "inspectcommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

constexpr int kUsage = 2;

void printUsage(QTextStream& s)
{
    s << "Usage:\n"
         "  mailtriage-cli --version\n"
         "  mailtriage-cli inspect FILE... [--json] [--in-process]\n"
         "\n"
         "inspect reads .eml, .msg and .mbox files (folders are walked) without a case, analyses\n"
         "each message alone and prints parties, Received hops, authentication results, parts,\n"
         "attachments and findings. Parsing runs in sandboxed worker processes; --in-process\n"
         "parses inside this process instead (for debugging).\n"
         "Exit status: 0 all went well, 1 some inputs failed, 2 wrong usage, 3 the case cannot be opened.\n";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailtriage-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILTRIAGE_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (args.isEmpty()) {
        printUsage(err);
        return kUsage;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "mailtriage-cli " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printUsage(out);
        return 0;
    }
    if (command == QLatin1String("inspect")) {
        bool json = false;
        bool inProcess = false;
        QStringList files;
        for (const QString& a : std::as_const(args)) {
            if (a == QLatin1String("--json"))
                json = true;
            else if (a == QLatin1String("--in-process"))
                inProcess = true;
            else if (a.startsWith(QLatin1String("--"))) {
                err << "mailtriage-cli: unknown option " << a << " for inspect; see mailtriage-cli --help\n";
                return kUsage;
            } else
                files << a;
        }
        if (files.isEmpty()) {
            err << "mailtriage-cli: inspect needs at least one FILE; see mailtriage-cli --help\n";
            return kUsage;
        }
        return MailTriage::Cli::inspect(files, json, inProcess);
    }
    err << "mailtriage-cli: unknown command \"" << command << "\"; see mailtriage-cli --help\n";
    return kUsage;
}
