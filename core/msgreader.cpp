// SPDX-License-Identifier: GPL-3.0-or-later
#include "msgreader.h"

#include "cfbreader.h"
#include "charset.h"
#include "headerblock.h"
#include "lzfu.h"
#include "messageparser.h"
#include "rtfhtml.h"
#include "sha256.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <QtEndian>
#include <optional>

namespace MailTriage::MsgReader {

namespace {

    // Property types ([MS-OXCDATA] 2.11.1).
    constexpr quint16 PtInt16 = 0x0002;
    constexpr quint16 PtInt32 = 0x0003;
    constexpr quint16 PtFloat = 0x0004;
    constexpr quint16 PtDouble = 0x0005;
    constexpr quint16 PtCurrency = 0x0006;
    constexpr quint16 PtAppTime = 0x0007;
    constexpr quint16 PtError = 0x000A;
    constexpr quint16 PtBoolean = 0x000B;
    constexpr quint16 PtObject = 0x000D;
    constexpr quint16 PtInt64 = 0x0014;
    constexpr quint16 PtString8 = 0x001E;
    constexpr quint16 PtUnicode = 0x001F;
    constexpr quint16 PtSysTime = 0x0040;
    constexpr quint16 PtBinary = 0x0102;

    // Property ids.
    constexpr quint16 PidMessageClass = 0x001A;
    constexpr quint16 PidSubject = 0x0037;
    constexpr quint16 PidClientSubmitTime = 0x0039;
    constexpr quint16 PidSubjectPrefix = 0x003D;
    constexpr quint16 PidSentRepresentingName = 0x0042;
    constexpr quint16 PidReplyRecipientEntries = 0x004F;
    constexpr quint16 PidSentRepresentingAddrType = 0x0064;
    constexpr quint16 PidSentRepresentingEmail = 0x0065;
    constexpr quint16 PidConversationTopic = 0x0070;
    constexpr quint16 PidConversationIndex = 0x0071;
    constexpr quint16 PidTransportHeaders = 0x007D;
    constexpr quint16 PidRecipientType = 0x0C15;
    constexpr quint16 PidSenderName = 0x0C1A;
    constexpr quint16 PidSenderAddrType = 0x0C1E;
    constexpr quint16 PidSenderEmail = 0x0C1F;
    constexpr quint16 PidDeliveryTime = 0x0E06;
    constexpr quint16 PidNormalizedSubject = 0x0E1D;
    constexpr quint16 PidEntryId = 0x0FFF;
    constexpr quint16 PidBody = 0x1000;
    constexpr quint16 PidRtfCompressed = 0x1009;
    constexpr quint16 PidHtml = 0x1013;
    constexpr quint16 PidInternetMessageId = 0x1035;
    constexpr quint16 PidInternetReferences = 0x1039;
    constexpr quint16 PidInReplyTo = 0x1042;
    constexpr quint16 PidDisplayName = 0x3001;
    constexpr quint16 PidAddrType = 0x3002;
    constexpr quint16 PidEmailAddress = 0x3003;
    constexpr quint16 PidAttachDataBin = 0x3701;
    constexpr quint16 PidAttachFilename = 0x3704;
    constexpr quint16 PidAttachMethod = 0x3705;
    constexpr quint16 PidAttachLongFilename = 0x3707;
    constexpr quint16 PidAttachPathname = 0x3708;
    constexpr quint16 PidAttachLongPathname = 0x370D;
    constexpr quint16 PidAttachMimeTag = 0x370E;
    constexpr quint16 PidAttachContentId = 0x3712;
    constexpr quint16 PidSmtpAddress = 0x39FE;
    constexpr quint16 PidInternetCpid = 0x3FDE;
    constexpr quint16 PidMessageCodepage = 0x3FFD;
    constexpr quint16 PidSenderSmtpAddress = 0x5D01;
    constexpr quint16 PidSentRepresentingSmtpAddress = 0x5D02;
    constexpr quint16 PidAttachmentHidden = 0x7FFE;

    constexpr int kMaxRecipients = 10000;
    constexpr int kMaxFixedProps = 65536;

    const QString kSubstg = QStringLiteral("__substg1.0_");
    const QString kRecipPrefix = QStringLiteral("__recip_version1.0_#");
    const QString kAttachPrefix = QStringLiteral("__attach_version1.0_#");
    const QString kPropStream = QStringLiteral("__properties_version1.0");
    const QString kNameId = QStringLiteral("__nameid_version1.0");

    QByteArray sha256Hex(QByteArrayView data)
    {
        return Sha256::hashHex(data);
    }

    bool isFixedType(quint16 t)
    {
        switch (t) {
        case PtInt16:
        case PtInt32:
        case PtFloat:
        case PtDouble:
        case PtCurrency:
        case PtAppTime:
        case PtError:
        case PtBoolean:
        case PtInt64:
        case PtSysTime:
            return true;
        default:
            return false;
        }
    }

    QString utf16le(QByteArrayView d)
    {
        QString s;
        const qsizetype n = d.size() / 2;
        s.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            s.append(QChar(qFromLittleEndian<quint16>(d.data() + 2 * i)));
        while (!s.isEmpty() && s.back() == QChar(0))
            s.chop(1);
        return s;
    }

    QByteArray stripNuls(QByteArrayView d)
    {
        while (!d.isEmpty() && d.back() == '\0')
            d.chop(1);
        return d.toByteArray();
    }

    QDateTime fromFileTime(quint64 ft)
    {
        // 100-ns ticks since 1601-01-01 UTC; 0 and values past year 9999 mean "none".
        if (ft == 0 || ft >= 2650467744000000000ull)
            return {};
        const QDateTime epoch(QDate(1601, 1, 1), QTime(0, 0), Qt::UTC);
        return epoch.addMSecs(qint64(ft / 10000));
    }

