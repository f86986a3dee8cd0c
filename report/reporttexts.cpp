// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttexts.h"

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

QString t(ReportLanguage language, const QString& en, const QString& ja)
{
    return language == ReportLanguage::Japanese ? ja : en;
}

QList<Countermeasure> countermeasures(const CaseAnalysis& a)
{
    const QSet<QString> s = allSignals(a);
    bool anyAttacker = false;
    for (const CaseMessage& cm : a.messages)
        anyAttacker = anyAttacker || cm.actor == QLatin1String("attacker");
    QList<Countermeasure> out;
    auto add = [&out](const char* id, const QString& en, const QString& ja) {
        out.append({ QString::fromLatin1(id), en, ja });
    };
    const bool payment = any(s, { "bank_account_changed", "payment_change_request", "remittance_date_changed" });
    if (payment || a.becTypeSuggested == 1 || a.becTypeSuggested == 3) {
        add("verify-by-phone",
            QStringLiteral(
                "Verify every request to change a bank account or a payment date by telephone, using a number "
                "from your own records or the contract, never one given in the e-mail."),
            QStringLiteral("振込先口座や支払日の変更依頼は、メールに書かれた連絡先ではなく、契約書や既知の電話番号で"
                           "相手に電話して確認する。"));
        add("two-person-rule",
            QStringLiteral("Make changes of payment details need a second person's approval (an internal rule)."),
            QStringLiteral("振込先の変更には複数人の承認を必要とする社内ルールを整備する。"));
    }
    if (any(s,
            { "freemail_lookalike_of_known_party", "lookalike_domain", "display_name_contains_address",
                "display_name_address_domain_mismatch", "freemail_sender", "from_replyto_mismatch" })) {
        add("check-sender-address",
            QStringLiteral("Check the sender's full e-mail address, not only the display name: look for look-alike "
                           "domains ('rn' for 'm', added hyphens, another ending) and for free-mail addresses that "
                           "imitate a partner, and check where a reply would go (Reply-To)."),
            QStringLiteral(
                "差出人の表示名だけでなく、メールアドレス全体を確認する。類似ドメイン(m を rn にする、ハイフンを"
                "加える、末尾を変える)や取引先を装ったフリーメールアドレスに注意し、返信先(Reply-To)も確認する。"));
    }
    if (any(s, { "cc_altered", "cc_altered_to_freemail" })) {
        add("check-cc",
            QStringLiteral(
                "Before replying to all, check the Cc addresses: the attacker rewrote colleagues' addresses so "
                "that the real people never saw the fraud."),
            QStringLiteral("全員に返信する前に同報(Cc)のアドレスを確認する。攻撃者は同報先を書き換え、本物の関係者に"
                           "偽メールが届かないようにしていた。"));
    }
    if (any(s, { "spf_fail", "dmarc_fail", "dkim_missing_or_fail" })) {
        add("dmarc-reject",
            QStringLiteral("Publish SPF and DKIM for your domains and a DMARC policy of p=reject (at least "
                           "p=quarantine), and ask your partners to do the same: a forged sender address then no "
                           "longer reaches the inbox."),
            QStringLiteral(
                "自社ドメインに SPF と DKIM を設定し、DMARC ポリシーを p=reject(少なくとも p=quarantine)に"
                "する。取引先にも同じ設定を依頼する。これにより差出人を詐称したメールは受信箱に届かなくなる。"));
        add("flag-dmarc-fail",
            QStringLiteral(
                "Quarantine inbound mail that fails DMARC, and mark mail from outside the organisation with a "
                "visible warning."),
            QStringLiteral("DMARC 認証に失敗した受信メールは隔離し、組織外からのメールには注意喚起の表示を付ける。"));
    }
    if (any(s, { "thread_interjection", "sender_infrastructure_changed", "reply_quotes_unsent_message" })) {
        add("check-compromise",
            QStringLiteral("The attacker knew the ongoing exchange: check both sides' mailboxes for compromise "
                           "(forwarding rules, unknown sign-ins, remote-access tools), change the passwords and "
                           "turn on multi-factor authentication."),
            QStringLiteral("攻撃者は進行中のやりとりを把握していた。双方のメールアカウントの侵害(転送設定、不審な"
                           "サインイン、遠隔操作ツール)を調べ、パスワードを変更して多要素認証を有効にする。"));
    }
    if (s.contains(QStringLiteral("reply_quotes_unsent_message"))) {
        add("report-unsent-quotes",
            QStringLiteral("Treat a reply that quotes a message you never sent as a sign of an attack and report it at "
                           "once: in this case it was the first visible trace."),
            QStringLiteral("送った覚えのないメールを引用した返信が届いたら攻撃の兆候と考え、すぐに報告する。本事例では"
                           "これが最初に見えた痕跡だった。"));
    }
    if (any(s, { "display_name_contains_address", "jp_ceo_fraud_pattern", "cosmic_lynx_pattern" })
        || a.becTypeSuggested == 2) {
        add("confirm-executive",
            QStringLiteral("Confirm unusual or confidential requests from executives in person or by telephone; do "
                           "not answer them by e-mail."),
            QStringLiteral(
                "経営者等からの普段と異なる依頼や「極秘」の依頼は、メールで返信せず、対面や電話で本人に確認する。"));
    }
    if (s.contains(QStringLiteral("notification_headers_to_foreign_address")))
        add("no-receipts", QStringLiteral("Do not send read receipts to addresses outside the sender's organisation."),
            QStringLiteral("差出人の組織外のアドレスへ開封確認を送らない。"));
    if (any(s, { "risky_link", "link_text_mismatch" }))
        add("links",
            QStringLiteral("Do not follow links in such mail; enter passwords only on sites you reach yourself."),
            QStringLiteral("このようなメールのリンクは開かず、パスワードは自分でアクセスしたサイトでのみ入力する。"));
    if (s.contains(QStringLiteral("attachment_risky")))
        add("attachments",
            QStringLiteral("Do not open unexpected attachments or enable macros; have suspicious files checked."),
            QStringLiteral(
                "心当たりのない添付ファイルは開かず、マクロを有効にしない。不審なファイルは調査を依頼する。"));
    if (s.contains(QStringLiteral("tracking_beacon")))
        add("remote-images",
            QStringLiteral("Keep automatic loading of remote images off: it tells the sender that the mail was read."),
            QStringLiteral("リモート画像の自動読み込みを無効にする。開封したことが送信者に伝わるため。"));
    if (anyAttacker) {
        add("share",
            QStringLiteral("Share the indicators with the partner, the banks involved and your information-sharing "
                           "community, and keep the original messages (.eml/.msg) unchanged as evidence."),
            QStringLiteral("指標を取引先、関係する銀行、情報共有の枠組みと共有し、原本のメール(.eml/.msg)を改変せずに"
                           "証拠として保全する。"));
        add("awareness",
            QStringLiteral("Tell everyone who handles payments or executive requests about this case: knowing the "
                           "trick is what made the recipient stop."),
            QStringLiteral("支払いや経営者からの依頼を扱う担当者全員に本事例を周知する。手口を知っていることが被害を"
                           "防ぐ鍵となる。"));
    }
    return out;
}

