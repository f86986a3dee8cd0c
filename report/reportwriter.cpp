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

    using ReportTexts::code;
    using ReportTexts::date;
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
            return t(l, QT_TRANSLATE_NOOP("Report", "unknown"));
        //: A date in the report's text (QDate::toString format).
        return date(d.date(), l, QT_TRANSLATE_NOOP("DateFormat", "yyyy-MM-dd"));
    }

    QString fmtDateTime(const QDateTime& d, const QTimeZone& zone)
    {
        return d.isValid() ? d.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("--");
    }

    QString severityLabel(Severity s, ReportLanguage l)
    {
        switch (s) {
        case Severity::High:
            return t(l, QT_TRANSLATE_NOOP("Report", "High"));
        case Severity::Medium:
            return t(l, QT_TRANSLATE_NOOP("Report", "Medium"));
        case Severity::Low:
            return t(l, QT_TRANSLATE_NOOP("Report", "Low"));
        case Severity::Info:
            break;
        }
        return t(l, QT_TRANSLATE_NOOP("Report", "Info"));
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
            const char* source;
        };
        static const Name names[] = { { "email-addr", QT_TRANSLATE_NOOP("Report", "e-mail address") },
            { "domain-name", QT_TRANSLATE_NOOP("Report", "domain") },
            { "ipv4-addr", QT_TRANSLATE_NOOP("Report", "IPv4 address") },
            { "ipv6-addr", QT_TRANSLATE_NOOP("Report", "IPv6 address") }, { "url", QT_TRANSLATE_NOOP("Report", "URL") },
            { "file", QT_TRANSLATE_NOOP("Report", "file (SHA-256)") },
            { "hostname", QT_TRANSLATE_NOOP("Report", "host name") },
            { "bank-account", QT_TRANSLATE_NOOP("Report", "bank account") },
            { "phone", QT_TRANSLATE_NOOP("Report", "telephone") } };
        for (const Name& n : names) {
            if (type == QLatin1String(n.id))
                return t(l, n.source);
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
                return t(l, QT_TRANSLATE_NOOP("Report", "Business e-mail compromise: %1"))
                    .arg(becTypeName(type, code(l)).section(QStringLiteral(": "), 1));
            return t(l, QT_TRANSLATE_NOOP("Report", "Suspicious e-mail case"));
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
                     .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "INCIDENT REPORT  ·  BUSINESS E-MAIL COMPROMISE"))));
            h += QStringLiteral("<h1>%1</h1>").arg(esc(title()));
            h += QStringLiteral("<p style=\"color:#5d6d7e;\">%1</p>")
                     .arg(esc(
                         t(l, QT_TRANSLATE_NOOP("Report", "Case %1  ·  generated %2")).arg(an.caseId(), generated)));
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
            meta += metaRow(t(l, QT_TRANSLATE_NOOP("Report", "Case")), esc(an.caseId()));
            QStringList parties; // every organisation but the attacker, its recipients included
            for (const Party& p : an.parties()) {
                if (p.role == QLatin1String("party"))
                    parties << an.organisation(p.label, l);
            }
            meta += metaRow(t(l, QT_TRANSLATE_NOOP("Report", "Parties")),
                esc(parties.join(t(l, QT_TRANSLATE_NOOP("Report", ", ")))));
            meta += metaRow(t(l, QT_TRANSLATE_NOOP("Report", "Messages analysed")),
                esc(t(l,
                    QT_TRANSLATE_NOOP(
                        "Report", "%1 distinct messages (%2 copies in the mailboxes), %3 from the attacker"))
                        .arg(a.messages.size())
                        .arg(copies)
                        .arg(attackerMessages().size())));
            meta += metaRow(t(l, QT_TRANSLATE_NOOP("Report", "Period")),
                esc(fmtDate(first, l) + QStringLiteral(" – ") + fmtDate(last, l)));
            meta += metaRow(t(l, QT_TRANSLATE_NOOP("Report", "BEC type")), esc(ReportTexts::becType(in, l)));
            meta += metaRow(t(l, QT_TRANSLATE_NOOP("Report", "Anonymization")),
                esc(an.options().anonymize
                        ? t(l,
                            QT_TRANSLATE_NOOP("Report",
                                "People, organisations, addresses, domains and internal IPs are replaced by "
                                "pseudonyms; attacker indicators are kept, defanged."))
                        : t(l,
                            QT_TRANSLATE_NOOP("Report",
                                "Not anonymized: for internal use only. Attacker indicators are defanged."))));
            meta += QStringLiteral("</table>");
            h += meta;

            // Table 1, after the reports' Table 3.
            h += QStringLiteral("<p class=\"caption\">%1</p>")
                     .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "Table 1  Case summary"))));
            h += QStringLiteral(
                "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
            h += QStringLiteral(
                "<thead><tr><th width=\"6%\">%1</th><th width=\"15%\">%2</th><th>%3</th><th width=\"18%\">%4</th>"
                "<th width=\"11%\">%5</th></tr></thead>")
                     .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "No."))),
                         esc(t(l, QT_TRANSLATE_NOOP("Report", "Date received"))),
                         esc(t(l, QT_TRANSLATE_NOOP("Report", "Summary"))),
                         esc(t(l, QT_TRANSLATE_NOOP("Report", "BEC type"))),
                         esc(t(l, QT_TRANSLATE_NOOP("Report", "Damage"))));
            h += QStringLiteral("<tr><td>1.</td><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr></table>")
                     .arg(esc(fmtDate(received(), l)), esc(ReportTexts::caseSummary(in, an, l)),
                         esc(ReportTexts::becType(in, l)), esc(ReportTexts::damage(in.damage, l)));

            const QStringList tr = ReportTexts::tricks(a, l);
            if (!tr.isEmpty()) {
                h += QStringLiteral("<h3>%1</h3>").arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "Tricks used"))));
                h += QStringLiteral("<p>%1</p>")
                         .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "In this case the following tricks were used:"))));
                h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
                for (int i = 0; i < tr.size(); ++i)
                    h += QStringLiteral("<tr><td width=\"22\" style=\"color:#1f3a5f;\">(%1)</td><td>%2</td></tr>")
                             .arg(i + 1)
                             .arg(esc(tr[i]));
                h += QStringLiteral("</table>");
            }
            const QStringList reasons = render(a.becTypeReasons, code(l));
            if (!reasons.isEmpty()) {
                h += QStringLiteral("<h3>%1</h3>").arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "Why this type"))));
                h += QStringLiteral("<ul>");
                for (const QString& r : reasons)
                    h += QStringLiteral("<li>%1</li>").arg(tx(r));
                h += QStringLiteral("</ul>");
            }
            // The three most important countermeasures, as the reports' summaries give them.
            const QList<ReportTexts::Countermeasure> cms = ReportTexts::countermeasures(a);
            if (!cms.isEmpty()) {
                h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "What to do first"))));
                for (int i = 0; i < cms.size() && i < 3; ++i)
                    h += QStringLiteral("<li>%1</li>").arg(esc(cms[i].text(l)));
                h += QStringLiteral("</ul><p class=\"muted\">%1</p>")
                         .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "All countermeasures: section 5."))));
            }
            return h;
        }

        QString timelineSection()
        {
            QString h = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
                            .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "1  Timeline of the exchange"))));
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
                    QT_TRANSLATE_NOOP("Report",
                        "Figure 1 shows every distinct message of the case in true time order, one lane per "
                        "organisation and one for the attacker. Red arrows are the attacker's messages (%1 of %2)."))
                            .arg(att.size())
                            .arg(in.analysis.messages.size());
                if (firstAttack && firstAttack->gapSeconds >= 0 && firstAttack->message > 0) {
                    const CaseMessage& prev = in.analysis.messages[firstAttack->message - 1];
                    const QString who = prev.senderParty >= 0 && prev.senderParty < in.analysis.parties.size()
                        ? an.organisation(in.analysis.parties[prev.senderParty].label, l)
                        : t(l, QT_TRANSLATE_NOOP("Report", "a party"));
                    intro += QLatin1Char(' ')
                        + t(l,
                            QT_TRANSLATE_NOOP("Report",
                                "The attacker's first message (#%1) came %2 after the previous message of %3 (#%4)."))
                              .arg(firstAttack->message + 1)
                              .arg(ReportTexts::duration(firstAttack->gapSeconds, l), who)
                              .arg(firstAttack->message);
                }
            } else {
                intro = t(l,
                    QT_TRANSLATE_NOOP(
                        "Report", "Figure 1 shows every distinct message of the case in true time order."));
            }
            h += QStringLiteral("<p>%1</p>").arg(esc(intro));
            const TimelineFigure whole = TimelineFigure::build(in.analysis, an, l);
            figures = whole.split(rowsPerFigure);
            for (int i = 0; i < figures.size(); ++i) {
                h += QStringLiteral("<p align=\"center\" style=\"margin-top:6pt;\">%1</p>").arg(kTimelineMarker.arg(i));
                QString caption = t(l, QT_TRANSLATE_NOOP("Report", "Fig. 1  Exchange with the attacker"));
                if (figures.size() > 1)
                    caption += QStringLiteral(" (%1/%2)").arg(i + 1).arg(figures.size());
                caption += t(l, QT_TRANSLATE_NOOP("Report", " — times in %1")).arg(whole.timeZone);
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
                            .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "[… shortened]"))));
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
                            .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "2  The attacker's messages"))));
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(t(l,
                         QT_TRANSLATE_NOOP("Report",
                             "For each message of the attacker: its envelope, the relevant header fields as they "
                             "arrived (anonymized; the highlighted lines are where the findings come from), what "
                             "the headers show, and the beginning of the text."))));
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
                meta += metaRow(t(l, QT_TRANSLATE_NOOP("Report", "Subject")), tx(m.subject));
                meta += metaRow(QStringLiteral("From"), esc(an.mailbox(m.from, l)));
                if (!m.replyTo.isEmpty())
                    meta += metaRow(QStringLiteral("Reply-To"), addressList(m.replyTo));
                meta += metaRow(QStringLiteral("To"), addressList(m.to));
                if (!m.cc.isEmpty())
                    meta += metaRow(QStringLiteral("Cc"), addressList(m.cc));
                if (cm.senderParty >= 0 && cm.senderParty < in.analysis.parties.size())
                    meta += metaRow(t(l, QT_TRANSLATE_NOOP("Report", "Posing as")),
                        esc(an.organisation(in.analysis.parties[cm.senderParty].label, l)));
                QStringList atts;
                for (const Attachment& at : m.attachments)
                    atts << t(l, QT_TRANSLATE_NOOP("Report", "%1 (%2 bytes, SHA-256 %3)"))
                                .arg(an.text(at.filename, l))
                                .arg(at.size)
                                .arg(QString::fromLatin1(at.sha256));
                if (!atts.isEmpty())
                    meta += metaRow(t(l, QT_TRANSLATE_NOOP("Report", "Attachments")),
                        QStringLiteral("<span style=\"font-size:7.5pt;\">%1</span>")
                            .arg(esc(atts.join(QStringLiteral("; ")))));
                meta += QStringLiteral("</table>");
                h += meta;
                h += QStringLiteral("<p class=\"caption\">%1</p>")
                         .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "Header excerpt of #%1")).arg(i + 1)));
                h += excerptTable(m);
                // What the headers show.
                QString items;
                QSet<QString> seen;
                for (const Finding& f : m.findings) {
                    if (f.severity < Severity::Low)
                        continue;
                    const QString text = an.text(f.text.render(code(l)), l);
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
                    for (const Text& r : cm.attackerReasons)
                        why << an.text(r.render(code(l)), l);
                    items += QStringLiteral("<li><b>%1</b>: %2</li>")
                                 .arg(esc(t(l,
                                          QT_TRANSLATE_NOOP("Report", "Why MailTriage classes it as the attacker's"))),
                                     esc(Catalog::joinList(why, code(l))));
                }
                if (!items.isEmpty()) {
                    h += QStringLiteral("<p class=\"caption\">%1</p><ul>%2</ul>")
                             .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "What the headers and the content show"))),
                                 items);
                }
                const QString body = bodyExcerpt(m);
                if (!body.isEmpty()) {
                    h += QStringLiteral("<p class=\"caption\">%1</p>")
                             .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "Beginning of the text (anonymized)"))));
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
                    const QString text = an.text(f.text.render(code(l)), l);
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
                            .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "3  Findings"))));
            if (rows.isEmpty())
                return h + QStringLiteral("<p>%1</p>").arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "No findings."))));
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(t(l,
                         QT_TRANSLATE_NOOP(
                             "Report", "Every finding of low severity or above, per message (#n as in figure 1)."))));
            h += QStringLiteral("<p class=\"caption\">%1</p>")
                     .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "Table 2  Findings"))));
            h += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                                "<thead><tr><th width=\"6%\">#</th><th width=\"27%\">%1</th><th "
                                "width=\"11%\">%2</th><th>%3</th></tr></thead>%4</table>")
                     .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "Finding"))),
                         esc(t(l, QT_TRANSLATE_NOOP("Report", "Severity"))),
                         esc(t(l, QT_TRANSLATE_NOOP("Report", "Explanation"))), rows);
            return h;
        }

        QString indicatorsSection() const
        {
            QString h = QStringLiteral("<h2>%1</h2>").arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "4  Indicators"))));
            const QList<Indicator>& inds = an.indicators();
            if (inds.isEmpty())
                return h
                    + QStringLiteral("<p>%1</p>")
                          .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "No attacker indicators."))));
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(t(l,
                         QT_TRANSLATE_NOOP("Report",
                             "What the attacker used, for blocking and searching. Values are defanged so that "
                             "nothing is clickable: read [.] as '.', [@] as '@', [:] as ':', hxxp as http. Values "
                             "that carried a party's name are anonymized like the rest of the report."))));
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
                            .arg(esc(typeLabel(ind.type, l)), value, esc(ind.roleIn(code(l))),
                                esc(nums.join(QLatin1Char(' '))));
            }
            h += QStringLiteral("<p class=\"caption\">%1</p>")
                     .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "Table 3  Indicators"))));
            h += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                                "<thead><tr><th width=\"15%\">%1</th><th width=\"42%\">%2</th><th>%3</th><th "
                                "width=\"12%\">%4</th></tr></thead>%5</table>")
                     .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "Type"))),
                         esc(t(l, QT_TRANSLATE_NOOP("Report", "Value"))),
                         esc(t(l, QT_TRANSLATE_NOOP("Report", "What it was"))),
                         esc(t(l, QT_TRANSLATE_NOOP("Report", "Messages"))), rows);
            return h;
        }

        QString countermeasuresSection() const
        {
            const QList<ReportTexts::Countermeasure> cms = ReportTexts::countermeasures(in.analysis);
            QString h = QStringLiteral("<h2>%1</h2>").arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "5  Countermeasures"))));
            if (cms.isEmpty())
                return h
                    + QStringLiteral("<p>%1</p>")
                          .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "None specific to this case."))));
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "Chosen from what this case shows:"))));
            h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
            for (int i = 0; i < cms.size(); ++i)
                h += QStringLiteral(
                    "<tr><td width=\"28\" style=\"color:#1f3a5f; font-weight:bold;\">%1.</td><td>%2</td></tr>")
                         .arg(i + 1)
                         .arg(esc(cms[i].text(l)));
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
                h += QStringLiteral("<h2>%1</h2>").arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "6  Analyst notes"))));
                if (!tags.isEmpty())
                    h += QStringLiteral("<p><b>%1:</b> %2</p>")
                             .arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "Tags"))), esc(tags.join(QStringLiteral(", "))));
                for (const QString& line : notes.split(QLatin1Char('\n')))
                    h += QStringLiteral("<p style=\"margin:0;\">%1</p>")
                             .arg(line.isEmpty() ? QStringLiteral("&nbsp;") : esc(line));
            }
            h += QStringLiteral("<h2>%1</h2>").arg(esc(t(l, QT_TRANSLATE_NOOP("Report", "About this report"))));
            QStringList about;
            about << t(l,
                QT_TRANSLATE_NOOP("Report",
                    "Written by MailTriage from the messages of the case. Findings are MailTriage's reading of the "
                    "headers and texts; the BEC type is the analyst's (or, where marked, MailTriage's suggestion)."));
            if (an.options().anonymize)
                about << t(l,
                    QT_TRANSLATE_NOOP("Report",
                        "Anonymization: organisations are named Company A, B, … (the lanes of figure 1), people "
                        "Alice, Bob, Carol, …, consistently throughout. Their domains are written "
                        "a-company.co.jp with the real ending; look-alike domains keep their trick "
                        "(a-cornpany.co.jp). Internal host names and the parties' IP addresses are replaced by "
                        "host1.… and documentation addresses (192.0.2.0/24, 2001:db8::/32); telephone numbers "
                        "and postal addresses of the parties are removed. The pseudonym map is not part of "
                        "this report."));
            about << t(l, QT_TRANSLATE_NOOP("Report", "Distribution: %1."))
                         .arg(in.tlp.isEmpty() ? t(l, QT_TRANSLATE_NOOP("Report", "as agreed")) : in.tlp);
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
            t(l, QT_TRANSLATE_NOOP("Report", "MailTriage  ·  Incident report %1")).arg(caseId));
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
        const QString left = t(l, QT_TRANSLATE_NOOP("Report", "Case %1  ·  generated %2%3"))
                                 .arg(caseId, generated,
                                     anonymized ? t(l, QT_TRANSLATE_NOOP("Report", "  ·  anonymized")) : QString());
        p.drawText(
            QRectF(P(kMarginL), P(kPageH - 40), P(kContentW * 0.75), P(14)), Qt::AlignLeft | Qt::AlignVCenter, left);
        p.drawText(QRectF(P(kMarginL), P(kPageH - 40), P(kContentW), P(14)), Qt::AlignRight | Qt::AlignVCenter,
            t(l, QT_TRANSLATE_NOOP("Report", "Page %1 / %2")).arg(page).arg(pages));
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
    writer.setTitle(t(l, QT_TRANSLATE_NOOP("Report", "Incident report %1")).arg(anonymizer.caseId()));
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