    /// @brief One property as stored: stream bytes for variable types, the 8-byte value for fixed ones.
    struct Prop {
        quint16 type = 0;
        QByteArray data;
        quint64 fixed = 0;
        int storage = -1; ///< PT_OBJECT: the storage holding the object
    };

    /// @brief The properties of one storage (message, recipient or attachment).
    struct PropBag {
        QHash<quint32, Prop> props; ///< key: id << 16 | type
        int codepage = 0; ///< for PT_STRING8 values

        const Prop* find(quint16 id, quint16 type) const
        {
            const auto it = props.constFind((quint32(id) << 16) | type);
            return it == props.cend() ? nullptr : &it.value();
        }
        bool has(quint16 id) const
        {
            static const quint16 types[]
                = { PtUnicode, PtString8, PtBinary, PtInt32, PtInt16, PtInt64, PtBoolean, PtSysTime, PtObject };
            for (const quint16 t : types) {
                if (find(id, t))
                    return true;
            }
            return false;
        }
        QString string(quint16 id) const
        {
            if (const Prop* p = find(id, PtUnicode))
                return utf16le(p->data);
            if (const Prop* p = find(id, PtString8))
                return decode8(p->data);
            return {};
        }
        QString decode8(QByteArrayView d) const
        {
            QByteArray label = RtfHtml::codepageLabel(codepage);
            const QByteArray bytes = stripNuls(d);
            if (label.isEmpty())
                label = Charset::isValidUtf8(bytes) ? QByteArray("utf-8") : QByteArray("windows-1252");
            return Charset::toUnicode(bytes, label);
        }
        const Prop* binary(quint16 id) const { return find(id, PtBinary); }
        std::optional<qint64> integer(quint16 id) const
        {
            if (const Prop* p = find(id, PtInt32))
                return qint64(qint32(quint32(p->fixed & 0xFFFFFFFFu)));
            if (const Prop* p = find(id, PtInt16))
                return qint64(qint16(quint16(p->fixed & 0xFFFFu)));
            if (const Prop* p = find(id, PtInt64))
                return qint64(p->fixed);
            if (const Prop* p = find(id, PtBoolean))
                return qint64(p->fixed & 0xFFFFu);
            return std::nullopt;
        }
        QDateTime time(quint16 id) const
        {
            if (const Prop* p = find(id, PtSysTime))
                return fromFileTime(p->fixed);
            return {};
        }
    };

    /// @brief A named property ([MS-OXMSG] 2.2.3): property set and LID or name.
    struct NamedProp {
        QByteArray guid; ///< 16 bytes as stored
        bool isString = false;
        quint32 lid = 0;
        QString name;
    };

    // {00020386-0000-0000-C000-000000000046}: PS_INTERNET_HEADERS, as stored (little-endian fields).
    const QByteArray& psInternetHeaders()
    {
        static const QByteArray g = QByteArray::fromHex("8603020000000000c000000000000046");
        return g;
    }
    const QByteArray& psMapi()
    {
        static const QByteArray g = QByteArray::fromHex("2803020000000000c000000000000046");
        return g;
    }
    const QByteArray& psPublicStrings()
    {
        static const QByteArray g = QByteArray::fromHex("2903020000000000c000000000000046");
        return g;
    }

    /// @brief A person as the item names them.
    struct Person {
        QString name;
        QString address; ///< SMTP address when known, else empty
        QString rawAddress; ///< what the item stored (may be an Exchange DN)
        QString identity() const { return address.isEmpty() ? name.trimmed().toLower() : address.trimmed().toLower(); }
        bool isEmpty() const { return name.isEmpty() && address.isEmpty(); }
    };

    /// @brief One message storage read: its properties, recipients and attachments.
    struct Item {
        PropBag props;
        QList<PropBag> recipients;
        struct Att {
            PropBag props;
            int storage = -1;
        };
        QList<Att> attachments;
    };

    struct Job {
        int storage;
        int rootPart;
        int depth;
    };

    class Reader {
    public:
        Reader(const QByteArray& raw, const ParseLimits& limits)
            : m_raw(raw)
            , m_limits(limits)
        {
        }

        bool run(Message* out, QString* error);

    private:
        void defect(const QString& text)
        {
            if (m_m.defects.size() < 200 && !m_m.defects.contains(text))
                m_m.defects.append(text);
        }
        PropBag readProps(int storage, int headerSize);
        Item readItem(int storage, bool topLevel);
        void readNamedProps();
        Person personOf(const PropBag& bag, quint16 nameId, quint16 smtpId, quint16 typeId, quint16 emailId) const;
        Person recipientOf(const PropBag& r) const;
        QList<Person> replyToOf(const PropBag& bag) const;
        QList<QPair<QByteArray, QString>> internetHeadersOf(const PropBag& bag) const;
        QByteArray synthesise(const Item& item, bool onlyMissing, const QList<HeaderField>& existing);
        void buildHeaders(const Item& item, int part, bool topLevel);
        void buildBody(const Item& item, int rootPart, int msgDepth, QList<Job>* jobs);
        int addPart(MimePart part);
        bool storageDigest(int storage, QByteArray* sha, qint64* size);

        const QByteArray& m_raw;
        const ParseLimits& m_limits;
        CfbReader m_cfb;
        Message m_m;
        QHash<quint16, NamedProp> m_named;
        bool m_partLimitReported = false;
        QSet<int> m_byReference; ///< parts of attachments that only point elsewhere
    };

    int Reader::addPart(MimePart part)
    {
        if (m_m.parts.size() >= m_limits.maxParts) {
            if (!m_partLimitReported)
                defect(QStringLiteral("more than %1 parts; the rest were not read").arg(m_limits.maxParts));
            m_partLimitReported = true;
            return -1;
        }
        m_m.parts.append(part);
        return int(m_m.parts.size() - 1);
    }