QStringList tricks(const CaseAnalysis& a, ReportLanguage l)
{
    const QSet<QString> s = attackerSignals(a);
    const QSet<QString> all = allSignals(a);
    QStringList out;
    if (s.contains(QStringLiteral("thread_interjection")))
        out << t(l, QStringLiteral("interjection into an ongoing exchange between the parties"),
            QStringLiteral("当事者間のやりとりへの介入"));
    if (any(s, { "spf_fail", "dmarc_fail" }))
        out << t(l, QStringLiteral("a forged sender address (SPF/DMARC failed at the recipient)"),
            QStringLiteral("差出人アドレスの詐称(受信側で SPF/DMARC 認証に失敗)"));
    if (s.contains(QStringLiteral("freemail_lookalike_of_known_party")))
        out << t(l, QStringLiteral("free-mail addresses made to look like the parties' addresses"),
            QStringLiteral("関係者のアドレスに似せたフリーメールアドレスの悪用"));
    if (s.contains(QStringLiteral("lookalike_domain")))
        out << t(l, QStringLiteral("look-alike domains"), QStringLiteral("類似ドメインの使用"));
    if (any(s, { "display_name_contains_address", "display_name_address_domain_mismatch" }))
        out << t(l, QStringLiteral("the impersonated person's address written into the display name"),
            QStringLiteral("表示名への詐称相手のメールアドレスの記載"));
    if (s.contains(QStringLiteral("from_replyto_mismatch")))
        out << t(l, QStringLiteral("a Reply-To that sends replies to the attacker"),
            QStringLiteral("返信先(Reply-To)の細工"));
    if (s.contains(QStringLiteral("returnpath_mismatch")))
        out << t(l, QStringLiteral("an envelope sender (Return-Path) outside the impersonated organisation"),
            QStringLiteral("不達通知先(Return-Path)の細工"));
    if (any(s, { "cc_altered", "cc_altered_to_freemail" }))
        out << t(l, QStringLiteral("rewritten Cc addresses"), QStringLiteral("同報(Cc)メールアドレスの改変"));
    if (s.contains(QStringLiteral("notification_headers_to_foreign_address")))
        out << t(l, QStringLiteral("read/delivery receipts requested to the attacker's address"),
            QStringLiteral("開封・配信確認の通知先の細工"));
    if (any(s, { "bank_account_changed", "payment_change_request" }))
        out << t(l, QStringLiteral("a request to pay into a different bank account"),
            QStringLiteral("偽の口座への送金依頼"));
    if (s.contains(QStringLiteral("remittance_date_changed")))
        out << t(l, QStringLiteral("a request to change the payment date"), QStringLiteral("送金予定日の変更依頼"));
    if (all.contains(QStringLiteral("reply_quotes_unsent_message")))
        out << t(l, QStringLiteral("a reply quoting the forged mail reached the real party"),
            QStringLiteral("偽メールを引用した返信が本物の当事者に届いた"));
    return out;
}

