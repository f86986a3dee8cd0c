// SPDX-License-Identifier: GPL-3.0-or-later
#include "anonymizer.h"

#include "addressparser.h"
#include "anonymizerbuilder.h"
#include "catalog.h"
#include "domainutil.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace MailTriage::AnonymizerDetail {

Builder::Builder(const CaseAnalysis& a, const AnonymizerOptions& o, const PseudonymMap& ov)
    : m_a(withRecipientParties(a))
    , m_options(o)
    , m_overrides(ov)
{
}

std::shared_ptr<Anonymizer::Data> Builder::build()
{
    auto d = std::make_shared<Anonymizer::Data>();
    d->options = m_options;
    for (const CaseMessage& cm : m_a.messages)
        m_scans << scanOf(cm.message);
    collectParties();
    collectHostsAndIps();
    d->map.caseId = m_overrides.caseId.isEmpty() ? computeCaseId() : m_overrides.caseId;
    if (m_options.anonymize) {
        addOrganisations();
        addCompanyNames();
        addReferenceIssuers();
        addPeople();
        addLookalikes();
        addAttackerPeople();
        addAddresses();
        addHosts();
        addIps();
        addAccounts();
        addMessageIds();
    }
    if (m_options.anonymizeAttacker)
        addAttackerPseudonyms();
    addCustomOverrides();
    rebuildEngine();
    d->map.entries = m_entries;
    d->engine = m_engine;
    if (m_options.anonymize) {
        for (const Pseudonym& p : m_entries) {
            // Domains and hosts only: an address pseudonym keeps a free-mail party's real
            // provider (alice@gmx.com), which must stay as it is.
            if (p.kind != QLatin1String("domain") && p.kind != QLatin1String("lookalike-domain")
                && p.kind != QLatin1String("host"))
                continue;
            const QString domain = p.pseudonym.trimmed().toLower();
            if (domain.contains(QLatin1Char('.')) && !d->pseudonymDomains.contains(domain))
                d->pseudonymDomains << domain;
        }
    }
    for (const Party& p : m_a.parties) {
        if (p.role == QLatin1String("attacker"))
            continue;
        if (m_options.anonymize) {
            d->orgEn.insert(p.label, companyEn(p.label));
            d->orgJa.insert(p.label, companyJa(p.label));
        } else {
            const QString real = m_realCompany.value(p.label, p.name);
            d->orgEn.insert(p.label, real);
            d->orgJa.insert(p.label, real);
        }
    }
    d->indicators = collectIndicators();
    d->parties = m_a.parties;
    d->recipientParties.reserve(m_a.messages.size());
    for (const CaseMessage& cm : m_a.messages)
        d->recipientParties.append(cm.recipientParties);
    return d;
}

QString Builder::computeCaseId() const
{
    QStringList keys;
    for (const CaseMessage& cm : m_a.messages)
        keys << cm.key;
    keys.sort();
    const QByteArray h = QCryptographicHash::hash(
        (QStringLiteral("mailtriage-case-id\n") + keys.join(QLatin1Char('\n'))).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("MT-") + QString::fromLatin1(h.toHex().left(8)).toUpper();
}

void Builder::rebuildEngine()
{
    if (!m_engineDirty)
        return;
    m_engine.build(m_entries);
    m_engine.anonymize = m_options.anonymize;
    for (const Party& p : m_a.parties) {
        if (p.role != QLatin1String("attacker"))
            m_engine.tokenForm.insert(p.label, tokenFormOf(p.label));
    }
    for (const QString& l : std::as_const(m_thirdPartyLabels))
        m_engine.tokenForm.insert(l, tokenFormOf(l));
    m_engine.attackerHosts = m_attackerHosts;
    m_engine.attackerIps = m_attackerIpSet;
    m_engine.knownHosts = m_hostSet;
    m_engine.partyPhones = m_partyPhones;
    m_engineDirty = false;
}

QString Builder::replaced(const QString& s)
{
    rebuildEngine();
    return m_engine.literalOnly(s);
}

QString Builder::tokenFormOf(const QString& label) const
{
    // The pseudonym of the party's first domain gives the token ("a-company").
    for (const Party& p : m_a.parties) {
        if (p.label == label && !p.domains.isEmpty()) {
            const QString org = orgOf(p.domains.first());
            const QString pseudo = m_pseudoOrg.value(org);
            if (!pseudo.isEmpty())
                return firstLabel(pseudo);
        }
    }
    return label.toLower() + QStringLiteral("-company");
}

} // namespace MailTriage::AnonymizerDetail

