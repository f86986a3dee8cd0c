// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "findingtexts.h"
#include "paymentdetails.h"
#include "reportfonts.h"
#include "reporttexts.h"
#include "stixexport.h"
#include "timelinefigure.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimeZone>

namespace MailTriage::ReportWriter {

namespace {

    using ReportTexts::t;

    // A4 in points, and the page frame.
    constexpr qreal kPageW = 595.28;
    constexpr qreal kPageH = 841.89;
    constexpr qreal kMarginL = 54;
    constexpr qreal kMarginR = 54;
    constexpr qreal kMarginT = 70;
    constexpr qreal kMarginB = 62;
    constexpr qreal kContentW = kPageW - kMarginL - kMarginR;
    constexpr qreal kContentH = kPageH - kMarginT - kMarginB;

    const QString kTimelineMarker = QStringLiteral("@@MAILTRIAGE-TIMELINE-%1@@");

    /// A document that never loads anything: no remote (or local) resources in a report.
    class ReportDocument : public QTextDocument {
    public:
        using QTextDocument::QTextDocument;

    protected:
        QVariant loadResource(int, const QUrl&) override { return {}; }
    };

    QString esc(const QString& s)
    {
        return s.toHtmlEscaped();
    }

    QString fmtDate(const QDateTime& d, ReportLanguage l)
    {
        if (!d.isValid())
            return t(l, QStringLiteral("unknown"), QStringLiteral("不明"));
        if (l == ReportLanguage::Japanese)
            return QStringLiteral("%1年%2月%3日").arg(d.date().year()).arg(d.date().month()).arg(d.date().day());
        return d.toString(QStringLiteral("yyyy-MM-dd"));
    }

    QString fmtDateTime(const QDateTime& d, const QTimeZone& zone)
    {
        return d.isValid() ? d.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("--");
    }

    QString severityLabel(Severity s, ReportLanguage l)
    {
        switch (s) {
        case Severity::High:
            return t(l, QStringLiteral("High"), QStringLiteral("高"));
        case Severity::Medium:
            return t(l, QStringLiteral("Medium"), QStringLiteral("中"));
        case Severity::Low:
            return t(l, QStringLiteral("Low"), QStringLiteral("低"));
        case Severity::Info:
            break;
        }
        return t(l, QStringLiteral("Info"), QStringLiteral("情報"));
    }

    QString severityColor(Severity s)
    {
        switch (s) {
        case Severity::High:
            return QStringLiteral("#c0392b");
        case Severity::Medium:
            return QStringLiteral("#b9770e");
        default:
            return QStringLiteral("#5d6d7e");
        }
    }

    QString typeLabel(const QString& type, ReportLanguage l)
    {
        struct Name {
            const char* id;
            const char* en;
            const char* ja;
        };
        static const Name names[] = { { "email-addr", "e-mail address", "メールアドレス" },
            { "domain-name", "domain", "ドメイン" }, { "ipv4-addr", "IPv4 address", "IPv4 アドレス" },
            { "ipv6-addr", "IPv6 address", "IPv6 アドレス" }, { "url", "URL", "URL" },
            { "file", "file (SHA-256)", "ファイル(SHA-256)" }, { "hostname", "host name", "ホスト名" },
            { "bank-account", "bank account", "銀行口座" }, { "phone", "telephone", "電話番号" } };
        for (const Name& n : names) {
            if (type == QLatin1String(n.id))
                return l == ReportLanguage::Japanese ? QString::fromUtf8(n.ja) : QString::fromUtf8(n.en);
        }
        return type;
    }

    QString tlpColor(const QString& tlp)
    {
        const QString u = tlp.toUpper();
        if (u.contains(QLatin1String("RED")))
            return QStringLiteral("#ff2b2b");
        if (u.contains(QLatin1String("AMBER")))
            return QStringLiteral("#ffc000");
        if (u.contains(QLatin1String("GREEN")))
            return QStringLiteral("#33ff00");
        return QStringLiteral("#ffffff");
    }

    /// Header fields shown in an excerpt, in the message's own order.
    bool excerptField(const HeaderField& h)
    {
        static const char* const names[] = { "Return-Path", "Received", "Authentication-Results", "Received-SPF",
            "From", "Sender", "Reply-To", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To",
            "Disposition-Notification-To", "Return-Receipt-To", "X-Originating-IP", "X-Mailer", "User-Agent",
            "DKIM-Signature", "ARC-Authentication-Results" };
        for (const char* n : names) {
            if (h.is(n))
                return true;
        }
        return false;
    }

    QString excerptValue(const HeaderField& h)
    {
        QString v = h.value;
        if (h.is("DKIM-Signature")) {
            // The signature and body hash say nothing to a reader; the signing domain does.
            QStringList keep;
            for (const QString& tag : v.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const QString k = tag.trimmed().section(QLatin1Char('='), 0, 0);
                if (k == QLatin1String("d") || k == QLatin1String("s") || k == QLatin1String("a")
                    || k == QLatin1String("v"))
                    keep << tag.trimmed();
            }
            v = keep.join(QStringLiteral("; ")) + QStringLiteral("; …");
        }
        if (v.size() > 700)
            v = v.left(700) + QStringLiteral(" …");
        return v;
    }

    struct Builder {
        const ReportInput& in;
        const Anonymizer& an;
        const Options& opt;
        ReportLanguage l;
        QTimeZone zone;
        QString generated;
        QList<TimelineFigure> figures;
        int rowsPerFigure = 14;

