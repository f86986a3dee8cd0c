// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialization.h"

#include <QHash>
#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>
#include <zlib.h>

namespace MailTriage {

namespace {
    constexpr quint32 kMagic = 0x4D545231; // "MTR1"
    constexpr quint16 kVersion = 1;
    constexpr quint32 kReadingMagic = 0x4D54524D; // "MTRM"
    // Bump when the parser or the message analysis changes what it produces (see serialization.h).
    constexpr quint16 kReadingRevision = 2; // 2: finding texts are catalog phrases
} // namespace

namespace {
    // QDataStream's own QList reader reserves the element count written in the data before
    // reading any element: a hostile count (from a worker's pipe or a case file) asks for
    // gigabytes or throws. This one checks the count against the bytes left (every element takes
    // at least one) and grows the list as elements actually arrive.
    template <typename T> struct BoundedList {
        QList<T>& list;
    };
    template <typename T> BoundedList<T> bounded(QList<T>& list)
    {
        return { list };
    }
    template <typename T> QDataStream& operator>>(QDataStream& s, BoundedList<T> b)
    {
        b.list.clear();
        quint32 n = 0;
        s >> n;
        const qint64 left = s.device() ? s.device()->bytesAvailable() : 0;
        if (s.status() != QDataStream::Ok || qint64(n) > left) {
            s.setStatus(QDataStream::ReadCorruptData);
            return s;
        }
        // Growing a list of large elements copies every one of them each time it grows (the
        // elements are not relocatable): reserve what the data claims, up to what an honest
        // chunk holds, so a hostile count costs nothing more.
        b.list.reserve(qsizetype(std::min<quint32>(n, 4096)));
        for (quint32 i = 0; i < n; ++i) {
            T t;
            s >> t;
            if (s.status() != QDataStream::Ok) {
                b.list.clear();
                break;
            }
            b.list.append(std::move(t));
        }
        return s;
    }
} // namespace

// Stream operators live in MailTriage itself so that QList<T>'s operators find them by ADL.
QDataStream& operator<<(QDataStream& s, const HeaderField& f)
{
    return s << f.name << f.rawValue << f.offset << f.length << f.value;
}
QDataStream& operator>>(QDataStream& s, HeaderField& f)
{
    return s >> f.name >> f.rawValue >> f.offset >> f.length >> f.value;
}
QDataStream& operator<<(QDataStream& s, const Mailbox& m)
{
    return s << m.name << m.address << m.group;
}
QDataStream& operator>>(QDataStream& s, Mailbox& m)
{
    return s >> m.name >> m.address >> m.group;
}

QDataStream& operator<<(QDataStream& s, const MimePart& p)
{
    return s << p.parent << p.children << p.depth << p.headers << p.contentType << p.charset << p.boundary
             << p.transferEncoding << p.disposition << p.filename << p.contentId << p.headerOffset << p.bodyOffset
             << p.bodyLength << p.decodedSize << p.sha256 << p.text << p.extractedText << p.isAttachment
             << p.isEmbeddedMessage << p.defects;
}
QDataStream& operator>>(QDataStream& s, MimePart& p)
{
    return s >> p.parent >> bounded(p.children) >> p.depth >> bounded(p.headers) >> p.contentType >> p.charset
        >> p.boundary >> p.transferEncoding >> p.disposition >> p.filename >> p.contentId >> p.headerOffset
        >> p.bodyOffset >> p.bodyLength >> p.decodedSize >> p.sha256 >> p.text >> p.extractedText >> p.isAttachment
        >> p.isEmbeddedMessage >> bounded(p.defects);
}
QDataStream& operator<<(QDataStream& s, const ReceivedHop& h)
{
    return s << h.fromHost << h.fromRdns << h.fromIp << h.byHost << h.protocol << h.tls << h.id << h.forAddress
             << h.date << h.delaySeconds << h.hasDelay << h.trusted << h.parsed << h.raw << h.headerIndex;
}
QDataStream& operator>>(QDataStream& s, ReceivedHop& h)
{
    return s >> h.fromHost >> h.fromRdns >> h.fromIp >> h.byHost >> h.protocol >> h.tls >> h.id >> h.forAddress
        >> h.date >> h.delaySeconds >> h.hasDelay >> h.trusted >> h.parsed >> h.raw >> h.headerIndex;
}
QDataStream& operator<<(QDataStream& s, const AuthMethodResult& a)
{
    return s << a.method << a.result << a.domain << a.selector << a.reason;
}
QDataStream& operator>>(QDataStream& s, AuthMethodResult& a)
{
    return s >> a.method >> a.result >> a.domain >> a.selector >> a.reason;
}
QDataStream& operator<<(QDataStream& s, const AuthSummary& a)
{
    return s << a.spf << a.dmarc << a.arc << a.dkim << a.authservId << a.headerIndex << a.all;
}
QDataStream& operator>>(QDataStream& s, AuthSummary& a)
{
    return s >> a.spf >> a.dmarc >> a.arc >> a.dkim >> a.authservId >> a.headerIndex >> bounded(a.all);
}
QDataStream& operator<<(QDataStream& s, const DkimSignature& d)
{
    return s << d.domain << d.selector << d.algorithm << d.signedHeaders << d.headerIndex;
}
QDataStream& operator>>(QDataStream& s, DkimSignature& d)
{
    return s >> d.domain >> d.selector >> d.algorithm >> bounded(d.signedHeaders) >> d.headerIndex;
}
namespace {
    // A phrase nests its arguments; hostile data could nest without end or claim millions of
    // arguments (Phrase::MaxDepth, Phrase::MaxArgs).
    constexpr int kMaxPhraseDepth = Phrase::MaxDepth;
    constexpr quint32 kMaxPhraseArgs = Phrase::MaxArgs;