    PropBag Reader::readProps(int storage, int headerSize)
    {
        PropBag bag;
        const auto& entries = m_cfb.entries();
        for (const int k : entries[storage].children) {
            const CfbReader::Entry& e = entries[k];
            if (e.name.size() == 20 && e.name.startsWith(kSubstg, Qt::CaseInsensitive)) {
                bool ok = false;
                const quint32 tag = e.name.mid(12).toUInt(&ok, 16);
                if (!ok)
                    continue;
                const quint16 type = quint16(tag & 0xFFFF);
                if (type & 0x1000)
                    continue; // multi-valued properties are not used
                Prop p;
                p.type = type;
                if (e.type == CfbReader::EntryType::Storage) {
                    p.storage = k;
                } else if (e.type == CfbReader::EntryType::Stream) {
                    QString err;
                    if (!m_cfb.readStream(k, &p.data, &err, m_limits.maxMessageBytes)) {
                        defect(QStringLiteral("a property of the item cannot be read: %1").arg(err));
                        continue;
                    }
                } else {
                    continue;
                }
                bag.props.insert(tag, p);
            }
        }
        const int ps = m_cfb.childNamed(storage, kPropStream);
        if (ps >= 0 && entries[ps].type == CfbReader::EntryType::Stream) {
            QByteArray d;
            QString err;
            if (!m_cfb.readStream(ps, &d, &err, qint64(kMaxFixedProps) * 16 + 32)) {
                defect(QStringLiteral("the fixed-length property stream cannot be read: %1").arg(err));
            } else {
                // The header is 32 bytes (top-level message), 24 (embedded message) or 8; a size
                // that does not fit the expected one is read with the one that does.
                int hs = headerSize;
                if (d.size() >= hs && (d.size() - hs) % 16 != 0) {
                    for (const int alt : { 32, 24, 8 }) {
                        if (d.size() >= alt && (d.size() - alt) % 16 == 0) {
                            hs = alt;
                            break;
                        }
                    }
                }
                for (qsizetype off = hs; off + 16 <= d.size(); off += 16) {
                    const quint16 type = qFromLittleEndian<quint16>(d.constData() + off);
                    const quint16 id = qFromLittleEndian<quint16>(d.constData() + off + 2);
                    if (!isFixedType(type))
                        continue;
                    const quint32 tag = (quint32(id) << 16) | type;
                    if (bag.props.contains(tag))
                        continue;
                    Prop p;
                    p.type = type;
                    p.fixed = qFromLittleEndian<quint64>(d.constData() + off + 8);
                    bag.props.insert(tag, p);
                }
            }
        }
        return bag;
    }

