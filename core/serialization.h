// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseanalysis.h"
#include "messagereader.h"

#include <QDataStream>
#include <QIODevice>

namespace MailTriage {

/// Binary form of a ReadResult for the pipe between the parsing workers and the program.
/// Versioned; a reader rejects data of another version.
QByteArray serializeReadResult(const ReadResult& r);
/// Returns false on malformed or foreign data (the pipe is trusted less than memory).
bool deserializeReadResult(const QByteArray& data, ReadResult* out);

/// @brief A case file's reading cache: one parsed and analysed message without its evidence bytes
/// (the case has them), so that opening a case need not parse and analyse every original again.
/// readingRevision() names the parser, analysis and format that made it; a cache entry of another
/// revision is ignored and the original read again. Bump kReadingRevision in serialization.cpp
/// whenever parsing or message analysis changes what they produce.
QByteArray readingRevision();
QByteArray serializeReading(const Message& m);
/// Rebuilds the message from @p data and its evidence bytes @p raw. False on malformed data or
/// another revision (a case file is trusted no more than a worker's pipe).
bool deserializeReading(const QByteArray& data, const QByteArray& raw, Message* out);

/// @brief A case's stored case analysis (CaseStore::storedAnalysis()): parties, messages with
/// their case findings, actors and timeline, so that opening a case needs no analysis. Messages
/// are stored lean (no evidence bytes, no MIME tree: MessageSource reads those). The revision
/// names the reading and the analysis that made it; data of another revision is rejected.
QByteArray caseAnalysisRevision();
/// Keeps of @p m what the message list, the case overview and the timeline read (identity, the
/// envelope, subject, date, findings); the rest (evidence, MIME tree, hops, authentication,
/// attachments) is the reading cache's, read back in full by MessageSource when it is needed.
void makeLean(Message& m);
QByteArray serializeCaseAnalysis(const CaseAnalysis& analysis);
/// False on malformed data, another revision, or indexes that point outside the analysis.
bool deserializeCaseAnalysis(const QByteArray& data, CaseAnalysis* out);

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