    void writePhrase(QDataStream& s, const Phrase& p)
    {
        s << quint8(p.kind) << p.source << p.value << quint32(p.args.size());
        for (const Phrase& a : p.args)
            writePhrase(s, a);
    }

    // Catalog sources repeat in every finding of every message: share one copy of each (a
    // 100,000-message analysis holds a few hundred distinct sources, not millions of copies).
    // Bounded, as the data may be hostile.
    QString shared(const QString& source)
    {
        thread_local QHash<QString, QString> pool;
        if (source.isEmpty())
            return source;
        const auto it = pool.constFind(source);
        if (it != pool.constEnd())
            return *it;
        if (pool.size() < 4096)
            pool.insert(source, source);
        return source;
    }

    bool readPhrase(QDataStream& s, Phrase& p, int depth)
    {
        quint8 kind = 0;
        quint32 n = 0;
        s >> kind >> p.source >> p.value >> n;
        if (s.status() != QDataStream::Ok || kind > quint8(Phrase::Kind::List) || n > kMaxPhraseArgs
            || (n > 0 && depth >= kMaxPhraseDepth)) {
            s.setStatus(QDataStream::ReadCorruptData);
            return false;
        }
        p.kind = Phrase::Kind(kind);
        p.source = shared(p.source);
        p.args.clear();
        for (quint32 i = 0; i < n; ++i) {
            Phrase a;
            if (!readPhrase(s, a, depth + 1))
                return false;
            p.args.push_back(std::move(a));
        }
        return true;
    }
} // namespace

QDataStream& operator<<(QDataStream& s, const Text& t)
{
    s << quint32(t.phrases().size());
    for (const Phrase& p : t.phrases())
        writePhrase(s, p);
    return s;
}

QDataStream& operator>>(QDataStream& s, Text& t)
{
    quint32 n = 0;
    s >> n;
    if (s.status() != QDataStream::Ok || n > kMaxPhraseArgs) {
        s.setStatus(QDataStream::ReadCorruptData);
        t = Text();
        return s;
    }
    QList<Phrase> phrases;
    for (quint32 i = 0; i < n; ++i) {
        Phrase p;
        if (!readPhrase(s, p, 0)) {
            t = Text();
            return s;
        }
        phrases.append(std::move(p));
    }
    t = Text::fromPhrases(std::move(phrases));
    return s;
}

QDataStream& operator<<(QDataStream& s, const Finding& f)
{
    return s << f.signal << qint32(f.severity) << f.header << f.offset << f.length << f.text << f.evidence
             << f.relatedMessageId;
}
QDataStream& operator>>(QDataStream& s, Finding& f)
{
    qint32 sev = 0;
    s >> f.signal >> sev >> f.header >> f.offset >> f.length >> f.text >> f.evidence >> f.relatedMessageId;
    f.signal = shared(f.signal);
    f.header = shared(f.header);
    f.severity = static_cast<Severity>(qBound(0, sev, 3));
    return s;
}
QDataStream& operator<<(QDataStream& s, const Attachment& a)
{
    return s << a.filename << a.contentType << a.size << a.sha256 << a.partIndex << a.byReference;
}
QDataStream& operator>>(QDataStream& s, Attachment& a)
{
    return s >> a.filename >> a.contentType >> a.size >> a.sha256 >> a.partIndex >> a.byReference;
}
QDataStream& operator<<(QDataStream& s, const ReadError& e)
{
    return s << e.file << e.reason;
}
QDataStream& operator>>(QDataStream& s, ReadError& e)
{
    return s >> e.file >> e.reason;
}

QDataStream& operator<<(QDataStream& s, const Message& m)
{
    // Source equals raw for .eml/.mbox: send it once.
    const bool sourceIsRaw = m.source.isSharedWith(m.raw) || m.source == m.raw;
    s << m.raw << m.sha256 << m.format << m.file << m.index << sourceIsRaw;
    if (!sourceIsRaw)
        s << m.source;
    s << m.messageClass << m.parts << m.defects << m.messageId << m.inReplyTo << m.references << m.date << m.dateRaw
      << m.subject << m.from << m.fromAll << m.sender << m.replyTo << m.to << m.cc << m.bcc << m.returnPath
      << m.received << m.auth << m.dkimSignatures << m.attachments << m.findings;
    return s;
}

QDataStream& operator>>(QDataStream& s, Message& m)
{
    bool sourceIsRaw = true;
    s >> m.raw >> m.sha256 >> m.format >> m.file >> m.index >> sourceIsRaw;
    if (sourceIsRaw)
        m.source = m.raw;
    else
        s >> m.source;
    s >> m.messageClass >> bounded(m.parts) >> bounded(m.defects) >> m.messageId >> m.inReplyTo >> bounded(m.references)
        >> m.date >> m.dateRaw >> m.subject >> m.from >> bounded(m.fromAll) >> m.sender >> bounded(m.replyTo)
        >> bounded(m.to) >> bounded(m.cc) >> bounded(m.bcc) >> m.returnPath >> bounded(m.received) >> m.auth
        >> bounded(m.dkimSignatures) >> bounded(m.attachments) >> bounded(m.findings);
    return s;
}

QByteArray serializeReadResult(const ReadResult& r)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << kMagic << kVersion << r.messages << r.errors;
    return out;
}

