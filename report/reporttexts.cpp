// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttexts.h"

#include "catalog.h"
#include "findingtexts.h"

#include <QLocale>
#include <QSet>

namespace MailTriage::ReportTexts {

namespace {

    QSet<QString> attackerSignals(const CaseAnalysis& a)
    {
        QSet<QString> s;
        for (const CaseMessage& cm : a.messages) {
            if (cm.actor != QLatin1String("attacker"))
                continue;
            for (const Finding& f : cm.message.findings) {
                if (f.severity >= Severity::Low)
                    s.insert(f.signal);
            }
        }
        return s;
    }

    QSet<QString> allSignals(const CaseAnalysis& a)
    {
        QSet<QString> s;
        for (const CaseMessage& cm : a.messages) {
            for (const Finding& f : cm.message.findings) {
                if (f.severity >= Severity::Low)
                    s.insert(f.signal);
            }
        }
        return s;
    }

    bool any(const QSet<QString>& s, std::initializer_list<const char*> ids)
    {
        for (const char* id : ids) {
            if (s.contains(QString::fromLatin1(id)))
                return true;
        }
        return false;
    }

} // namespace

QString code(ReportLanguage language)
{
    return language == ReportLanguage::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString t(ReportLanguage language, const char* source)
{
    return Catalog::lookup("Report", source, code(language));
}

QString date(const QDate& d, ReportLanguage language, const char* format)
{
    return QLocale(code(language)).toString(d, Catalog::lookup("DateFormat", format, code(language)));
}

QList<Countermeasure> countermeasures(const CaseAnalysis& a)
{
    const QSet<QString> s = allSignals(a);
    bool anyAttacker = false;
    for (const CaseMessage& cm : a.messages)
        anyAttacker = anyAttacker || cm.actor == QLatin1String("attacker");
    QList<Countermeasure> out;
    auto add = [&out](const char* id, const char* source) { out.append({ QString::fromLatin1(id), source }); };
    const bool payment = any(s, { "bank_account_changed", "payment_change_request", "remittance_date_changed" });
    if (payment || a.becTypeSuggested == 1 || a.becTypeSuggested == 3) {
        add("verify-by-phone",
            QT_TRANSLATE_NOOP("Report",
                "Verify every request to change a bank account or a payment date by telephone, using a number "
                "from your own records or the contract, never one given in the e-mail."));
        add("two-person-rule",
            QT_TRANSLATE_NOOP(
                "Report", "Make changes of payment details need a second person's approval (an internal rule)."));
    }
    if (any(s,
            { "freemail_lookalike_of_known_party", "lookalike_domain", "display_name_contains_address",
                "display_name_address_domain_mismatch", "freemail_sender", "from_replyto_mismatch" })) {
        add("check-sender-address",
            QT_TRANSLATE_NOOP("Report",
                "Check the sender's full e-mail address, not only the display name: look for look-alike "
                "domains ('rn' for 'm', added hyphens, another ending) and for free-mail addresses that "
                "imitate a partner, and check where a reply would go (Reply-To)."));
    }
    if (any(s, { "cc_altered", "cc_altered_to_freemail" })) {
        add("check-cc",
            QT_TRANSLATE_NOOP("Report",
                "Before replying to all, check the Cc addresses: the attacker rewrote colleagues' addresses so "
                "that the real people never saw the fraud."));
    }
    if (any(s, { "spf_fail", "dmarc_fail", "dkim_missing_or_fail" })) {
        add("dmarc-reject",
            QT_TRANSLATE_NOOP("Report",
                "Publish SPF and DKIM for your domains and a DMARC policy of p=reject (at least "
                "p=quarantine), and ask your partners to do the same: a forged sender address then no "
                "longer reaches the inbox."));
        add("flag-dmarc-fail",
            QT_TRANSLATE_NOOP("Report",
                "Quarantine inbound mail that fails DMARC, and mark mail from outside the organisation with a "
                "visible warning."));
    }
    if (any(s, { "thread_interjection", "sender_infrastructure_changed", "reply_quotes_unsent_message" })) {
        add("check-compromise",
            QT_TRANSLATE_NOOP("Report",
                "The attacker knew the ongoing exchange: check both sides' mailboxes for compromise "
                "(forwarding rules, unknown sign-ins, remote-access tools), change the passwords and "
                "turn on multi-factor authentication."));
    }
    if (s.contains(QStringLiteral("reply_quotes_unsent_message"))) {
        add("report-unsent-quotes",
            QT_TRANSLATE_NOOP("Report",
                "Treat a reply that quotes a message you never sent as a sign of an attack and report it at "
                "once: in this case it was the first visible trace."));
    }
    if (any(s, { "display_name_contains_address", "jp_ceo_fraud_pattern", "cosmic_lynx_pattern" })
        || a.becTypeSuggested == 2) {
        add("confirm-executive",
            QT_TRANSLATE_NOOP("Report",
                "Confirm unusual or confidential requests from executives in person or by telephone; do "
                "not answer them by e-mail."));
    }
    if (s.contains(QStringLiteral("notification_headers_to_foreign_address")))
        add("no-receipts",
            QT_TRANSLATE_NOOP("Report", "Do not send read receipts to addresses outside the sender's organisation."));
    if (any(s, { "risky_link", "link_text_mismatch" }))
        add("links",
            QT_TRANSLATE_NOOP(
                "Report", "Do not follow links in such mail; enter passwords only on sites you reach yourself."));
    if (s.contains(QStringLiteral("attachment_risky")))
        add("attachments",
            QT_TRANSLATE_NOOP(
                "Report", "Do not open unexpected attachments or enable macros; have suspicious files checked."));
    if (s.contains(QStringLiteral("tracking_beacon")))
        add("remote-images",
            QT_TRANSLATE_NOOP(
                "Report", "Keep automatic loading of remote images off: it tells the sender that the mail was read."));
    if (anyAttacker) {
        add("share",
            QT_TRANSLATE_NOOP("Report",
                "Share the indicators with the partner, the banks involved and your information-sharing "
                "community, and keep the original messages (.eml/.msg) unchanged as evidence."));
        add("awareness",
            QT_TRANSLATE_NOOP("Report",
                "Tell everyone who handles payments or executive requests about this case: knowing the "
                "trick is what made the recipient stop."));
    }
    return out;
}

QStringList tricks(const CaseAnalysis& a, ReportLanguage l)
{
    const QSet<QString> s = attackerSignals(a);
    const QSet<QString> all = allSignals(a);
    QStringList out;
    if (s.contains(QStringLiteral("thread_interjection")))
        out << t(l, QT_TRANSLATE_NOOP("Report", "interjection into an ongoing exchange between the parties"));
    if (any(s, { "spf_fail", "dmarc_fail" }))
        out << t(l, QT_TRANSLATE_NOOP("Report", "a forged sender address (SPF/DMARC failed at the recipient)"));
    if (s.contains(QStringLiteral("freemail_lookalike_of_known_party")))
        out << t(l, QT_TRANSLATE_NOOP("Report", "free-mail addresses made to look like the parties' addresses"));
    if (s.contains(QStringLiteral("lookalike_domain")))
        out << t(l, QT_TRANSLATE_NOOP("Report", "look-alike domains"));
    if (any(s, { "display_name_contains_address", "display_name_address_domain_mismatch" }))
        out << t(l, QT_TRANSLATE_NOOP("Report", "the impersonated person's address written into the display name"));
    if (s.contains(QStringLiteral("from_replyto_mismatch")))
        out << t(l, QT_TRANSLATE_NOOP("Report", "a Reply-To that sends replies to the attacker"));
    if (s.contains(QStringLiteral("returnpath_mismatch")))
        out << t(
            l, QT_TRANSLATE_NOOP("Report", "an envelope sender (Return-Path) outside the impersonated organisation"));
    if (any(s, { "cc_altered", "cc_altered_to_freemail" }))
        out << t(l, QT_TRANSLATE_NOOP("Report", "rewritten Cc addresses"));
    if (s.contains(QStringLiteral("notification_headers_to_foreign_address")))
        out << t(l, QT_TRANSLATE_NOOP("Report", "read/delivery receipts requested to the attacker's address"));
    if (any(s, { "bank_account_changed", "payment_change_request" }))
        out << t(l, QT_TRANSLATE_NOOP("Report", "a request to pay into a different bank account"));
    if (s.contains(QStringLiteral("remittance_date_changed")))
        out << t(l, QT_TRANSLATE_NOOP("Report", "a request to change the payment date"));
    if (all.contains(QStringLiteral("reply_quotes_unsent_message")))
        out << t(l, QT_TRANSLATE_NOOP("Report", "a reply quoting the forged mail reached the real party"));
    return out;
}

QString duration(qint64 seconds, ReportLanguage l)
{
    seconds = qAbs(seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return t(l, QT_TRANSLATE_NOOP("Report", "%1 d %2 h")).arg(days).arg(hours);
    if (hours > 0)
        return t(l, QT_TRANSLATE_NOOP("Report", "%1 h %2 min")).arg(hours).arg(minutes);
    if (minutes > 0)
        return t(l, QT_TRANSLATE_NOOP("Report", "%1 min")).arg(minutes);
    return t(l, QT_TRANSLATE_NOOP("Report", "%1 s")).arg(seconds);
}

QString damage(const QString& value, ReportLanguage l)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("yes"))
        return t(l, QT_TRANSLATE_NOOP("Report", "Yes"));
    if (v == QLatin1String("no"))
        return t(l, QT_TRANSLATE_NOOP("Report", "No"));
    if (v == QLatin1String("unknown"))
        return t(l, QT_TRANSLATE_NOOP("Report", "Unknown"));
    return t(l, QT_TRANSLATE_NOOP("Report", "Not recorded"));
}

QString becType(const ReportInput& in, ReportLanguage l)
{
    if (in.becType > 0)
        return becTypeName(in.becType, code(l));
    if (in.analysis.becTypeSuggested > 0)
        return becTypeName(in.analysis.becTypeSuggested, code(l))
            + t(l, QT_TRANSLATE_NOOP("Report", " (suggested by MailTriage, not yet confirmed by the analyst)"));
    return t(l, QT_TRANSLATE_NOOP("Report", "Not determined"));
}

QString signalTitle(const QString& signal, ReportLanguage l)
{
    const FindingTexts::SignalText* st = FindingTexts::find(signal);
    if (!st)
        return signal;
    return st->titleIn(code(l));
}

QString caseSummary(const ReportInput& in, const Anonymizer& an, ReportLanguage l)
{
    const bool ja = l == ReportLanguage::Japanese;
    const QString own = ja ? in.summaryJa.trimmed() : in.summaryEn.trimmed();
    if (!own.isEmpty())
        return an.text(own, l);
    const CaseAnalysis& a = in.analysis;
    // When it began and who took part.
    QDateTime first;
    int attackerCount = 0;
    QStringList impersonated, targets, parties;
    bool exchange = false; // a party's own message is in the case
    for (int index = 0; index < a.messages.size(); ++index) {
        const CaseMessage& cm = a.messages[index];
        if (!first.isValid() && cm.message.date.isValid())
            first = cm.message.date;
        // Mail between the parties: a party's own message to another party (a delivery report
        // to the attacker's envelope is none).
        if (cm.actor != QLatin1String("attacker") && cm.senderParty >= 0 && cm.senderParty < a.parties.size()
            && a.parties[cm.senderParty].role == QLatin1String("party")) {
            for (int p : cm.recipientParties)
                exchange = exchange || (p != cm.senderParty && p >= 0 && p < a.parties.size());
        }
        if (cm.actor == QLatin1String("attacker")) {
            ++attackerCount;
            if (cm.senderParty >= 0 && cm.senderParty < a.parties.size()) {
                const QString who = an.organisation(a.parties[cm.senderParty].label, l);
                if (!impersonated.contains(who))
                    impersonated << who;
            }
            // The organisations it wrote to, those case analysis did not know included (a series).
            for (int p : an.recipientParties(index)) {
                if (p >= 0 && p < an.parties().size()) {
                    const QString who = an.organisation(an.parties()[p].label, l);
                    if (!targets.contains(who))
                        targets << who;
                }
            }
        }
    }
    for (const Party& p : an.parties()) {
        if (p.role == QLatin1String("party"))
            parties << an.organisation(p.label, l);
    }
    //: A month and year as QLocale formats it ("December 2026"); see QDate::toString.
    const QString when
        = first.isValid() ? date(first.date(), l, QT_TRANSLATE_NOOP("DateFormat", "MMMM yyyy")) : QString();
    const QString sep = t(l, QT_TRANSLATE_NOOP("Report", " and "));
    const QString list = t(l, QT_TRANSLATE_NOOP("Report", ", "));
    // "A, B and C" / "A、BとC".
    const auto names = [&](const QStringList& items) -> QString {
        if (items.size() <= 1)
            return items.join(QString());
        return items.mid(0, items.size() - 1).join(list) + sep + items.last();
    };
    QString s;
    if (attackerCount == 0) {
        s = t(l,
            QT_TRANSLATE_NOOP(
                "Report", "In %1 the e-mail exchange between %2 was analysed; no message of an attacker was found."))
                .arg(when, names(parties));
        return s;
    }
    const QString imp = impersonated.isEmpty() ? t(l, QT_TRANSLATE_NOOP("Report", "a party")) : names(impersonated);
    targets.sort(); // Company A, Company B, ... (the timeline gives the order of the attack)
    const QString tgt = targets.isEmpty() ? t(l, QT_TRANSLATE_NOOP("Report", "the recipient")) : names(targets);
    // A series (the CEO fraud of the 2020 report §3.5) or a single attacker message: the victims
    // exchanged no mail in the case, the attacker wrote to each of them.
    if (!exchange) {
        s = (attackerCount == 1
                ? t(l, QT_TRANSLATE_NOOP("Report", "In %1 an attacker impersonating %2 sent %3 forged message to %4."))
                : t(l,
                    QT_TRANSLATE_NOOP("Report", "In %1 an attacker impersonating %2 sent %3 forged messages to %4.")))
                .arg(when, imp, QString::number(attackerCount), tgt);
        const QStringList tr = tricks(a, l);
        if (!tr.isEmpty())
            s += t(l, QT_TRANSLATE_NOOP("Report", " Tricks used: %1.")).arg(Catalog::joinList(tr, code(l)));
        return s;
    }
    s = (attackerCount == 1 ? t(l,
             QT_TRANSLATE_NOOP("Report",
                 "In %1, during an e-mail exchange between %2, an attacker impersonating %3 sent %4 forged message to "
                 "%5."))
                            : t(l,
                                QT_TRANSLATE_NOOP("Report",
                                    "In %1, during an e-mail exchange between %2, an attacker impersonating %3 sent %4 "
                                    "forged messages to %5.")))
            .arg(when, names(parties), imp, QString::number(attackerCount), tgt);
    const QStringList tr = tricks(a, l);
    if (!tr.isEmpty())
        s += t(l, QT_TRANSLATE_NOOP("Report", " Tricks used: %1.")).arg(Catalog::joinList(tr, code(l)));
    return s;
}

} // namespace MailTriage::ReportTexts
