// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagereader.h"

#include <QDataStream>
#include <QIODevice>

namespace MailTriage {

/// Binary form of a ReadResult for the pipe between the parsing workers and the program.
/// Versioned; a reader rejects data of another version.
QByteArray serializeReadResult(const ReadResult& r);
/// Returns false on malformed or foreign data (the pipe is trusted less than memory).
bool deserializeReadResult(const QByteArray& data, ReadResult* out);

QDataStream& operator<<(QDataStream& s, const HeaderField& f);
QDataStream& operator>>(QDataStream& s, HeaderField& f);
QDataStream& operator<<(QDataStream& s, const Mailbox& m);
QDataStream& operator>>(QDataStream& s, Mailbox& m);
QDataStream& operator<<(QDataStream& s, const MimePart& p);
QDataStream& operator>>(QDataStream& s, MimePart& p);
QDataStream& operator<<(QDataStream& s, const ReceivedHop& h);
QDataStream& operator>>(QDataStream& s, ReceivedHop& h);
QDataStream& operator<<(QDataStream& s, const AuthMethodResult& a);
QDataStream& operator>>(QDataStream& s, AuthMethodResult& a);
QDataStream& operator<<(QDataStream& s, const AuthSummary& a);
QDataStream& operator>>(QDataStream& s, AuthSummary& a);
QDataStream& operator<<(QDataStream& s, const DkimSignature& d);
QDataStream& operator>>(QDataStream& s, DkimSignature& d);
QDataStream& operator<<(QDataStream& s, const Finding& f);
QDataStream& operator>>(QDataStream& s, Finding& f);
QDataStream& operator<<(QDataStream& s, const Attachment& a);
QDataStream& operator>>(QDataStream& s, Attachment& a);
QDataStream& operator<<(QDataStream& s, const ReadError& e);
QDataStream& operator>>(QDataStream& s, ReadError& e);
QDataStream& operator<<(QDataStream& s, const Message& m);
QDataStream& operator>>(QDataStream& s, Message& m);

} // namespace MailTriage
