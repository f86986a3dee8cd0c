// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymizer.h"
#include "reportinput.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

/// Machine-readable exports of a case for sharing: a STIX 2.1 bundle and a CSV of indicators.
/// Both print exactly what the PDF report prints: pseudonyms from the same Anonymizer, the
/// attacker's indicators defanged unless Options::liveIndicators. Deterministic: the same input
/// and map give byte-identical output (UUIDv5 ids, timestamps taken from the input).
namespace MailTriage::StixExport {

struct Options {
    /// Indicator values as they really are (pseudonyms still applied) instead of defanged, for
    /// tools that match them. STIX patterns over defanged values match nothing.
    bool liveIndicators = false;
};

/// The STIX 2.1 bundle: email-addr, domain-name, ipv4-addr/ipv6-addr, url and file (SHA-256)
/// observables, one email-message per attacker message, an indicator with a STIX pattern per
/// blockable observable, notes (findings, analyst notes, how to read the values) and the report
/// that refers to all of them. Indented UTF-8 JSON.
QByteArray bundle(const ReportInput& input, const Anonymizer& anonymizer, const Options& options = {});

/// The indicators as CSV (RFC 4180, UTF-8, a header row, CRLF line ends): case_id, type, value,
/// role, role_ja, first_seen, last_seen, messages, file_name, sha256, size.
/// One CSV cell (RFC 4180 quoting); a value a spreadsheet would take for a formula (leading
/// = + - @, tab, CR, or their full-width forms) gets a leading apostrophe.
QString csvCell(const QString& value);

/// The indicators as CSV: UTF-8 with a byte order mark (Excel on Japanese Windows), CRLF, a TLP
/// column, formula-leading cells neutralised.
QByteArray indicatorsCsv(const ReportInput& input, const Anonymizer& anonymizer, const Options& options = {});

/// The time the exports are stamped with: ReportInput::generatedAt when valid, else the newest
/// message's date (UTC), else the Unix epoch.
QDateTime asOf(const ReportInput& input);

/// "2019-08-05T02:02:50.000Z"
QString stixTimestamp(const QDateTime& t);

/// A STIX pattern string literal: 'it''s' is written 'it\'s'.
QString patternLiteral(const QString& value);

} // namespace MailTriage::StixExport
