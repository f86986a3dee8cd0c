// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace MailTriage::Cli {

/// True when `export` arguments ask for a report export (--pdf, --stix, --csv or --from-folder),
/// i.e. when the export dispatcher should hand them to exportReport().
bool isReportExport(const QStringList& exportArgs);

/// True when the arguments need a QGuiApplication (a PDF is written: fonts). main() must then
/// create a QGuiApplication (with QT_QPA_PLATFORM=offscreen when unset) instead of a QCoreApplication.
bool reportExportNeedsGui(const QStringList& exportArgs);

/// mailtriage-cli export CASE|--from-folder DIR [--pdf OUT.pdf] [--stix OUT.json] [--csv OUT.csv]
///     [--anonymize] [--anonymize-attacker] [--lang en|ja] [--map MAP.json] [--save-map MAP.json]
///     [--live-indicators] [--as-of ISO8601] [--in-process]
///     [--title T] [--bec-type 1..5] [--damage yes|no|unknown] [--tag T]... [--note T] [--tlp T]
/// @p exportArgs are the arguments after "export". CASE is read through the application layer
/// (CaseExport, with the pseudonym map saved in the case; --map adds to it); --from-folder DIR
/// reads .eml/.msg/.mbox files instead (parsed in worker processes, or here with --in-process).
/// Returns the CLI exit status.
int exportReport(const QStringList& exportArgs);

/// The usage lines of the report exports (for --help).
QString reportExportUsage();

} // namespace MailTriage::Cli