        Builder(const ReportInput& input, const Anonymizer& anonymizer, const Options& options)
            : in(input)
            , an(anonymizer)
            , opt(options)
            , l(options.language)
        {
            int offset = 0;
            for (const CaseMessage& cm : in.analysis.messages) {
                if (cm.message.date.isValid()) {
                    offset = cm.message.date.offsetFromUtc();
                    break;
                }
            }
            zone = QTimeZone(offset);
            const QDateTime g = opt.generatedAt.isValid() ? opt.generatedAt : QDateTime::currentDateTimeUtc();
            generated = g.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
        }

        QString zoneName() const
        {
            const int o = zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
            return QStringLiteral("UTC%1%2:%3")
                .arg(o < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                .arg(qAbs(o) / 3600, 2, 10, QLatin1Char('0'))
                .arg((qAbs(o) % 3600) / 60, 2, 10, QLatin1Char('0'));
        }

        QString tx(const QString& s) const { return esc(an.text(s, l)); }

        QString title() const
        {
            const QString own = an.text(in.title.trimmed(), l);
            if (!own.isEmpty())
                return own;
            const int type = in.becType > 0 ? in.becType : in.analysis.becTypeSuggested;
            if (type > 0)
                return t(l,
                    QStringLiteral("Business e-mail compromise: %1")
                        .arg(becTypeNameEn(type).section(QStringLiteral(": "), 1)),
                    QStringLiteral("ビジネスメール詐欺の事例:%1")
                        .arg(becTypeNameJa(type).section(QStringLiteral(": "), 1)));
            return t(l, QStringLiteral("Suspicious e-mail case"), QStringLiteral("不審メールの事例"));
        }

        QList<int> attackerMessages() const
        {
            QList<int> out;
            for (int i = 0; i < in.analysis.messages.size(); ++i) {
                if (in.analysis.messages[i].actor == QLatin1String("attacker"))
                    out << i;
            }
            return out;
        }

        QDateTime received() const
        {
            if (in.received.isValid())
                return in.received;
            for (int i : attackerMessages()) {
                if (in.analysis.messages[i].message.date.isValid())
                    return in.analysis.messages[i].message.date;
            }
            return in.analysis.messages.isEmpty() ? QDateTime() : in.analysis.messages.first().message.date;
        }

        QString metaRow(const QString& key, const QString& valueHtml) const
        {
            return QStringLiteral("<tr><td width=\"28%\" style=\"color:#5d6d7e;\">%1</td><td>%2</td></tr>")
                .arg(esc(key), valueHtml);
        }

        QString titlePage() const
        {
            const CaseAnalysis& a = in.analysis;
            QString h;
            h += QStringLiteral(
                "<p style=\"font-size:8.5pt; color:#5d6d7e; margin-top:18pt; margin-bottom:2pt;\">%1</p>")
                     .arg(esc(t(l, QStringLiteral("INCIDENT REPORT  ·  BUSINESS E-MAIL COMPROMISE"),
                         QStringLiteral("インシデント報告書 ・ ビジネスメール詐欺(BEC)"))));
            h += QStringLiteral("<h1>%1</h1>").arg(esc(title()));
            h += QStringLiteral("<p style=\"color:#5d6d7e;\">%1</p>")
                     .arg(esc(t(l, QStringLiteral("Case %1  ·  generated %2"), QStringLiteral("事例 %1 ・ 作成 %2"))
                                  .arg(an.caseId(), generated)));
            // Key facts.
            int copies = 0;
            QDateTime first, last;
            for (const CaseMessage& cm : a.messages) {
                copies += int(cm.copies.size());
                if (cm.message.date.isValid()) {
                    if (!first.isValid() || cm.message.date < first)
                        first = cm.message.date;
                    if (!last.isValid() || cm.message.date > last)
                        last = cm.message.date;
                }
            }
            QString meta = QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"margin-top:6pt;\">");
            meta += metaRow(t(l, QStringLiteral("Case"), QStringLiteral("事例番号")), esc(an.caseId()));
            QStringList parties;
            for (const Party& p : a.parties) {
                if (p.role == QLatin1String("party"))
                    parties << an.organisation(p.label, l);
            }
            meta += metaRow(t(l, QStringLiteral("Parties"), QStringLiteral("当事者")),
                esc(parties.join(t(l, QStringLiteral(", "), QStringLiteral("、")))));
            meta += metaRow(t(l, QStringLiteral("Messages analysed"), QStringLiteral("分析したメール")),
                esc(t(l, QStringLiteral("%1 distinct messages (%2 copies in the mailboxes), %3 from the attacker"),
                    QStringLiteral("%1 通(メールボックス内の写し %2 件)、うち攻撃者からのメール %3 通"))
                        .arg(a.messages.size())
                        .arg(copies)
                        .arg(attackerMessages().size())));
            meta += metaRow(t(l, QStringLiteral("Period"), QStringLiteral("期間")),
                esc(fmtDate(first, l) + QStringLiteral(" – ") + fmtDate(last, l)));
            meta += metaRow(
                t(l, QStringLiteral("BEC type"), QStringLiteral("BEC のタイプ")), esc(ReportTexts::becType(in, l)));
            meta += metaRow(t(l, QStringLiteral("Anonymization"), QStringLiteral("匿名化")),
                esc(an.options().anonymize
                        ? t(l,
                            QStringLiteral("People, organisations, addresses, domains and internal IPs are replaced by "
                                           "pseudonyms; attacker indicators are kept, defanged."),
                            QStringLiteral("人名・組織名・メールアドレス・ドメイン・内部 IP アドレスは仮名に置き換え、"
                                           "攻撃者の指標は無害化して記載。"))
                        : t(l,
                            QStringLiteral("Not anonymized: for internal use only. Attacker indicators are defanged."),
                            QStringLiteral("匿名化なし(内部利用のみ)。攻撃者の指標は無害化して記載。"))));
            meta += QStringLiteral("</table>");
            h += meta;

            // Table 1, after the reports' Table 3.
            h += QStringLiteral("<p class=\"caption\">%1</p>")
                     .arg(esc(t(l, QStringLiteral("Table 1  Case summary"), QStringLiteral("表 1 事例概要"))));
            h += QStringLiteral(
                "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
            h += QStringLiteral(
                "<thead><tr><th width=\"6%\">%1</th><th width=\"15%\">%2</th><th>%3</th><th width=\"18%\">%4</th>"
                "<th width=\"11%\">%5</th></tr></thead>")
                     .arg(esc(t(l, QStringLiteral("No."), QStringLiteral("項番"))),
                         esc(t(l, QStringLiteral("Date received"), QStringLiteral("情報提供日"))),
                         esc(t(l, QStringLiteral("Summary"), QStringLiteral("事例概要"))),
                         esc(t(l, QStringLiteral("BEC type"), QStringLiteral("タイプ"))),
                         esc(t(l, QStringLiteral("Damage"), QStringLiteral("被害の有無"))));
            h += QStringLiteral("<tr><td>1.</td><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr></table>")
                     .arg(esc(fmtDate(received(), l)), esc(ReportTexts::caseSummary(in, an, l)),
                         esc(ReportTexts::becType(in, l)), esc(ReportTexts::damage(in.damage, l)));

            const QStringList tr = ReportTexts::tricks(a, l);
            if (!tr.isEmpty()) {
                h += QStringLiteral("<h3>%1</h3>")
                         .arg(esc(t(l, QStringLiteral("Tricks used"), QStringLiteral("使われた手口"))));
                h += QStringLiteral("<p>%1</p>")
                         .arg(esc(t(l, QStringLiteral("In this case the following tricks were used:"),
                             QStringLiteral("本事例では、詐欺の過程において、次の手口が使われた。"))));
                h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
                for (int i = 0; i < tr.size(); ++i)
                    h += QStringLiteral("<tr><td width=\"22\" style=\"color:#1f3a5f;\">(%1)</td><td>%2</td></tr>")
                             .arg(i + 1)
                             .arg(esc(tr[i]));
                h += QStringLiteral("</table>");
            }
            const QStringList reasons = l == ReportLanguage::Japanese ? a.becTypeReasonsJa : a.becTypeReasonsEn;
            if (!reasons.isEmpty()) {
                h += QStringLiteral("<h3>%1</h3>")
                         .arg(esc(t(l, QStringLiteral("Why this type"), QStringLiteral("タイプ判定の根拠"))));
                h += QStringLiteral("<ul>");
                for (const QString& r : reasons)
                    h += QStringLiteral("<li>%1</li>").arg(tx(r));
                h += QStringLiteral("</ul>");
            }
            // The three most important countermeasures, as the reports' summaries give them.
            const QList<ReportTexts::Countermeasure> cms = ReportTexts::countermeasures(a);
            if (!cms.isEmpty()) {
                h += QStringLiteral("<h3>%1</h3><ul>")
                         .arg(esc(t(l, QStringLiteral("What to do first"), QStringLiteral("まず行うべき対策"))));
                for (int i = 0; i < cms.size() && i < 3; ++i)
                    h += QStringLiteral("<li>%1</li>").arg(esc(l == ReportLanguage::Japanese ? cms[i].ja : cms[i].en));
                h += QStringLiteral("</ul><p class=\"muted\">%1</p>")
                         .arg(esc(t(l, QStringLiteral("All countermeasures: section 5."),
                             QStringLiteral("対策の一覧は 5 章を参照。"))));
            }
            return h;
        }

        QString timelineSection()
        {
            QString h = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
                            .arg(esc(t(l, QStringLiteral("1  Timeline of the exchange"),
                                QStringLiteral("1 攻撃者とのやりとり"))));
            const QList<int> att = attackerMessages();
            QString intro;
            if (!att.isEmpty()) {
                const TimelineEvent* firstAttack = nullptr;
                for (const TimelineEvent& e : in.analysis.timeline) {
                    if (e.actor == QLatin1String("attacker")) {
                        firstAttack = &e;
                        break;
                    }
                }
                intro = t(l,
                    QStringLiteral(
                        "Figure 1 shows every distinct message of the case in true time order, one lane per "
                        "organisation and one for the attacker. Red arrows are the attacker's messages (%1 of %2)."),
                    QStringLiteral(
                        "図 1 に、本事例のメールを実際の時刻順に示す(組織ごとのレーンと攻撃者のレーン)。赤の矢印が"
                        "攻撃者からのメールである(%2 通中 %1 通)。"))
                            .arg(att.size())
                            .arg(in.analysis.messages.size());
                if (firstAttack && firstAttack->gapSeconds >= 0 && firstAttack->message > 0) {
                    const CaseMessage& prev = in.analysis.messages[firstAttack->message - 1];
                    const QString who = prev.senderParty >= 0 && prev.senderParty < in.analysis.parties.size()
                        ? an.organisation(in.analysis.parties[prev.senderParty].label, l)
                        : t(l, QStringLiteral("a party"), QStringLiteral("当事者"));
                    intro += QLatin1Char(' ')
                        + t(l,
                            QStringLiteral(
                                "The attacker's first message (#%1) came %2 after the previous message of %3 (#%4)."),
                            QStringLiteral("攻撃者の最初のメール(#%1)は、%3 のメール(#%4)の %2 後に送られている。"))
                              .arg(firstAttack->message + 1)
                              .arg(ReportTexts::duration(firstAttack->gapSeconds, l), who)
                              .arg(firstAttack->message);
                }
            } else {
                intro = t(l, QStringLiteral("Figure 1 shows every distinct message of the case in true time order."),
                    QStringLiteral("図 1 に、本事例のメールを実際の時刻順に示す。"));
            }
            h += QStringLiteral("<p>%1</p>").arg(esc(intro));
            const TimelineFigure whole = TimelineFigure::build(in.analysis, an, l);
            figures = whole.split(rowsPerFigure);
            for (int i = 0; i < figures.size(); ++i) {
                h += QStringLiteral("<p align=\"center\" style=\"margin-top:6pt;\">%1</p>").arg(kTimelineMarker.arg(i));
                QString caption = t(
                    l, QStringLiteral("Fig. 1  Exchange with the attacker"), QStringLiteral("図 1 攻撃者とのやりとり"));
                if (figures.size() > 1)
                    caption += QStringLiteral(" (%1/%2)").arg(i + 1).arg(figures.size());
                caption += t(l, QStringLiteral(" — times in %1"), QStringLiteral("(時刻は %1)")).arg(whole.timeZone);
                h += QStringLiteral("<p class=\"caption\" align=\"center\">%1</p>").arg(esc(caption));
            }
            return h;
        }

        QString excerptTable(const Message& m) const
        {
            // Which fields the findings point at.
            QSet<qint64> offsets;
            QSet<QString> names;
            for (const Finding& f : m.findings) {
                if (f.severity < Severity::Low)
                    continue;
                if (f.offset >= 0)
                    offsets.insert(f.offset);
                else if (!f.header.isEmpty())
                    names.insert(f.header.toLower());
            }
            QSet<QString> namesDone;
            QString rows;
            int shown = 0;
            for (const HeaderField& hf : m.headers()) {
                if (!excerptField(hf) || shown >= 40)
                    continue;
                ++shown;
                const QString name = QString::fromLatin1(hf.name);
                bool hit = offsets.contains(hf.offset);
                if (!hit && names.contains(name.toLower()) && !namesDone.contains(name.toLower())) {
                    hit = true;
                    namesDone.insert(name.toLower());
                }
                const QString value = an.text(excerptValue(hf), l);
                rows += QStringLiteral(
                    "<p style=\"margin:0; %1\"><span style=\"color:%2; font-weight:bold;\">%3:</span> %4</p>")
                            .arg(hit ? QStringLiteral("background-color:#fbe3df;") : QString(),
                                hit ? QStringLiteral("#c0392b") : QStringLiteral("#1f3a5f"), esc(name), esc(value));
            }
            return QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" bgcolor=\"#f6f8fa\" border=\"1\" "
                "style=\"border-color:#d5dbe3; border-style:solid;\"><tr><td class=\"mono\">%1</td></tr></table>")
                .arg(rows);
        }

