// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymizer.h"
#include "reportinput.h"

#include <QByteArray>
#include <QString>

/// The case as a MISP event (MISP core format, the JSON that MISP's "Add event from JSON" and
/// PyMISP read): the attacker's messages as `email` objects, attachments as `file`, links as `url`,
/// domains and IPs as `domain-ip` (misp-objects templates), the forged bank account and the
/// attacker's telephone numbers as attributes, a TLP tag and a distribution level. It reads the
/// same Anonymizer as every other output and never carries the raw message (`eml`/`msg`).
namespace MailTriage::MispExport {

/// MISP distribution levels.
enum class Distribution { Organisation = 0, Community = 1, Connected = 2, All = 3 };

/// The distribution a TLP marking allows: RED, AMBER+STRICT and AMBER stay in the organisation
/// (AMBER lets the recipient pass it to its clients, which MISP cannot say: the narrower level),
/// GREEN goes to the community, CLEAR to all. No marking: the organisation.
Distribution distributionFor(const QString& tlp);

/// The MISP taxonomy tag of a TLP marking ("tlp:amber+strict"); empty without a marking.
QString tlpTag(const QString& tlp);

/// The event as indented UTF-8 JSON: {"Event": {...}}. Values are real values with pseudonyms
/// applied (MISP correlates them; defanged values are not e-mail addresses or domains). An
/// attribute is for detection (to_ids) only when it is the attacker's own and not a pseudonym:
/// an anonymized look-alike matches nothing real. Stamped with StixExport::asOf().
QByteArray event(const ReportInput& input, const Anonymizer& anonymizer);

} // namespace MailTriage::MispExport