    Item Reader::readItem(int storage, bool topLevel)
    {
        Item item;
        item.props = readProps(storage, topLevel ? 32 : 24);
        int cp = int(item.props.integer(PidMessageCodepage).value_or(0));
        if (RtfHtml::codepageLabel(cp).isEmpty())
            cp = int(item.props.integer(PidInternetCpid).value_or(0));
        item.props.codepage = cp;

        const auto& entries = m_cfb.entries();
        QList<QPair<quint32, int>> recips;
        QList<QPair<quint32, int>> atts;
        for (const int k : entries[storage].children) {
            const CfbReader::Entry& e = entries[k];
            if (e.type != CfbReader::EntryType::Storage)
                continue;
            if (e.name.startsWith(kRecipPrefix, Qt::CaseInsensitive)) {
                bool ok = false;
                const quint32 n = e.name.mid(kRecipPrefix.size()).toUInt(&ok, 16);
                recips.append({ ok ? n : 0xFFFFFFFFu, k });
            } else if (e.name.startsWith(kAttachPrefix, Qt::CaseInsensitive)) {
                bool ok = false;
                const quint32 n = e.name.mid(kAttachPrefix.size()).toUInt(&ok, 16);
                atts.append({ ok ? n : 0xFFFFFFFFu, k });
            }
        }
        std::stable_sort(recips.begin(), recips.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::stable_sort(atts.begin(), atts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        if (recips.size() > kMaxRecipients) {
            defect(QStringLiteral("more than %1 recipients; the rest were not read").arg(kMaxRecipients));
            recips.resize(kMaxRecipients);
        }
        if (atts.size() > m_limits.maxAttachments) {
            defect(QStringLiteral("more than %1 attachments; the rest were not read").arg(m_limits.maxAttachments));
            atts.resize(m_limits.maxAttachments);
        }
        for (const auto& r : std::as_const(recips)) {
            PropBag b = readProps(r.second, 8);
            b.codepage = cp;
            item.recipients.append(b);
        }
        for (const auto& a : std::as_const(atts)) {
            Item::Att att;
            att.props = readProps(a.second, 8);
            att.props.codepage = cp;
            att.storage = a.second;
            item.attachments.append(att);
        }
        return item;
    }

    void Reader::readNamedProps()
    {
        const int ns = m_cfb.childNamed(CfbReader::rootIndex(), kNameId);
        if (ns < 0)
            return;
        auto read = [&](const QString& name, QByteArray* out) {
            const int k = m_cfb.childNamed(ns, name);
            if (k < 0)
                return false;
            QString err;
            if (!m_cfb.readStream(k, out, &err, m_limits.maxMessageBytes)) {
                defect(QStringLiteral("the named property map cannot be read: %1").arg(err));
                return false;
            }
            return true;
        };
        QByteArray guids, entriesStream, strings;
        read(QStringLiteral("__substg1.0_00020102"), &guids);
        if (!read(QStringLiteral("__substg1.0_00030102"), &entriesStream))
            return;
        read(QStringLiteral("__substg1.0_00040102"), &strings);
        for (qsizetype off = 0; off + 8 <= entriesStream.size() && m_named.size() < 0x8000; off += 8) {
            const quint32 nameOrOffset = qFromLittleEndian<quint32>(entriesStream.constData() + off);
            const quint16 indexKind = qFromLittleEndian<quint16>(entriesStream.constData() + off + 4);
            const quint16 propIndex = qFromLittleEndian<quint16>(entriesStream.constData() + off + 6);
            NamedProp np;
            np.isString = indexKind & 1;
            const int guidIndex = indexKind >> 1;
            if (guidIndex == 1)
                np.guid = psMapi();
            else if (guidIndex == 2)
                np.guid = psPublicStrings();
            else if (guidIndex >= 3 && qsizetype(guidIndex - 3) * 16 + 16 <= guids.size())
                np.guid = guids.mid((guidIndex - 3) * 16, 16);
            if (np.isString) {
                if (qsizetype(nameOrOffset) + 4 > strings.size())
                    continue;
                const quint32 len = qFromLittleEndian<quint32>(strings.constData() + nameOrOffset);
                if (len > quint32(strings.size()) - nameOrOffset - 4)
                    continue;
                np.name = utf16le(QByteArrayView(strings).sliced(nameOrOffset + 4, len));
            } else {
                np.lid = nameOrOffset;
            }
            m_named.insert(quint16(0x8000 + (propIndex & 0x7FFF)), np);
        }
    }

    QString clean(const QString& s)
    {
        QString out = s;
        for (QChar& c : out) {
            if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QChar(0) || c == QLatin1Char('\t'))
                c = QLatin1Char(' ');
        }
        return out.trimmed();
    }

    bool looksLikeSmtp(const QString& a)
    {
        const qsizetype at = a.indexOf(QLatin1Char('@'));
        return at > 0 && at < a.size() - 1 && !a.startsWith(QLatin1Char('/')) && !a.contains(QLatin1Char(' '));
    }

    // A one-off EntryID ([MS-OXCDATA] 2.2.5.1): display name, address type and address inline.
    bool parseOneOff(QByteArrayView e, Person* p)
    {
        static const QByteArray oneOffUid = QByteArray::fromHex("812b1fa4bea310199d6e00dd010f5402");
        if (e.size() < 24 || e.sliced(4, 16) != QByteArrayView(oneOffUid))
            return false;
        const quint16 flags = qFromLittleEndian<quint16>(e.data() + 22);
        const bool unicode = flags & 0x8000;
        qsizetype pos = 24;
        QString fields[3];
        for (QString& f : fields) {
            if (unicode) {
                qsizetype end = pos;
                while (end + 1 < e.size() && (e[end] != 0 || e[end + 1] != 0))
                    end += 2;
                f = utf16le(e.sliced(pos, qMin(end, e.size()) - pos));
                pos = end + 2;
            } else {
                qsizetype end = pos;
                while (end < e.size() && e[end] != 0)
                    ++end;
                const QByteArrayView b = e.sliced(pos, end - pos);
                f = Charset::toUnicode(b, Charset::isValidUtf8(b) ? "utf-8" : "windows-1252");
                pos = end + 1;
            }
            if (pos > e.size())
                pos = e.size();
        }
        p->name = fields[0];
        p->rawAddress = fields[2];
        if (fields[1].compare(u"SMTP", Qt::CaseInsensitive) == 0 || looksLikeSmtp(fields[2]))
            p->address = fields[2];
        return true;
    }

    Person Reader::personOf(const PropBag& bag, quint16 nameId, quint16 smtpId, quint16 typeId, quint16 emailId) const
    {
        Person p;
        p.name = clean(bag.string(nameId));
        const QString smtp = clean(bag.string(smtpId));
        const QString type = clean(bag.string(typeId));
        const QString email = clean(bag.string(emailId));
        p.rawAddress = email;
        if (!smtp.isEmpty())
            p.address = smtp;
        else if (type.compare(u"SMTP", Qt::CaseInsensitive) == 0 && !email.isEmpty())
            p.address = email;
        else if (looksLikeSmtp(email))
            p.address = email;
        return p;
    }

    Person Reader::recipientOf(const PropBag& r) const
    {
        Person p = personOf(r, PidDisplayName, PidSmtpAddress, PidAddrType, PidEmailAddress);
        if (p.address.isEmpty()) {
            if (const Prop* e = r.binary(PidEntryId)) {
                Person o;
                if (parseOneOff(e->data, &o) && !o.address.isEmpty()) {
                    p.address = clean(o.address);
                    if (p.name.isEmpty())
                        p.name = clean(o.name);
                }
            }
        }
        return p;
    }

    QList<Person> Reader::replyToOf(const PropBag& bag) const
    {
        QList<Person> out;
        const Prop* flat = bag.binary(PidReplyRecipientEntries);
        if (!flat || flat->data.size() < 8)
            return out;
        const QByteArray& d = flat->data;
        const quint32 count = qFromLittleEndian<quint32>(d.constData());
        qsizetype pos = 8;
        for (quint32 i = 0; i < count && i < 1000 && pos + 4 <= d.size(); ++i) {
            const quint32 size = qFromLittleEndian<quint32>(d.constData() + pos);
            pos += 4;
            if (size > quint32(d.size() - pos))
                break;
            Person p;
            if (parseOneOff(QByteArrayView(d).sliced(pos, size), &p) && !p.address.isEmpty()) {
                p.name = clean(p.name);
                p.address = clean(p.address);
                out.append(p);
            }
            pos += (qsizetype(size) + 3) & ~qsizetype(3);
        }
        return out;
    }

    QList<QPair<QByteArray, QString>> Reader::internetHeadersOf(const PropBag& bag) const
    {
        QList<QPair<QByteArray, QString>> out;
        for (auto it = m_named.cbegin(); it != m_named.cend(); ++it) {
            const NamedProp& np = it.value();
            if (!np.isString || np.guid != psInternetHeaders() || np.name.isEmpty())
                continue;
            if (!bag.find(it.key(), PtUnicode) && !bag.find(it.key(), PtString8))
                continue;
            // Only names that are valid header field names.
            QByteArray name;
            bool valid = true;
            for (const QChar c : np.name) {
                const char16_t u = c.unicode();
                if (u < 33 || u > 126 || u == u':') {
                    valid = false;
                    break;
                }
                name.append(char(u));
            }
            if (!valid || name.isEmpty())
                continue;
            out.append({ name, clean(bag.string(it.key())) });
        }
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        return out;
    }

    QByteArray quoteName(const QString& name)
    {
        QByteArray out = "\"";
        for (const QChar c : name) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                out.append('\\');
            out.append(QString(c).toUtf8());
        }
        out.append('"');
        return out;
    }

