// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseanalysis.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace MailTriage {

/// @brief Everything an incident report is made from: the case analysis and the analyst's own
/// verdict (title, BEC type, damage, tags, notes) as the storage layer keeps it. Plain data: the
/// CLI and the GUI fill it from the case store; the PDF, STIX and CSV exports only read it.
struct ReportInput {
    CaseAnalysis analysis;
    QString title; ///< the analyst's case title (anonymized before it is printed)
    int becType = 0; ///< the analyst's IPA type 1-5; 0: not tagged (the suggestion is shown instead)
    QString damage; ///< "yes", "no", "unknown" or empty (not recorded)
    QStringList tags;
    QString notes; ///< free text (anonymized before it is printed)
    QString summaryEn; ///< optional analyst summary for Table 1; empty: written from the analysis
    QString summaryJa;
    QDateTime received; ///< when the case reached the analyst; invalid: the first attacker message's date
    QString tlp = QStringLiteral("TLP:AMBER"); ///< marking printed on every page; empty: none
    /// The "as of" time of the export. Invalid: derived from the case (the newest message's
    /// date), so that two exports of the same case are identical.
    QDateTime generatedAt;

    /// The analyst's BEC type, else the suggested one; 0: none.
    int effectiveBecType() const { return becType > 0 ? becType : analysis.becTypeSuggested; }
};

} // namespace MailTriage
