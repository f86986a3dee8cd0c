// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/// The finding vocabulary as people read it: for each signal id its scope and a one-line title in
/// English and Japanese (legends, filters, report headings). The detailed text of each finding
/// is written by the analysis that makes it (MessageAnalyzer).
namespace MailTriage::FindingTexts {

struct SignalText {
    QString id; ///< the stable signal id (docs/findings.md)
    QString scope; ///< "message", "case" or "message/case"
    const char* title; ///< English source in the catalog (context "Signal")

    /// The title in @p language ("en", "ja", ...).
    QString titleIn(QStringView language) const;
};

/// Every signal of the vocabulary, in the order of docs/findings.md.
const QList<SignalText>& all();

/// The entry for @p id, or nullptr for an unknown id.
const SignalText* find(QStringView id);

/// True when @p id is reported from one message alone ("message" or "message/case").
bool isMessageScope(QStringView id);

} // namespace MailTriage::FindingTexts
