// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainutil.h"

#include "hostmemo.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <array>
#include <cctype>
#include <libpsl.h>

namespace MailTriage::DomainUtil {

namespace {

    // The list is loaded once (thread-safe static initialisation) and only read afterwards;
    // libpsl lookups on a loaded context do not modify it.
    class PslHolder {
    public:
        PslHolder()
        {
            // psl_latest() picks the newer of the built-in list and the distribution's file
            // (/usr/share/publicsuffix/public_suffix_list.dafsa on Debian).
            m_owned = psl_latest(nullptr);
            m_ctx = m_owned ? m_owned : psl_builtin();
        }
        ~PslHolder()
        {
            if (m_owned)
                psl_free(m_owned);
        }
        PslHolder(const PslHolder&) = delete;
        PslHolder& operator=(const PslHolder&) = delete;
        const psl_ctx_t* ctx() const { return m_ctx; }

    private:
        psl_ctx_t* m_owned = nullptr;
        const psl_ctx_t* m_ctx = nullptr;
    };

    const psl_ctx_t* psl()
    {
        static const PslHolder holder;
        return holder.ctx();
    }

    constexpr qsizetype MaxHostLength = 253;

    bool parseIpv4(QStringView s, std::array<quint8, 4>* out)
    {
        int part = 0;
        int value = -1;
        int digits = 0;
        std::array<quint8, 4> bytes {};
        for (qsizetype i = 0; i <= s.size(); ++i) {
            if (i == s.size() || s[i] == u'.') {
                if (value < 0 || part > 3)
                    return false;
                bytes[static_cast<size_t>(part)] = static_cast<quint8>(value);
                ++part;
                value = -1;
                digits = 0;
                continue;
            }
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            if (++digits > 3)
                return false;
            value = (value < 0 ? 0 : value * 10) + (c - u'0');
            if (value > 255)
                return false;
        }
        if (part != 4)
            return false;
        if (out)
            *out = bytes;
        return true;
    }

    int hexValue(char16_t c)
    {
        if (c >= u'0' && c <= u'9')
            return c - u'0';
        if (c >= u'a' && c <= u'f')
            return c - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c - u'A' + 10;
        return -1;
    }

    bool parseIpv6(QStringView s, std::array<quint8, 16>* out)
    {
        if (s.size() < 2 || s.size() > 45)
            return false;
        std::array<quint16, 8> head {};
        std::array<quint16, 8> tail {};
        int nHead = 0;
        int nTail = 0;
        bool gap = false;
        qsizetype i = 0;
        if (s.startsWith(u"::")) {
            gap = true;
            i = 2;
            if (i == s.size()) {
                if (out)
                    out->fill(0);
                return true;
            }
        } else if (s[0] == u':') {
            return false;
        }
        while (i < s.size()) {
            // One group, or an embedded IPv4 address at the end.
            qsizetype j = i;
            while (j < s.size() && s[j] != u':')
                ++j;
            const QStringView group = s.sliced(i, j - i);
            if (group.isEmpty())
                return false;
            if (group.contains(u'.')) {
                std::array<quint8, 4> v4;
                if (j != s.size() || !parseIpv4(group, &v4))
                    return false;
                const int n = gap ? nTail : nHead;
                if (n + 2 > 8)
                    return false;
                std::array<quint16, 8>& dst = gap ? tail : head;
                int& cnt = gap ? nTail : nHead;
                dst[static_cast<size_t>(cnt++)] = static_cast<quint16>((v4[0] << 8) | v4[1]);
                dst[static_cast<size_t>(cnt++)] = static_cast<quint16>((v4[2] << 8) | v4[3]);
                i = j;
                break;
            }
            if (group.size() > 4)
                return false;
            int v = 0;
            for (QChar c : group) {
                const int h = hexValue(c.unicode());
                if (h < 0)
                    return false;
                v = v * 16 + h;
            }
            std::array<quint16, 8>& dst = gap ? tail : head;
            int& cnt = gap ? nTail : nHead;
            if (cnt >= 8)
                return false;
            dst[static_cast<size_t>(cnt++)] = static_cast<quint16>(v);
            if (j == s.size()) {
                i = j;
                break;
            }
            // s[j] == ':'
            if (j + 1 < s.size() && s[j + 1] == u':') {
                if (gap)
                    return false; // a second "::"
                gap = true;
                i = j + 2;
                if (i == s.size())
                    break;
            } else {
                i = j + 1;
                if (i == s.size())
                    return false; // trailing single ':'
            }
        }
        const int total = nHead + nTail;
        if (gap ? total > 7 : total != 8)
            return false;
        if (out) {
            std::array<quint16, 8> words {};
            for (int k = 0; k < nHead; ++k)
                words[static_cast<size_t>(k)] = head[static_cast<size_t>(k)];
            for (int k = 0; k < nTail; ++k)
                words[static_cast<size_t>(8 - nTail + k)] = tail[static_cast<size_t>(k)];
            for (size_t k = 0; k < 8; ++k) {
                (*out)[2 * k] = static_cast<quint8>(words[k] >> 8);
                (*out)[2 * k + 1] = static_cast<quint8>(words[k] & 0xff);
            }
        }
        return true;
    }

    // Strips brackets, an "IPv6:" prefix and an IPv6 zone index.
    QStringView bareIp(QStringView s)
    {
        s = s.trimmed();
        if (s.startsWith(u'[') && s.endsWith(u']'))
            s = s.sliced(1, s.size() - 2);
        if (s.startsWith(u"IPv6:", Qt::CaseInsensitive))
            s = s.sliced(5);
        const qsizetype pct = s.indexOf(u'%');
        if (pct > 0 && s.contains(u':'))
            s = s.first(pct);
        return s;
    }