QString duration(qint64 seconds, ReportLanguage l)
{
    const bool ja = l == ReportLanguage::Japanese;
    seconds = qAbs(seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return ja ? QStringLiteral("%1日%2時間").arg(days).arg(hours)
                  : QStringLiteral("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return ja ? QStringLiteral("%1時間%2分").arg(hours).arg(minutes)
                  : QStringLiteral("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return ja ? QStringLiteral("%1分").arg(minutes) : QStringLiteral("%1 min").arg(minutes);
    return ja ? QStringLiteral("%1秒").arg(seconds) : QStringLiteral("%1 s").arg(seconds);
}

QString damage(const QString& value, ReportLanguage l)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("yes"))
        return t(l, QStringLiteral("Yes"), QStringLiteral("あり"));
    if (v == QLatin1String("no"))
        return t(l, QStringLiteral("No"), QStringLiteral("なし"));
    if (v == QLatin1String("unknown"))
        return t(l, QStringLiteral("Unknown"), QStringLiteral("不明"));
    return t(l, QStringLiteral("Not recorded"), QStringLiteral("未記録"));
}

QString becType(const ReportInput& in, ReportLanguage l)
{
    const bool ja = l == ReportLanguage::Japanese;
    if (in.becType > 0)
        return ja ? becTypeNameJa(in.becType) : becTypeNameEn(in.becType);
    if (in.analysis.becTypeSuggested > 0)
        return (ja ? becTypeNameJa(in.analysis.becTypeSuggested) : becTypeNameEn(in.analysis.becTypeSuggested))
            + t(l, QStringLiteral(" (suggested by MailTriage, not yet confirmed by the analyst)"),
                QStringLiteral("(MailTriage による推定、分析者未確認)"));
    return t(l, QStringLiteral("Not determined"), QStringLiteral("未判定"));
}

QString signalTitle(const QString& signal, ReportLanguage l)
{
    const FindingTexts::SignalText* st = FindingTexts::find(signal);
    if (!st)
        return signal;
    return l == ReportLanguage::Japanese ? st->titleJa : st->titleEn;
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
    for (const CaseMessage& cm : a.messages) {
        if (!first.isValid() && cm.message.date.isValid())
            first = cm.message.date;
        if (cm.actor == QLatin1String("attacker")) {
            ++attackerCount;
            if (cm.senderParty >= 0 && cm.senderParty < a.parties.size()) {
                const QString who = an.organisation(a.parties[cm.senderParty].label, l);
                if (!impersonated.contains(who))
                    impersonated << who;
            }
            for (int p : cm.recipientParties) {
                if (p >= 0 && p < a.parties.size()) {
                    const QString who = an.organisation(a.parties[p].label, l);
                    if (!targets.contains(who))
                        targets << who;
                }
            }
        }
    }
    for (const Party& p : a.parties) {
        if (p.role == QLatin1String("party"))
            parties << an.organisation(p.label, l);
    }
    const QString when = first.isValid()
        ? (ja ? QStringLiteral("%1年%2月").arg(first.date().year()).arg(first.date().month())
              : QLocale(QLocale::English).toString(first.date(), QStringLiteral("MMMM yyyy")))
        : QString();
    const QString sep = ja ? QStringLiteral("と") : QStringLiteral(" and ");
    const QString list = ja ? QStringLiteral("、") : QStringLiteral(", ");
    QString s;
    if (attackerCount == 0) {
        s = ja
            ? QStringLiteral("%1、%2の間のメールのやりとりを分析したが、攻撃者によるメールは確認されなかった。")
                  .arg(when, parties.join(sep))
            : QStringLiteral("In %1 the e-mail exchange between %2 was analysed; no message of an attacker was found.")
                  .arg(when, parties.join(sep));
        return s;
    }
    const QString imp
        = impersonated.isEmpty() ? t(l, QStringLiteral("a party"), QStringLiteral("関係者")) : impersonated.join(sep);
    const QString tgt
        = targets.isEmpty() ? t(l, QStringLiteral("the recipient"), QStringLiteral("受信者")) : targets.join(sep);
    if (ja) {
        s = QStringLiteral(
            "%1、%2の間のメールのやりとりにおいて、%3の担当者になりすました攻撃者が、%4へ偽のメールを%5通送った。")
                .arg(when, parties.join(sep), imp, tgt)
                .arg(attackerCount);
    } else {
        s = QStringLiteral("In %1, during an e-mail exchange between %2, an attacker impersonating %3 sent %4 forged "
                           "message%5 to %6.")
                .arg(when, parties.join(sep), imp)
                .arg(attackerCount)
                .arg(attackerCount == 1 ? QString() : QStringLiteral("s"), tgt);
    }
    const QStringList tr = tricks(a, l);
    if (!tr.isEmpty())
        s += ja ? QString(QStringLiteral("手口: ") + tr.join(list) + QStringLiteral("。"))
                : QString(QStringLiteral(" Tricks used: ") + tr.join(QStringLiteral("; ")) + QLatin1Char('.'));
    return s;
}

} // namespace MailTriage::ReportTexts