bool deserializeReadResult(const QByteArray& data, ReadResult* out)
{
    QDataStream s(data);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    s >> magic >> version;
    if (magic != kMagic || version != kVersion)
        return false;
    try {
        s >> bounded(out->messages) >> bounded(out->errors);
    } catch (const std::exception&) {
        return false;
    }
    return s.status() == QDataStream::Ok;
}

namespace {
    // The framing is qCompress()'s: the uncompressed size (4 bytes, big-endian), then the zlib stream.
    QByteArray pack(const QByteArray& out)
    {
        uLongf packed = compressBound(uLong(out.size()));
        QByteArray z(qsizetype(packed) + 4, Qt::Uninitialized);
        const quint32 size = quint32(out.size());
        z[0] = char(size >> 24);
        z[1] = char(size >> 16);
        z[2] = char(size >> 8);
        z[3] = char(size);
        if (compress2(reinterpret_cast<Bytef*>(z.data() + 4), &packed, reinterpret_cast<const Bytef*>(out.constData()),
                uLong(out.size()), 1)
            != Z_OK)
            return {};
        z.truncate(qsizetype(packed) + 4);
        return z;
    }

    // The declared size bounds the memory taken: zlib's uncompress() writes at most that much and
    // fails when the stream holds more (a case file is trusted no more than a worker's pipe).
    bool unpack(const QByteArray& compressed, quint32 maxBytes, QByteArray* data)
    {
        if (compressed.size() < 4)
            return false;
        const quint32 declared = (quint32(uchar(compressed[0])) << 24) | (quint32(uchar(compressed[1])) << 16)
            | (quint32(uchar(compressed[2])) << 8) | quint32(uchar(compressed[3]));
        // deflate cannot expand beyond about 1032:1, so a larger claim is a lie: refuse it before
        // allocating what it claims.
        if (declared == 0 || declared > maxBytes || quint64(declared) > quint64(compressed.size()) * 1100 + 64)
            return false;
        data->resize(qsizetype(declared));
        uLongf produced = declared;
        if (uncompress(reinterpret_cast<Bytef*>(data->data()), &produced,
                reinterpret_cast<const Bytef*>(compressed.constData() + 4), uLong(compressed.size() - 4))
                != Z_OK
            || produced != declared) {
            data->clear();
            return false;
        }
        return true;
    }
} // namespace