    bool isPrivateV4(const std::array<quint8, 4>& b)
    {
        return b[0] == 10 || b[0] == 127 || (b[0] == 172 && (b[1] & 0xf0) == 16) || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && (b[1] & 0xc0) == 64)
            || (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0);
    }

    // ASCII lower-case name with letters, digits, '-', '_' and dots only (after IDN labels have
    // been written as punycode), or empty.
    QByteArray pslInput(const QString& host)
    {
        const QString n = normalizeHost(host);
        if (n.isEmpty() || n.size() > MaxHostLength || isIpAddress(n))
            return {};
        QByteArray out = n.toUtf8();
        for (char c : std::as_const(out)) {
            const auto u = static_cast<uchar>(c);
            if (u < 0x80 && !(std::isalnum(u) || c == '-' || c == '_' || c == '.'))
                return {};
        }
        if (out.startsWith('.') || out.contains(".."))
            return {};
        return out;
    }

} // namespace

QString normalizeHost(const QString& host)
{
    QStringView s = QStringView(host).trimmed();
    if (s.size() > 1024)
        s = s.first(1024);
    if (s.startsWith(u'[') && s.endsWith(u']'))
        s = s.sliced(1, s.size() - 2);
    while (s.endsWith(u'.'))
        s.chop(1);
    return s.toString().toLower();
}

bool isIpAddress(const QString& text)
{
    const QStringView s = bareIp(text);
    if (s.isEmpty() || s.size() > 64)
        return false;
    return s.contains(u':') ? parseIpv6(s, nullptr) : parseIpv4(s, nullptr);
}

bool isPrivateIp(const QString& ip)
{
    const QStringView s = bareIp(ip);
    if (s.isEmpty() || s.size() > 64)
        return false;
    if (!s.contains(u':')) {
        std::array<quint8, 4> b;
        return parseIpv4(s, &b) && isPrivateV4(b);
    }
    std::array<quint8, 16> b;
    if (!parseIpv6(s, &b))
        return false;
    bool zeroTo10 = true;
    for (size_t i = 0; i < 10; ++i)
        zeroTo10 = zeroTo10 && b[i] == 0;
    if (zeroTo10 && b[10] == 0 && b[11] == 0) {
        bool zero = true;
        for (size_t i = 12; i < 15; ++i)
            zero = zero && b[i] == 0;
        if (zero && (b[15] == 1 || b[15] == 0))
            return true; // ::1, ::
    }
    if (zeroTo10 && b[10] == 0xff && b[11] == 0xff) // ::ffff:a.b.c.d
        return isPrivateV4({ b[12], b[13], b[14], b[15] });
    if ((b[0] & 0xfe) == 0xfc) // fc00::/7 unique local
        return true;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) // fe80::/10 link-local
        return true;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) // fec0::/10 site-local (deprecated)
        return true;
    return false;
}

namespace {
    QString registrableDomainUncached(const QString& host);
}

QString registrableDomain(const QString& host)
{
    // Pure, and asked for the same hosts again and again (every address, hop and link of every
    // message): remembered per thread, bounded.
    thread_local QHash<QString, QString> memo;
    return rememberedForHost(memo, host, registrableDomainUncached);
}

namespace {
    QString registrableDomainUncached(const QString& host)
    {
        const QByteArray in = pslInput(host);
        if (in.isEmpty() || !in.contains('.'))
            return {};
        const psl_ctx_t* ctx = psl();
        if (!ctx) {
            // No list at all: the last two labels (three under a two-letter second level of a
            // country code, "co.jp"). Only reached on a broken installation.
            const QList<QByteArray> labels = in.split('.');
            const qsizetype n = labels.size();
            if (n >= 3 && labels[n - 1].size() == 2 && labels[n - 2].size() <= 3)
                return QString::fromLatin1(labels[n - 3] + '.' + labels[n - 2] + '.' + labels[n - 1]);
            return QString::fromLatin1(labels[n - 2] + '.' + labels[n - 1]);
        }
        const char* reg = psl_registrable_domain(ctx, in.constData());
        if (!reg)
            return {};
        return QString::fromUtf8(reg);
    }
} // namespace

QString organisationKey(const QString& host)
{
    const QString reg = registrableDomain(host);
    if (reg.isEmpty())
        return reg;
    struct Family {
        const char16_t* member;
        const char16_t* key;
    };
    static const Family families[] = { { u"office365.com", u"outlook.com" }, { u"exchangelabs.com", u"outlook.com" },
        { u"hotmail.com", u"outlook.com" }, { u"gmail.com", u"google.com" }, { u"googlemail.com", u"google.com" },
        { u"1e100.net", u"google.com" }, { u"yahoodns.net", u"yahoo.com" }, { u"icloud.com", u"apple.com" },
        { u"me.com", u"apple.com" } };
    for (const Family& f : families) {
        if (reg == QStringView(f.member))
            return QString::fromUtf16(f.key);
    }
    return reg;
}

bool isPublicSuffix(const QString& domain)
{
    const QByteArray in = pslInput(domain);
    if (in.isEmpty())
        return false;
    const psl_ctx_t* ctx = psl();
    if (!ctx)
        return !in.contains('.');
    return psl_is_public_suffix(ctx, in.constData()) != 0;
}

bool sameOrganisation(const QString& a, const QString& b)
{
    const QString ra = registrableDomain(a);
    const QString rb = registrableDomain(b);
    if (!ra.isEmpty() || !rb.isEmpty())
        return ra == rb;
    const QString na = normalizeHost(a);
    return !na.isEmpty() && na == normalizeHost(b);
}

} // namespace MailTriage::DomainUtil
