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
    return s >> a.spf >> a.dmarc >> a.arc >> bounded(a.dkim) >> a.authservId >> a.headerIndex >> bounded(a.all);
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

namespace {
    constexpr quint32 kAnalysisMagic = 0x4D544341; // "MTCA"
    // Bump when case analysis changes what it produces.
    constexpr quint16 kAnalysisRevision = 6; // 2: lean messages (makeLean()); 3: packed in chunks; 4: texts as phrases;
    // 5: copies carry their stored ids; 6: values stored once per chunk (ChunkWriter)
} // namespace

void makeLean(Message& m)
{
    // ChunkWriter::message() writes exactly the fields kept here.
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

    /// What a timeline event shares with its message, so that it is stored once (TimelineFlag).
    enum TimelineFlag : quint8 {
        SameMessageId = 1,
        SameFrom = 2,
        SameRecipients = 4, ///< To and Cc
        SameSummary = 8, ///< the subject, cut as the timeline cuts it
    };
    constexpr int kSummaryLength = 120; // CaseAnalyzer's cut

    QList<Mailbox> recipientsOf(const Message& m)
    {
        return m.cc.isEmpty() ? m.to : m.to + m.cc;
    }

    template <typename K> quint32 intern(QHash<K, quint32>& index, QList<K>& values, const K& v)
    {
        const auto it = index.constFind(v);
        if (it != index.constEnd())
            return *it;
        const quint32 i = quint32(values.size());
        index.insert(v, i);
        values.append(v);
        return i;
    }

    /// @brief One part of the stored analysis: every distinct string, finding text and mailbox
    /// list once, then the records referring to them by index. A mailbox export names the same
    /// people, domains and phrases thousands of times; read back, each distinct value is one
    /// allocation shared by every message that has it, not one per message (what opening a large
    /// case costs is allocating, and on first touch the kernel zeroing, those bytes).
    class ChunkWriter {
    public:
        ChunkWriter()
            : m_s(&m_body, QIODevice::WriteOnly)
        {
            m_s.setVersion(QDataStream::Qt_6_4);
        }
        QDataStream& stream() { return m_s; }
        void str(const QString& v) { m_s << stringIndex(v); }
        void strings(const QStringList& l)
        {
            m_s << quint32(l.size());
            for (const QString& v : l)
                str(v);
        }
        void mailbox(const Mailbox& b)
        {
            str(b.name);
            str(b.address);
            str(b.group);
        }
        void mailboxes(const QList<Mailbox>& l)
        {
            QByteArray key;
            QDataStream k(&key, QIODevice::WriteOnly);
            k << quint32(l.size());
            for (const Mailbox& b : l)
                k << stringIndex(b.name) << stringIndex(b.address) << stringIndex(b.group);
            m_s << intern(m_listIndex, m_lists, key);
        }
        void text(const Text& t)
        {
            QByteArray key;
            QDataStream k(&key, QIODevice::WriteOnly);
            k << quint32(t.phrases().size());
            for (const Phrase& p : t.phrases())
                phrase(k, p);
            m_s << intern(m_textIndex, m_texts, key);
        }
        void texts(const QList<Text>& l)
        {
            m_s << quint32(l.size());
            for (const Text& t : l)
                text(t);
        }
        void finding(const Finding& f)
        {
            str(f.signal);
            m_s << qint32(f.severity);
            str(f.header);
            m_s << f.offset << f.length;
            text(f.text);
            str(f.evidence);
            str(f.relatedMessageId);
        }
        /// The fields makeLean() keeps.
        void message(const Message& m)
        {
            m_s << m.sha256;
            str(m.format);
            str(m.file);
            m_s << qint32(m.index);
            str(m.messageId);
            str(m.inReplyTo);
            strings(m.references);
            m_s << m.date;
            str(m.subject);
            mailbox(m.from);
            mailboxes(m.replyTo);
            mailboxes(m.to);
            mailboxes(m.cc);
            str(m.returnPath);
            m_s << quint32(m.findings.size());
            for (const Finding& f : m.findings)
                finding(f);
        }
        void caseMessage(const CaseMessage& cm)
        {
            message(cm.message);
            m_s << quint32(cm.copies.size());
            for (const MessageCopy& c : cm.copies) {
                str(c.file);
                const bool sameSha = c.sha256 == cm.message.sha256;
                m_s << qint32(c.index) << sameSha;
                if (!sameSha)
                    m_s << c.sha256;
                m_s << c.delivered << c.storedId;
            }
            str(cm.key);
            str(cm.actor);
            str(cm.actorComputed);
            m_s << cm.actorOverridden << qint32(cm.senderParty) << cm.recipientParties << qint32(cm.thread);
            texts(cm.attackerReasons);
        }
        void party(const Party& p)
        {
            str(p.label);
            str(p.name);
            strings(p.domains);
            str(p.role);
            m_s << quint32(p.people.size());
            for (auto it = p.people.cbegin(); it != p.people.cend(); ++it) {
                str(it.key());
                str(it.value());
            }
        }
        void event(const TimelineEvent& e, const Message* m)
        {
            quint8 flags = 0;
            if (m) {
                flags |= e.messageId == m->messageId ? SameMessageId : 0;
                flags |= e.from == m->from ? SameFrom : 0;
                flags |= e.to == recipientsOf(*m) ? SameRecipients : 0;
                flags |= e.summary == m->subject.left(kSummaryLength) ? SameSummary : 0;
            }
            m_s << qint32(e.message) << flags;
            if (!(flags & SameMessageId))
                str(e.messageId);
            m_s << e.date;
            if (!(flags & SameFrom))
                mailbox(e.from);
            if (!(flags & SameRecipients))
                mailboxes(e.to);
            str(e.partyFrom);
            strings(e.partyTo);
            str(e.actor);
            strings(e.signals);
            if (!(flags & SameSummary))
                str(e.summary);
            m_s << e.gapSeconds;
            str(e.gapText);
        }
        /// The tables, then the records.
        QByteArray finish() const
        {
            QByteArray out;
            QDataStream s(&out, QIODevice::WriteOnly);
            s.setVersion(QDataStream::Qt_6_4);
            s << m_strings << m_texts << m_lists;
            out.append(m_body);
            return out;
        }

    private:
        quint32 stringIndex(const QString& v) { return intern(m_stringIndex, m_strings, v); }
        void phrase(QDataStream& k, const Phrase& p)
        {
            k << quint8(p.kind) << stringIndex(p.source) << stringIndex(p.value) << quint32(p.args.size());
            for (const Phrase& a : p.args)
                phrase(k, a);
        }

        QByteArray m_body;
        QDataStream m_s;
        QHash<QString, quint32> m_stringIndex;
        QList<QString> m_strings;
        QHash<QByteArray, quint32> m_textIndex;
        QList<QByteArray> m_texts;
        QHash<QByteArray, quint32> m_listIndex;
        QList<QByteArray> m_lists;
    };

    /// @brief Reads what ChunkWriter wrote, trusting none of it: an index outside its table, a
    /// count beyond the bytes left or a phrase nested too deep marks the stream corrupt.
    class ChunkReader {
    public:
        explicit ChunkReader(QDataStream& s)
            : m_s(s)
        {
        }
        bool ok() const { return m_s.status() == QDataStream::Ok; }
        QDataStream& stream() { return m_s; }

        bool readTables()
        {
            QList<QByteArray> texts, lists;
            m_s >> bounded(m_strings) >> bounded(texts) >> bounded(lists);
            if (!ok())
                return false;
            for (QString& v : m_strings)
                v = shared(v);
            m_texts.reserve(texts.size());
            for (const QByteArray& key : std::as_const(texts)) {
                QDataStream k(key);
                quint32 n = 0;
                k >> n;
                if (n > kMaxPhraseArgs)
                    return corrupt();
                QList<Phrase> phrases;
                for (quint32 i = 0; i < n && k.status() == QDataStream::Ok; ++i) {
                    Phrase p;
                    phrase(k, p, 0);
                    phrases.append(std::move(p));
                }
                if (k.status() != QDataStream::Ok || !k.atEnd())
                    return corrupt();
                m_texts.append(Text::fromPhrases(std::move(phrases)));
            }
            m_lists.reserve(lists.size());
            for (const QByteArray& key : std::as_const(lists)) {
                QDataStream k(key);
                quint32 n = 0;
                k >> n;
                if (k.status() != QDataStream::Ok || qint64(n) * 12 > key.size())
                    return corrupt();
                QList<Mailbox> l;
                l.reserve(n);
                for (quint32 i = 0; i < n; ++i) {
                    Mailbox b;
                    b.name = fromTable(k);
                    b.address = fromTable(k);
                    b.group = fromTable(k);
                    l.append(std::move(b));
                }
                if (k.status() != QDataStream::Ok || !k.atEnd())
                    return corrupt();
                m_lists.append(std::move(l));
            }
            return ok();
        }

        QString str() { return fromTable(m_s); }
        quint32 count()
        {
            quint32 n = 0;
            m_s >> n;
            if (ok() && qint64(n) > m_s.device()->bytesAvailable())
                corrupt();
            return ok() ? n : 0;
        }
        QStringList strings()
        {
            QStringList l;
            const quint32 n = count();
            l.reserve(n);
            for (quint32 i = 0; i < n && ok(); ++i)
                l.append(str());
            return l;
        }
        Mailbox mailbox()
        {
            Mailbox b;
            b.name = str();
            b.address = str();
            b.group = str();
            return b;
        }
        QList<Mailbox> mailboxes() { return entry(m_lists); }
        Text text() { return entry(m_texts); }
        QList<Text> texts()
        {
            QList<Text> l;
            const quint32 n = count();
            for (quint32 i = 0; i < n && ok(); ++i)
                l.append(text());
            return l;
        }
        Finding finding()
        {
            Finding f;
            qint32 severity = 0;
            f.signal = str();
            m_s >> severity;
            f.severity = static_cast<Severity>(qBound(0, severity, 3));
            f.header = str();
            m_s >> f.offset >> f.length;
            f.text = text();
            f.evidence = str();
            f.relatedMessageId = str();
            return f;
        }
        void message(Message& m)
        {
            qint32 index = 0;
            m_s >> m.sha256;
            m.format = str();
            m.file = str();
            m_s >> index;
            m.index = index;
            m.messageId = str();
            m.inReplyTo = str();
            m.references = strings();
            m_s >> m.date;
            m.subject = str();
            m.from = mailbox();
            m.replyTo = mailboxes();
            m.to = mailboxes();
            m.cc = mailboxes();
            m.returnPath = str();
            const quint32 n = count();
            m.findings.reserve(n);
            for (quint32 i = 0; i < n && ok(); ++i)
                m.findings.append(finding());
        }
        void caseMessage(CaseMessage& cm)
        {
            message(cm.message);
            const quint32 n = count();
            cm.copies.reserve(n);
            for (quint32 i = 0; i < n && ok(); ++i) {
                MessageCopy c;
                qint32 index = 0;
                bool sameSha = true;
                c.file = str();
                m_s >> index >> sameSha;
                c.index = index;
                if (sameSha)
                    c.sha256 = cm.message.sha256;
                else
                    m_s >> c.sha256;
                m_s >> c.delivered >> c.storedId;
                cm.copies.append(std::move(c));
            }
            cm.key = str();
            cm.actor = str();
            cm.actorComputed = str();
            qint32 sender = -1, thread = -1;
            m_s >> cm.actorOverridden >> sender >> bounded(cm.recipientParties) >> thread;
            cm.senderParty = sender;
            cm.thread = thread;
            cm.attackerReasons = texts();
        }
        void party(Party& p)
        {
            p.label = str();
            p.name = str();
            p.domains = strings();
            p.role = str();
            const quint32 n = count();
            for (quint32 i = 0; i < n && ok(); ++i) {
                const QString address = str();
                p.people.insert(address, str());
            }
        }
        /// Returns the event's TimelineFlag bits: what is to be taken from its message once the
        /// messages are read (completeEvent()).
        quint8 event(TimelineEvent& e)
        {
            qint32 message = -1;
            quint8 flags = 0;
            m_s >> message >> flags;
            e.message = message;
            if (!(flags & SameMessageId))
                e.messageId = str();
            m_s >> e.date;
            if (!(flags & SameFrom))
                e.from = mailbox();
            if (!(flags & SameRecipients))
                e.to = mailboxes();
            e.partyFrom = str();
            e.partyTo = strings();
            e.actor = str();
            e.signals = strings();
            if (!(flags & SameSummary))
                e.summary = str();
            m_s >> e.gapSeconds;
            e.gapText = str();
            return flags;
        }

    private:
        bool corrupt()
        {
            m_s.setStatus(QDataStream::ReadCorruptData);
            return false;
        }
        template <typename T> T entry(const QList<T>& table)
        {
            quint32 i = 0;
            m_s >> i;
            if (!ok() || i >= quint32(table.size())) {
                corrupt();
                return {};
            }
            return table[i];
        }
        QString fromTable(QDataStream& k)
        {
            quint32 i = 0;
            k >> i;
            if (k.status() != QDataStream::Ok || i >= quint32(m_strings.size())) {
                k.setStatus(QDataStream::ReadCorruptData);
                return {};
            }
            return m_strings[i];
        }
        void phrase(QDataStream& k, Phrase& p, int depth)
        {
            quint8 kind = 0;
            quint32 n = 0;
            k >> kind;
            p.source = fromTable(k);
            p.value = fromTable(k);
            k >> n;
            if (k.status() != QDataStream::Ok || kind > quint8(Phrase::Kind::List) || n > kMaxPhraseArgs
                || (n > 0 && depth >= kMaxPhraseDepth)) {
                k.setStatus(QDataStream::ReadCorruptData);
                return;
            }
            p.kind = Phrase::Kind(kind);
            p.args.resize(n);
            for (Phrase& a : p.args) {
                phrase(k, a, depth + 1);
                if (k.status() != QDataStream::Ok)
                    return;
            }
        }

        QDataStream& m_s;
        QList<QString> m_strings;
        QList<Text> m_texts;
        QList<QList<Mailbox>> m_lists;
    };

    bool readMessages(const QByteArray& packed, QList<CaseMessage>* out)
    {
        QByteArray data;
        if (!unpack(packed, kMaxPartBytes, &data))
            return false;
        QDataStream s(data);
        s.setVersion(QDataStream::Qt_6_4);
        ChunkReader r(s);
        if (!r.readTables())
            return false;
        const quint32 n = r.count();
        out->reserve(n);
        for (quint32 i = 0; i < n && r.ok(); ++i) {
            CaseMessage cm;
            r.caseMessage(cm);
            out->append(std::move(cm));
        }
        return r.ok() && s.atEnd();
    }
} // namespace

