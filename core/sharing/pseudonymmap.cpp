// SPDX-License-Identifier: GPL-3.0-or-later
// The pseudonym map: a pseudonym for each identifier of the inventory, and the map file.
#include "addressparser.h"
#include "anonymizerbuilder.h"
#include "commonwords.h"
#include "lookalike.h"
#include "paymentdetails.h"
#include "referencedata.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <algorithm>

namespace MailTriage::AnonymizerDetail {

/// Adds an entry unless the real string is already mapped; an analyst's override wins.
/// Returns the pseudonym in use for @p real.
QString Builder::add(const QString& kind, const QString& real, const QString& pseudonym, const QString& pseudonymJa,
    const QString& party)
{
    const QString r = real.trimmed();
    if (r.isEmpty() || m_entries.size() >= kMaxEntries)
        return pseudonym;
    const QString key = r.toCaseFolded();
    if (m_keys.contains(key)) {
        for (const Pseudonym& p : std::as_const(m_entries)) {
            if (p.real.toCaseFolded() == key)
                return p.pseudonym;
        }
        return pseudonym;
    }
    Pseudonym p { kind, r, pseudonym, pseudonymJa, party };
    if (const Pseudonym* o = override(r)) {
        p.pseudonym = o->pseudonym;
        if (!o->pseudonymJa.isEmpty() || o->pseudonym != pseudonym)
            p.pseudonymJa = o->pseudonymJa;
    }
    m_keys.insert(key);
    m_entries.append(p);
    m_engineDirty = true;
    return p.pseudonym;
}

const Pseudonym* Builder::entryOf(const QString& real) const
{
    const QString key = real.trimmed().toCaseFolded();
    if (!m_keys.contains(key))
        return nullptr;
    for (const Pseudonym& p : m_entries) {
        if (p.real.toCaseFolded() == key)
            return &p;
    }
    return nullptr;
}

void Builder::addOrganisations()
{
    QSet<QString> tokensTaken;
    for (int i = 0; i < m_a.parties.size(); ++i) {
        const Party& p = m_a.parties[i];
        if (!isPartyRole(p))
            continue;
        add(QStringLiteral("organisation"), QStringLiteral("party:") + p.label, companyEn(p.label), companyJa(p.label),
            p.label);
        if (isFreemailParty(p))
            continue;
        QStringList orgs;
        for (const QString& dom : p.domains) {
            const QString org = orgOf(dom);
            if (!org.isEmpty() && !orgs.contains(org))
                orgs << org;
        }
        if (orgs.isEmpty() && !orgOf(p.name).isEmpty())
            orgs << orgOf(p.name);
        for (int k = 0; k < orgs.size(); ++k) {
            const QString& org = orgs[k];
            const QString suffix = afterFirstLabel(org);
            const QString base
                = p.label.toLower() + QStringLiteral("-company") + (k > 0 ? QString::number(k + 1) : QString());
            const QString pseudo = add(QStringLiteral("domain"), org, base + QLatin1Char('.') + suffix, {}, p.label);
            m_pseudoOrg.insert(org, pseudo);
            const QString pseudoName = firstLabel(pseudo);
            const QString label = firstLabel(org);
            // The name with the second level left out, as free-mail mimics write it:
            // kumoyuki-fs.co.jp -> kumoyuki-fs.jp.
            if (suffix.count(QLatin1Char('.')) == 1) {
                const QString shortOrg = label + QLatin1Char('.') + suffix.section(QLatin1Char('.'), -1);
                if (m_partyOfOrg.value(shortOrg, i) == i)
                    add(QStringLiteral("domain"), shortOrg,
                        pseudoName + QLatin1Char('.') + suffix.section(QLatin1Char('.'), -1), {}, p.label);
            }
            add(QStringLiteral("domain-label"), label, pseudoName, {}, p.label);
            if (label.contains(QLatin1Char('-')))
                add(QStringLiteral("domain-label"), withoutHyphens(label), withoutHyphens(pseudoName), {}, p.label);
            // Distinctive words of the label: "kumoyuki" of kumoyuki-fs.
            for (const QString& tok : label.split(QLatin1Char('-'), Qt::SkipEmptyParts)) {
                if (tok.size() < 4 || isGeneric(tok) || tokensTaken.contains(tok) || tok == label)
                    continue;
                tokensTaken.insert(tok);
                add(QStringLiteral("company-word"), tok, companyEn(p.label), companyJa(p.label), p.label);
            }
        }
    }
}

void Builder::addCompanyNames()
{
    QStringList usedLabels;
    for (const Party& p : m_a.parties)
        usedLabels << p.label;
    struct Seen {
        FoundCompany company;
        bool legit = false;
        int senderParty = -1;
    };
    // 1. Every company name written in the case, with where it was written.
    QList<Seen> all;
    for (int i = 0; i < m_a.messages.size(); ++i) {
        const CaseMessage& cm = m_a.messages[i];
        QList<FoundCompany> found = companiesIn(m_scans[i].ownText, true);
        for (const QString& t : std::as_const(m_scans[i].extracted))
            found += companiesIn(t, false);
        for (const FoundCompany& c : std::as_const(found))
            all.append({ c, cm.actor != QLatin1String("attacker"), cm.senderParty });
    }
    // 2. Whose it is: a word of the name in a party's domain label, else the signature of a
    // party's own mail. Names only the attacker writes (the mule account's bank, a law-firm
    // pretext) are the attacker's story and stay; other names are third parties.
    QStringList order;
    QHash<QString, QList<int>> byCore;
    for (int k = 0; k < all.size(); ++k) {
        const QString key = all[k].company.core.toCaseFolded();
        if (!byCore.contains(key))
            order << key;
        byCore[key] << k;
    }
    static const QRegularExpression bankWord(
        QStringLiteral("\\bBank\\b|銀行|信用金庫|Shinkin|Banco|Banque"), QRegularExpression::CaseInsensitiveOption);
    QHash<QString, int> banksOf;
    for (const QString& key : std::as_const(order)) {
        const QList<int>& uses = byCore[key];
        const FoundCompany& c = all[uses.first()].company;
        QString label;
        if (!c.japanese) {
            for (const QString& w : c.core.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (w.size() < 4 || isGeneric(w))
                    continue;
                for (const auto& [org, party] : m_partyOrgs) {
                    if (label.isEmpty() && firstLabel(org).contains(w.toLower()))
                        label = m_a.parties[party].label;
                }
            }
        }
        bool byAttacker = false;
        int legitSender = -1;
        for (int k : uses) {
            const Seen& u = all[k];
            const bool partySender
                = u.senderParty >= 0 && u.senderParty < m_a.parties.size() && isPartyRole(m_a.parties[u.senderParty]);
            if (label.isEmpty() && u.legit && u.company.inSignature && partySender)
                label = m_a.parties[u.senderParty].label;
            if (u.legit && partySender && legitSender < 0)
                legitSender = u.senderParty;
            byAttacker = byAttacker || !u.legit;
        }
        QList<FoundCompany> forms;
        for (int k : uses) {
            bool dup = false;
            for (const FoundCompany& f : std::as_const(forms))
                dup = dup || f.full.compare(all[k].company.full, Qt::CaseInsensitive) == 0;
            if (!dup)
                forms << all[k].company;
        }
        if (label.isEmpty()) {
            if (byAttacker)
                continue;
            if (bankWord.match(c.core).hasMatch() && legitSender >= 0) {
                // The bank a party named in its own invoice: "Bank A1".
                const QString owner = m_a.parties[legitSender].label;
                const int n = ++banksOf[owner];
                for (const FoundCompany& f : std::as_const(forms)) {
                    for (const QString& form : { f.full, f.core })
                        add(QStringLiteral("bank"), form, QStringLiteral("Bank %1%2").arg(owner).arg(n),
                            QStringLiteral("%1%2銀行").arg(owner).arg(n), owner);
                }
                continue;
            }
            label = labelAfter(usedLabels);
            usedLabels << label;
            m_thirdPartyLabels << label;
        }
        for (const FoundCompany& f : std::as_const(forms)) {
            if (!m_realCompany.contains(label) && !f.japanese)
                m_realCompany.insert(label, f.full);
            add(QStringLiteral("company-name"), f.full, companyEn(label), companyJa(label), label);
            const QStringList coreWords = f.core.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (f.japanese || coreWords.size() >= 2)
                add(QStringLiteral("company-name"), f.core, companyEn(label), companyJa(label), label);
            if (f.japanese)
                continue;
            QString initials;
            for (const QString& w : coreWords) {
                if (w.front().isUpper())
                    initials += w.front();
                if (w.size() < 4 || isGeneric(w))
                    continue;
                bool inLabel = false;
                for (const auto& po : m_partyOrgs)
                    inLabel = inLabel || firstLabel(po.first).contains(w.toLower());
                if (inLabel)
                    add(QStringLiteral("company-word"), w, companyEn(label), companyJa(label), label);
            }
            // "KFS-EX-1907-031", "PTE-PO-19-0412": reference numbers built from the initials.
            if (initials.size() >= 3 && initials.size() == coreWords.size() && !m_thirdPartyLabels.contains(label))
                add(QStringLiteral("initials"), initials, label + QStringLiteral("CO"), {}, label);
        }
    }
    for (const QString& l : std::as_const(m_thirdPartyLabels))
        add(QStringLiteral("organisation"), QStringLiteral("party:") + l, companyEn(l), companyJa(l), l);
}

void Builder::addReferenceIssuers()
{
    // A reference number written ISSUER-TYPE-NUMBER (TSK-INV-24-0412, BWA-PO-24-0356,
    // TSK-Q-24-0187) names its issuer by an abbreviation, and so do the file names built on
    // it (TSK-INV-24-0412_revised.pdf). Found in the parties' own mail (their words,
    // subjects, file names and documents, not quotes), the abbreviation gets the issuing
    // party's token (ACO-INV-24-0412): the party whose domain label it abbreviates, else the
    // party of the first mail that wrote it. A number without a type (INV-2024-0001, a
    // product code BSP-2510) names no one.
    static const QRegularExpression reference(
        QStringLiteral("(?<![A-Za-z0-9])([A-Z]{2,5})-([A-Z]{1,4})-([0-9][0-9-]*)"));
    for (int i = 0; i < m_a.messages.size(); ++i) {
        const CaseMessage& cm = m_a.messages[i];
        if (!fromParty(cm))
            continue;
        const Scan& sc = m_scans[i];
        QStringList texts { sc.ownText };
        for (const QString& h : sc.headerTexts) {
            if (h.startsWith(QLatin1String("Subject: ")))
                texts << h;
        }
        texts += sc.attachmentNames;
        texts += sc.extracted;
        for (const QString& t : std::as_const(texts)) {
            for (const QString& m : matchesOf(reference, t, 200)) {
                const QString issuer = m.section(QLatin1Char('-'), 0, 0);
                const QString type = m.section(QLatin1Char('-'), 1, 1);
                // The middle part says what the document is; a standard (ISO-IEC-27001,
                // EN-ISO-9001) or a document type first (PO-INV-2024-0001) names no issuer.
                if (!documentTypes().contains(type) || documentTypes().contains(issuer)
                    || standardsBodies().contains(issuer) || isGeneric(issuer) || has(issuer))
                    continue;
                QSet<QString> abbreviated;
                for (const auto& [org, party] : m_partyOrgs) {
                    const Party& pt = m_a.parties[party];
                    if (isPartyRole(pt) && abbreviates(issuer, firstLabel(org)))
                        abbreviated.insert(pt.label);
                }
                const QString label
                    = abbreviated.size() == 1 ? *abbreviated.cbegin() : m_a.parties[cm.senderParty].label;
                if (m_thirdPartyLabels.contains(label))
                    continue;
                add(QStringLiteral("initials"), issuer, label + QStringLiteral("CO"), {}, label);
            }
        }
    }
}

void Builder::castPerson(Person& p)
{
    if (p.index >= 0)
        return;
    p.index = m_nextCast++;
    const QString given
        = p.index < kCast ? QString::fromUtf16(kGiven[p.index]) : QStringLiteral("Person%1").arg(p.index + 1);
    const QString family
        = p.index < kCast ? QString::fromUtf16(kFamily[p.index]) : QStringLiteral("Surname%1").arg(p.index + 1);
    QString full = given + QLatin1Char(' ') + family;
    // The analyst may have renamed the person: follow the override of the full name.
    if (!p.name.isEmpty()) {
        if (const Pseudonym* o = override(p.name))
            full = o->pseudonym;
    }
    const QStringList parts = full.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    p.given = parts.isEmpty() ? given : parts.first();
    p.family = parts.size() > 1 ? parts.last() : family;
}

void Builder::registerName(const Person& p, const QString& display)
{
    const QString name = namePart(display);
    if (name.isEmpty())
        return;
    const QStringList words = withoutOrdinaryWords(nameWords(name));
    if (words.isEmpty())
        return;
    const QString full = p.given + QLatin1Char(' ') + p.family;
    add(QStringLiteral("person"), name, full, {}, p.label);
    if (isCjk(words.first().front())) {
        // Japanese names: family name first.
        add(QStringLiteral("person"), words.join(QString()), full, {}, p.label);
        add(QStringLiteral("person"), words.join(QChar(0x3000)), full, {}, p.label);
        for (int k = 0; k < words.size(); ++k)
            add(QStringLiteral("name-word"), words[k], k == 0 && words.size() > 1 ? p.family : p.given, {}, p.label);
    } else {
        if (words.size() >= 2) {
            add(QStringLiteral("person"), words.join(QLatin1Char(' ')), full, {}, p.label);
            add(QStringLiteral("person"), words.last() + QLatin1Char(' ') + words.first(),
                p.family + QLatin1Char(' ') + p.given, {}, p.label);
            add(QStringLiteral("person"), words.last() + QStringLiteral(", ") + words.first(),
                p.family + QStringLiteral(", ") + p.given, {}, p.label);
        }
        for (int k = 0; k < words.size(); ++k)
            add(QStringLiteral("name-word"), words[k], (k == words.size() - 1 && words.size() > 1) ? p.family : p.given,
                {}, p.label);
    }
}

void Builder::registerLocal(const Person& p, const QString& address)
{
    const QString local = localOfAddress(address);
    // A local part that is an ordinary word ("secured@", "orders@") is replaced only as
    // part of its address: mapped on its own it would rename the word in every text.
    if (local.size() >= 3 && !isGeneric(local) && !ordinaryInCase(local, false))
        add(QStringLiteral("local-part"), local, pseudoLocal(p), {}, p.label);
    QStringList tokens;
    for (const QString& t : local.split(QRegularExpression(QStringLiteral("[._\\-+]")), Qt::SkipEmptyParts)) {
        bool alpha = true;
        for (QChar c : t)
            alpha = alpha && c.isLetter();
        if (alpha && t.size() >= 4 && !isGeneric(t) && !ordinaryInCase(t, false))
            tokens << t;
    }
    for (int k = 0; k < tokens.size(); ++k) {
        if (has(tokens[k]))
            continue;
        const bool last = k == tokens.size() - 1;
        add(QStringLiteral("name-word"), tokens[k], (tokens.size() == 1 || last) ? p.family : p.given, {}, p.label);
    }
    registerGivenName(p, local);
}

// An address written initial.family (k.matsuura) names the family; the given name is the
// word written next to the family name that starts with that initial ("Kenta Matsuura",
// "MATSUURA Kenta" in a signature, a name in another script than the display name). A
// word with another first letter ("Dear Matsuura") is not it.
void Builder::registerGivenName(const Person& p, const QString& local)
{
    static const QRegularExpression form(QStringLiteral("^([A-Za-z])[._]?([A-Za-z]{4,})$"));
    const QRegularExpressionMatch lm = form.match(local);
    if (!lm.hasMatch() || local.size() < 5)
        return;
    const QChar initial = lm.captured(1).front().toLower();
    const QString family = lm.captured(2);
    if (!local.contains(QLatin1Char('.')) && !local.contains(QLatin1Char('_')))
        return; // kmatsuura: where the family starts is a guess
    // A name stands on its own: a whole line or a part between '/' or '|' ("松浦 健太 /
    // Kenta Matsuura"). "1-2 Hall Street" is an address, not a name of s.hall.
    const QString word = QStringLiteral("(\\p{Lu}\\p{Ll}{2,}|\\p{Lu}{3,})");
    const QString familyAnyCase = QStringLiteral("(?i:") + QRegularExpression::escape(family) + QLatin1Char(')');
    const QRegularExpression name(QStringLiteral("^(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?(?:") + word + QStringLiteral("\\s+")
        + familyAnyCase + QStringLiteral("|") + familyAnyCase + QStringLiteral(",?\\s+") + word + QStringLiteral(")$"));
    static const QRegularExpression parts(QStringLiteral("[\\r\\n/|]"));
    // The person's own mail (where the signature is), a bounded number of messages.
    int read = 0;
    for (int i = 0; i < m_a.messages.size() && i < m_scans.size() && read < 50; ++i) {
        if (!p.addresses.contains(m_a.messages[i].message.from.address.toLower()))
            continue;
        ++read;
        for (const QString& part : m_scans[i].ownText.left(1 << 16).split(parts, Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch m = name.match(part.trimmed());
            if (!m.hasMatch())
                continue;
            const QString given = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            if (given.front().toLower() != initial || given.compare(family, Qt::CaseInsensitive) == 0
                || isGeneric(given.toLower()) || ordinaryInCase(given, false) || has(given))
                continue;
            add(QStringLiteral("name-word"), given, p.given, {}, p.label);
        }
    }
}

// Short forms of English given names ("Rob", "Bobby" of Robert; "Robert" of Bob), from the
// project's list (ReferenceData::givenNameVariants): a person's name as colleagues write it. A
// guess from a list is taken only where the case confirms it: written where a name stands (after a
// greeting or a closing, "Hi Liz,", "Thanks, Rob", or alone on a line, as a signature) in mail from
// or to that person, never elsewhere as a word (lower case anywhere; and, for a form the
// dictionaries also list as a word, capitalised anywhere but in such a place: "Bill To:" of an
// invoice), never a date's abbreviation, and claimed by one person only (Chris of Christine and of
// Christopher stays).
void Builder::addShortForms()
{
    static const QSet<QString> dateWords { QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
        QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"),
        QStringLiteral("Aug"), QStringLiteral("Sep"), QStringLiteral("Sept"), QStringLiteral("Oct"),
        QStringLiteral("Nov"), QStringLiteral("Dec"), QStringLiteral("Mon"), QStringLiteral("Tue"),
        QStringLiteral("Wed"), QStringLiteral("Thu"), QStringLiteral("Fri"), QStringLiteral("Sat"),
        QStringLiteral("Sun") };
    QHash<QString, int> candidate; // short form -> person
    QSet<QString> ambiguous;
    QStringList order;
    for (int i = 0; i < m_people.size(); ++i) {
        const QStringList words = withoutOrdinaryWords(nameWords(namePart(m_people[i].name)));
        if (words.size() < 2 || isCjk(words.first().front()))
            continue;
        for (const QString& v : ReferenceData::givenNameVariants(words.first())) {
            if (has(v) || isGeneric(v.toLower()) || dateWords.contains(v))
                continue;
            if (const auto c = candidate.constFind(v); c != candidate.cend()) {
                if (*c != i)
                    ambiguous.insert(v);
                continue;
            }
            candidate.insert(v, i);
            order << v;
        }
    }
    if (candidate.isEmpty())
        return;
    QSet<QString> asName, asWord;
    static const QRegularExpression word(QStringLiteral("(?<![\\p{L}\\p{N}'])\\p{L}{2,}(?![\\p{L}\\p{N}'])"),
        QRegularExpression::UseUnicodePropertiesOption);
    // Where a name stands: after a greeting or a closing at the start of a line, or alone on one.
    static const QRegularExpression greeting(
        QStringLiteral("^[ \\t>]*(?i:hi|hello|hey|dear|morning|good morning|good afternoon|thanks|thank you|many "
                       "thanks|cheers|regards|best regards|kind regards|best|br|sincerely|yours)[ \\t]*[,!]?[ \\t]+"
                       "(\\p{Lu}\\p{Ll}+)(?![\\p{L}'])"),
        QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression alone(
        QStringLiteral("^[ \\t>]*[-\\x{2013}\\x{2014}~]*[ \\t]*(\\p{Lu}\\p{Ll}+)[ \\t]*[,.!]?[ \\t\\r]*$"),
        QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption);
    for (qsizetype i = 0; i < m_scans.size() && i < m_a.messages.size(); ++i) {
        const Message& m = m_a.messages[i].message;
        QSet<int> involved;
        for (const Mailbox& mb : QList<Mailbox> { m.from } + m.to + m.cc) {
            const auto it = m_personOfAddress.constFind(lower(mb.address));
            if (it != m_personOfAddress.cend())
                involved.insert(*it);
        }
        const Scan& sc = m_scans[i];
        for (const QString& text : QStringList { sc.body } + sc.extracted + sc.attachmentNames) {
            QSet<qsizetype> namePlaces;
            for (const QRegularExpression* re : { &greeting, &alone }) {
                for (auto it = re->globalMatch(text); it.hasNext();) {
                    const QRegularExpressionMatch mm = it.next();
                    const QString w = mm.captured(1);
                    if (const auto c = candidate.constFind(w); c != candidate.cend()) {
                        namePlaces.insert(mm.capturedStart(1));
                        if (involved.contains(*c))
                            asName.insert(w);
                    }
                }
            }
            for (auto it = word.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch mm = it.next();
                const QString w = mm.captured();
                if (w.size() > 11)
                    continue;
                if (w.front().isLower()) {
                    const QString capital = w.front().toUpper() + w.mid(1);
                    if (candidate.contains(capital))
                        asWord.insert(capital);
                } else if (candidate.contains(w) && !namePlaces.contains(mm.capturedStart())
                    && CommonWords::isWord(w)) {
                    asWord.insert(w);
                }
            }
        }
    }
    for (const QString& v : std::as_const(order)) {
        if (asName.contains(v) && !asWord.contains(v) && !ambiguous.contains(v)) {
            const Person& p = m_people[candidate.value(v)];
            add(QStringLiteral("name-word"), v, p.given, {}, p.label);
        }
    }
}

// A name written in romaji is also written in katakana, as Japanese mail writes the reading of a
// name (a signature's フリガナ, the holder of an account, a foreign name in a Japanese text):
// "Matsuura" of k.matsuura@ as マツウラ. The readings are made from the romaji
// (katakanaReadings()) and taken where the case writes one, with the pseudonym of its romaji
// word; three kana at least, so that a reading is no common syllable pair.
void Builder::addKanaReadings()
{
    QHash<QString, int> candidate; // katakana -> index into m_entries
    QStringList order;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Pseudonym& e = m_entries[i];
        if (e.kind != QLatin1String("name-word") || e.real.size() < 3)
            continue;
        for (const QString& kana : katakanaReadings(e.real)) {
            if (kana.size() >= 3 && !candidate.contains(kana) && !has(kana)) {
                candidate.insert(kana, i);
                order << kana;
            }
        }
    }
    if (candidate.isEmpty())
        return;
    // Where the case writes them: every substring of each katakana run, looked up (linear).
    QSet<QString> seen;
    const auto isKatakana = [](QChar c) { return c.unicode() >= 0x30A1 && c.unicode() <= 0x30FC; };
    for (qsizetype m = 0; m < m_scans.size(); ++m) {
        const Scan& sc = m_scans[m];
        for (const QString& text : QStringList { sc.body } + sc.extracted + sc.attachmentNames + sc.headerTexts) {
            for (qsizetype i = 0; i < text.size();) {
                if (!isKatakana(text[i])) {
                    ++i;
                    continue;
                }
                qsizetype end = i;
                while (end < text.size() && isKatakana(text[end]))
                    ++end;
                for (qsizetype a = i; a < end; ++a) {
                    for (qsizetype len = 3; len <= 12 && a + len <= end; ++len) {
                        const QString piece = text.mid(a, len);
                        if (candidate.contains(piece))
                            seen.insert(piece);
                    }
                }
                i = end;
            }
        }
    }
    for (const QString& kana : std::as_const(order)) {
        if (!seen.contains(kana))
            continue;
        const Pseudonym e = m_entries[candidate.value(kana)];
        add(QStringLiteral("name-word"), kana, e.pseudonym, e.pseudonymJa, e.party);
    }
}

void Builder::addPeople()
{
    // Order of appearance: parties in label order, people by their first message.
    for (int pi = 0; pi < m_a.parties.size(); ++pi) {
        const Party& party = m_a.parties[pi];
        if (!isPartyRole(party))
            continue;
        QStringList order;
        for (const CaseMessage& cm : m_a.messages) {
            const Message& m = cm.message;
            for (const Mailbox& mb : QList<Mailbox> { m.from } + m.to + m.cc) {
                const QString a = lower(mb.address);
                if (party.people.contains(a) && !order.contains(a))
                    order << a;
            }
        }
        for (auto it = party.people.cbegin(); it != party.people.cend(); ++it) {
            if (!order.contains(it.key()))
                order << it.key();
        }
        for (const QString& a : std::as_const(order)) {
            const int idx = personFor(pi, Mailbox { party.people.value(a), a, {} });
            castPerson(m_people[idx]);
        }
    }
    // Names and addresses, once everyone has a pseudonym.
    for (int pi = 0; pi < m_a.parties.size(); ++pi) {
        const Party& party = m_a.parties[pi];
        if (!isPartyRole(party))
            continue;
        for (auto it = party.people.cbegin(); it != party.people.cend(); ++it) {
            const Person& p = m_people[m_personOfAddress.value(it.key())];
            registerName(p, it.value());
        }
    }
    // Every display name the parties' addresses were written with (Cc lines differ).
    for (const CaseMessage& cm : m_a.messages) {
        const Message& m = cm.message;
        for (const Mailbox& mb : QList<Mailbox> { m.from } + m.to + m.cc + m.replyTo) {
            const auto it = m_personOfAddress.constFind(lower(mb.address));
            if (it != m_personOfAddress.cend() && !mb.name.isEmpty())
                registerName(m_people[*it], mb.name);
        }
    }
    for (const Person& p : std::as_const(m_people)) {
        for (const QString& a : p.addresses) {
            registerLocal(p, a);
            m_personOfLocal.insert(localOfAddress(a).toLower(), int(&p - m_people.constData()));
        }
    }
    addShortForms();
    addKanaReadings();
    for (const Person& p : std::as_const(m_people)) {
        for (const QString& a : p.addresses) {
            const QString dom = domainOfAddress(a);
            const QString org = orgOf(dom);
            QString pdom;
            if (m_pseudoOrg.contains(org))
                pdom = dom == org ? m_pseudoOrg.value(org) : QString(); // subdomains: addHosts
            if (pdom.isEmpty())
                pdom = m_pseudoOrg.contains(org) ? m_pseudoOrg.value(org) : dom; // free-mail parties keep the provider
            add(QStringLiteral("address"), a, pseudoLocal(p) + QLatin1Char('@') + pdom, {}, p.label);
        }
    }
}

void Builder::addAttackerPeople()
{
    // Display names in the attacker's mail: copies of real people, or names of their own
    // making (which may still be a real person's), both replaced.
    for (const CaseMessage& cm : m_a.messages) {
        if (cm.actor != QLatin1String("attacker"))
            continue;
        const Message& m = cm.message;
        for (const Mailbox& mb : QList<Mailbox> { m.from } + m.replyTo + m.to + m.cc) {
            const QString name = namePart(mb.name);
            if (name.isEmpty())
                continue;
            int idx = linkedPerson(mb);
            if (idx < 0) {
                if (withoutOrdinaryWords(nameWords(name)).isEmpty())
                    continue;
                Person p;
                p.party = -1;
                p.label = QStringLiteral("X");
                p.name = name;
                m_people.append(p);
                idx = int(m_people.size() - 1);
                castPerson(m_people[idx]);
                m_personOfName.insert(normName(name), idx);
            }
            registerName(m_people[idx], name);
        }
    }
}

void Builder::addLookalikes()
{
    Lookalike::Options opt;
    opt.relatedName = true;
    QSet<QString> usedPseudo;
    for (const QString& pseudo : std::as_const(m_pseudoOrg))
        usedPseudo.insert(pseudo);
    for (const QString& org : allDomainsSeen()) {
        if (m_partyOfOrg.contains(org) || has(org))
            continue;
        for (const auto& [partyOrg, partyIndex] : m_partyOrgs) {
            const QString partyPseudo = m_pseudoOrg.value(partyOrg);
            if (partyPseudo.isEmpty())
                continue;
            const Lookalike::Match mt = Lookalike::compare(org, partyOrg, opt);
            if (!mt.matched() || mt.direction < 0)
                continue;
            QString pseudo = trickPseudonym(mt, Lookalike::toUnicodeHost(org), partyOrg, partyPseudo);
            for (int n = 2; usedPseudo.contains(pseudo) && n < 100; ++n)
                pseudo = firstLabel(pseudo) + QString::number(n) + QLatin1Char('.') + afterFirstLabel(pseudo);
            usedPseudo.insert(pseudo);
            const QString party = m_a.parties[partyIndex].label;
            const QString unicodeOrg = Lookalike::toUnicodeHost(org);
            add(QStringLiteral("lookalike-domain"), org, pseudo, {}, party);
            if (unicodeOrg != org)
                add(QStringLiteral("lookalike-domain"), unicodeOrg, pseudo, {}, party);
            const QString label = firstLabel(org);
            if (label.size() >= 4)
                add(QStringLiteral("domain-label"), label, firstLabel(pseudo), {}, party);
            m_pseudoOrg.insert(org, pseudo);
            break;
        }
    }
}

void Builder::addAddresses()
{
    // Every address written anywhere in the case that is not a known person's.
    QStringList addresses;
    QSet<QString> seen;
    static const QRegularExpression idHeader(
        QStringLiteral("^(?:Message-ID|In-Reply-To|References|Resent-Message-ID):"),
        QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < m_a.messages.size(); ++i) {
        for (const QString& t : allTexts(m_scans[i])) {
            if (idHeader.match(t).hasMatch())
                continue;
            for (const QString& a : AddressParser::findAddressesInText(t, 500)) {
                const QString l = a.toLower();
                if (!seen.contains(l)) {
                    seen.insert(l);
                    addresses << a;
                }
            }
        }
    }
    int nextUser = 1;
    static const QRegularExpression personLike(QStringLiteral("^[A-Za-z][A-Za-z._\\-]{1,40}$"));
    for (QString a : std::as_const(addresses)) {
        // "smtp.mailfrom=x@y" as free text finds it: the address starts after the '='.
        const qsizetype eq = a.lastIndexOf(QLatin1Char('='), a.indexOf(QLatin1Char('@')));
        if (eq >= 0)
            a = a.mid(eq + 1);
        if (has(a) || a.contains(QLatin1Char('$')))
            continue;
        const QString dom = domainOfAddress(a);
        const QString org = orgOf(dom);
        const QString local = localOfAddress(a);
        const bool partyDomain = m_partyOfOrg.contains(org);
        const bool lookalike = !partyDomain && m_pseudoOrg.contains(org);
        if (partyDomain || lookalike) {
            const QString label = partyDomain ? m_a.parties[m_partyOfOrg.value(org)].label : QString();
            QString newLocal = replaced(local);
            // A person's address nobody wrote from (named in a body): a neutral user name.
            // Message-ID left parts and role addresses stay as they are.
            if (newLocal == local && partyDomain && !isGeneric(local) && personLike.match(local).hasMatch())
                newLocal = QStringLiteral("user%1").arg(nextUser++);
            const QString newDom = dom == org ? m_pseudoOrg.value(org) : replaced(dom);
            add(QStringLiteral("address"), a, newLocal + QLatin1Char('@') + newDom, {}, label);
        }
        // Free-mail mimics and attacker addresses are left to the text pass: their local
        // parts lose the party's names there and their domains are defanged.
    }
}

void Builder::addHosts()
{
    QHash<QString, int> counter; // org -> last host number
    for (const QString& h : std::as_const(m_hosts)) {
        const QString org = orgOf(h);
        if (h == org || !m_partyOfOrg.contains(org) || has(h))
            continue;
        const int n = ++counter[org];
        add(QStringLiteral("host"), h, QStringLiteral("host%1.").arg(n) + m_pseudoOrg.value(org), {},
            m_a.parties[m_partyOfOrg.value(org)].label);
    }
    // Bare machine names the parties' own mail shows (HELO "HHD-PC0001").
    for (const QString& h : std::as_const(m_bareHelo)) {
        if (has(h) || h.size() < 3)
            continue;
        add(QStringLiteral("host"), h, QStringLiteral("pc%1").arg(++counter[QStringLiteral("#helo")]));
    }
}

QString Builder::nextIp(bool v6, bool attacker)
{
    // Candidates are tried in order and never twice: the next search starts where the
    // last one stopped (thousands of IPs in one message made this quadratic).
    int& from = m_nextIpCandidate[v6 ? 1 : 0][attacker ? 1 : 0];
    for (int n = qMax(from, 1); n < 65535; ++n) {
        from = n + 1;
        QString c;
        if (v6)
            c = (attacker ? QStringLiteral("2001:db8:ffff::") : QStringLiteral("2001:db8::")) + QString::number(n, 16);
        else if (attacker)
            c = n <= 254 ? QStringLiteral("203.0.113.%1").arg(n) : QStringLiteral("203.0.113.0");
        else
            c = n <= 254   ? QStringLiteral("192.0.2.%1").arg(n)
                : n <= 508 ? QStringLiteral("198.51.100.%1").arg(n - 254)
                           : QStringLiteral("192.0.2.0");
        if (!m_realIps.contains(c) && !m_usedIps.contains(c)) {
            m_usedIps.insert(c);
            return c;
        }
    }
    return v6 ? QStringLiteral("2001:db8::") : QStringLiteral("192.0.2.0");
}

void Builder::addIps()
{
    for (const QString& ip : std::as_const(m_partyIps)) {
        if (!has(ip))
            add(QStringLiteral("ip"), ip, nextIp(isIpv6(ip), false));
    }
    // Networks written as prefixes ("net:203.0.113" in a finding): the pseudonym's prefix.
    for (const QString& ip : std::as_const(m_partyIps)) {
        if (isIpv6(ip))
            continue;
        const QString prefix = ip.section(QLatin1Char('.'), 0, 2);
        const Pseudonym* p = nullptr;
        for (const Pseudonym& e : std::as_const(m_entries)) {
            if (e.kind == QLatin1String("ip") && e.real == ip)
                p = &e;
        }
        if (p && !has(prefix))
            add(QStringLiteral("ip-prefix"), prefix, p->pseudonym.section(QLatin1Char('.'), 0, 2));
    }
}

void Builder::addAccounts()
{
    // Whose a payment detail is: whoever named it first, in time order. A party's genuine
    // account that the attacker repeats ("do not pay into ... any more") is the party's and
    // gets a pseudonym; the attacker's new account stays an indicator, even where a victim
    // quotes it back afterwards.
    QHash<QString, bool> firstByAttacker; // case-folded value -> named first by the attacker
    QStringList attackerBanks; // as the attacker wrote them
    for (int i = 0; i < m_a.messages.size(); ++i) {
        const CaseMessage& cm = m_a.messages[i];
        const bool attacker = cm.actor == QLatin1String("attacker");
        if (!attacker && !fromParty(cm))
            continue;
        QString text = m_scans[i].ownText;
        for (const QString& t : std::as_const(m_scans[i].extracted))
            text += QLatin1Char('\n') + t;
        const PaymentDetails::Details pd = PaymentDetails::extract(text, 2000);
        for (const QString& v : pd.accounts + pd.ibans + pd.swifts + pd.banks) {
            if (!firstByAttacker.contains(v.toCaseFolded()))
                firstByAttacker.insert(v.toCaseFolded(), attacker);
        }
        if (attacker)
            attackerBanks += pd.banks;
    }
    QSet<QString> attackers;
    for (auto it = firstByAttacker.cbegin(); it != firstByAttacker.cend(); ++it) {
        if (it.value())
            attackers.insert(it.key());
        else
            m_genuinePayment.insert(it.key());
    }
    QHash<QString, int> perParty;
    for (int i = 0; i < m_a.messages.size(); ++i) {
        const CaseMessage& cm = m_a.messages[i];
        if (!fromParty(cm))
            continue;
        const QString label = m_a.parties[cm.senderParty].label;
        QString text = m_scans[i].ownText;
        for (const QString& t : std::as_const(m_scans[i].extracted))
            text += QLatin1Char('\n') + t;
        const int year = cm.message.date.isValid() ? cm.message.date.date().year() : 2000;
        const PaymentDetails::Details pd = PaymentDetails::extract(text, year);
        for (const QString& acct : pd.accounts + pd.ibans) {
            if (has(acct) || attackers.contains(acct.toCaseFolded()))
                continue;
            const int n = ++perParty[label];
            add(QStringLiteral("account"), acct, QStringLiteral("ACCT-%1%2").arg(label).arg(n), {}, label);
        }
        for (const QString& swift : pd.swifts) {
            if (!has(swift) && !attackers.contains(swift.toCaseFolded()))
                add(QStringLiteral("account"), swift, QStringLiteral("BANK%1%2XX").arg(label).arg(perParty[label] + 1),
                    {}, label);
        }
        for (const QString& bank : pd.banks) {
            if (bank.size() < 4 || attackers.contains(bank.toCaseFolded()))
                continue;
            // The bank as written (its pseudonym from the invoice's company names when it
            // was found there first) and as the parties also write it ("Mikawa Shinkin").
            QString en, ja, owner = label;
            if (const Pseudonym* known = entryOf(bank)) {
                en = known->pseudonym;
                ja = known->pseudonymJa;
                owner = known->party.isEmpty() ? label : known->party;
            } else {
                const int n = ++perParty[label + QStringLiteral("#bank")];
                en = add(QStringLiteral("bank"), bank, QStringLiteral("Bank %1%2").arg(label).arg(n),
                    QStringLiteral("%1%2銀行").arg(label).arg(n), label);
                ja = entryOf(bank) ? entryOf(bank)->pseudonymJa : QString();
            }
            for (const QString& form : bankShortForms(bank)) {
                // "Mizuho" of the party's "Mizuho Bank, Tokyo Branch" must not rename
                // the attacker's "Mizuho Trust Bank" (an indicator).
                const bool inAttackerBank = std::any_of(attackerBanks.cbegin(), attackerBanks.cend(),
                    [&](const QString& b) { return b.contains(form, Qt::CaseInsensitive); });
                if (!has(form) && !attackers.contains(form.toCaseFolded()) && !inAttackerBank)
                    add(QStringLiteral("bank"), form, en, ja, owner);
            }
        }
    }
}

void Builder::addMessageIds()
{
    int messageIds = 0;
    // A genuine message's Message-ID is the party's: a partner could look its left part up
    // in its own mail logs (the attacker quotes it in In-Reply-To when it hijacks the
    // thread). It becomes "message-N", N the message's number in the report (#N); the
    // domain is replaced as a domain. The attacker's own Message-IDs are evidence and stay.
    for (int i = 0; i < m_a.messages.size(); ++i) {
        const CaseMessage& cm = m_a.messages[i];
        if (cm.actor == QLatin1String("attacker"))
            continue;
        QString id = cm.message.messageId.trimmed();
        if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
            id = id.mid(1, id.size() - 2);
        const qsizetype at = id.lastIndexOf(QLatin1Char('@'));
        const QString left = at > 0 ? id.left(at) : QString();
        bool digit = false;
        for (QChar c : left)
            digit = digit || c.isDigit();
        // Short or word-like left parts would replace ordinary text.
        if (left.size() < 8 || !digit || has(left))
            continue;
        // A budget of their own: the attacker's pseudonyms and the analyst's terms come
        // after them and must fit in the map (kMaxEntries).
        if (++messageIds > kMaxMessageIds)
            break;
        add(QStringLiteral("message-id"), left, QStringLiteral("message-%1").arg(i + 1));
    }
}

void Builder::addAttackerPseudonyms()
{
    int nextDomain = 1;
    QStringList orgs;
    for (const QString& h : std::as_const(m_attackerHosts)) {
        const QString org = orgOf(h);
        if (!org.isEmpty() && !orgs.contains(org) && !has(org) && !m_partyOfOrg.contains(org))
            orgs << org;
    }
    orgs.sort();
    for (const QString& org : std::as_const(orgs)) {
        const bool freemail = ReferenceData::isFreemail(org);
        add(QStringLiteral("attacker-domain"), org,
            (freemail ? QStringLiteral("freemail-%1.example") : QStringLiteral("attacker-%1.example"))
                .arg(nextDomain++),
            {}, QStringLiteral("X"));
    }
    for (const QString& ip : std::as_const(m_attackerIpList)) {
        if (!has(ip))
            add(QStringLiteral("attacker-ip"), ip, nextIp(isIpv6(ip), true), {}, QStringLiteral("X"));
    }
}

void Builder::addCustomOverrides()
{
    for (const Pseudonym& o : m_overrides.entries) {
        if (o.real.isEmpty() || has(o.real))
            continue;
        if (o.kind == QLatin1String("organisation") || !m_options.anonymize) {
            if (!m_options.anonymize && o.kind != QLatin1String("custom"))
                continue;
        }
        Pseudonym p = o;
        if (p.kind.isEmpty())
            p.kind = QStringLiteral("custom");
        m_keys.insert(p.real.toCaseFolded());
        m_entries.append(p);
        m_engineDirty = true;
    }
}

} // namespace MailTriage::AnonymizerDetail

namespace MailTriage {

using namespace AnonymizerDetail;

// ----------------------------------------------------------------------------------------------
// PseudonymMap

const Pseudonym* PseudonymMap::find(const QString& real) const
{
    const QString r = real.trimmed();
    for (const Pseudonym& p : entries) {
        if (p.real.compare(r, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QByteArray PseudonymMap::toJson() const
{
    QJsonArray list;
    for (const Pseudonym& p : entries) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), p.kind);
        o.insert(QStringLiteral("real"), p.real);
        o.insert(QStringLiteral("pseudonym"), p.pseudonym);
        if (!p.pseudonymJa.isEmpty())
            o.insert(QStringLiteral("pseudonym_ja"), p.pseudonymJa);
        if (!p.party.isEmpty())
            o.insert(QStringLiteral("party"), p.party);
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("case_id"), caseId);
    root.insert(QStringLiteral("entries"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<PseudonymMap> PseudonymMap::fromJson(const QByteArray& json, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<PseudonymMap> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.size() > 64 * 1024 * 1024)
        return fail(QStringLiteral("the map file is larger than 64 MiB"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not valid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("the map must be a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return fail(QStringLiteral("\"format\" must be \"%1\"").arg(kFormat));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return fail(QStringLiteral("unsupported map version %1 (this program reads version 1)")
                        .arg(root.value(QStringLiteral("version")).toVariant().toString()));
    PseudonymMap map;
    map.caseId = root.value(QStringLiteral("case_id")).toString().trimmed();
    const QJsonArray list = root.value(QStringLiteral("entries")).toArray();
    for (qsizetype i = 0; i < list.size() && i < kMaxEntries; ++i) {
        if (!list[i].isObject())
            return fail(QStringLiteral("entry %1 is not an object").arg(i + 1));
        const QJsonObject o = list[i].toObject();
        Pseudonym p;
        p.kind = o.value(QStringLiteral("kind")).toString();
        p.real = o.value(QStringLiteral("real")).toString();
        p.pseudonym = o.value(QStringLiteral("pseudonym")).toString();
        p.pseudonymJa = o.value(QStringLiteral("pseudonym_ja")).toString();
        p.party = o.value(QStringLiteral("party")).toString();
        if (p.real.trimmed().isEmpty())
            return fail(QStringLiteral("entry %1 has no \"real\" string").arg(i + 1));
        if (p.pseudonym.isEmpty())
            return fail(QStringLiteral("entry %1 (%2) has no \"pseudonym\"").arg(i + 1).arg(p.kind));
        map.entries.append(p);
    }
    return map;
}

bool PseudonymMap::save(const QString& path, QString* error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toJson()) < 0 || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

std::optional<PseudonymMap> PseudonymMap::load(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return std::nullopt;
    }
    return fromJson(f.read(64 * 1024 * 1024 + 1), error);
}

// ----------------------------------------------------------------------------------------------
// Anonymizer

} // namespace MailTriage
