// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"
#include "parselimits.h"

namespace MailTriage::MessageParser {

/// Reads an RFC 5322 / MIME message from its bytes. Pure and bounded: never throws, never
/// recurses on input structure, keeps ParseLimits. Fills everything but findings.
Message parseEml(const QByteArray& raw, const ParseLimits& limits = {});

/// Fills the header-derived fields (From, To, Date, Message-ID, Received, auth, ...) of @p m
/// from m.parts[0].headers. Used by the .eml and the .msg readers alike.
void populateFromHeaders(Message& m);

/// Re-decodes a leaf part's body from Message::source (attachments are not kept decoded).
QByteArray decodedBody(const Message& m, int partIndex);

/// Transfer-decodes and charset-decodes one text body.
QString decodeText(const QByteArray& decoded, const QByteArray& charset);

} // namespace MailTriage::MessageParser
