// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymizer.h"
#include "reportinput.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

/// Machine-readable exports of a case for sharing: a STIX 2.1 bundle and a CSV of indicators.
/// Both print exactly what the PDF report prints: pseudonyms from the same Anonymizer, the
/// attacker's indicators defanged unless Options::liveIndicators. Stamped with the export time
/// (ReportInput::generatedAt, else now); the same input, map and time give byte-identical output.
namespace MailTriage::StixExport {

struct Options {
    /// Indicator values as they really are (pseudonyms still applied) instead of defanged, for
    /// tools that match them. STIX patterns over defanged values match nothing.
    bool liveIndicators = false;
};

/// The STIX 2.1 bundle: the TLP 2.0 marking of ReportInput::tlp on every object, an identity for
/// the (unnamed) producer, email-addr, domain-name, ipv4-addr/ipv6-addr, url, file (SHA-256) and
/// bank account (x-mailtriage-bank-account, under its extension definition) observables, one
/// email-message and one observed-data per attacker message, an indicator with a STIX pattern
/// per blockable observable based on the observed-data of its messages, a campaign (two attacker
/// messages or more) that the indicators indicate and that targets the parties, notes (findings,
/// analyst notes, how to read the values) and the report that refers to all of them (its case
/// properties under the MailTriage case extension). Indented UTF-8 JSON.
QByteArray bundle(const ReportInput& input, const Anonymizer& anonymizer, const Options& options = {});

/// The indicators as CSV (RFC 4180, UTF-8, a header row, CRLF line ends): case_id, type, value,
/// role, role_ja, first_seen, last_seen, messages, file_name, sha256, size.
/// One CSV cell (RFC 4180 quoting); a value a spreadsheet would take for a formula (leading
/// = + - @, tab, CR, or their full-width forms) gets a leading apostrophe.
QString csvCell(const QString& value);

/// As csvCell(), and a value a spreadsheet would read as a number, date or time ("0012345",
/// "582417093838", "3/4", "12:30") gets the leading apostrophe too: identifiers stay text.
QString csvTextCell(const QString& value);

/// The indicators as CSV: UTF-8 with a byte order mark (Excel on Japanese Windows), CRLF, a TLP
/// column, formula-leading cells neutralised, identifier columns as text (csvTextCell).
QByteArray indicatorsCsv(const ReportInput& input, const Anonymizer& anonymizer, const Options& options = {});

/// The time the exports are stamped with (created, modified, published): ReportInput::generatedAt
/// when valid, else the current time (UTC).
QDateTime asOf(const ReportInput& input);

/// The id of an object of one export: a UUIDv4 whose random bits are SHA-256 over @p parts (the
/// case id, the export time, the object's role). Unique per export and object, and the same
/// export time gives the same ids (byte-identical exports for tests and --as-of).
QUuid exportUuid(const QStringList& parts);

/// "TLP:AMBER" for "amber", "tlp:amber", "TLP:AMBER" (TLP 2.0 labels: CLEAR, GREEN, AMBER,
/// AMBER+STRICT, RED; TLP 1.0's WHITE is CLEAR). Empty for anything else.
QString normalizedTlp(const QString& marking);

/// "2019-08-05T02:02:50.000Z"
QString stixTimestamp(const QDateTime& t);

/// A STIX pattern string literal: 'it''s' is written 'it\'s'.
QString patternLiteral(const QString& value);

} // namespace MailTriage::StixExport