        QString bodyExcerpt(const Message& m) const
        {
            QString own = PaymentDetails::ownText(m.bodyText()).trimmed();
            QStringList lines = own.split(QLatin1Char('\n'));
            bool cut = false;
            if (lines.size() > 18) {
                lines = lines.mid(0, 18);
                cut = true;
            }
            QString text = lines.join(QLatin1Char('\n')).trimmed();
            if (text.size() > 1500) {
                text = text.left(1500);
                cut = true;
            }
            if (text.isEmpty())
                return {};
            QString html;
            for (const QString& line : an.text(text, l).split(QLatin1Char('\n')))
                html += QStringLiteral("<p style=\"margin:0;\">%1</p>")
                            .arg(line.isEmpty() ? QStringLiteral("&nbsp;") : esc(line));
            if (cut)
                html += QStringLiteral("<p style=\"margin:0; color:#5d6d7e;\">%1</p>")
                            .arg(esc(t(l, QStringLiteral("[… shortened]"), QStringLiteral("[… 以下省略]"))));
            return QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" bgcolor=\"#fbfbfc\" border=\"1\" "
                "style=\"border-color:#d5dbe3; border-style:solid;\"><tr><td class=\"mono\">%1</td></tr></table>")
                .arg(html);
        }

        QString addressList(const QList<Mailbox>& list) const
        {
            QStringList out;
            for (const Mailbox& mb : list)
                out << an.mailbox(mb, l);
            return esc(out.join(QStringLiteral(", ")));
        }