QByteArray readingRevision()
{
    return QByteArrayLiteral(MAILTRIAGE_VERSION) + "/r" + QByteArray::number(kReadingRevision) + "/s"
        + QByteArray::number(kVersion);
}

QByteArray serializeReading(const Message& m)
{
    // The evidence is in the case already: the copy drops it (and the source when it is the same).
    Message copy = m;
    const bool sourceIsRaw = m.source.isSharedWith(m.raw) || m.source == m.raw;
    copy.raw.clear();
    if (sourceIsRaw)
        copy.source.clear();
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << kReadingMagic << readingRevision() << sourceIsRaw << copy;
    // Texts are stored as UTF-16 and headers twice (raw and decoded): zlib's fastest level makes
    // the entry about a third of its size for little CPU.
    return pack(out);
}

bool deserializeReading(const QByteArray& compressed, const QByteArray& raw, Message* out)
{
    QByteArray data;
    if (!unpack(compressed, 128u << 20, &data))
        return false;
    QDataStream s(data);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    QByteArray revision;
    bool sourceIsRaw = true;
    s >> magic;
    if (magic != kReadingMagic)
        return false;
    s >> revision;
    if (revision != readingRevision())
        return false;
    Message m;
    try {
        s >> sourceIsRaw >> m;
    } catch (const std::exception&) {
        return false;
    }
    if (s.status() != QDataStream::Ok || !s.atEnd())
        return false;
    m.raw = raw;
    if (sourceIsRaw)
        m.source = raw;
    *out = std::move(m);
    return true;
}

QDataStream& operator<<(QDataStream& s, const MessageCopy& c)
{
    return s << c.file << c.index << c.sha256 << c.delivered << c.storedId;
}

QDataStream& operator>>(QDataStream& s, MessageCopy& c)
{
    return s >> c.file >> c.index >> c.sha256 >> c.delivered >> c.storedId;
}

QDataStream& operator<<(QDataStream& s, const Party& p)
{
    s << p.label << p.name << p.domains << p.role << quint32(p.people.size());
    for (auto it = p.people.cbegin(); it != p.people.cend(); ++it)
        s << it.key() << it.value();
    return s;
}

