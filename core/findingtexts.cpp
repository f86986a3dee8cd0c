// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingtexts.h"

namespace MailTriage::FindingTexts {

const QList<SignalText>& all()
{
    static const QList<SignalText> list = {
        { QStringLiteral("from_replyto_mismatch"), QStringLiteral("message"),
            QStringLiteral("Reply-To differs from From"), QStringLiteral("返信先(Reply-To)が差出人と異なる") },
        { QStringLiteral("returnpath_mismatch"), QStringLiteral("message"),
            QStringLiteral("Envelope sender (Return-Path) unrelated to From"),
            QStringLiteral("エンベロープ送信者(Return-Path)が差出人と無関係") },
        { QStringLiteral("dkim_domain_mismatch"), QStringLiteral("message"),
            QStringLiteral("DKIM signature of another domain than From"),
            QStringLiteral("DKIM 署名のドメインが差出人と異なる") },
        { QStringLiteral("spf_fail"), QStringLiteral("message"), QStringLiteral("SPF failed"),
            QStringLiteral("SPF 認証の失敗") },
        { QStringLiteral("dkim_missing_or_fail"), QStringLiteral("message"),
            QStringLiteral("No valid DKIM signature of the sender"),
            QStringLiteral("差出人ドメインの有効な DKIM 署名がない") },
        { QStringLiteral("dmarc_fail"), QStringLiteral("message"), QStringLiteral("DMARC failed"),
            QStringLiteral("DMARC 認証の失敗") },
        { QStringLiteral("arc_fail"), QStringLiteral("message"), QStringLiteral("Broken ARC chain"),
            QStringLiteral("ARC チェーンの検証失敗") },
        { QStringLiteral("display_name_contains_address"), QStringLiteral("message"),
            QStringLiteral("Display name contains an e-mail address"),
            QStringLiteral("表示名にメールアドレスが含まれる") },
        { QStringLiteral("display_name_address_domain_mismatch"), QStringLiteral("message"),
            QStringLiteral("Address in the display name differs from the real sender"),
            QStringLiteral("表示名中のアドレスが実際の送信元と異なる") },
        { QStringLiteral("display_name_impersonation"), QStringLiteral("message"),
            QStringLiteral("Display name claims a brand the address does not belong to"),
            QStringLiteral("表示名が送信元と無関係なブランド・組織を名乗る") },
        { QStringLiteral("weak_signals_combined"), QStringLiteral("message"),
            QStringLiteral("Several weak signs together"), QStringLiteral("弱い兆候の重なり") },
        { QStringLiteral("freemail_sender"), QStringLiteral("message"), QStringLiteral("Free-mail sender"),
            QStringLiteral("フリーメールからの送信") },
        { QStringLiteral("freemail_claims_recipient_org"), QStringLiteral("message"),
            QStringLiteral("Free-mail sender signs as an executive of the recipient's organisation"),
            QStringLiteral("フリーメールの差出人が受信者の組織の役員を名乗る") },
        { QStringLiteral("freemail_lookalike_of_known_party"), QStringLiteral("message/case"),
            QStringLiteral("Free-mail address imitating a party"), QStringLiteral("関係者を装うフリーメールアドレス") },
        { QStringLiteral("lookalike_domain"), QStringLiteral("message/case"), QStringLiteral("Look-alike domain"),
            QStringLiteral("類似ドメイン") },
        { QStringLiteral("notification_headers_to_foreign_address"), QStringLiteral("message"),
            QStringLiteral("Delivery/read receipts requested to an outside address"),
            QStringLiteral("配送・開封通知の送付先が外部アドレス") },
        { QStringLiteral("tracking_beacon"), QStringLiteral("message"), QStringLiteral("Open-tracking image"),
            QStringLiteral("開封確認用の画像(ウェブビーコン)") },
        { QStringLiteral("cosmic_lynx_pattern"), QStringLiteral("message"),
            QStringLiteral("Cosmic Lynx address naming"), QStringLiteral("Cosmic Lynx 型のアドレス命名") },
        { QStringLiteral("jp_ceo_fraud_pattern"), QStringLiteral("message"),
            QStringLiteral("Japanese CEO-fraud Reply-To naming"), QStringLiteral("日本語 CEO 詐欺型の返信先アドレス") },
        { QStringLiteral("payment_change_request"), QStringLiteral("message"),
            QStringLiteral("Request to change or hold a payment"), QStringLiteral("振込先の変更・支払い保留の依頼") },
        { QStringLiteral("link_text_mismatch"), QStringLiteral("message"),
            QStringLiteral("Link text names another site than its target"),
            QStringLiteral("リンクの表示文字列とリンク先が異なる") },
        { QStringLiteral("risky_link"), QStringLiteral("message"), QStringLiteral("Risky link"),
            QStringLiteral("危険なリンク") },
        { QStringLiteral("attachment_risky"), QStringLiteral("message"), QStringLiteral("Risky attachment"),
            QStringLiteral("危険な添付ファイル") },
        { QStringLiteral("message_id_domain_mismatch"), QStringLiteral("message"),
            QStringLiteral("Message-ID from an unrelated domain"),
            QStringLiteral("Message-ID のドメインが送信元と無関係") },
        { QStringLiteral("mime_structure_ambiguous"), QStringLiteral("message"),
            QStringLiteral("Ambiguous MIME structure"), QStringLiteral("MIME 構造の解釈が曖昧") },
        { QStringLiteral("received_chain_anomaly"), QStringLiteral("message"),
            QStringLiteral("Inconsistent Received chain"), QStringLiteral("Received ヘッダの不整合") },
        { QStringLiteral("cc_altered"), QStringLiteral("case"), QStringLiteral("Cc addresses altered"),
            QStringLiteral("CC のアドレスの改変") },
        { QStringLiteral("cc_altered_to_freemail"), QStringLiteral("case"),
            QStringLiteral("Cc addresses altered to free-mail"), QStringLiteral("CC のフリーメールへの改変") },
        { QStringLiteral("sender_infrastructure_changed"), QStringLiteral("case"),
            QStringLiteral("Sender's infrastructure changed"), QStringLiteral("送信元の配送経路・認証結果の変化") },
        { QStringLiteral("reply_quotes_unsent_message"), QStringLiteral("case"),
            QStringLiteral("Reply quotes a message the sender never sent"),
            QStringLiteral("送信していないメールを引用した返信") },
        { QStringLiteral("bank_account_changed"), QStringLiteral("case"), QStringLiteral("Bank account changed"),
            QStringLiteral("振込先口座の変更") },
        { QStringLiteral("remittance_date_changed"), QStringLiteral("case"), QStringLiteral("Payment date changed"),
            QStringLiteral("支払期日の変更") },
        { QStringLiteral("thread_interjection"), QStringLiteral("case"),
            QStringLiteral("Attacker message inserted into a thread"),
            QStringLiteral("スレッドへの攻撃者メールの割り込み") },
    };
    return list;
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
