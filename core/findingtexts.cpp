// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingtexts.h"

#include "catalog.h"

namespace MailTriage::FindingTexts {

const QList<SignalText>& all()
{
    static const QList<SignalText> list = {
        { QStringLiteral("from_replyto_mismatch"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Reply-To differs from From") },
        { QStringLiteral("returnpath_mismatch"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Envelope sender (Return-Path) unrelated to From") },
        { QStringLiteral("dkim_domain_mismatch"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "DKIM signature of another domain than From") },
        { QStringLiteral("spf_fail"), QStringLiteral("message"), QT_TRANSLATE_NOOP("Signal", "SPF failed") },
        { QStringLiteral("dkim_missing_or_fail"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "No valid DKIM signature of the sender") },
        { QStringLiteral("dmarc_fail"), QStringLiteral("message"), QT_TRANSLATE_NOOP("Signal", "DMARC failed") },
        { QStringLiteral("arc_fail"), QStringLiteral("message"), QT_TRANSLATE_NOOP("Signal", "Broken ARC chain") },
        { QStringLiteral("display_name_contains_address"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Display name contains an e-mail address") },
        { QStringLiteral("display_name_address_domain_mismatch"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Address in the display name differs from the real sender") },
        { QStringLiteral("display_name_impersonation"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Display name claims a brand the address does not belong to") },
        { QStringLiteral("weak_signals_combined"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Several weak signs together") },
        { QStringLiteral("freemail_sender"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Free-mail sender") },
        { QStringLiteral("freemail_claims_recipient_org"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Free-mail sender signs as an executive of the recipient's organisation") },
        { QStringLiteral("freemail_lookalike_of_known_party"), QStringLiteral("message/case"),
            QT_TRANSLATE_NOOP("Signal", "Free-mail address imitating a party") },
        { QStringLiteral("lookalike_domain"), QStringLiteral("message/case"),
            QT_TRANSLATE_NOOP("Signal", "Look-alike domain") },
        { QStringLiteral("notification_headers_to_foreign_address"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Delivery/read receipts requested to an outside address") },
        { QStringLiteral("tracking_beacon"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Open-tracking image") },
        { QStringLiteral("cosmic_lynx_pattern"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Cosmic Lynx address naming") },
        { QStringLiteral("jp_ceo_fraud_pattern"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Japanese CEO-fraud Reply-To naming") },
        { QStringLiteral("payment_change_request"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Request to change or hold a payment") },
        { QStringLiteral("link_text_mismatch"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Link text names another site than its target") },
        { QStringLiteral("risky_link"), QStringLiteral("message"), QT_TRANSLATE_NOOP("Signal", "Risky link") },
        { QStringLiteral("attachment_risky"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Risky attachment") },
        { QStringLiteral("message_id_domain_mismatch"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Message-ID from an unrelated domain") },
        { QStringLiteral("mime_structure_ambiguous"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Ambiguous MIME structure") },
        { QStringLiteral("received_chain_anomaly"), QStringLiteral("message"),
            QT_TRANSLATE_NOOP("Signal", "Inconsistent Received chain") },
        { QStringLiteral("cc_altered"), QStringLiteral("case"), QT_TRANSLATE_NOOP("Signal", "Cc addresses altered") },
        { QStringLiteral("cc_altered_to_freemail"), QStringLiteral("case"),
            QT_TRANSLATE_NOOP("Signal", "Cc addresses altered to free-mail") },
        { QStringLiteral("sender_infrastructure_changed"), QStringLiteral("case"),
            QT_TRANSLATE_NOOP("Signal", "Sender's infrastructure changed") },
        { QStringLiteral("reply_quotes_unsent_message"), QStringLiteral("case"),
            QT_TRANSLATE_NOOP("Signal", "Reply quotes a message the sender never sent") },
        { QStringLiteral("bank_account_changed"), QStringLiteral("case"),
            QT_TRANSLATE_NOOP("Signal", "Bank account changed") },
        { QStringLiteral("remittance_date_changed"), QStringLiteral("case"),
            QT_TRANSLATE_NOOP("Signal", "Payment date changed") },
        { QStringLiteral("thread_interjection"), QStringLiteral("case"),
            QT_TRANSLATE_NOOP("Signal", "Attacker message inserted into a thread") },
    };
    return list;
}

QString SignalText::titleIn(QStringView language) const
{
    return Catalog::lookup("Signal", title, language);
}

const SignalText* find(QStringView id)
{
    for (const SignalText& s : all()) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

bool isMessageScope(QStringView id)
{
    const SignalText* s = find(id);
    return s && s->scope.startsWith(QStringLiteral("message"));
}

} // namespace MailTriage::FindingTexts
