// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"
#include "parselimits.h"

namespace MailTriage::MsgReader {

/// True when @p head starts with the Compound File signature (D0 CF 11 E0 A1 B1 1A E1).
bool looksLikeMsg(QByteArrayView head);

/// Reads an Outlook item (.msg, [MS-OXMSG] over [MS-CFB]) into the same model as an .eml.
/// Message::source holds the transport headers (PR_TRANSPORT_MESSAGE_HEADERS) when the item has
/// them, else RFC 5322 header text rebuilt from the item's properties; parts[0].headers are read
/// from it with real offsets. Bodies and attachments are parts with bodyOffset -1 (they live in
/// the compound file). Attached Outlook items are read as message/rfc822 parts, at most
/// ParseLimits::maxMsgDepth deep. Bounded and non-recursive; never throws.
/// On failure returns an empty Message and sets @p error.
Message parse(const QByteArray& raw, const ParseLimits& limits = {}, QString* error = nullptr);

} // namespace MailTriage::MsgReader