        QString attackerSection() const
        {
            const QList<int> att = attackerMessages();
            if (att.isEmpty())
                return {};
            QString h = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
                            .arg(esc(t(l, QStringLiteral("2  The attacker's messages"),
                                QStringLiteral("2 攻撃者からのメール"))));
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(t(l,
                         QStringLiteral(
                             "For each message of the attacker: its envelope, the relevant header fields as they "
                             "arrived (anonymized; the highlighted lines are where the findings come from), what "
                             "the headers show, and the beginning of the text."),
                         QStringLiteral(
                             "攻撃者からの各メールについて、宛先等の概要、受信時のヘッダの抜粋(匿名化済み。検出結果の"
                             "根拠となる行を強調表示)、ヘッダから分かること、本文の冒頭を示す。"))));
            int sub = 0;
            for (int i : att) {
                const CaseMessage& cm = in.analysis.messages[i];
                const Message& m = cm.message;
                ++sub;
                h += QStringLiteral("<h3%1>2.%2  #%3  %4</h3>")
                         .arg(sub > 1 ? QStringLiteral(" style=\"page-break-before: always;\"") : QString())
                         .arg(sub)
                         .arg(i + 1)
                         .arg(esc(fmtDateTime(m.date, zone) + QStringLiteral(" (") + zoneName() + QStringLiteral(")")));
                QString meta = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
                meta += metaRow(t(l, QStringLiteral("Subject"), QStringLiteral("件名")), tx(m.subject));
                meta += metaRow(QStringLiteral("From"), esc(an.mailbox(m.from, l)));
                if (!m.replyTo.isEmpty())
                    meta += metaRow(QStringLiteral("Reply-To"), addressList(m.replyTo));
                meta += metaRow(QStringLiteral("To"), addressList(m.to));
                if (!m.cc.isEmpty())
                    meta += metaRow(QStringLiteral("Cc"), addressList(m.cc));
                if (cm.senderParty >= 0 && cm.senderParty < in.analysis.parties.size())
                    meta += metaRow(t(l, QStringLiteral("Posing as"), QStringLiteral("詐称した相手")),
                        esc(an.organisation(in.analysis.parties[cm.senderParty].label, l)));
                QStringList atts;
                for (const Attachment& at : m.attachments)
                    atts << t(
                        l, QStringLiteral("%1 (%2 bytes, SHA-256 %3)"), QStringLiteral("%1(%2 バイト、SHA-256 %3)"))
                                .arg(an.text(at.filename, l))
                                .arg(at.size)
                                .arg(QString::fromLatin1(at.sha256));
                if (!atts.isEmpty())
                    meta += metaRow(t(l, QStringLiteral("Attachments"), QStringLiteral("添付ファイル")),
                        QStringLiteral("<span style=\"font-size:7.5pt;\">%1</span>")
                            .arg(esc(atts.join(QStringLiteral("; ")))));
                meta += QStringLiteral("</table>");
                h += meta;
                h += QStringLiteral("<p class=\"caption\">%1</p>")
                         .arg(esc(t(l, QStringLiteral("Header excerpt of #%1"), QStringLiteral("#%1 のヘッダ抜粋"))
                                      .arg(i + 1)));
                h += excerptTable(m);
                // What the headers show.
                QString items;
                QSet<QString> seen;
                for (const Finding& f : m.findings) {
                    if (f.severity < Severity::Low)
                        continue;
                    const QString text = an.text(l == ReportLanguage::Japanese ? f.textJa : f.textEn, l);
                    if (seen.contains(f.signal + text))
                        continue;
                    seen.insert(f.signal + text);
                    items += QStringLiteral(
                        "<li><span style=\"color:%1; font-weight:bold;\">[%2]</span> <b>%3</b>: %4</li>")
                                 .arg(severityColor(f.severity), esc(severityLabel(f.severity, l)),
                                     esc(ReportTexts::signalTitle(f.signal, l)), esc(text));
                }
                if (!cm.attackerReasons.isEmpty()) {
                    QStringList why;
                    for (const QString& r : cm.attackerReasons)
                        why << an.text(r, l);
                    items += QStringLiteral("<li><b>%1</b>: %2</li>")
                                 .arg(esc(t(l, QStringLiteral("Why MailTriage classes it as the attacker's"),
                                          QStringLiteral("攻撃者のメールと判定した理由"))),
                                     esc(why.join(QStringLiteral("; "))));
                }
                if (!items.isEmpty()) {
                    h += QStringLiteral("<p class=\"caption\">%1</p><ul>%2</ul>")
                             .arg(esc(t(l, QStringLiteral("What the headers and the content show"),
                                      QStringLiteral("ヘッダと内容から分かること"))),
                                 items);
                }
                const QString body = bodyExcerpt(m);
                if (!body.isEmpty()) {
                    h += QStringLiteral("<p class=\"caption\">%1</p>")
                             .arg(esc(t(l, QStringLiteral("Beginning of the text (anonymized)"),
                                 QStringLiteral("本文の冒頭(匿名化済み)"))));
                    h += body;
                }
            }
            return h;
        }

