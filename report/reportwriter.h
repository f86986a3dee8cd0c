// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymizer.h"
#include "reportinput.h"

#include <QDateTime>
#include <QString>

/// The PDF incident report in the style of the J-CSIP reports: a title page with the case summary
/// table (their Table 3), the timeline figure (Fig. 2/3, drawn as vector), a header excerpt with
/// its findings explained for every attacker message, the findings table, the defanged
/// indicators, countermeasures chosen from the findings, page numbers, the anonymized case id
/// and the generation time, in English or Japanese. Everything printed goes through the
/// Anonymizer. Needs a QGuiApplication (fonts); nothing is fetched (remote resources refused).
namespace MailTriage::ReportWriter {

struct Options {
    ReportLanguage language = ReportLanguage::English;
    /// The "generated" time printed in the footer; invalid: now. The PDF's own creation date is
    /// always Qt's current time.
    QDateTime generatedAt;
};

/// Writes the A4 PDF to @p path. False with @p error (one line saying what to do) on failure.
bool writePdf(const QString& path, const ReportInput& input, const Anonymizer& anonymizer, const Options& options,
    QString* error = nullptr);

/// The report's body as HTML (as laid out in the PDF, with the figure as a placeholder): for
/// previews and tests.
QString html(const ReportInput& input, const Anonymizer& anonymizer, const Options& options);

} // namespace MailTriage::ReportWriter
