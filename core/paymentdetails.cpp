// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentdetails.h"

#include <QRegularExpression>

namespace MailTriage::PaymentDetails {

namespace {
    constexpr qsizetype kMaxText = 256 * 1024;

    int monthNumber(const QString& name)
    {
        static const char* const names[]
            = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
        const QString l = name.left(3).toLower();
        for (int i = 0; i < 12; ++i) {
            if (l == QLatin1String(names[i]))
                return i + 1;
        }
        return 0;
    }

    void addUnique(QStringList& list, const QString& v)
    {
        if (!v.isEmpty() && !list.contains(v))
            list.append(v);
    }

    // A date written after a payment phrase; returns an invalid date when none is readable.
    QDate parseDate(const QString& s, int referenceYear, QString* written)
    {
        static const QRegularExpression iso(QStringLiteral("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"));
        static const QRegularExpression ja(
            QStringLiteral("(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"));
        static const QRegularExpression dmy(QStringLiteral("(\\d{1,2})(?:st|nd|rd|th)?\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|"
                                                           "Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?,?(?:\\s+(\\d{4}))?"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression mdy(QStringLiteral("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?"
                                                           "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s+(\\d{4}))?"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression slash(QStringLiteral("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b"));
        struct Hit {
            qsizetype pos;
            QDate date;
            QString text;
        };
        QList<Hit> hits;
        auto year = [&](const QString& y) { return y.isEmpty() ? referenceYear : y.toInt(); };
        if (auto m = iso.match(s); m.hasMatch())
            hits.append({ m.capturedStart(), QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()),
                m.captured(0) });
        if (auto m = ja.match(s); m.hasMatch())
            hits.append({ m.capturedStart(), QDate(year(m.captured(1)), m.captured(2).toInt(), m.captured(3).toInt()),
                m.captured(0) });
        if (auto m = dmy.match(s); m.hasMatch())
            hits.append({ m.capturedStart(),
                QDate(year(m.captured(3)), monthNumber(m.captured(2)), m.captured(1).toInt()), m.captured(0) });
        if (auto m = mdy.match(s); m.hasMatch())
            hits.append({ m.capturedStart(),
                QDate(year(m.captured(3)), monthNumber(m.captured(1)), m.captured(2).toInt()), m.captured(0) });
        if (auto m = slash.match(s); m.hasMatch()) // day/month/year, the form invoices outside the US use
            hits.append({ m.capturedStart(), QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt()),
                m.captured(0) });
        const Hit* best = nullptr;
        for (const Hit& h : hits) {
            if (h.date.isValid() && (!best || h.pos < best->pos))
                best = &h;
        }
        if (!best)
            return {};
        *written = best->text.trimmed();
        return best->date;
    }
} // namespace

bool ibanChecksumValid(const QString& ibanIn)
{
    QString iban = ibanIn;
    iban.remove(QLatin1Char(' '));
    if (iban.size() < 15 || iban.size() > 34)
        return false;
    const QString rearranged = iban.mid(4) + iban.left(4);
    int mod = 0;
    for (const QChar c : rearranged) {
        if (c.isDigit()) {
            mod = (mod * 10 + c.digitValue()) % 97;
        } else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            const int v = c.unicode() - 'A' + 10;
            mod = (mod * 100 + v) % 97;
        } else {
            return false;
        }
    }
    return mod == 1;
}

QString ownText(const QString& bodyIn)
{
    const QString body = bodyIn.left(kMaxText);
    static const QRegularExpression attribution(
        QStringLiteral(
            "^(On .{0,200}wrote:|.{0,80}\\s(a|hat) .{0,80}geschrieben:|-{2,}\\s*Original Message\\s*-{2,}|_{10,}|"
            "-{2,}\\s*元のメッセージ\\s*-{2,}|.{0,100}さんは書きました[:：]|From:\\s.+|差出人[:：].+|送信者[:：].+)\\s*"
            "$"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList kept;
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        QString line = raw;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (attribution.match(line).hasMatch())
            break;
        if (line.trimmed().startsWith(QLatin1Char('>')))
            continue;
        kept.append(line);
    }
    return kept.join(QLatin1Char('\n'));
}

Details extract(const QString& textIn, int referenceYear)
{
    Details d;
    const QString text = textIn.left(kMaxText);
    // Labelled values: "Label: value" (also full-width colon and "Label No. value").
    static const QRegularExpression account(
        QStringLiteral(
            "(?:Account\\s*(?:No\\.?|Number|#)|A/C\\s*(?:No\\.?)?|Acct\\.?\\s*(?:No\\.?)?|Konto(?:nummer)?|口座番号)"
            "\\s*[:：.]?\\s*([0-9][0-9 \\-]{3,30}[0-9])"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression iban(
        QStringLiteral("\\b([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\\b"));
    static const QRegularExpression swift(QStringLiteral("(?:SWIFT(?:\\s*/\\s*BIC)?|BIC(?:\\s*/"
                                                         "\\s*SWIFT)?|SWIFT\\s*code|BIC\\s*code)\\s*(?:code)?\\s*[:：]?"
                                                         "\\s*([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bank(
        QStringLiteral("(?:Bank(?:\\s*name)?|Beneficiary\\s*bank|Name of "
                       "bank|銀行名|振込先銀行|金融機関)\\s*[:：]\\s*([^\\n\\r,;]{3,80})"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression due(
        QStringLiteral(
            "(?:(?:pay(?:ment)?|remit(?:tance)?|transfer|settle(?:ment)?)\\b(?:[^\\n.]|\\.(?=\\d)|\\n(?![ "
            "\\t]*\\n)){0,80}?\\b(?:by|on|before|until|due|not later than|no later than|latest by|run of)\\b|"
            "\\bdue\\b\\s*(?:on|by|date)?\\s*[:：]?|(?:payment|due)\\s*date\\s*[:：]?|支払(?:い)?期日|お支払(?:い)?日|"
            "振込(?:期)?日|送金日|支払日)"),
        QRegularExpression::CaseInsensitiveOption);

    for (auto it = account.globalMatch(text); it.hasNext();) {
        QString digits = it.next().captured(1);
        digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        if (digits.size() >= 5 && digits.size() <= 20)
            addUnique(d.accounts, digits);
    }
    for (auto it = iban.globalMatch(text); it.hasNext();) {
        QString v = it.next().captured(1);
        v.remove(QLatin1Char(' '));
        if (ibanChecksumValid(v))
            addUnique(d.ibans, v);
    }
    for (auto it = swift.globalMatch(text); it.hasNext();)
        addUnique(d.swifts, it.next().captured(1).toUpper());
    for (auto it = bank.globalMatch(text); it.hasNext();)
        addUnique(d.banks, it.next().captured(1).trimmed());
    for (auto it = due.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString after = text.mid(m.capturedEnd(), 80);
        QString written;
        const QDate date = parseDate(after, referenceYear, &written);
        if (date.isValid() && !d.dueDates.contains(date)) {
            d.dueDates.append(date);
            d.dueDateTexts.append(written);
        }
    }
    return d;
}

} // namespace MailTriage::PaymentDetails