QDataStream& operator>>(QDataStream& s, Party& p)
{
    quint32 n = 0;
    s >> p.label >> p.name >> bounded(p.domains) >> p.role >> n;
    if (s.status() != QDataStream::Ok || !s.device() || qint64(n) > s.device()->bytesAvailable()) {
        s.setStatus(QDataStream::ReadCorruptData);
        return s;
    }
    for (quint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        QString k, v;
        s >> k >> v;
        p.people.insert(k, v);
    }
    return s;
}

QDataStream& operator<<(QDataStream& s, const CaseMessage& m)
{
    // What the list, the overview and the timeline read. The evidence bytes and the MIME tree stay
    // in the case's originals and reading cache (MessageSource reads them when a message is shown).
    Message lean = m.message;
    makeLean(lean);
    return s << lean << m.copies << m.key << m.actor << m.actorComputed << m.actorOverridden << m.senderParty
             << m.recipientParties << m.thread << m.attackerReasons;
}

QDataStream& operator>>(QDataStream& s, CaseMessage& m)
{
    s >> m.message >> bounded(m.copies) >> m.key >> m.actor >> m.actorComputed >> m.actorOverridden >> m.senderParty
        >> bounded(m.recipientParties) >> m.thread >> bounded(m.attackerReasons);
    m.actor = shared(m.actor);
    m.actorComputed = shared(m.actorComputed);
    return s;
}

QDataStream& operator<<(QDataStream& s, const TimelineEvent& e)
{
    return s << e.message << e.messageId << e.date << e.from << e.to << e.partyFrom << e.partyTo << e.actor << e.signals
             << e.summary << e.gapSeconds << e.gapText;
}

QDataStream& operator>>(QDataStream& s, TimelineEvent& e)
{
    s >> e.message >> e.messageId >> e.date >> e.from >> bounded(e.to) >> e.partyFrom >> bounded(e.partyTo) >> e.actor
        >> bounded(e.signals) >> e.summary >> e.gapSeconds >> e.gapText;
    e.partyFrom = shared(e.partyFrom);
    e.actor = shared(e.actor);
    for (QString& x : e.partyTo)
        x = shared(x);
    for (QString& x : e.signals)
        x = shared(x);
    return s;
}

namespace {
    constexpr quint32 kAnalysisMagic = 0x4D544341; // "MTCA"
    // Bump when case analysis changes what it produces.
    constexpr quint16 kAnalysisRevision = 5; // 2: lean messages (makeLean()); 3: packed in chunks; 4: texts as phrases;
    // 5: copies carry their stored ids
} // namespace

void makeLean(Message& m)
{
    m.raw.clear();
    m.source.clear();
    m.parts.clear();
    m.defects.clear();
    m.messageClass.clear();
    m.dateRaw.clear();
    m.fromAll.clear();
    m.sender = {};
    m.bcc.clear();
    m.received.clear();
    m.auth = {};
    m.dkimSignatures.clear();
    m.attachments.clear();
}

QByteArray caseAnalysisRevision()
{
    return readingRevision() + "/a" + QByteArray::number(kAnalysisRevision);
}

namespace {
    /// Messages a chunk of the stored analysis holds: chunks are packed and read back in parallel.
    constexpr int kAnalysisChunk = 2048;
    constexpr quint32 kMaxAnalysisChunks = 1u << 16;
    constexpr quint32 kMaxPartBytes = 1u << 30;
    constexpr quint64 kMaxTotalBytes = quint64(4) << 30; ///< all parts unpacked: 4 GiB (~1M messages)

    bool readMessages(const QByteArray& packed, QList<CaseMessage>* out)
    {
        QByteArray data;
        if (!unpack(packed, kMaxPartBytes, &data))
            return false;
        QDataStream s(data);
        s.setVersion(QDataStream::Qt_6_4);
        try {
            s >> bounded(*out);
        } catch (const std::exception&) {
            return false;
        }
        return s.status() == QDataStream::Ok && s.atEnd();
    }
} // namespace