namespace MailTriage {

using namespace AnonymizerDetail;

QString Indicator::roleIn(QStringView language) const
{
    return Catalog::lookup("Indicator", role, language);
}

Anonymizer::Anonymizer(const CaseAnalysis& analysis, const AnonymizerOptions& options, const PseudonymMap& overrides)
{
    if (overrides.isEmpty()) {
        d = Builder(analysis, options, overrides).build();
        return;
    }
    // Only what the analyst changed counts as an edit: a saved map lists every derived name too
    // (alice@a-company.co.jp), and those must follow an edited base (the domain), not pin the old one.
    const PseudonymMap defaults = Builder(analysis, options, PseudonymMap()).build()->map;
    PseudonymMap edits;
    edits.caseId = overrides.caseId == defaults.caseId ? QString() : overrides.caseId;
    for (const Pseudonym& p : overrides.entries) {
        const Pseudonym* def = defaults.find(p.real);
        if (!def || def->pseudonym != p.pseudonym || (!p.pseudonymJa.isEmpty() && def->pseudonymJa != p.pseudonymJa))
            edits.entries.append(p);
    }
    d = Builder(analysis, options, edits).build();
}

const PseudonymMap& Anonymizer::map() const
{
    return d->map;
}
const AnonymizerOptions& Anonymizer::options() const
{
    return d->options;
}
QString Anonymizer::caseId() const
{
    return d->map.caseId;
}

const QList<Party>& Anonymizer::parties() const
{
    return d->parties;
}

QList<int> Anonymizer::recipientParties(int message) const
{
    return message >= 0 && message < d->recipientParties.size() ? d->recipientParties[message] : QList<int>();
}

QString Anonymizer::text(const QString& input, ReportLanguage language) const
{
    return d->engine.apply(input, language, d->options.defang);
}

QString Anonymizer::textUndefanged(const QString& input, ReportLanguage language) const
{
    return d->engine.apply(input, language, false);
}

QString Anonymizer::reservedNames(const QString& text) const
{
    if (d->pseudonymDomains.isEmpty() || text.isEmpty())
        return text;
    // A host name: labels of letters, digits and inner hyphens, not part of a longer name.
    static const QRegularExpression host(QStringLiteral(
        "(?<![A-Za-z0-9.\\-])(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9\\-]{0,62}"
        "(?![A-Za-z0-9\\-]|\\.[A-Za-z0-9])"));
    // RFC 2606 and RFC 6761 names: never anyone's.
    static const QStringList reserved { QStringLiteral(".example"), QStringLiteral(".test"), QStringLiteral(".invalid"),
        QStringLiteral(".localhost"), QStringLiteral("example.com"), QStringLiteral("example.net"),
        QStringLiteral("example.org") };
    QString out;
    qsizetype at = 0;
    for (auto it = host.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // Followed by @ it is a local part (bob.a-company.jp@mail.com, a free-mail mimic: an
        // address at the real provider), unless a bounce address wrote a domain there
        // (bounces+1-bob=a-company.co.jp@esp: local=domain).
        if (m.capturedEnd() < text.size() && text[m.capturedEnd()] == u'@') {
            bool bounce = m.capturedStart() > 0 && text[m.capturedStart() - 1] == u'=';
            if (bounce) {
                // The whole address around it must be a bounce address (smtp.mailfrom=x.y@z is not).
                const auto inAddress
                    = [](QChar c) { return c.isLetterOrNumber() || QStringView(u"._%+=-@").contains(c); };
                qsizetype l = m.capturedStart(), r = m.capturedEnd();
                while (l > 0 && inAddress(text[l - 1]) && m.capturedStart() - l < 1024)
                    --l;
                while (r < text.size() && inAddress(text[r]) && r - m.capturedEnd() < 1024)
                    ++r;
                bounce = !AddressParser::embeddedRecipient(text.mid(l, r - l)).isEmpty();
            }
            if (!bounce)
                continue;
        }
        QString h = m.captured(0).toLower();
        // After a percent escape the two hex digits are the escape's, not the host's (%40 is '@').
        const auto hex = [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); };
        if (m.capturedStart() > 0 && text[m.capturedStart() - 1] == u'%' && h.size() > 2 && hex(h[0]) && hex(h[1]))
            h = h.mid(2);
        const bool pseudonym = std::any_of(d->pseudonymDomains.cbegin(), d->pseudonymDomains.cend(),
            [&](const QString& p) { return h == p || h.endsWith(QLatin1Char('.') + p); });
        const bool isReserved = std::any_of(reserved.cbegin(), reserved.cend(), [&](const QString& r) {
            return h.endsWith(r) && (r.startsWith(QLatin1Char('.')) || h == r || h.endsWith(QLatin1Char('.') + r));
        });
        if (!pseudonym || isReserved)
            continue;
        out += QStringView(text).mid(at, m.capturedEnd() - at);
        out += QLatin1String(".example");
        at = m.capturedEnd();
    }
    if (at == 0)
        return text;
    out += QStringView(text).mid(at);
    return out;
}

