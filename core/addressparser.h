// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

namespace MailTriage::AddressParser {

struct Result {
    QList<Mailbox> mailboxes;
    QStringList groups; ///< names of groups met (their members are in mailboxes, with Mailbox::group set)
    QStringList defects;
};

/// Parses an RFC 5322 address list (unfolded raw header bytes): quoted and encoded display
/// names, comments, groups (empty ones too), obsolete routes, unquoted commas in display names,
/// display names that themselves contain addresses. Bounded: at most @p maxMailboxes.
Result parseList(QByteArrayView raw, QByteArrayView fallbackCharset = {}, int maxMailboxes = 5000);

/// The first mailbox of a list, or an empty Mailbox.
Mailbox parseMailbox(QByteArrayView raw);

/// Extracts the addr-spec of an angle-addr or bare address ("<a@b>" -> "a@b"); for Return-Path.
QString parsePath(QByteArrayView raw);

/// Message-ID style tokens ("<x@y>") in order: for Message-ID, In-Reply-To and References.
QStringList parseMessageIds(QByteArrayView raw, int maxIds = 1000);

/// E-mail addresses written anywhere in free text (display names, bodies): "x@y.z" forms.
QStringList findAddressesInText(const QString& text, int maxAddresses = 50);

/// The recipient a mail system wrote into a bounce address, or empty: VERP
/// (SendGrid `bounces+4471-user=victim.co.jp@esp.example`, Mailman `list-bounces+user=…@`,
/// ezmlm `list-return-17-user=…@`, mlmmj `list+bounces-17-user=…@`: local=domain after the prefix
/// each writes) and
/// SRS (`SRS0=hash=tt=victim.co.jp=user@forwarder.example`, SRS1 likewise). Local parts with '-'
/// or '+' of their own come out whole; only an unknown scheme falls back to the last '-', where a
/// hyphenated local part may come out cut.
QString embeddedRecipient(const QString& address);

} // namespace MailTriage::AddressParser