QByteArray serializeCaseAnalysis(const CaseAnalysis& a)
{
    ChunkWriter head;
    head.stream() << quint32(a.parties.size());
    for (const Party& p : a.parties)
        head.party(p);
    head.stream() << quint32(a.timeline.size());
    for (const TimelineEvent& e : a.timeline) {
        const bool inRange = e.message >= 0 && e.message < a.messages.size();
        head.event(e, inRange ? &a.messages[e.message].message : nullptr);
    }
    head.stream() << qint32(a.becTypeSuggested);
    head.texts(a.becTypeReasons);

    QList<QByteArray> chunks;
    for (qsizetype start = 0; start < a.messages.size(); start += kAnalysisChunk) {
        ChunkWriter chunk;
        const qsizetype end = std::min(a.messages.size(), start + kAnalysisChunk);
        chunk.stream() << quint32(end - start);
        for (qsizetype i = start; i < end; ++i) {
            // What the list, the overview and the timeline read. The evidence bytes and the MIME
            // tree stay in the case's originals and reading cache (MessageSource reads them).
            chunk.caseMessage(a.messages[i]);
        }
        chunks.append(pack(chunk.finish()));
    }
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << kAnalysisMagic << caseAnalysisRevision() << pack(head.finish()) << chunks;
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
    std::vector<quint8> eventFlags;
    {
        QByteArray head;
        if (unpack(packedHead, kMaxPartBytes, &head)) {
            QDataStream h(head);
            h.setVersion(QDataStream::Qt_6_4);
            ChunkReader r(h);
            if (r.readTables()) {
                const quint32 parties = r.count();
                for (quint32 i = 0; i < parties && r.ok(); ++i) {
                    Party p;
                    r.party(p);
                    a.parties.append(std::move(p));
                }
                const quint32 events = r.count();
                a.timeline.reserve(events);
                eventFlags.reserve(events);
                for (quint32 i = 0; i < events && r.ok(); ++i) {
                    TimelineEvent e;
                    eventFlags.push_back(r.event(e));
                    a.timeline.append(std::move(e));
                }
                qint32 bec = 0;
                h >> bec;
                a.becTypeSuggested = bec;
                a.becTypeReasons = r.texts();
                headOk = r.ok() && h.atEnd();
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
    for (qsizetype i = 0; i < a.timeline.size(); ++i) {
        TimelineEvent& e = a.timeline[i];
        if (e.message < 0 || e.message >= a.messages.size())
            return false;
        // What the event shares with its message, shared, not copied.
        const Message& m = a.messages[e.message].message;
        const quint8 flags = eventFlags[size_t(i)];
        if (flags & SameMessageId)
            e.messageId = m.messageId;
        if (flags & SameFrom)
            e.from = m.from;
        if (flags & SameRecipients)
            e.to = recipientsOf(m);
        if (flags & SameSummary)
            e.summary = m.subject.left(kSummaryLength);
    }
    *out = std::move(a);
    return true;
}

} // namespace MailTriage
