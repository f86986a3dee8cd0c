// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: what a case file stores and MailTriage reads back, trusting it no more than a
// worker's pipe (a case file may come from someone else): the stored case analysis and a message's
// reading cache entry. Two ways in: the input itself as the unpacked payloads (framed and packed
// as a case file would hold them), and a real analysis and reading of the input (read as mail)
// whose unpacked payloads are damaged at places the input picks, so the readers meet data that
// is almost right, which random bytes seldom are.
#include "caseanalyzer.h"
#include "messageanalyzer.h"
#include "messagereader.h"
#include "serialization.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <cstdint>

namespace {
using namespace MailTriage;

QByteArray frameAnalysis(const QByteArray& head, const QList<QByteArray>& chunks)
{
    // The stored framing: magic, revision, the packed head, the packed chunks (qCompress()'s
    // framing is the one the case file uses).
    QList<QByteArray> packed;
    for (const QByteArray& c : chunks)
        packed.append(qCompress(c, 1));
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << quint32(0x4D544341) << caseAnalysisRevision() << qCompress(head, 1) << packed;
    return out;
}

/// Flips bytes of @p data at places drawn from @p seed.
void damage(QByteArray& data, const QByteArray& seed)
{
    if (data.isEmpty())
        return;
    const QByteArray h = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
    const int flips = 1 + uchar(h[0]) % 4;
    for (int i = 0; i < flips; ++i) {
        const quint32 at
            = (quint32(uchar(h[1 + 4 * i])) << 16) | (quint32(uchar(h[2 + 4 * i])) << 8) | quint32(uchar(h[3 + 4 * i]));
        data[qsizetype(at % quint32(data.size()))] ^= char(1 + uchar(h[4 + 4 * i]) % 255);
    }
}

void readBack(const QByteArray& stored)
{
    CaseAnalysis back;
    if (deserializeCaseAnalysis(stored, &back)) {
        // What the window does with it first: walk messages, events and their indexes.
        qsizetype n = 0;
        for (const TimelineEvent& e : back.timeline)
            n += back.messages[e.message].message.findings.size();
        for (const CaseMessage& cm : back.messages)
            n += cm.senderParty >= 0 ? back.parties[cm.senderParty].people.size() : 0;
        (void)n;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    // 1. The input as the payloads: the first byte splits it into a head and one chunk.
    if (!bytes.isEmpty()) {
        const qsizetype cut = qsizetype(uchar(bytes[0])) * (bytes.size() - 1) / 255 + 1;
        readBack(frameAnalysis(bytes.mid(1, cut - 1), { bytes.mid(cut) }));
        Message m;
        (void)deserializeReading(qCompress(bytes, 1), bytes, &m);
    }

    // 2. A real analysis and reading of the input as mail, damaged before they are read back.
    ParseLimits limits;
    limits.maxMessageBytes = 1 << 20;
    ReadResult r = MessageReader::readBytes(bytes, QStringLiteral("fuzz.eml"), limits);
    for (Message& m : r.messages)
        MessageAnalyzer::analyze(m);
    if (r.messages.isEmpty())
        return 0;
    for (const Message& m : std::as_const(r.messages)) {
        QByteArray entry = qUncompress(serializeReading(m));
        damage(entry, bytes + "reading");
        Message back;
        (void)deserializeReading(qCompress(entry, 1), m.raw, &back);
    }
    CaseAnalysis a = CaseAnalyzer::analyze(r.messages);
    for (CaseMessage& cm : a.messages)
        makeLean(cm.message);
    QDataStream s(serializeCaseAnalysis(a));
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    QByteArray revision, head;
    QList<QByteArray> chunks;
    s >> magic >> revision >> head >> chunks;
    head = qUncompress(head);
    for (QByteArray& c : chunks)
        c = qUncompress(c);
    readBack(frameAnalysis(head, chunks)); // undamaged: must read back
    if (chunks.isEmpty() || uchar(bytes[bytes.size() - 1]) % 2)
        damage(head, bytes + "head");
    else
        damage(chunks.last(), bytes + "chunk");
    readBack(frameAnalysis(head, chunks));
    return 0;
}