    QByteArray formatMailbox(const Person& p)
    {
        QString addr = p.address;
        addr.remove(QLatin1Char('<')).remove(QLatin1Char('>')).remove(QLatin1Char(',')).remove(QLatin1Char('"'));
        if (addr.isEmpty())
            return p.name.isEmpty() ? QByteArray() : quoteName(p.name) + " <>";
        if (p.name.isEmpty() || p.name.compare(addr, Qt::CaseInsensitive) == 0)
            return addr.toUtf8();
        return quoteName(p.name) + " <" + addr.toUtf8() + '>';
    }

    QByteArray rfc5322Date(const QDateTime& dt)
    {
        const QDateTime u = dt.toUTC();
        return QLocale::c().toString(u, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " +0000";
    }

    bool hasField(const QList<HeaderField>& fields, QByteArrayView name)
    {
        for (const HeaderField& f : fields) {
            if (f.is(name))
                return true;
        }
        return false;
    }

    QString subjectOf(const PropBag& b)
    {
        QString s = b.string(PidSubject);
        if (s.isEmpty() && b.has(PidNormalizedSubject))
            s = b.string(PidSubjectPrefix) + b.string(PidNormalizedSubject);
        return s;
    }

    // Header text rebuilt from the item's properties. With @p onlyMissing, only the fields that
    // @p existing (the transport headers) lack.
    QByteArray Reader::synthesise(const Item& item, bool onlyMissing, const QList<HeaderField>& existing)
    {
        const PropBag& b = item.props;
        QByteArray out;
        auto add = [&](QByteArrayView name, const QByteArray& value) {
            if (value.isEmpty() || (onlyMissing && hasField(existing, name)))
                return;
            out += name.toByteArray() + ": " + value + "\r\n";
        };
        const Person representing = personOf(b, PidSentRepresentingName, PidSentRepresentingSmtpAddress,
            PidSentRepresentingAddrType, PidSentRepresentingEmail);
        const Person sender = personOf(b, PidSenderName, PidSenderSmtpAddress, PidSenderAddrType, PidSenderEmail);
        const Person& from = representing.isEmpty() ? sender : representing;
        const bool onBehalf
            = !representing.isEmpty() && !sender.isEmpty() && representing.identity() != sender.identity();
        add("From", formatMailbox(from));
        if (onBehalf)
            add("Sender", formatMailbox(sender));
        if (!onlyMissing) {
            QByteArray replyTo;
            for (const Person& p : replyToOf(b)) {
                const QByteArray mb = formatMailbox(p);
                if (!mb.isEmpty())
                    replyTo += (replyTo.isEmpty() ? QByteArray() : QByteArray(",\r\n ")) + mb;
            }
            add("Reply-To", replyTo);
        }
        QByteArray lists[4];
        for (const PropBag& r : item.recipients) {
            const qint64 type = r.integer(PidRecipientType).value_or(1) & 0x0FFFFFFF;
            if (type < 1 || type > 3)
                continue;
            const QByteArray mb = formatMailbox(recipientOf(r));
            if (mb.isEmpty())
                continue;
            QByteArray& l = lists[type];
            l += (l.isEmpty() ? QByteArray() : QByteArray(",\r\n ")) + mb;
        }
        add("To", lists[1]);
        add("Cc", lists[2]);
        add("Bcc", lists[3]);
        add("Subject", clean(subjectOf(b)).toUtf8());
        QDateTime date = b.time(PidClientSubmitTime);
        if (!date.isValid())
            date = b.time(PidDeliveryTime);
        if (date.isValid())
            add("Date", rfc5322Date(date));
        add("Message-ID", clean(b.string(PidInternetMessageId)).toUtf8());
        add("In-Reply-To", clean(b.string(PidInReplyTo)).toUtf8());
        add("References", clean(b.string(PidInternetReferences)).toUtf8());
        add("Thread-Topic", clean(b.string(PidConversationTopic)).toUtf8());
        if (const Prop* ti = b.binary(PidConversationIndex))
            add("Thread-Index", ti->data.toBase64());
        if (!onlyMissing) {
            for (const auto& h : internetHeadersOf(b)) {
                if (!hasField(existing, h.first))
                    add(h.first, h.second.toUtf8());
            }
        }
        return out;
    }

    void Reader::buildHeaders(const Item& item, int part, bool topLevel)
    {
        const PropBag& b = item.props;
        const Person representing = personOf(b, PidSentRepresentingName, PidSentRepresentingSmtpAddress,
            PidSentRepresentingAddrType, PidSentRepresentingEmail);
        const Person sender = personOf(b, PidSenderName, PidSenderSmtpAddress, PidSenderAddrType, PidSenderEmail);
        // Defects of attached items say which item they concern.
        const QString where
            = topLevel ? QString() : QStringLiteral("attached item \"%1\": ").arg(clean(subjectOf(b)).left(80));
        if (!representing.isEmpty() && !sender.isEmpty() && representing.identity() != sender.identity()) {
            const QString who = sender.address.isEmpty() ? sender.name : sender.address;
            const QString whom = representing.address.isEmpty() ? representing.name : representing.address;
            defect(where
                + QStringLiteral("the item was sent by %1 on behalf of %2 (Sender and From differ)").arg(who, whom));
        }

        for (const Person* p : { &representing, &sender }) {
            if (p->address.isEmpty() && p->rawAddress.startsWith(QLatin1Char('/'))) {
                defect(where
                    + QStringLiteral("the sender %1 is an Exchange address without an SMTP address (%2)")
                          .arg(p->name, p->rawAddress.left(120)));
                break;
            }
        }

        // Transport headers, as received.
        QByteArray transport;
        if (const Prop* p = b.find(PidTransportHeaders, PtUnicode))
            transport = utf16le(p->data).toUtf8();
        else if (const Prop* p8 = b.find(PidTransportHeaders, PtString8))
            transport = stripNuls(p8->data);
        qsizetype start = 0;
        if (transport.startsWith("Microsoft Mail Internet Headers")) {
            const qsizetype nl = transport.indexOf('\n');
            start = nl < 0 ? transport.size() : nl + 1;
        }
        QList<HeaderField> fields;
        QByteArray source;
        if (!transport.trimmed().isEmpty()) {
            // End the header section with a blank line so the last field is complete.
            while (transport.endsWith('\n') || transport.endsWith('\r') || transport.endsWith(' '))
                transport.chop(1);
            transport += "\r\n\r\n";
            const HeaderBlock hb = HeaderBlock::parse(
                QByteArrayView(transport).sliced(start), start, m_limits.maxHeaderFields, m_limits.maxHeaderBytes);
            if (!hb.fields.isEmpty()) {
                fields = hb.fields;
                source = transport;
                for (const QString& d : hb.defects)
                    defect(where + QStringLiteral("transport headers: ") + d);
            } else {
                defect(where
                    + QStringLiteral(
                        "the transport headers cannot be read; headers were rebuilt from the item's properties"));
            }
        }
        if (!fields.isEmpty()) {
            // Fields the transport headers lack are added from the properties, outside the source.
            const QByteArray extra = synthesise(item, true, fields);
            if (!extra.isEmpty()) {
                const HeaderBlock hb = HeaderBlock::parse(
                    QByteArray(extra + "\r\n"), 0, m_limits.maxHeaderFields, m_limits.maxHeaderBytes);
                for (HeaderField f : hb.fields) {
                    f.offset = -1;
                    fields.append(f);
                }
            }
        } else {
            source = synthesise(item, false, {}) + "\r\n";
            const HeaderBlock hb = HeaderBlock::parse(source, 0, m_limits.maxHeaderFields, m_limits.maxHeaderBytes);
            fields = hb.fields;
        }
        MimePart& mp = m_m.parts[part];
        if (topLevel) {
            m_m.source = source;
            mp.headers = fields;
            mp.headerOffset = 0;
        } else {
            // An attached item's headers are not in Message::source.
            for (HeaderField& f : fields)
                f.offset = -1;
            mp.headers = fields;
            mp.headerOffset = -1;
        }
    }

    MimePart leaf(const QByteArray& type, int parent, int depth)
    {
        MimePart p;
        p.parent = parent;
        p.depth = depth;
        p.contentType = type;
        p.transferEncoding = "binary";
        p.bodyOffset = -1;
        return p;
    }

    bool Reader::storageDigest(int storage, QByteArray* sha, qint64* size)
    {
        Sha256 h;
        qint64 total = 0;
        const auto& entries = m_cfb.entries();
        QList<QPair<int, QString>> stack { { storage, QString() } };
        int visited = 0;
        while (!stack.isEmpty()) {
            const auto [idx, path] = stack.takeLast();
            if (++visited > CfbReader::maxEntries)
                return false;
            const QList<int>& kids = entries[idx].children;
            for (qsizetype i = kids.size() - 1; i >= 0; --i) {
                const CfbReader::Entry& e = entries[kids[i]];
                const QString p = path + QLatin1Char('/') + e.name;
                if (e.type == CfbReader::EntryType::Storage) {
                    stack.append({ kids[i], p });
                    continue;
                }
                QByteArray d;
                QString err;
                if (!m_cfb.readStream(kids[i], &d, &err, m_limits.maxMessageBytes))
                    return false;
                h.addData(p.toUtf8());
                h.addData(QByteArrayView("\0", 1));
                h.addData(d);
                total += d.size();
            }
        }
        *sha = h.result().toHex();
        *size = total;
        return true;
    }

    void Reader::buildBody(const Item& item, int rootPart, int msgDepth, QList<Job>* jobs)
    {
        const PropBag& b = item.props;
        const int depth = m_m.parts[rootPart].depth; // MIME depth of the item's root part
        const int internetCp = int(b.integer(PidInternetCpid).value_or(0));

        // Plain text.
        std::optional<MimePart> plain;
        std::optional<MimePart> html;
        if (const Prop* p = b.find(PidBody, PtUnicode)) {
            plain = leaf("text/plain", rootPart, depth + 1);
            plain->text = utf16le(p->data);
            plain->charset = "utf-16le";
            plain->sha256 = sha256Hex(p->data);
            plain->decodedSize = p->data.size();
        } else if (const Prop* p8 = b.find(PidBody, PtString8)) {
            plain = leaf("text/plain", rootPart, depth + 1);
            plain->text = b.decode8(p8->data);
            plain->charset = RtfHtml::codepageLabel(b.codepage);
            plain->sha256 = sha256Hex(p8->data);
            plain->decodedSize = p8->data.size();
        }
        // HTML: PR_HTML, else encapsulated in the compressed RTF.
        if (const Prop* h = b.find(PidHtml, PtBinary)) {
            QByteArray label = RtfHtml::codepageLabel(internetCp);
            if (label.isEmpty())
                label = RtfHtml::codepageLabel(b.codepage);
            const QByteArray bytes = stripNuls(h->data);
            if (label.isEmpty() || label == "utf-16le")
                label = Charset::isValidUtf8(bytes) ? QByteArray("utf-8") : QByteArray("windows-1252");
            html = leaf("text/html", rootPart, depth + 1);
            html->text = Charset::toUnicode(bytes, label);
            html->charset = label;
            html->sha256 = sha256Hex(h->data);
            html->decodedSize = h->data.size();
        } else if (const Prop* hu = b.find(PidHtml, PtUnicode)) {
            html = leaf("text/html", rootPart, depth + 1);
            html->text = utf16le(hu->data);
            html->charset = "utf-16le";
            html->sha256 = sha256Hex(hu->data);
            html->decodedSize = hu->data.size();
        } else if (const Prop* hs = b.find(PidHtml, PtString8)) {
            html = leaf("text/html", rootPart, depth + 1);
            html->text = b.decode8(hs->data);
            html->charset = RtfHtml::codepageLabel(b.codepage);
            html->sha256 = sha256Hex(hs->data);
            html->decodedSize = hs->data.size();
        }
        if (!html || !plain) {
            if (const Prop* rtf = b.binary(PidRtfCompressed)) {
                const Lzfu::Result r = Lzfu::decompress(rtf->data, m_limits.maxMessageBytes);
                if (!r.ok) {
                    defect(QStringLiteral("the RTF body cannot be decompressed: %1").arg(r.error));
                } else {
                    if (!r.error.isEmpty())
                        defect(QStringLiteral("the RTF body: %1").arg(r.error));
                    const int cp = b.codepage > 0 ? b.codepage : 1252;
                    const RtfHtml::Origin origin = RtfHtml::origin(r.data);
                    if (origin == RtfHtml::Origin::Html && !html) {
                        html = leaf("text/html", rootPart, depth + 1);
                        html->text = RtfHtml::deencapsulateHtml(r.data, cp);
                        html->charset = "utf-8";
                        html->sha256 = sha256Hex(r.data);
                        html->decodedSize = r.data.size();
                    } else if (origin != RtfHtml::Origin::Html && !plain) {
                        plain = leaf("text/plain", rootPart, depth + 1);
                        plain->text = RtfHtml::toPlainText(r.data, cp);
                        plain->charset = "utf-8";
                        plain->sha256 = sha256Hex(r.data);
                        plain->decodedSize = r.data.size();
                        if (origin == RtfHtml::Origin::Rtf)
                            plain->defects.append(QStringLiteral("the text was read from the RTF body"));
                    }
                }
            }
        }

        // Attachments.
        QList<MimePart> attParts;
        QList<int> embeddedStorage; // per attParts entry: storage of an attached item, or -1
        QList<bool> byRef;
        for (const Item::Att& a : item.attachments) {
            const PropBag& ab = a.props;
            const qint64 method = ab.integer(PidAttachMethod).value_or(1);
            MimePart p = leaf("application/octet-stream", rootPart, depth + 1);
            p.isAttachment = true;
            p.disposition = "attachment";
            p.filename = clean(ab.string(PidAttachLongFilename));
            if (p.filename.isEmpty())
                p.filename = clean(ab.string(PidAttachFilename));
            if (p.filename.isEmpty())
                p.filename = clean(ab.string(PidDisplayName));
            if (p.filename.isEmpty()) {
                QString path = clean(ab.string(PidAttachLongPathname));
                if (path.isEmpty())
                    path = clean(ab.string(PidAttachPathname));
                const qsizetype cut = qMax(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
                p.filename = path.mid(cut + 1);
            }
            const QString mime = clean(ab.string(PidAttachMimeTag)).toLower();
            if (mime.contains(QLatin1Char('/')))
                p.contentType = mime.toLatin1();
            p.contentId = clean(ab.string(PidAttachContentId)).toUtf8();
            if (ab.integer(PidAttachmentHidden).value_or(0) != 0)
                p.disposition = "inline";
            int embedded = -1;
            const Prop* obj = ab.find(PidAttachDataBin, PtObject);
            if (method == 5) {
                p.contentType = "message/rfc822";
                p.isEmbeddedMessage = true;
                if (obj && obj->storage >= 0) {
                    embedded = obj->storage;
                    if (!storageDigest(obj->storage, &p.sha256, &p.decodedSize))
                        p.defects.append(QStringLiteral("the attached item's streams cannot all be read"));
                } else {
                    p.isEmbeddedMessage = false;
                    p.defects.append(QStringLiteral("an attached Outlook item has no content"));
                }
            } else if (const Prop* bin = ab.binary(PidAttachDataBin)) {
                p.sha256 = sha256Hex(bin->data);
                p.decodedSize = bin->data.size();
            } else if (obj && obj->storage >= 0) {
                // An OLE object (method 6) or other storage: hashed over its streams.
                if (!storageDigest(obj->storage, &p.sha256, &p.decodedSize))
                    p.defects.append(QStringLiteral("the attached object's streams cannot all be read"));
            } else {
                p.sha256 = sha256Hex({});
            }
            p.bodyLength = p.decodedSize;
            const bool byReference = (method >= 2 && method <= 4) || method == 7;
            if (byReference)
                p.defects.append(QStringLiteral("attached by reference: the file itself is not in the item"));
            attParts.append(p);
            embeddedStorage.append(embedded);
            byRef.append(byReference);
        }

        const int bodyCount = (plain ? 1 : 0) + (html ? 1 : 0);
        MimePart& root = m_m.parts[rootPart];
        if (attParts.isEmpty() && bodyCount <= 1) {
            // The item is one text leaf.
            const MimePart& l = plain ? *plain : html ? *html : leaf("text/plain", rootPart, depth + 1);
            root.contentType = l.contentType;
            root.charset = l.charset;
            root.transferEncoding = l.transferEncoding;
            root.text = l.text;
            root.sha256 = l.sha256.isEmpty() ? sha256Hex({}) : l.sha256;
            root.decodedSize = l.decodedSize;
            root.bodyLength = l.decodedSize;
            root.bodyOffset = -1;
            root.defects += l.defects;
            return;
        }
        root.contentType = attParts.isEmpty() ? QByteArray("multipart/alternative") : QByteArray("multipart/mixed");
        root.transferEncoding = "7bit";
        root.bodyOffset = -1;
        int bodyParent = rootPart;
        if (!attParts.isEmpty() && bodyCount == 2) {
            MimePart alt = leaf("multipart/alternative", rootPart, depth + 1);
            alt.transferEncoding = "7bit";
            const int idx = addPart(alt);
            if (idx >= 0) {
                m_m.parts[rootPart].children.append(idx);
                bodyParent = idx;
            }
        }
        const int bodyDepth = m_m.parts[bodyParent].depth + 1;
        for (std::optional<MimePart>* l : { &plain, &html }) {
            if (!*l)
                continue;
            (*l)->parent = bodyParent;
            (*l)->depth = bodyDepth;
            const int idx = addPart(**l);
            if (idx >= 0)
                m_m.parts[bodyParent].children.append(idx);
        }
        for (qsizetype i = 0; i < attParts.size(); ++i) {
            const int idx = addPart(attParts[i]);
            if (idx < 0)
                break;
            m_m.parts[rootPart].children.append(idx);
            if (byRef[i])
                m_byReference.insert(idx);
            if (embeddedStorage[i] < 0)
                continue;
            if (msgDepth + 1 > m_limits.maxMsgDepth) {
                m_m.parts[idx].isEmbeddedMessage = false;
                m_m.parts[idx].defects.append(QStringLiteral("Outlook items nested deeper than %1 levels are not read")
                                                  .arg(m_limits.maxMsgDepth));
                defect(QStringLiteral("Outlook items nested deeper than %1 levels are not read")
                           .arg(m_limits.maxMsgDepth));
                continue;
            }
            MimePart inner;
            inner.parent = idx;
            inner.depth = m_m.parts[idx].depth + 1;
            inner.bodyOffset = -1;
            const int innerIdx = addPart(inner);
            if (innerIdx < 0)
                break;
            m_m.parts[idx].children.append(innerIdx);
            jobs->append({ embeddedStorage[i], innerIdx, msgDepth + 1 });
        }
    }

    bool Reader::run(Message* out, QString* error)
    {
        auto fail = [&](const QString& text) {
            if (error)
                *error = text;
            *out = Message();
            return false;
        };
        if (m_raw.size() > m_limits.maxFileBytes)
            return fail(QStringLiteral("the file is larger than the %1-byte limit").arg(m_limits.maxFileBytes));
        if (!looksLikeMsg(m_raw))
            return fail(QStringLiteral("not an Outlook item: the compound file signature is missing"));
        QString cfbError;
        if (!m_cfb.open(m_raw, &cfbError))
            return fail(QStringLiteral("the Outlook item cannot be read: ") + cfbError);

        // An Outlook item has property streams at its root.
        bool hasProps = false;
        for (const int k : m_cfb.entries()[CfbReader::rootIndex()].children) {
            const QString& n = m_cfb.entries()[k].name;
            if (n.startsWith(kSubstg, Qt::CaseInsensitive) || n.compare(kPropStream, Qt::CaseInsensitive) == 0) {
                hasProps = true;
                break;
            }
        }
        if (!hasProps)
            return fail(QStringLiteral("the compound file is not an Outlook item (it has no message properties)"));

        m_m.raw = m_raw;
        m_m.sha256 = sha256Hex(m_raw);
        m_m.format = QStringLiteral("msg");
        for (const QString& w : m_cfb.warnings())
            defect(QStringLiteral("compound file: ") + w);
        readNamedProps();

        m_m.parts.append(MimePart());
        QList<Job> jobs { { CfbReader::rootIndex(), 0, 0 } };
        QString topSubject;
        for (qsizetype ji = 0; ji < jobs.size(); ++ji) {
            const Job job = jobs[ji];
            const bool top = ji == 0;
            const Item item = readItem(job.storage, top);
            if (top) {
                m_m.messageClass = clean(item.props.string(PidMessageClass));
                topSubject = clean(subjectOf(item.props));
            }
            buildHeaders(item, job.rootPart, top);
            buildBody(item, job.rootPart, job.depth, &jobs);
        }

        // Attachments in part order, as the .eml reader lists them.
        for (int i = 0; i < m_m.parts.size(); ++i) {
            const MimePart& p = m_m.parts[i];
            if (!p.isAttachment)
                continue;
            if (m_m.attachments.size() >= m_limits.maxAttachments) {
                defect(
                    QStringLiteral("more than %1 attachments; the rest are not listed").arg(m_limits.maxAttachments));
                break;
            }
            Attachment a;
            a.filename = p.filename;
            a.contentType = p.contentType;
            a.size = p.decodedSize;
            a.sha256 = p.sha256;
            a.partIndex = i;
            a.byReference = m_byReference.contains(i);
            m_m.attachments.append(a);
        }

        MessageParser::populateFromHeaders(m_m);
        if (!topSubject.isEmpty())
            m_m.subject = topSubject;
        *out = std::move(m_m);
        return true;
    }

} // namespace

bool looksLikeMsg(QByteArrayView head)
{
    static const char magic[8] = { '\xD0', '\xCF', '\x11', '\xE0', '\xA1', '\xB1', '\x1A', '\xE1' };
    return head.startsWith(QByteArrayView(magic, 8));
}

Message parse(const QByteArray& raw, const ParseLimits& limits, QString* error)
{
    Message m;
    Reader r(raw, limits);
    if (!r.run(&m, error))
        return Message();
    if (error)
        error->clear();
    return m;
}

} // namespace MailTriage::MsgReader
