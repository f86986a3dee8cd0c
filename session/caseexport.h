// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymizer.h"
#include "parseworkerpool.h"
#include "reportinput.h"

#include <atomic>
#include <functional>
#include <optional>

namespace MailTriage {
class CaseStore;
}

namespace MailTriage::CaseExport {

/// @brief What a report is made from: the case analysis with every message read in full
/// (MessageSource), the analyst's verdicts, and the pseudonym map saved with the case.
struct Context {
    ReportInput input;
    PseudonymMap savedMap; ///< the case's map (CaseStore::pseudonymMap()); empty when none
    QList<ReadError> errors; ///< originals that could not be read again
};

/// @brief One export run: which files, in which language, how anonymized, how marked.
struct Request {
    QString pdfPath; ///< empty: no PDF
    QString stixPath; ///< empty: no STIX bundle
    QString csvPath; ///< empty: no CSV
    QString mispPath; ///< empty: no MISP event
    QString timelinePath; ///< empty: no timeline figure; ".svg": SVG, otherwise PNG (the report's Fig. 1)
    ReportLanguage language = ReportLanguage::English;
    bool anonymize = true;
    bool anonymizeAttacker = false;
    bool liveIndicators = false; ///< STIX/CSV indicators not defanged
    QString tlp = QStringLiteral("TLP:AMBER");
    QDateTime asOf; ///< the export time the outputs are stamped with; invalid: now
    /// The map to use on top of the case's saved one (its entries win); the window passes the
    /// edited map, the CLI its --map file.
    PseudonymMap map;
    // Changes to the case verdict for this export only (the CLI's --title, --bec-type, ...).
    std::optional<QString> title;
    std::optional<int> becType;
    std::optional<QString> damage;
    std::optional<QString> notes;
    QStringList extraTags;

    /// The files the request writes, in the order they are written (STIX, CSV, MISP, timeline, PDF).
    QStringList written() const
    {
        QStringList out;
        for (const QString& p : { stixPath, csvPath, mispPath, timelinePath, pdfPath }) {
            if (!p.isEmpty())
                out << p;
        }
        return out;
    }
    bool isEmpty() const
    {
        return pdfPath.isEmpty() && stixPath.isEmpty() && csvPath.isEmpty() && mispPath.isEmpty()
            && timelinePath.isEmpty();
    }
};

/// @brief What an export wrote.
struct Result {
    bool ok = false;
    bool cancelled = false;
    QString error; ///< one line saying what went wrong and what to do
    QStringList written; ///< the files written, in order
    QString caseId; ///< the anonymized case id printed on the outputs
    int indicatorCount = 0;
    PseudonymMap mapUsed; ///< the complete map of the run (save it to reproduce the outputs)
};

/// (step, steps, what is being done)
using Progress = std::function<void(int, int, const QString&)>;

/// Reads the case at @p location (its own read-only connection: callable from any thread) for a
/// report: the stored case analysis (analysed now when stale), every message read in full
/// through MessageSource with its case findings, the case verdict, the saved pseudonym map.
/// std::nullopt with @p error when the case cannot be read or holds no message.
std::optional<Context> prepare(const QString& location, QString* error, const ParseWorkerPool::Options& options = {},
    const std::atomic<bool>* cancel = nullptr);
/// The same for messages read without a case (the CLI's --from-folder).
Context fromMessages(const QList<Message>& messages);

/// The attacker's indicators of the case as every export lists them (order, roles, context), with
/// their real values (defanged in Indicator::shown): the window's Indicators tab and
/// `mailtriage-cli indicators`. An anonymized export writes the same entries with pseudonyms where
/// a value carries a party's name.
QList<Indicator> indicators(const Context& context);

/// The anonymizer a request uses: the generated map, the case's saved map and the request's map
/// on top. Every output of a run reads through it (the one anonymized view of the case).
Anonymizer anonymizerFor(const Context& context, const Request& request);
/// The report input a request prints (the case verdict with the request's changes).
ReportInput inputFor(const Context& context, const Request& request);

/// Writes the requested files (STIX, CSV, MISP, the timeline figure, then the PDF; the figure and
/// the PDF need a QGuiApplication). All or nothing: on an error or a cancel, files this run already wrote are removed
/// again.
Result write(const Context& context, const Request& request, const Progress& progress = {},
    const std::atomic<bool>* cancel = nullptr);

/// @brief One entry of the pseudonym map as the analyst reviews it.
struct MapUse {
    Pseudonym entry;
    int count = 0; ///< occurrences in the case's messages (case-insensitive)
    QStringList places; ///< "subject", "sender", "recipients", "body", "attachment names"
};
/// Where and how often each entry of @p map occurs in the case's messages (at most the first
/// 5,000 messages and 200,000 characters of each body are counted).
QList<MapUse> mapUsage(const Context& context, const PseudonymMap& map);

} // namespace MailTriage::CaseExport
