// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

namespace MailTriage::AuthResults {

/// @brief One Authentication-Results (or ARC-Authentication-Results) header, parsed (RFC 8601).
struct Parsed {
    QString authservId; ///< empty when missing (Office 365 writes it so)
    QList<AuthMethodResult> results;
    bool valid = false;
};

/// Parses an unfolded Authentication-Results value.
Parsed parse(const QString& value);

/// The verdicts a message carries, taken only from the receiving side's headers (the
/// Authentication-Results added above the trust boundary of @p hops), plus Received-SPF.
AuthSummary summarize(const QList<HeaderField>& headers, const QList<ReceivedHop>& hops);

/// Tags of every DKIM-Signature header (not verified).
QList<DkimSignature> dkimSignatures(const QList<HeaderField>& headers);

} // namespace MailTriage::AuthResults
