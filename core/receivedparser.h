// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

namespace MailTriage::ReceivedParser {

/// Parses one unfolded Received value into a hop (ReceivedHop::parsed false when no known form
/// matched; the date is still taken from after the last ';' when possible).
ReceivedHop parse(const QString& unfoldedValue);

/// All Received fields of a header list (newest first, as written) as hops oldest first, with
/// delays and the trust boundary (hops added by the receiving organisation) worked out.
QList<ReceivedHop> parseChain(const QList<HeaderField>& headers);

} // namespace MailTriage::ReceivedParser