        QString findingsSection() const
        {
            QString rows;
            for (int i = 0; i < in.analysis.messages.size(); ++i) {
                const CaseMessage& cm = in.analysis.messages[i];
                QSet<QString> seen;
                for (const Finding& f : cm.message.findings) {
                    if (f.severity < Severity::Low)
                        continue;
                    const QString text = an.text(l == ReportLanguage::Japanese ? f.textJa : f.textEn, l);
                    if (seen.contains(f.signal + text))
                        continue;
                    seen.insert(f.signal + text);
                    rows += QStringLiteral(
                        "<tr><td>#%1</td><td><b>%2</b><br/><span style=\"font-size:7pt; color:#5d6d7e;\">%3</span></td>"
                        "<td style=\"color:%4;\">%5</td><td>%6</td></tr>")
                                .arg(i + 1)
                                .arg(esc(ReportTexts::signalTitle(f.signal, l)), esc(f.signal),
                                    severityColor(f.severity), esc(severityLabel(f.severity, l)), esc(text));
                }
            }
            QString h = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
                            .arg(esc(t(l, QStringLiteral("3  Findings"), QStringLiteral("3 検出結果"))));
            if (rows.isEmpty())
                return h
                    + QStringLiteral("<p>%1</p>")
                          .arg(esc(t(l, QStringLiteral("No findings."), QStringLiteral("検出結果はない。"))));
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(t(l,
                         QStringLiteral("Every finding of low severity or above, per message (#n as in figure 1)."),
                         QStringLiteral("重要度「低」以上の検出結果をメールごとに示す(#n は図 1 の番号)。"))));
            h += QStringLiteral("<p class=\"caption\">%1</p>")
                     .arg(esc(t(l, QStringLiteral("Table 2  Findings"), QStringLiteral("表 2 検出結果"))));
            h += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                                "<thead><tr><th width=\"6%\">#</th><th width=\"27%\">%1</th><th "
                                "width=\"11%\">%2</th><th>%3</th></tr></thead>%4</table>")
                     .arg(esc(t(l, QStringLiteral("Finding"), QStringLiteral("検出項目"))),
                         esc(t(l, QStringLiteral("Severity"), QStringLiteral("重要度"))),
                         esc(t(l, QStringLiteral("Explanation"), QStringLiteral("説明"))), rows);
            return h;
        }

        QString indicatorsSection() const
        {
            QString h = QStringLiteral("<h2>%1</h2>")
                            .arg(esc(t(l, QStringLiteral("4  Indicators"), QStringLiteral("4 攻撃の指標"))));
            const QList<Indicator>& inds = an.indicators();
            if (inds.isEmpty())
                return h
                    + QStringLiteral("<p>%1</p>")
                          .arg(esc(
                              t(l, QStringLiteral("No attacker indicators."), QStringLiteral("攻撃者の指標はない。"))));
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(t(l,
                         QStringLiteral(
                             "What the attacker used, for blocking and searching. Values are defanged so that "
                             "nothing is clickable: read [.] as '.', [@] as '@', [:] as ':', hxxp as http. Values "
                             "that carried a party's name are anonymized like the rest of the report."),
                         QStringLiteral(
                             "攻撃者が使用したもの(ブロックや検索に利用)。誤ってアクセスしないよう無害化して記載する:"
                             "[.] は「.」、[@] は「@」、[:] は「:」、hxxp は http と読み替える。当事者の名称を含む値は"
                             "本報告書の他の部分と同様に匿名化している。"))));
            QHash<QString, int> numberOf;
            for (int i = 0; i < in.analysis.messages.size(); ++i)
                numberOf.insert(in.analysis.messages[i].message.messageId, i + 1);
            QString rows;
            for (const Indicator& ind : inds) {
                QStringList nums;
                for (const QString& id : ind.messageIds)
                    nums << QStringLiteral("#%1").arg(numberOf.value(id));
                QString value = esc(ind.shown);
                if (ind.type == QLatin1String("file"))
                    value = esc(ind.fileName)
                        + QStringLiteral("<br/><span style=\"font-size:6.5pt;\">%1</span>").arg(esc(ind.sha256));
                else if (ind.type == QLatin1String("bank-account") && !ind.fileName.isEmpty())
                    value += QStringLiteral("<br/>") + esc(ind.fileName);
                rows += QStringLiteral("<tr><td>%1</td><td class=\"mono\">%2</td><td>%3</td><td>%4</td></tr>")
                            .arg(esc(typeLabel(ind.type, l)), value,
                                esc(l == ReportLanguage::Japanese ? ind.roleJa : ind.role),
                                esc(nums.join(QLatin1Char(' '))));
            }
            h += QStringLiteral("<p class=\"caption\">%1</p>")
                     .arg(esc(t(l, QStringLiteral("Table 3  Indicators"), QStringLiteral("表 3 攻撃の指標"))));
            h += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                                "<thead><tr><th width=\"15%\">%1</th><th width=\"42%\">%2</th><th>%3</th><th "
                                "width=\"12%\">%4</th></tr></thead>%5</table>")
                     .arg(esc(t(l, QStringLiteral("Type"), QStringLiteral("種別"))),
                         esc(t(l, QStringLiteral("Value"), QStringLiteral("値"))),
                         esc(t(l, QStringLiteral("What it was"), QStringLiteral("用途"))),
                         esc(t(l, QStringLiteral("Messages"), QStringLiteral("メール"))), rows);
            return h;
        }

        QString countermeasuresSection() const
        {
            const QList<ReportTexts::Countermeasure> cms = ReportTexts::countermeasures(in.analysis);
            QString h = QStringLiteral("<h2>%1</h2>")
                            .arg(esc(t(l, QStringLiteral("5  Countermeasures"), QStringLiteral("5 対策"))));
            if (cms.isEmpty())
                return h
                    + QStringLiteral("<p>%1</p>")
                          .arg(esc(t(l, QStringLiteral("None specific to this case."),
                              QStringLiteral("本事例に固有の対策はない。"))));
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(t(l, QStringLiteral("Chosen from what this case shows:"),
                         QStringLiteral("本事例で確認された内容から、次の対策を推奨する。"))));
            h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
            for (int i = 0; i < cms.size(); ++i)
                h += QStringLiteral(
                    "<tr><td width=\"28\" style=\"color:#1f3a5f; font-weight:bold;\">%1.</td><td>%2</td></tr>")
                         .arg(i + 1)
                         .arg(esc(l == ReportLanguage::Japanese ? cms[i].ja : cms[i].en));
            h += QStringLiteral("</table>");
            return h;
        }

        QString notesSection() const
        {
            QString h;
            const QString notes = an.text(in.notes.trimmed(), l);
            QStringList tags;
            for (const QString& tg : in.tags) {
                const QString x = an.text(tg.trimmed(), l);
                if (!x.isEmpty())
                    tags << x;
            }
            if (!notes.isEmpty() || !tags.isEmpty()) {
                h += QStringLiteral("<h2>%1</h2>")
                         .arg(esc(t(l, QStringLiteral("6  Analyst notes"), QStringLiteral("6 分析者のメモ"))));
                if (!tags.isEmpty())
                    h += QStringLiteral("<p><b>%1:</b> %2</p>")
                             .arg(esc(t(l, QStringLiteral("Tags"), QStringLiteral("タグ"))),
                                 esc(tags.join(QStringLiteral(", "))));
                for (const QString& line : notes.split(QLatin1Char('\n')))
                    h += QStringLiteral("<p style=\"margin:0;\">%1</p>")
                             .arg(line.isEmpty() ? QStringLiteral("&nbsp;") : esc(line));
            }
            h += QStringLiteral("<h2>%1</h2>")
                     .arg(esc(t(l, QStringLiteral("About this report"), QStringLiteral("本報告書について"))));
            QStringList about;
            about << t(l,
                QStringLiteral(
                    "Written by MailTriage from the messages of the case. Findings are MailTriage's reading of the "
                    "headers and texts; the BEC type is the analyst's (or, where marked, MailTriage's suggestion)."),
                QStringLiteral(
                    "本報告書は、事例のメールをもとに MailTriage が作成した。検出結果は MailTriage によるヘッダと本文の"
                    "分析であり、BEC のタイプは分析者の判断(明記した場合は MailTriage の推定)である。"));
            if (an.options().anonymize)
                about << t(l,
                    QStringLiteral(
                        "Anonymization: organisations are named Company A, B, … (the lanes of figure 1), people "
                        "Alice, Bob, Carol, …, consistently throughout. Their domains are written "
                        "a-company.co.jp with the real ending; look-alike domains keep their trick "
                        "(a-cornpany.co.jp). Internal host names and the parties' IP addresses are replaced by "
                        "host1.… and documentation addresses (192.0.2.0/24, 2001:db8::/32); telephone numbers "
                        "and postal addresses of the parties are removed. The pseudonym map is not part of "
                        "this report."),
                    QStringLiteral(
                        "匿名化: 組織は A社、B社…(図 1 のレーン)、人物は Alice、Bob、Carol…と一貫して置き換えた。"
                        "ドメインは実際の末尾を残して a-company.co.jp のように記載し、類似ドメインは手口を残して"
                        "記載した(a-cornpany.co.jp)。内部ホスト名と当事者の IP アドレスは host1.… と文書用アドレス"
                        "(192.0.2.0/24、2001:db8::/32)に置き換え、当事者の電話番号と住所は削除した。仮名の対応表は"
                        "本報告書に含まれない。"));
            about << t(l,
                QStringLiteral("Distribution: %1.").arg(in.tlp.isEmpty() ? QStringLiteral("as agreed") : in.tlp),
                QStringLiteral("取り扱い: %1。").arg(in.tlp.isEmpty() ? QStringLiteral("合意に従う") : in.tlp));
            for (const QString& a : std::as_const(about))
                h += QStringLiteral("<p>%1</p>").arg(esc(a));
            return h;
        }

        QString styleSheet(const ReportFonts::Families& f) const
        {
            return QStringLiteral(
                "body { font-family: '%1'; font-size: 9.2pt; color: #1f2d3d; }"
                "h1 { font-size: 19pt; color: #1f3a5f; margin-top: 2pt; margin-bottom: 4pt; }"
                "h2 { font-size: 13pt; color: #1f3a5f; margin-top: 16pt; margin-bottom: 6pt; }"
                "h3 { font-size: 10.5pt; color: #1f3a5f; margin-top: 12pt; margin-bottom: 4pt; }"
                "p { margin-top: 0pt; margin-bottom: 5pt; }"
                "li { margin-bottom: 2pt; }"
                "th { background-color: #e8ecf1; color: #1f3a5f; font-weight: bold; text-align: left; }"
                "table.grid { border-color: #c8d0da; border-style: solid; }"
                ".mono { font-family: '%2'; font-size: 7.2pt; }"
                ".caption { color: #1f3a5f; font-weight: bold; font-size: 8.5pt; margin-top: 8pt; margin-bottom: 3pt; }"
                ".muted { color: #6b7585; font-size: 8pt; }")
                .arg(f.sans, f.mono);
        }

        QString body()
        {
            return QStringLiteral("<html><body>") + titlePage() + timelineSection() + attackerSection()
                + findingsSection() + indicatorsSection() + countermeasuresSection() + notesSection()
                + QStringLiteral("</body></html>");
        }
    };

    void drawFrame(QPainter& p, qreal u, int page, int pages, const QString& caseId, const QString& tlp,
        const QString& generated, bool anonymized, ReportLanguage l, const ReportFonts::Families& fonts)
    {
        auto P = [u](qreal v) { return v * u; };
        p.save();
        QFont small = ReportFonts::reportFont(fonts.sans, 7.5);
        p.setFont(small);
        // Header: what this is, and its marking.
        p.setPen(QColor(0x6b, 0x75, 0x85));
        p.drawText(QRectF(P(kMarginL), P(28), P(kContentW * 0.7), P(14)), Qt::AlignLeft | Qt::AlignVCenter,
            t(l, QStringLiteral("MailTriage  ·  Incident report %1"),
                QStringLiteral("MailTriage ・ インシデント報告書 %1"))
                .arg(caseId));
        if (!tlp.isEmpty()) {
            QFont bold = small;
            bold.setBold(true);
            p.setFont(bold);
            const qreal w = QFontMetricsF(bold, p.device()).horizontalAdvance(tlp) + P(10);
            const QRectF box(P(kPageW - kMarginR) - w, P(27), w, P(15));
            p.fillRect(box, QColor(0, 0, 0));
            p.setPen(QColor(tlpColor(tlp)));
            p.drawText(box, Qt::AlignCenter, tlp);
            p.setFont(small);
        }
        p.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), P(0.8)));
        p.drawLine(QPointF(P(kMarginL), P(46)), QPointF(P(kPageW - kMarginR), P(46)));
        // Footer: when, how, where.
        p.setPen(QPen(QColor(0xc8, 0xd0, 0xda), P(0.5)));
        p.drawLine(QPointF(P(kMarginL), P(kPageH - 44)), QPointF(P(kPageW - kMarginR), P(kPageH - 44)));
        p.setPen(QColor(0x6b, 0x75, 0x85));
        const QString left
            = t(l, QStringLiteral("Case %1  ·  generated %2%3"), QStringLiteral("事例 %1 ・ 作成 %2%3"))
                  .arg(caseId, generated,
                      anonymized ? t(l, QStringLiteral("  ·  anonymized"), QStringLiteral(" ・ 匿名化済み"))
                                 : QString());
        p.drawText(
            QRectF(P(kMarginL), P(kPageH - 40), P(kContentW * 0.75), P(14)), Qt::AlignLeft | Qt::AlignVCenter, left);
        p.drawText(QRectF(P(kMarginL), P(kPageH - 40), P(kContentW), P(14)), Qt::AlignRight | Qt::AlignVCenter,
            t(l, QStringLiteral("Page %1 / %2"), QStringLiteral("%1 / %2 ページ")).arg(page).arg(pages));
        p.restore();
    }

} // namespace

