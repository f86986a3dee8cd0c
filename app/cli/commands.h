// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

class QTextStream;

namespace MailTriage::Cli {

/// Exit statuses of the CLI contract (docs/cli.md).
enum ExitCode { Ok = 0, SomeInputsFailed = 1, Usage = 2, CaseUnavailable = 3 };

/// One sub-command: gets the arguments after its name, returns the exit status.
using CommandFunction = int (*)(const QStringList& args);

int inspectCommand(const QStringList& args);

/// Runs the CLI on @p args (without the program name): the dispatcher of every sub-command. The
/// program's main() and the in-process tests both call it.
int run(const QStringList& args);
/// The --help text.
QString usage();
/// True when the arguments need a QGuiApplication (a PDF is written: fonts).
bool needsGui(const QStringList& args);

/// Where the commands print: stdout and stderr, or the strings of a CapturedOutput.
QTextStream& out();
QTextStream& err();
/// Writes UTF-8 bytes (JSON documents) to out() unchanged.
void writeOut(const QByteArray& utf8);

/// @brief While alive, out() and err() write into strings (in-process tests of the commands).
class CapturedOutput {
public:
    CapturedOutput();
    ~CapturedOutput();
    CapturedOutput(const CapturedOutput&) = delete;
    CapturedOutput& operator=(const CapturedOutput&) = delete;
    QString out();
    QString err();

private:
    struct Data;
    std::unique_ptr<Data> d;
};

/// Prints "mailtriage-cli: MESSAGE" on err() (one line, saying what to do).
void printError(const QString& message);

} // namespace MailTriage::Cli
