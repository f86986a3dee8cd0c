// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"
#include "parselimits.h"

namespace MailTriage::MimeticReading {

/// @brief How mimetic reads the MIME structure of the same bytes (a second opinion).
struct Reading {
    bool done = false; ///< false: mimetic was not run (see skippedReason) or threw
    QString skippedReason;
    QList<QByteArray> leafTypes; ///< content types of the leaves, in order (message/rfc822 not entered)
};

/// Runs mimetic over @p raw behind the guards its defects need (ENVIRONMENT.md): size, header
/// line length and nesting pre-scans, exceptions caught, and only the tree walked — no address,
/// base64 or other decoder of mimetic is ever called.
Reading read(const QByteArray& raw, const Message& ours, const ParseLimits& limits);

/// Our own reading in the same shape, for comparison.
QList<QByteArray> ourLeafTypes(const Message& m);

/// A mime_structure_ambiguous finding when the two readings disagree, else nullopt-like empty signal.
Finding compare(const Message& m, const Reading& theirs);

} // namespace MailTriage::MimeticReading