QString html(const ReportInput& input, const Anonymizer& anonymizer, const Options& options)
{
    Builder b(input, anonymizer, options);
    return b.body();
}

bool writePdf(
    const QString& path, const ReportInput& input, const Anonymizer& anonymizer, const Options& options, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(QStringLiteral(
            "PDF reports need a QGuiApplication (run with QT_QPA_PLATFORM=offscreen where there is no display)"));
    QString fontError;
    const ReportFonts::Families fonts = ReportFonts::load(&fontError);
    if (fonts.sans.isEmpty())
        return fail(fontError);

    const ReportLanguage l = options.language;
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    // Nothing identifying in the metadata: the anonymized case id and the program.
    writer.setTitle(
        t(l, QStringLiteral("Incident report %1"), QStringLiteral("インシデント報告書 %1")).arg(anonymizer.caseId()));
    writer.setCreator(QStringLiteral("MailTriage"));
    const qreal u = writer.resolution() / 72.0;

    Builder b(input, anonymizer, options);
    // The heading, the introduction and the caption share the first figure's page.
    b.rowsPerFigure = int((kContentH - 110 - TimelineFigure::HeaderHeight - 8 - TimelineFigure::LegendHeight)
        / TimelineFigure::RowHeight);
    const QString bodyHtml = b.body();

    ReportDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDocumentMargin(0);
    doc.setUseDesignMetrics(true);
    doc.setDefaultFont(ReportFonts::reportFont(fonts.sans, 9.2));
    doc.setDefaultStyleSheet(b.styleSheet(fonts));
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setPageSize(QSizeF(kContentW * u, kContentH * u));
    doc.setHtml(bodyHtml);

    auto* handler = new TimelineTextObject(b.figures, kContentW, u, fonts.sans, &doc);
    doc.documentLayout()->registerHandler(TimelineTextObject::ObjectType, handler);
    for (int i = 0; i < b.figures.size(); ++i) {
        QTextCursor c = doc.find(kTimelineMarker.arg(i));
        if (c.isNull())
            continue;
        QTextCharFormat f;
        f.setObjectType(TimelineTextObject::ObjectType);
        f.setProperty(TimelineTextObject::FigureProperty, i);
        c.insertText(QString(QChar::ObjectReplacementCharacter), f);
    }
    doc.setPageSize(QSizeF(kContentW * u, kContentH * u));

    QPainter painter;
    if (!painter.begin(&writer))
        return fail(QStringLiteral("%1 cannot be written (check the folder exists and is writable)").arg(path));
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        drawFrame(painter, u, page + 1, pages, anonymizer.caseId(), input.tlp, b.generated,
            anonymizer.options().anonymize, l, fonts);
        painter.save();
        painter.translate(kMarginL * u, kMarginT * u - page * kContentH * u);
        const QRectF clip(0, page * kContentH * u, kContentW * u, kContentH * u);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        ctx.palette.setColor(QPalette::Text, QColor(0x1f, 0x2d, 0x3d));
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
    }
    if (!painter.end())
        return fail(QStringLiteral("%1 could not be completed").arg(path));
    if (QFileInfo(path).size() <= 0)
        return fail(QStringLiteral("%1 cannot be written (check the folder exists and is writable)").arg(path));
    return true;
}

} // namespace MailTriage::ReportWriter
