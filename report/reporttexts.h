// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymizer.h"
#include "reportinput.h"

#include <QList>
#include <QString>
#include <QStringList>

/// The words of the report. The report's language is chosen per export (a Japanese analyst may
/// send an English report abroad), independent of the UI translation: every text is an English
/// source in the catalog (context "Report") looked up for the report's language.
namespace MailTriage::ReportTexts {

/// The catalog's language code of @p language ("en", "ja").
QString code(ReportLanguage language);
/// @p source (QT_TRANSLATE_NOOP("Report", ...)) in @p language.
QString t(ReportLanguage language, const char* source);
/// @p d formatted with the catalog's date format @p format (context "DateFormat") for @p language.
QString date(const QDate& d, ReportLanguage language, const char* format);

/// One plain-language countermeasure, as the J-CSIP summaries give them.
struct Countermeasure {
    QString id; ///< stable: "verify-by-phone", "dmarc-reject", ...
    const char* source; ///< English source in the catalog (context "Report")

    QString text(ReportLanguage language) const { return t(language, source); }
};

/// The countermeasures that fit what the case shows, most important first.
QList<Countermeasure> countermeasures(const CaseAnalysis& analysis);

/// The tricks the attacker used ("手口"), from the attacker messages' signals, in report order.
QStringList tricks(const CaseAnalysis& analysis, ReportLanguage language);

/// The one-paragraph case summary of Table 1 (the analyst's own summary when given).
QString caseSummary(const ReportInput& input, const Anonymizer& anonymizer, ReportLanguage language);

/// "1 h 31 min" / "1時間31分"
QString duration(qint64 seconds, ReportLanguage language);

/// The analyst's damage field as printed: "Yes"/"あり", "No"/"なし", "Not recorded"/"未記録".
QString damage(const QString& value, ReportLanguage language);

/// The BEC type line: the analyst's tag, else MailTriage's suggestion marked as such.
QString becType(const ReportInput& input, ReportLanguage language);

/// Short title of a finding signal (FindingTexts), the id itself when unknown.
QString signalTitle(const QString& signal, ReportLanguage language);

} // namespace MailTriage::ReportTexts
