// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseanalysis.h"

#include <QJsonArray>
#include <QJsonObject>

namespace MailTriage::CaseJson {

/// The parties array of `analyze --json`: name, domains, role (party|attacker|unknown), label.
QJsonArray parties(const CaseAnalysis& a);

/// The messages array of `analyze --json`: MESSAGE objects with the case-scope findings added,
/// plus actor, party label, copies (where each copy was found) and thread number.
QJsonArray messages(const CaseAnalysis& a);

/// `timeline --json`: {"events": [...]} in time order, one event per distinct message.
QJsonObject timeline(const CaseAnalysis& a);

/// The BEC suggestion fields: bec_type_suggested (number or null), bec_type_reasons (EN),
/// bec_type_reasons_ja.
void addBecSuggestion(const CaseAnalysis& a, QJsonObject* out);

} // namespace MailTriage::CaseJson