QString Anonymizer::machineText(const QString& input) const
{
    return reservedNames(textUndefanged(input));
}

QString Anonymizer::machineBody(const Message& m) const
{
    return d->options.anonymize ? QString() : m.bodyText().left(4000);
}

QString Anonymizer::organisation(const QString& label, ReportLanguage language) const
{
    const bool ja = language == ReportLanguage::Japanese;
    const QString code = ja ? QStringLiteral("ja") : QStringLiteral("en");
    if (label == QLatin1String("X"))
        return Catalog::lookup("Report", QT_TRANSLATE_NOOP("Report", "Attacker"), code);
    if (label == QLatin1String("?") || label.isEmpty())
        return Catalog::lookup("Report", QT_TRANSLATE_NOOP("Report", "Unknown"), code);
    const QString name = (ja ? d->orgJa : d->orgEn).value(label);
    if (!name.isEmpty())
        return d->options.anonymize ? name : text(name, language);
    return Catalog::lookup("Report", QT_TRANSLATE_NOOP("Report", "Company %1"), code).arg(label);
}

QString Anonymizer::mailbox(const Mailbox& mb, ReportLanguage language) const
{
    const QString address = text(mb.address, language);
    if (mb.name.isEmpty())
        return address;
    return text(mb.name, language) + QStringLiteral(" <") + address + QLatin1Char('>');
}

const QList<Indicator>& Anonymizer::indicators() const
{
    return d->indicators;
}

bool Anonymizer::isAttackerIndicator(const QString& value) const
{
    const QString v = value.trimmed();
    if (DomainUtil::isIpAddress(v))
        return d->engine.attackerIps.contains(normIp(v));
    if (v.contains(QLatin1String("://")))
        return d->engine.isAttackerHost(QUrl(v).host());
    if (v.contains(QLatin1Char('@')))
        return d->engine.isAttackerHost(domainOfAddress(v));
    return d->engine.isAttackerHost(v);
}

QString Anonymizer::defang(const QString& value)
{
    auto defangHost = [](const QString& host) -> QString {
        if (host.contains(QLatin1String("[.]")) || host.contains(QLatin1String("[:]")))
            return host;
        if (host.contains(QLatin1Char(':')) && DomainUtil::isIpAddress(host)) {
            QString h = host;
            const qsizetype c = h.indexOf(QLatin1Char(':'));
            return h.replace(c, 1, QStringLiteral("[:]"));
        }
        const qsizetype dot = host.lastIndexOf(QLatin1Char('.'));
        if (dot <= 0)
            return host;
        return host.left(dot) + QStringLiteral("[.]") + host.mid(dot + 1);
    };
    const QString v = value;
    const qsizetype scheme = v.indexOf(QLatin1String("://"));
    if (scheme > 0 && scheme < 10) {
        QString s = v.left(scheme).toLower();
        if (s == QLatin1String("http"))
            s = QStringLiteral("hxxp");
        else if (s == QLatin1String("https"))
            s = QStringLiteral("hxxps");
        else if (s == QLatin1String("ftp"))
            s = QStringLiteral("fxp");
        const QString rest = v.mid(scheme + 3);
        qsizetype end = rest.size();
        for (QChar c : { u'/', u'?', u'#' }) {
            const qsizetype at = rest.indexOf(c);
            if (at >= 0 && at < end)
                end = at;
        }
        QString authority = rest.left(end);
        QString userinfo;
        const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            userinfo = authority.left(at) + QStringLiteral("[@]");
            authority = authority.mid(at + 1);
        }
        QString port;
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && !authority.startsWith(QLatin1Char('['))) {
            port = authority.mid(colon);
            authority = authority.left(colon);
        }
        return s + QStringLiteral("://") + userinfo + defangHost(authority) + port + rest.mid(end);
    }
    const qsizetype at = v.lastIndexOf(QLatin1Char('@'));
    if (at > 0)
        return v.left(at) + QStringLiteral("[@]") + defangHost(v.mid(at + 1));
    return defangHost(v);
}

} // namespace MailTriage
