// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

/// Message-scope analysis: every signal of the finding vocabulary that one message shows on its
/// own (docs/findings.md lists them with their severity rules, texts and limits). Pure and
/// deterministic: nothing is fetched, resolved or executed; reads only the Message. Bounded on
/// hostile input: at most MaxBodyChars of each text body and a fixed number of parts, links,
/// addresses and domains are examined; no step is worse than linear in what it reads, apart
/// from domain comparisons between at most 32 x 96 domain pairs of at most 64 characters.
namespace MailTriage::MessageAnalyzer {

constexpr qsizetype MaxBodyChars = 256 * 1024;

/// The message-scope findings of @p m (without the ones already in m.findings).
QList<Finding> findings(const Message& m);
/// The same, and in @p limits one note per analysis limit the message reached ("analysis limit:
/// only the first 500 links were examined"), so that nothing is left out silently.
QList<Finding> findings(const Message& m, QStringList* limits);

/// Appends the message-scope findings to m.findings and the analysis limits it reached to
/// m.defects. Findings already there (for example mime_structure_ambiguous from the parser) are
/// kept; running it twice adds nothing new.
void analyze(Message& m);

} // namespace MailTriage::MessageAnalyzer