QByteArray serializeCaseAnalysis(const CaseAnalysis& a)
{
    QByteArray head;
    {
        QDataStream s(&head, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_4);
        s << a.parties << a.timeline << a.becTypeSuggested << a.becTypeReasons;
    }
    QList<QByteArray> chunks;
    for (qsizetype start = 0; start < a.messages.size(); start += kAnalysisChunk) {
        QByteArray chunk;
        QDataStream s(&chunk, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_4);
        s << a.messages.mid(start, kAnalysisChunk);
        chunks.append(pack(chunk));
    }
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << kAnalysisMagic << caseAnalysisRevision() << pack(head) << chunks;
    return out;
}

bool deserializeCaseAnalysis(const QByteArray& data, CaseAnalysis* out)
{
    QDataStream s(data);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    QByteArray revision, packedHead;
    s >> magic;
    if (magic != kAnalysisMagic)
        return false;
    s >> revision;
    if (revision != caseAnalysisRevision())
        return false;
    QList<QByteArray> chunks;
    s >> packedHead >> bounded(chunks);
    if (s.status() != QDataStream::Ok || !s.atEnd() || quint32(chunks.size()) > kMaxAnalysisChunks)
        return false;
    // The parts declare their unpacked sizes (the first four bytes of each): a small hostile file
    // of zlib bombs must not make it to gigabytes, so the sum is bounded before anything is unpacked.
    const auto declared = [](const QByteArray& p) -> quint64 {
        if (p.size() < 4)
            return 0;
        return (quint64(uchar(p[0])) << 24) | (quint64(uchar(p[1])) << 16) | (quint64(uchar(p[2])) << 8)
            | quint64(uchar(p[3]));
    };
    quint64 total = declared(packedHead);
    for (const QByteArray& c : std::as_const(chunks))
        total += declared(c);
    if (total > kMaxTotalBytes)
        return false;
    // The chunks are independent: unpack and read them on every core, the head (parties and the
    // timeline) on this thread meanwhile.
    CaseAnalysis a;
    QList<QList<CaseMessage>> parts(chunks.size());
    std::vector<char> ok(size_t(chunks.size()), 0);
    std::atomic<qsizetype> next { 0 };
    const auto work = [&] {
        for (qsizetype i = next++; i < chunks.size(); i = next++)
            ok[size_t(i)] = readMessages(chunks[i], &parts[i]) ? 1 : 0;
    };
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 16u);
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads && t < unsigned(chunks.size()); ++t)
        pool.emplace_back(work);
    bool headOk = false;
    {
        QByteArray head;
        if (unpack(packedHead, kMaxPartBytes, &head)) {
            QDataStream h(head);
            h.setVersion(QDataStream::Qt_6_4);
            try {
                h >> bounded(a.parties) >> bounded(a.timeline) >> a.becTypeSuggested >> bounded(a.becTypeReasons);
                headOk = h.status() == QDataStream::Ok && h.atEnd();
            } catch (const std::exception&) {
                headOk = false;
            }
        }
    }
    work();
    for (std::thread& t : pool)
        t.join();
    if (!headOk)
        return false;
    chunks.clear();
    qsizetype count = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (!ok[size_t(i)])
            return false;
        count += parts[i].size();
    }
    a.messages.reserve(count);
    for (QList<CaseMessage>& p : parts) {
        for (CaseMessage& m : p)
            a.messages.append(std::move(m));
        p.clear();
    }
    // Indexes inside the analysis must point inside it (a case file is hostile data too).
    const auto inRange = [](int i, qsizetype n) { return i >= -1 && i < n; };
    for (const CaseMessage& m : std::as_const(a.messages)) {
        if (!inRange(m.senderParty, a.parties.size()))
            return false;
        for (int p : m.recipientParties) {
            if (!inRange(p, a.parties.size()))
                return false;
        }
    }
    for (const TimelineEvent& e : std::as_const(a.timeline)) {
        if (e.message < 0 || e.message >= a.messages.size())
            return false;
    }
    *out = std::move(a);
    return true;
}

} // namespace MailTriage
