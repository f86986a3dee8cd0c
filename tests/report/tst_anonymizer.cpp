// SPDX-License-Identifier: GPL-3.0-or-later
// The anonymizer: the pseudonym map built from the shared BEC scenarios and the demo case, the
// look-alike tricks kept visible, free-mail mimics, defanging, the map file and its edits.
#include "anonymizer.h"
#include "anonymizerdetail.h"
#include "caseanalyzer.h"
#include "commonwords.h"
#include "lookalike.h"
#include "messageanalyzer.h"
#include "messagereader.h"
#include "referencedata.h"
#include "testfixture.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace MailTriage;
using MailTriage::AnonymizerDetail::katakanaReadings;

namespace {

const CaseAnalysis& analysisOf(const QString& scenario)
{
    static QHash<QString, CaseAnalysis> cache;
    if (!cache.contains(scenario))
        cache.insert(scenario, TestFixture::analyzeFolder(scenario));
    return cache[scenario];
}

QString pseudonymOf(const Anonymizer& an, const QString& real)
{
    const Pseudonym* p = an.map().find(real);
    return p ? p->pseudonym : QString();
}

/// Raw messages read and analysed (synthetic edge cases).
QList<Message> syntheticMessages(const QStringList& emls)
{
    QList<Message> messages;
    int n = 0;
    for (const QString& eml : emls) {
        ReadResult r = MessageReader::readBytes(eml.toUtf8(), QStringLiteral("m%1.eml").arg(++n));
        for (Message& m : r.messages) {
            MessageAnalyzer::analyze(m);
            messages << m;
        }
    }
    return messages;
}

/// A tiny case built from raw messages (synthetic edge cases of look-alike tricks).
CaseAnalysis syntheticCase(const QStringList& emls)
{
    return CaseAnalyzer::analyze(syntheticMessages(emls));
}

QString eml(const QString& from, const QString& to, const QString& date, const QString& id, const QString& subject,
    const QString& body, const QString& extra = {})
{
    return QStringLiteral("From: %1\r\nTo: %2\r\nDate: %3\r\nMessage-ID: <%4>\r\nSubject: %5\r\n%6MIME-Version: 1.0\r\n"
                          "Content-Type: text/plain; charset=us-ascii\r\n\r\n%7\r\n")
        .arg(from, to, date, id, subject, extra, body);
}

// A message with one text part and attachments (name -> content).
QString emlWithFiles(const QString& from, const QString& to, const QString& date, const QString& id,
    const QString& subject, const QString& body, const QList<std::pair<QString, QByteArray>>& files,
    const QString& extra = {})
{
    QString out = QStringLiteral("From: %1\r\nTo: %2\r\nDate: %3\r\nMessage-ID: <%4>\r\nSubject: %5\r\n%6"
                                 "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                                 "--b\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n%7\r\n")
                      .arg(from, to, date, id, subject, extra, body);
    for (const auto& [name, bytes] : files)
        out += QStringLiteral("--b\r\nContent-Type: application/pdf; name=\"%1\"\r\nContent-Disposition: attachment; "
                              "filename=\"%1\"\r\nContent-Transfer-Encoding: base64\r\n\r\n%2\r\n")
                   .arg(name, QString::fromLatin1(bytes.toBase64()));
    return out + QStringLiteral("--b--\r\n");
}

} // namespace

class TestAnonymizer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defang_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("domain") << QStringLiteral("exec-mailbridge.com") << QStringLiteral("exec-mailbridge[.]com");
        QTest::newRow("host") << QStringLiteral("srv211.hostmoor-vps.net")
                              << QStringLiteral("srv211.hostmoor-vps[.]net");
        QTest::newRow("address") << QStringLiteral("ceo.desk@exec-mailbridge.com")
                                 << QStringLiteral("ceo.desk[@]exec-mailbridge[.]com");
        QTest::newRow("ipv4") << QStringLiteral("198.51.100.211") << QStringLiteral("198.51.100[.]211");
        QTest::newRow("ipv6") << QStringLiteral("2001:db8:40::23") << QStringLiteral("2001[:]db8:40::23");
        QTest::newRow("http") << QStringLiteral("http://evil.example.com/login?a=b")
                              << QStringLiteral("hxxp://evil.example[.]com/login?a=b");
        QTest::newRow("https port") << QStringLiteral("https://evil.example.com:8443/x")
                                    << QStringLiteral("hxxps://evil.example[.]com:8443/x");
        QTest::newRow("userinfo") << QStringLiteral("http://user@evil.example.com/")
                                  << QStringLiteral("hxxp://user[@]evil.example[.]com/");
        QTest::newRow("already") << QStringLiteral("example[.]com") << QStringLiteral("example[.]com");
    }
    void defang()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(Anonymizer::defang(in), out);
    }

    void case1People()
    {
        const Anonymizer an(analysisOf(QStringLiteral("case-2019q3-1")));
        // Order of appearance, party by party: A's Haruka, Kenta, Mayu, then B's people.
        QCOMPARE(
            an.text(QStringLiteral("haruka.nishizono@kumoyuki-fs.co.jp")), QStringLiteral("alice@a-company.co.jp"));
        QCOMPARE(an.text(QStringLiteral("kenta.obuchi@kumoyuki-fs.co.jp")), QStringLiteral("bob@a-company.co.jp"));
        QCOMPARE(an.text(QStringLiteral("Haruka Nishizono")), QStringLiteral("Alice Anderson"));
        QCOMPARE(an.text(QStringLiteral("Dear Haruka-san,")), QStringLiteral("Dear Alice-san,"));
        QCOMPARE(an.text(QStringLiteral("HARUKA")), QStringLiteral("ALICE"));
        // The real public suffix stays.
        QCOMPARE(
            an.text(QStringLiteral("farah.iskandar@pelangiteguh-eng.com.my")), QStringLiteral("dave@b-company.com.my"));
        // The free-mail mimic keeps its provider, loses the names, and the provider is defanged.
        QCOMPARE(an.text(QStringLiteral("kenta.obuchi.kumoyuki-fs.jp@consultant.com")),
            QStringLiteral("bob.a-company.jp@consultant[.]com"));
        // Company names of the signatures, in both languages.
        QCOMPARE(an.text(QStringLiteral("Kumoyuki Flow Systems Co., Ltd.")), QStringLiteral("Company A"));
        QCOMPARE(an.text(QStringLiteral("Kumoyuki Flow Systems Co., Ltd."), ReportLanguage::Japanese),
            QStringLiteral("A社"));
        QCOMPARE(an.text(QStringLiteral("Pelangi Teguh Engineering Sdn. Bhd.")), QStringLiteral("Company B"));
        QCOMPARE(an.text(QStringLiteral("our partner Kumoyuki.")), QStringLiteral("our partner Company A."));
        // Internal hosts and the parties' IPs.
        QVERIFY(an.text(QStringLiteral("mx.pelangiteguh-eng.com.my")).startsWith(QLatin1String("host")));
        QVERIFY(an.text(QStringLiteral("mx.pelangiteguh-eng.com.my")).endsWith(QLatin1String(".b-company.com.my")));
        const QString ip = an.text(QStringLiteral("[198.51.100.35]"));
        QVERIFY2(ip.startsWith(QLatin1String("[192.0.2.")), qPrintable(ip));
        // The attacker's indicators: kept, defanged.
        QCOMPARE(an.text(QStringLiteral("from srv211.hostmoor-vps.net [198.51.100.211]")),
            QStringLiteral("from srv211.hostmoor-vps[.]net [198.51.100[.]211]"));
        QVERIFY(an.isAttackerIndicator(QStringLiteral("198.51.100.211")));
        QVERIFY(!an.isAttackerIndicator(QStringLiteral("198.51.100.35")));
        // Telephone numbers of the parties' signatures go; the party's genuine account too.
        QCOMPARE(an.text(QStringLiteral("Tel: +81-3-5555-0142")), QStringLiteral("Tel: [phone]"));
        QVERIFY(!an.text(QStringLiteral("account 3108-0046721")).contains(QLatin1String("0046721")));
        // Every party IP became a documentation address.
        for (const Pseudonym& p : an.map().entries) {
            if (p.kind == QLatin1String("ip"))
                QVERIFY2(p.pseudonym.startsWith(QLatin1String("192.0.2."))
                        || p.pseudonym.startsWith(QLatin1String("198.51.100."))
                        || p.pseudonym.startsWith(QLatin1String("2001:db8:")),
                    qPrintable(p.pseudonym));
        }
    }

    void case2JapaneseNamesAndLookalike()
    {
        const Anonymizer an(analysisOf(QStringLiteral("case-2019q3-2")));
        QCOMPARE(an.text(QStringLiteral("棚機 茂")), QStringLiteral("Alice Anderson"));
        QCOMPARE(an.text(QStringLiteral("棚機です。")), QStringLiteral("Andersonです。"));
        QCOMPARE(an.text(QStringLiteral("風早社長")), QStringLiteral("Brown社長"));
        QCOMPARE(an.text(QStringLiteral("ひなぎく金属ホールディングス株式会社"), ReportLanguage::Japanese),
            QStringLiteral("A社"));
        QCOMPARE(
            an.text(QStringLiteral("ひなぎく物流サービス株式会社"), ReportLanguage::Japanese), QStringLiteral("B社"));
        // The romanised name the attacker wrote is the same person as the Japanese one.
        QCOMPARE(an.text(QStringLiteral("Shigeru Tanabata")), QStringLiteral("Alice Anderson"));
        // TLD swap kept: hinagiku-hd.co.jp -> a-company.co.jp, so hinagiku-hd.com -> a-company.com.
        QCOMPARE(pseudonymOf(an, QStringLiteral("hinagiku-hd.com")), QStringLiteral("a-company.com"));
        QCOMPARE(
            an.text(QStringLiteral("\"Shigeru Tanabata - s-tanabata@hinagiku-hd.com\" <ceo.desk@exec-mailbridge.com>")),
            QStringLiteral("\"Alice Anderson - alice@a-company.com\" <ceo.desk[@]exec-mailbridge[.]com>"));
    }

    void demoLookalike()
    {
        const Anonymizer an(analysisOf(QStringLiteral("demo")));
        // rn for m kept on the pseudonym.
        QCOMPARE(pseudonymOf(an, QStringLiteral("tsukikage-seirnitsu.co.jp")), QStringLiteral("a-cornpany.co.jp"));
        QCOMPARE(an.text(QStringLiteral("katagiri.emi@tsukikage-seirnitsu.co.jp")),
            QStringLiteral("alice@a-cornpany.co.jp"));
        QCOMPARE(an.text(QStringLiteral("brandtwerk-antriebe.de")), QStringLiteral("b-company.de"));
        QCOMPARE(an.text(QStringLiteral("株式会社月影精密工業"), ReportLanguage::Japanese), QStringLiteral("A社"));
    }

    void syntheticTricks_data()
    {
        QTest::addColumn<QString>("party");
        QTest::addColumn<QString>("lookalike");
        QTest::addColumn<QString>("expected");
        QTest::newRow("com.cc moved") << QStringLiteral("b-companys.com.cc") << QStringLiteral("b-companys-cc.com")
                                      << QStringLiteral("a-company-cc.com");
        QTest::newRow("hyphen added") << QStringLiteral("orvellecastings.de") << QStringLiteral("orvelle-castings.de")
                                      << QStringLiteral("a-comp-any.de");
        QTest::newRow("hyphen removed") << QStringLiteral("orvelle-castings.de") << QStringLiteral("orvellecastings.de")
                                        << QStringLiteral("acompany.de");
        QTest::newRow("tld swap") << QStringLiteral("orvelle-castings.de") << QStringLiteral("orvelle-castings.com")
                                  << QStringLiteral("a-company.com");
        QTest::newRow("rn for m") << QStringLiteral("nordfjell-pumps.no") << QStringLiteral("nordfjell-purnps.no")
                                  << QStringLiteral("a-cornpany.no");
    }
    void syntheticTricks()
    {
        QFETCH(QString, party);
        QFETCH(QString, lookalike);
        QFETCH(QString, expected);
        const QString a = QStringLiteral("Jonas Weber <jonas.weber@%1>").arg(party);
        const QString b = QStringLiteral("Mia Lund <mia.lund@kestrel-valves.se>");
        const CaseAnalysis ca = syntheticCase({
            eml(a, b, QStringLiteral("Mon, 02 Sep 2019 09:00:00 +0200"), QStringLiteral("1@") + party,
                QStringLiteral("Order 77"), QStringLiteral("Please find the order.")),
            eml(b, a, QStringLiteral("Mon, 02 Sep 2019 10:00:00 +0200"), QStringLiteral("2@kestrel-valves.se"),
                QStringLiteral("RE: Order 77"), QStringLiteral("Thanks.")),
            eml(QStringLiteral("Jonas Weber <jonas.weber@%1>").arg(lookalike), b,
                QStringLiteral("Tue, 03 Sep 2019 09:00:00 +0200"), QStringLiteral("3@") + lookalike,
                QStringLiteral("RE: Order 77"), QStringLiteral("Please pay the invoice to our new bank account."),
                QStringLiteral("Reply-To: jonas.weber.finance@gmail.com\r\n")),
        });
        const Anonymizer an(ca);
        QCOMPARE(pseudonymOf(an, Lookalike::organisationalDomain(lookalike)), expected);
        QVERIFY(
            !an.text(QStringLiteral("jonas.weber@") + lookalike).contains(QLatin1String("jonas"), Qt::CaseInsensitive));
    }

    // Whose a payment detail or a document is: whoever sent it first. The attacker repeats the
    // party's genuine account and re-attaches the party's genuine invoice next to the forged one:
    // the genuine account gets a pseudonym (not an indicator), the genuine invoice is context
    // (its hash would block the party's real mail), the new account and the forged file are indicators.
    void whoSentItFirst()
    {
        const QString a = QStringLiteral("Jonas Weber <jonas.weber@orvelle-castings.de>");
        const QString b = QStringLiteral("Mia Lund <mia.lund@kestrel-valves.se>");
        const QByteArray genuine = "%PDF-1.4 genuine invoice 4711 of Orvelle Castings";
        const QByteArray forged = "%PDF-1.4 revised invoice 4711 with new bank details";
        const CaseAnalysis ca = syntheticCase({
            emlWithFiles(a, b, QStringLiteral("Mon, 02 Sep 2019 09:00:00 +0200"),
                QStringLiteral("1@orvelle-castings.de"), QStringLiteral("Invoice 4711"),
                QStringLiteral("Please find invoice 4711.\r\n\r\nIBAN: DE89 3704 0044 0532 0130 00\r\n"),
                { { QStringLiteral("invoice-4711.pdf"), genuine } }),
            eml(b, a, QStringLiteral("Mon, 02 Sep 2019 10:00:00 +0200"), QStringLiteral("2@kestrel-valves.se"),
                QStringLiteral("RE: Invoice 4711"), QStringLiteral("Thanks, we will pay on time.")),
            emlWithFiles(QStringLiteral("Jonas Weber <jonas.weber@orvelle-casting.de>"), b,
                QStringLiteral("Tue, 03 Sep 2019 09:00:00 +0200"), QStringLiteral("3@orvelle-casting.de"),
                QStringLiteral("RE: Invoice 4711"),
                QStringLiteral(
                    "Please do not pay into our old account any more:\r\nIBAN: DE89 3704 0044 0532 0130 00\r\n"
                    "\r\nOur new account:\r\nIBAN: GB82 WEST 1234 5698 7654 32\r\n"),
                { { QStringLiteral("invoice-4711.pdf"), genuine },
                    { QStringLiteral("invoice-4711_revised.pdf"), forged } },
                QStringLiteral("Reply-To: jonas.weber.finance@gmail.com\r\n")),
        });
        int attackerMessages = 0;
        for (const CaseMessage& cm : ca.messages)
            attackerMessages += cm.actor == QLatin1String("attacker");
        QCOMPARE(attackerMessages, 1);
        const Anonymizer an(ca);
        const auto indicator = [&](const QString& type, const QString& value) -> const Indicator* {
            for (const Indicator& i : an.indicators()) {
                if (i.type == type && i.value.compare(value, Qt::CaseInsensitive) == 0)
                    return &i;
            }
            return nullptr;
        };
        QVERIFY(indicator(QStringLiteral("bank-account"), QStringLiteral("GB82WEST12345698765432")));
        QVERIFY(!indicator(QStringLiteral("bank-account"), QStringLiteral("DE89370400440532013000")));
        QVERIFY(
            !an.text(QStringLiteral("IBAN DE89370400440532013000")).contains(QLatin1String("DE89370400440532013000")));
        const QString genuineHash
            = QString::fromLatin1(QCryptographicHash::hash(genuine, QCryptographicHash::Sha256).toHex());
        const QString forgedHash
            = QString::fromLatin1(QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex());
        const Indicator* g = indicator(QStringLiteral("file"), genuineHash);
        const Indicator* f = indicator(QStringLiteral("file"), forgedHash);
        QVERIFY(g && f);
        QVERIFY(g->context);
        QVERIFY(!f->context);
        QVERIFY(g->role.contains(QLatin1String("genuine")));
    }

    // Machine formats write pseudonymous domains under the RFC 2606 name .example: a pseudonym
    // such as a-company.co.jp may be someone's real domain.
    void reservedNamesForMachines()
    {
        const Anonymizer an(analysisOf(QStringLiteral("demo")));
        QCOMPARE(pseudonymOf(an, QStringLiteral("tsukikage-seimitsu.co.jp")), QStringLiteral("a-company.co.jp"));
        const QStringList cases[] = {
            { QStringLiteral("alice@a-company.co.jp"), QStringLiteral("alice@a-company.co.jp.example") },
            { QStringLiteral("a-cornpany.co.jp"), QStringLiteral("a-cornpany.co.jp.example") },
            { QStringLiteral("<x1@mail.a-cornpany.co.jp>"), QStringLiteral("<x1@mail.a-cornpany.co.jp.example>") },
            { QStringLiteral("see http://A-Company.co.jp/pay."),
                QStringLiteral("see http://A-Company.co.jp.example/pay.") },
            { QStringLiteral("Mail a-company.co.jp."), QStringLiteral("Mail a-company.co.jp.example.") },
            { QStringLiteral("bounces+1-alice=a-company.co.jp@em.sendgrid.net"),
                QStringLiteral("bounces+1-alice=a-company.co.jp.example@em.sendgrid.net") },
            { QStringLiteral("hxxp://x.example/?u=alice%40a-company.co.jp"),
                QStringLiteral("hxxp://x.example/?u=alice%40a-company.co.jp.example") },
            // Not pseudonyms, or reserved already: unchanged.
            { QStringLiteral("srv-58.nimbusrack-vps.net"), QStringLiteral("srv-58.nimbusrack-vps.net") },
            { QStringLiteral("bob.a-company.jp@mail.com"), QStringLiteral("bob.a-company.jp@mail.com") },
            { QStringLiteral("a-company.co.jp.example"), QStringLiteral("a-company.co.jp.example") },
            // A domain written before @ is a host only inside a bounce address.
            { QStringLiteral("smtp.mailfrom=bob.a-company.jp@mail.com"),
                QStringLiteral("smtp.mailfrom=bob.a-company.jp@mail.com") },
            { QStringLiteral("xa-company.co.jp"), QStringLiteral("xa-company.co.jp") },
        };
        for (const QStringList& c : cases)
            QCOMPARE(an.reservedNames(c[0]), c[1]);
        QCOMPARE(an.machineText(QStringLiteral("tsukikage-seimitsu.co.jp")), QStringLiteral("a-company.co.jp.example"));
        // Without anonymization there are no pseudonyms: nothing changes.
        AnonymizerOptions internal;
        internal.anonymize = false;
        const Anonymizer real(analysisOf(QStringLiteral("demo")), internal);
        QCOMPARE(real.reservedNames(QStringLiteral("a-company.co.jp")), QStringLiteral("a-company.co.jp"));
    }

    // One person, two scripts: the display name 松浦 健太, the address k.matsuura, the signature
    // "Kenta Matsuura". The given name next to the family name with the address's initial is the
    // same person's; a word with another initial ("Dear Matsuura") is not a name.
    void givenNameInAnotherScript()
    {
        const Anonymizer an(analysisOf(QStringLiteral("two-party-signatures")));
        const QString signature = an.text(QStringLiteral("松浦 健太 / Kenta Matsuura"));
        QVERIFY2(!signature.contains(QLatin1String("Kenta")) && !signature.contains(QLatin1String("Matsuura"))
                && !signature.contains(QStringLiteral("松浦")),
            qPrintable(signature));
        // Both scripts get the same pseudonym.
        const QStringList halves = signature.split(QStringLiteral(" / "));
        QCOMPARE(halves.size(), 2);
        QCOMPARE(halves[0], halves[1]);
        QVERIFY(an.text(QStringLiteral("Dear Matsuura-san")).startsWith(QLatin1String("Dear ")));

        // A word next to the family name that is no name on its own line: an address (s.hall,
        // "1-2 Hall Street") keeps "Street".
        const QString a = QStringLiteral("Sarah Hall <s.hall@orvelle-castings.de>");
        const QString b = QStringLiteral("Mia Lund <mia.lund@kestrel-valves.se>");
        const CaseAnalysis ca = syntheticCase({ eml(a, b, QStringLiteral("Mon, 02 Sep 2019 09:00:00 +0200"),
            QStringLiteral("1@orvelle-castings.de"), QStringLiteral("Order 77"),
            QStringLiteral("Please find the order.\r\n\r\n--\r\nS. Hall\r\n1-2 Hall Street, Leeds\r\n")) });
        const Anonymizer hall(ca);
        QVERIFY2(hall.text(QStringLiteral("Queen Street")).contains(QLatin1String("Street")),
            qPrintable(hall.text(QStringLiteral("Queen Street"))));
    }

    // Ordinary words are no part of a name, told by Debian's word lists and the case's own words:
    // "via" written in lower case in a display name, "Secured" and the local part "secured" that
    // the case writes as a word, stay words in every text; the names around them go, and so does
    // "Tan", an ordinary word the case never writes as one.
    void commonWordsAreNoNames()
    {
        QVERIFY2(!CommonWords::files().isEmpty(), "no word list: scripts/setup.sh installs wamerican and wbritish");
        QVERIFY(CommonWords::wordCount() > 50000);
        for (const char* w : { "by", "via", "Secured", "TEAM", "notification", "Sent" })
            QVERIFY2(CommonWords::isCommon(QString::fromLatin1(w)), w);
        // Listed capitalised: names (and places), whether or not also an ordinary word.
        for (const char* w : { "Mark", "Rose", "Daniel", "Haruka", "Nishizono", "Tokyo", "Wong", "" })
            QVERIFY2(!CommonWords::isCommon(QString::fromLatin1(w)), w);

        const QString a = QStringLiteral("Jonas Weber via Portal <jonas.weber@orvelle-castings.de>");
        const QString secured = QStringLiteral("Secured by Orvelle <secured@orvelle-castings.de>");
        const QString b = QStringLiteral("Mark Lund <mark.lund@kestrel-valves.se>");
        const QString tan = QStringLiteral("Tan Wei Ling <weiling.tan@kestrel-valves.se>");
        const CaseAnalysis ca = syntheticCase({
            eml(a, b, QStringLiteral("Mon, 02 Sep 2019 09:00:00 +0200"), QStringLiteral("1@orvelle-castings.de"),
                QStringLiteral("Order 77"), QStringLiteral("Dear Mark, the order is shared via the portal.")),
            eml(secured, b, QStringLiteral("Mon, 02 Sep 2019 09:30:00 +0200"), QStringLiteral("2@orvelle-castings.de"),
                QStringLiteral("Order 77 document"), QStringLiteral("Your document is secured.")),
            eml(b, a, QStringLiteral("Mon, 02 Sep 2019 10:00:00 +0200"), QStringLiteral("3@kestrel-valves.se"),
                QStringLiteral("RE: Order 77"), QStringLiteral("Thanks Jonas, received by us today.")),
            eml(tan, a, QStringLiteral("Mon, 02 Sep 2019 11:00:00 +0200"), QStringLiteral("4@kestrel-valves.se"),
                QStringLiteral("RE: Order 77"), QStringLiteral("Noted, Tan")),
        });
        const Anonymizer an(ca);
        const QString text = an.text(
            QStringLiteral("Jonas Weber sent it via the portal; Mark Lund replied by mail. The file is secured."));
        for (const char* kept : { " via ", " by ", " secured.", "the portal" })
            QVERIFY2(text.contains(QLatin1String(kept)),
                qPrintable(QStringLiteral("lost '%1': ").arg(QLatin1String(kept)) + text));
        // "tan" is an ordinary word too, but this case never writes it as one: Tan is a name here.
        QVERIFY2(!an.text(QStringLiteral("Dear Mr Tan,")).contains(QLatin1String("Tan")),
            qPrintable(an.text(QStringLiteral("Dear Mr Tan,"))));
        for (const char* gone : { "Jonas", "Weber", "Mark", "Lund" })
            QVERIFY2(!text.contains(QLatin1String(gone)),
                qPrintable(QStringLiteral("kept '%1': ").arg(QLatin1String(gone)) + text));
        QVERIFY(!an.map().find(QStringLiteral("by")) && !an.map().find(QStringLiteral("via"))
            && !an.map().find(QStringLiteral("secured")));
        // The address itself is still replaced whole.
        QVERIFY(!an.text(QStringLiteral("secured@orvelle-castings.de")).contains(QLatin1String("orvelle")));
    }

    // A given name has short forms people sign with ("Thanks, Rob"): taken from the project's list
    // where the case writes them as the person's name, never where the case writes the word.
    void shortFormsOfGivenNames()
    {
        QCOMPARE(ReferenceData::givenNameVariants(QStringLiteral("robert")).mid(0, 2),
            (QStringList { QStringLiteral("Rob"), QStringLiteral("Bob") }));
        QVERIFY(ReferenceData::givenNameVariants(QStringLiteral("Liz")).contains(QStringLiteral("Elizabeth")));
        QVERIFY(ReferenceData::givenNameVariants(QStringLiteral("Kazamidori")).isEmpty());

        const QString rob = QStringLiteral("Robert Hale <robert.hale@orvelle-castings.de>");
        const QString bill = QStringLiteral("William Price <w.price@orvelle-castings.de>");
        const QString liz = QStringLiteral("Elizabeth Lund <elizabeth.lund@kestrel-valves.se>");
        const CaseAnalysis ca = syntheticCase({
            eml(rob, liz, QStringLiteral("Mon, 02 Sep 2019 09:00:00 +0200"), QStringLiteral("1@orvelle-castings.de"),
                QStringLiteral("Order 77"),
                QStringLiteral("Hi Liz,\r\n\r\nthe order ships Friday.\r\n\r\nThanks, Rob\r\n")),
            eml(liz, rob, QStringLiteral("Mon, 02 Sep 2019 10:00:00 +0200"), QStringLiteral("2@kestrel-valves.se"),
                QStringLiteral("RE: Order 77"),
                QStringLiteral("Hi Rob,\r\n\r\nnoted. Bill says the bill follows.\r\n\r\nBest, Liz\r\n")),
            eml(bill, liz, QStringLiteral("Mon, 02 Sep 2019 11:00:00 +0200"), QStringLiteral("3@orvelle-castings.de"),
                QStringLiteral("RE: Order 77"),
                QStringLiteral("Hello Elizabeth,\r\n\r\ninvoice attached.\r\n\r\nBill\r\n")),
        });
        const Anonymizer an(ca);
        const QString text = an.text(QStringLiteral("Thanks, Rob. Hi Liz. Bill says the bill follows."));
        for (const char* gone : { "Rob", "Liz" })
            QVERIFY2(!text.contains(QLatin1String(gone)),
                qPrintable(QStringLiteral("kept '%1': ").arg(QLatin1String(gone)) + text));
        // Rob is Robert's pseudonym, Liz Elizabeth's.
        QCOMPARE(pseudonymOf(an, QStringLiteral("Rob")), pseudonymOf(an, QStringLiteral("Robert")));
        QCOMPARE(pseudonymOf(an, QStringLiteral("Liz")), pseudonymOf(an, QStringLiteral("Elizabeth")));
        // The case writes "bill" as a word: "Bill" is no short form of William here.
        QVERIFY2(text.contains(QLatin1String("the bill follows")) && text.contains(QLatin1String("Bill says")),
            qPrintable(text));
        QVERIFY(!an.map().find(QStringLiteral("Bill")));
        // A short form the case never writes is not guessed into the map.
        QVERIFY(!an.map().find(QStringLiteral("Bobby")));

        // Only where a name stands, and only one person's: "Bill To:" of an invoice is the word
        // even in a case that never writes "bill" in lower case; "Chris" of Christine and of
        // Christopher is neither's.
        const QString will = QStringLiteral("William Price <w.price@orvelle-castings.de>");
        const QString christine = QStringLiteral("Christine Moor <c.moor@kestrel-valves.se>");
        const QString christopher = QStringLiteral("Christopher Dahl <c.dahl@kestrel-valves.se>");
        const Anonymizer other(syntheticCase({
            eml(will, christine, QStringLiteral("Mon, 02 Sep 2019 09:00:00 +0200"),
                QStringLiteral("5@orvelle-castings.de"), QStringLiteral("Invoice 12"),
                QStringLiteral("Hi Chris,\r\n\r\nBill To: Kestrel Valves\r\nAmount: 1,200 EUR\r\n\r\nBest, Bill\r\n")),
            eml(christopher, will, QStringLiteral("Mon, 02 Sep 2019 10:00:00 +0200"),
                QStringLiteral("6@kestrel-valves.se"), QStringLiteral("RE: Invoice 12"),
                QStringLiteral("Thanks Bill,\r\n\r\nnoted.\r\n\r\nChris\r\n")),
        }));
        QVERIFY(!other.map().find(QStringLiteral("Bill")));
        QVERIFY(!other.map().find(QStringLiteral("Chris")));
        QVERIFY2(other.text(QStringLiteral("Bill To: x")).startsWith(QLatin1String("Bill To:")),
            qPrintable(other.text(QStringLiteral("Bill To: x"))));
    }

    // A name in romaji is also written in katakana (a signature's reading, an account holder): the
    // reading the case writes gets the romaji word's pseudonym; readings it does not write, and
    // katakana that read no name, stay.
    void namesInKatakana()
    {
        QCOMPARE(katakanaReadings(QStringLiteral("matsuura")), QStringList { QStringLiteral("マツウラ") });
        QVERIFY(katakanaReadings(QStringLiteral("sato")).contains(QStringLiteral("サトウ")));
        QVERIFY(katakanaReadings(QStringLiteral("kenta")).contains(QStringLiteral("ケンタ")));
        QVERIFY(katakanaReadings(QStringLiteral("hall")).isEmpty()); // no romaji
        const QString a = QStringLiteral("=?UTF-8?B?")
            + QString::fromLatin1(QStringLiteral("松浦 健太").toUtf8().toBase64())
            + QStringLiteral("?= <k.matsuura@kumoyuki-fs.co.jp>");
        const QString b = QStringLiteral("Mia Lund <mia.lund@kestrel-valves.se>");
        const QString body = QStringLiteral("Please find the invoice.\r\n\r\n--\r\n松浦 健太 / Kenta Matsuura\r\n"
                                            "口座名義：マツウラ ケンタ\r\nサンプル資料を添付します。\r\n");
        const QString raw = QStringLiteral(
            "From: %1\r\nTo: %2\r\nDate: Mon, 02 Sep 2019 09:00:00 +0900\r\n"
            "Message-ID: <1@kumoyuki-fs.co.jp>\r\nSubject: Invoice\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n%3\r\n")
                                .arg(a, b, QString::fromLatin1(body.toUtf8().toBase64()));
        const Anonymizer an(syntheticCase({ raw,
            eml(b, QStringLiteral("k.matsuura@kumoyuki-fs.co.jp"), QStringLiteral("Mon, 02 Sep 2019 10:00:00 +0200"),
                QStringLiteral("2@kestrel-valves.se"), QStringLiteral("RE: Invoice"),
                QStringLiteral("Thanks, received.")) }));
        const QString out = an.text(QStringLiteral("口座名義：マツウラ ケンタ、サンプル資料、タナカ"));
        QVERIFY2(!out.contains(QStringLiteral("マツウラ")) && !out.contains(QStringLiteral("ケンタ")), qPrintable(out));
        QCOMPARE(pseudonymOf(an, QStringLiteral("マツウラ")), pseudonymOf(an, QStringLiteral("matsuura")));
        QVERIFY2(
            out.contains(QStringLiteral("サンプル資料")) && out.contains(QStringLiteral("タナカ")), qPrintable(out));
        QVERIFY(!an.map().find(QStringLiteral("マツウラウ")));
    }

    // Postal address blocks without a country line, in the formats each post writes: a street line
    // (a number and a kind of thoroughfare) above the town line with its postcode; a US town line
    // (state and ZIP code) and a line ending in a British postcode are addresses on their own.
    void postalAddressesWithoutCountry_data()
    {
        QTest::addColumn<QString>("block");
        QTest::newRow("us") << QStringLiteral("1234 Main Street, Suite 200\nSpringfield, IL 62704-1234");
        QTest::newRow("us-suite-line") << QStringLiteral("77 Harbor Blvd.\nSuite 5\nLong Beach, CA 90802");
        QTest::newRow("us-town-only") << QStringLiteral("Springfield, IL 62704");
        QTest::newRow("de") << QStringLiteral("Hauptstraße 12\n80331 München");
        QTest::newRow("de-prefix") << QStringLiteral("Industriestr. 4a\r\nD-70565 Stuttgart");
        QTest::newRow("fr") << QStringLiteral("5 rue de la Paix\n75002 Paris");
        QTest::newRow("nl") << QStringLiteral("Keizersgracht 123\n1015 CJ Amsterdam");
        QTest::newRow("se") << QStringLiteral("Storgatan 8\n411 38 Göteborg");
        QTest::newRow("uk") << QStringLiteral("1-2 Hall Street\nLeeds LS1 4AB");
        QTest::newRow("it") << QStringLiteral("Via Roma 12\n00184 Roma");
        QTest::newRow("us-no-comma-under-street") << QStringLiteral("500 Oak Avenue\nPortland OR 97204");
    }
    void postalAddressesWithoutCountry()
    {
        QFETCH(QString, block);
        const Anonymizer an(analysisOf(QStringLiteral("demo")));
        const QString text = QStringLiteral("Best regards,\nSarah\n") + block + QStringLiteral("\nTel. office\n");
        const QString out = an.text(text);
        QVERIFY2(out.contains(QLatin1String("[postal address]")), qPrintable(out));
        for (const QString& line : block.split(QLatin1Char('\n')))
            QVERIFY2(!out.contains(line.trimmed()), qPrintable(out));
        QVERIFY2(out.startsWith(QLatin1String("Best regards,\n")) && out.endsWith(QLatin1String("\nTel. office\n")),
            qPrintable(out));
    }
    void noPostalAddressWithoutItsShape()
    {
        const Anonymizer an(analysisOf(QStringLiteral("demo")));
        // Numbers and capitalised words that are no address: kept as they are.
        for (const QString& text : { QStringLiteral("Invoice 1234\n2024 Summary\n"),
                 QStringLiteral("We ship 12 boxes of steel\n10115 Units left\n"),
                 QStringLiteral("Meet me at 10 Downing Street tomorrow.\nRegards"),
                 QStringLiteral("Order 4471 for IL 62704 units\n"), QStringLiteral("3 pallets on the way\n"),
                 // Reference numbers and dates (found in review): no postal line.
                 QStringLiteral("Thanks\nInvoice ID 48213\n"), QStringLiteral("Ref\nCustomer ID 10045\n"),
                 QStringLiteral("Status\nPaid in full IN 12500\n"),
                 QStringLiteral("Payment due August 31, 2019\n10000 Euro\n"),
                 QStringLiteral("Contract 2019-123\n2020 Renewal\n"), QStringLiteral("Forecast 2024\n2025 Budget\n"),
                 QStringLiteral("Shipped first 3 pallets today\n2024 Summary\n"),
                 QStringLiteral("10 units shipped via DHL Express\n2024 Forecast\n"),
                 QStringLiteral("We ship 3 Big Boxes the Way\n2024 Summary\n") }) {
            QCOMPARE(an.text(text), text);
        }
    }

    // The attacker writes from a third party's own mailbox, one that sent genuine mail of the case
    // (a compromised account of the forwarder): that organisation is a party like the others, so
    // its address and domain are pseudonyms in the outputs, and the mailbox is listed as context
    // (taken over), never as an indicator to block, which would block its real mail.
    void compromisedThirdPartyIsContext()
    {
        const QString seller = QStringLiteral("Jonas Weber <jonas.weber@orvelle-castings.de>");
        const QString buyer = QStringLiteral("Mia Lund <mia.lund@kestrel-valves.se>");
        const QString forwarder = QStringLiteral("Per Holm <per.holm@nordfrakt-logistics.no>");
        const QList<Message> messages = syntheticMessages({
            eml(seller, buyer, QStringLiteral("Mon, 02 Sep 2019 09:00:00 +0200"),
                QStringLiteral("1@orvelle-castings.de"), QStringLiteral("Order 77"),
                QStringLiteral("Invoice attached.")),
            eml(forwarder, buyer, QStringLiteral("Tue, 03 Sep 2019 09:00:00 +0200"),
                QStringLiteral("2@nordfrakt-logistics.no"), QStringLiteral("Order 77 shipped"),
                QStringLiteral("The goods left Oslo today.")),
            eml(forwarder, buyer, QStringLiteral("Wed, 04 Sep 2019 09:00:00 +0200"),
                QStringLiteral("3@nordfrakt-logistics.no"), QStringLiteral("Order 77 payment"),
                QStringLiteral("Please pay the freight to our new account 4471 2231 9981.")),
        });
        // The analyst's verdict: the third message is the attacker's.
        const CaseAnalysis first = CaseAnalyzer::analyze(messages);
        ActorOverrides verdicts;
        for (const CaseMessage& cm : first.messages) {
            if (cm.message.messageId == QLatin1String("<3@nordfrakt-logistics.no>"))
                verdicts.insert(cm.key, QStringLiteral("attacker"));
        }
        QCOMPARE(verdicts.size(), 1);
        const CaseAnalysis a = CaseAnalyzer::analyze(messages, verdicts);
        const Anonymizer an(a);
        bool attackerMessage = false;
        for (const CaseMessage& cm : a.messages)
            attackerMessage = attackerMessage || (cm.actor == QLatin1String("attacker") && cm.actorOverridden);
        QVERIFY(attackerMessage);
        // Listed for what it is: the forwarder's own mailbox, taken over, as context (no value a
        // partner could block, and under its pseudonym).
        int mailboxes = 0;
        for (const Indicator& i : an.indicators()) {
            if (!i.value.contains(QLatin1String("nordfrakt"), Qt::CaseInsensitive))
                continue;
            ++mailboxes;
            QCOMPARE(i.type, QStringLiteral("email-addr"));
            QVERIFY(i.context && !i.isDetectable());
            QVERIFY2(i.role.contains(QLatin1String("taken over")), qPrintable(i.role));
            QVERIFY2(!i.plain.contains(QLatin1String("nordfrakt")) && !i.shown.contains(QLatin1String("nordfrakt")),
                qPrintable(i.plain));
        }
        QCOMPARE(mailboxes, 1);
        const QString text = an.text(QStringLiteral("From per.holm@nordfrakt-logistics.no"));
        QVERIFY2(!text.contains(QLatin1String("nordfrakt")) && !text.contains(QLatin1String("holm")), qPrintable(text));
    }

    // A party's bank is also written short ("Mikawa Shinkin", "Kazamidori"): the short forms get
    // the bank's pseudonym; the attacker's bank (where the money was to go) stays as it is.
    void bankShortFormsArePseudonyms()
    {
        const Anonymizer two(analysisOf(QStringLiteral("two-party-signatures")));
        QVERIFY(two.map().find(QStringLiteral("Mikawa Shinkin Bank")));
        const QString shortForm = two.text(QStringLiteral("We paid through Mikawa Shinkin as usual."));
        QVERIFY2(!shortForm.contains(QLatin1String("Mikawa")), qPrintable(shortForm));
        const Anonymizer demo(analysisOf(QStringLiteral("demo")));
        const QString kazamidori = demo.text(QStringLiteral("Our account at Kazamidori is unchanged."));
        QVERIFY2(!kazamidori.contains(QLatin1String("Kazamidori")), qPrintable(kazamidori));
        QVERIFY2(demo.text(QStringLiteral("Banco Atlantico do Tejo")).contains(QLatin1String("Atlantico")),
            "the attacker's bank is an indicator, not a party's");

        // A bank named after a place keeps no short form (the place is no bank); a short form the
        // attacker's bank also holds is not taken from the party's.
        const QString a = QStringLiteral("Jonas Weber <jonas.weber@orvelle-castings.de>");
        const QString b = QStringLiteral("Mia Lund <mia.lund@kestrel-valves.se>");
        const CaseAnalysis ca = syntheticCase({
            eml(a, b, QStringLiteral("Mon, 02 Sep 2019 09:00:00 +0200"), QStringLiteral("1@orvelle-castings.de"),
                QStringLiteral("Invoice 77"),
                QStringLiteral("Please pay invoice 77.\r\nBank name: Bank of Tokyo\r\nAccount No.: 7712345\r\n"
                               "Second bank: Bank name: Mizuho Bank\r\nOur Tokyo office ships on Monday.")),
            eml(b, a, QStringLiteral("Mon, 02 Sep 2019 10:00:00 +0200"), QStringLiteral("2@kestrel-valves.se"),
                QStringLiteral("RE: Invoice 77"), QStringLiteral("Thanks, we will pay.")),
            eml(QStringLiteral("Jonas Weber <jonas.weber@orvelle-castlngs.de>"), b,
                QStringLiteral("Tue, 03 Sep 2019 09:00:00 +0200"), QStringLiteral("3@orvelle-castlngs.de"),
                QStringLiteral("RE: Invoice 77"),
                QStringLiteral("Please pay the invoice to our new bank account.\r\nBank name: Mizuho Trust Bank\r\n"
                               "Account No.: 9988776"),
                QStringLiteral("Reply-To: jonas.weber.finance@gmail.com\r\n")),
        });
        const Anonymizer an(ca);
        QVERIFY2(an.map().find(QStringLiteral("Bank of Tokyo")), "the party's bank has a pseudonym");
        QVERIFY2(!an.text(QStringLiteral("paid at Bank of Tokyo")).contains(QLatin1String("Bank of Tokyo")),
            qPrintable(an.text(QStringLiteral("paid at Bank of Tokyo"))));
        QVERIFY2(an.text(QStringLiteral("Our Tokyo office")).contains(QLatin1String("Tokyo")),
            qPrintable(an.text(QStringLiteral("Our Tokyo office"))));
        QVERIFY(!an.map().find(QStringLiteral("Tokyo")) && !an.map().find(QStringLiteral("Mizuho")));
        QVERIFY2(an.text(QStringLiteral("Mizuho Trust Bank")).contains(QLatin1String("Mizuho Trust")),
            qPrintable(an.text(QStringLiteral("Mizuho Trust Bank"))));
    }

    // A genuine message's Message-ID is the party's (the attacker quotes it in In-Reply-To when it
    // hijacks the thread): it becomes message-N, N the report's number; the attacker's stays.
    void messageIdsOfThePartiesArePseudonyms()
    {
        const CaseAnalysis& a = analysisOf(QStringLiteral("demo"));
        const Anonymizer an(a);
        int genuine = 0, attacker = 0;
        for (int i = 0; i < a.messages.size(); ++i) {
            const QString id = a.messages[i].message.messageId;
            const QString left = id.mid(1).section(QLatin1Char('@'), 0, -2);
            QVERIFY(left.size() >= 8);
            const QString shown = an.text(QStringLiteral("In-Reply-To: ") + id);
            if (a.messages[i].actor == QLatin1String("attacker")) {
                QVERIFY2(shown.contains(left), qPrintable(shown));
                ++attacker;
            } else {
                QVERIFY2(!shown.contains(left) && shown.contains(QStringLiteral("<message-%1@").arg(i + 1)),
                    qPrintable(shown));
                ++genuine;
            }
        }
        QVERIFY(genuine > 5 && attacker == 2);
    }

    // The attacker's recipients are victims, however many; the attacker's own look-alike of a
    // victim (in Cc and Reply-To) stays the attacker's indicator.
    void recipientsOfTheAttackerAreParties()
    {
        QStringList to;
        for (int i = 1; i <= 28; ++i)
            to << QStringLiteral("finance@victim%1-works.co.jp").arg(i);
        const CaseAnalysis ca = syntheticCase({ eml(QStringLiteral("\"Tadashi Kanemori\" <ceo.office.desk@gmx.com>"),
            to.join(QStringLiteral(", ")), QStringLiteral("Mon, 10 Feb 2020 01:10:05 +0000"),
            QStringLiteral("1@mail.gmx.com"), QStringLiteral("Urgent request"), QStringLiteral("Please call me."),
            QStringLiteral("Cc: t.kanemori@victim1works.co.jp\r\nReply-To: t.kanemori@victim1works.co.jp\r\n")) });
        int attacker = 0;
        for (const CaseMessage& cm : ca.messages)
            attacker += cm.actor == QLatin1String("attacker");
        QVERIFY(attacker == 1);
        const Anonymizer an(ca);
        for (int i = 1; i <= 28; ++i) {
            const QString t = an.text(QStringLiteral("finance@victim%1-works.co.jp").arg(i));
            QVERIFY2(!t.contains(QStringLiteral("victim%1").arg(i)), qPrintable(t));
        }
        bool lookalike = false;
        for (const Indicator& ind : an.indicators())
            lookalike = lookalike || ind.value.compare(u"victim1works.co.jp", Qt::CaseInsensitive) == 0;
        QVERIFY(lookalike);
    }

    void anonymizeAttackerToo()
    {
        AnonymizerOptions o;
        o.anonymizeAttacker = true;
        const Anonymizer an(analysisOf(QStringLiteral("case-2019q3-2")), o);
        const QString t = an.text(
            QStringLiteral("From: ceo.desk@exec-mailbridge.com via mail.exec-mailbridge.com [203.0.113.166]"));
        QVERIFY2(!t.contains(QLatin1String("mailbridge")), qPrintable(t));
        QVERIFY2(!t.contains(QLatin1String("203.0.113.166")), qPrintable(t));
        QVERIFY2(t.contains(QLatin1String(".example")), qPrintable(t));
    }

    void notAnonymized()
    {
        AnonymizerOptions o;
        o.anonymize = false;
        const Anonymizer an(analysisOf(QStringLiteral("case-2019q3-2")), o);
        QCOMPARE(
            an.text(QStringLiteral("s-tanabata@hinagiku-hd.co.jp")), QStringLiteral("s-tanabata@hinagiku-hd.co.jp"));
        QCOMPARE(an.text(QStringLiteral("ceo.desk@exec-mailbridge.com")),
            QStringLiteral("ceo.desk[@]exec-mailbridge[.]com"));
        QVERIFY(an.map().entries.isEmpty());
    }

    void boundedAndFast()
    {
        const Anonymizer an(analysisOf(QStringLiteral("case-2019q3-1")));
        QString big;
        big.reserve(3 * 1024 * 1024);
        while (big.size() < 3 * 1024 * 1024)
            big += QStringLiteral(
                "Haruka Nishizono <haruka.nishizono@kumoyuki-fs.co.jp> 198.51.100.211 aaaa.bbbb.com ");
        QElapsedTimer timer;
        timer.start();
        const QString out = an.text(big);
        QVERIFY(out.size() <= Anonymizer::MaxTextChars + Anonymizer::MaxTextChars / 2);
        QVERIFY(!out.contains(QLatin1String("Nishizono")));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        // A party's message made of one 250,000-character word: building the map reads the case's
        // words in linear time (a pattern that rescanned the word from every position hung here).
        const QString a = QStringLiteral("Jonas Weber <jonas.weber@orvelle-castings.de>");
        const QString b = QStringLiteral("Mia Lund <mia.lund@kestrel-valves.se>");
        const CaseAnalysis longWord = syntheticCase(
            { eml(a, b, QStringLiteral("Mon, 02 Sep 2019 09:00:00 +0200"), QStringLiteral("1@orvelle-castings.de"),
                  QStringLiteral("Order 77"), QString(250000, QLatin1Char('x')) + QStringLiteral("secured")),
                eml(b, a, QStringLiteral("Mon, 02 Sep 2019 10:00:00 +0200"), QStringLiteral("2@kestrel-valves.se"),
                    QStringLiteral("RE: Order 77"), QStringLiteral("Thanks.")) });
        timer.restart();
        const Anonymizer built(longWord);
        QVERIFY(!built.text(QStringLiteral("Jonas Weber")).contains(QLatin1String("Weber")));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        // Hostile input: nothing crashes, nothing grows without bound.
        QString junk;
        for (int i = 0; i < 200000; ++i)
            junk += QChar(char16_t(QRandomGenerator::global()->bounded(1, 0xD7FF)));
        QVERIFY(an.text(junk).size() < junk.size() * 4);
    }

    void deterministic()
    {
        // The same case read in another order gives the same map.
        QList<Message> messages = TestFixture::readFolder(TestFixture::scenarioDir(QStringLiteral("case-2019q3-1")));
        const Anonymizer one(CaseAnalyzer::analyze(messages));
        std::reverse(messages.begin(), messages.end());
        const Anonymizer two(CaseAnalyzer::analyze(messages));
        QCOMPARE(one.map(), two.map());
        QCOMPARE(one.caseId(), two.caseId());
        QVERIFY(one.caseId().startsWith(QLatin1String("MT-")));
    }

    void mapFile()
    {
        const CaseAnalysis& a = analysisOf(QStringLiteral("case-2019q3-1"));
        const Anonymizer an(a);
        const std::optional<PseudonymMap> back = PseudonymMap::fromJson(an.map().toJson());
        QVERIFY(back.has_value());
        QCOMPARE(*back, an.map());
        QCOMPARE(back->toJson(), an.map().toJson());
        QString error;
        QVERIFY(!PseudonymMap::fromJson("{", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!PseudonymMap::fromJson(R"({"format":"other","version":1})", &error));
        QVERIFY(!PseudonymMap::fromJson(R"({"format":"mailtriage-pseudonym-map","version":2})", &error));
        QVERIFY(!PseudonymMap::fromJson(
            R"({"format":"mailtriage-pseudonym-map","version":1,"entries":[{"real":"x"}]})", &error));
    }

    void mapEdits()
    {
        const CaseAnalysis& a = analysisOf(QStringLiteral("case-2019q3-1"));
        PseudonymMap map = Anonymizer(a).map();
        // The analyst renames the domain of A and one person, and adds a reference number.
        for (Pseudonym& p : map.entries) {
            if (p.real == QLatin1String("kumoyuki-fs.co.jp"))
                p.pseudonym = QStringLiteral("acme.co.jp");
            if (p.real == QLatin1String("Haruka Nishizono"))
                p.pseudonym = QStringLiteral("Hana Nakamura");
        }
        map.entries.append({ QStringLiteral("custom"), QStringLiteral("CV-300"), QStringLiteral("VALVE-X"), {}, {} });
        map.caseId = QStringLiteral("MT-TEST0001");
        const Anonymizer edited(a, {}, map);
        QCOMPARE(edited.caseId(), QStringLiteral("MT-TEST0001"));
        // Derived names follow the edited ones.
        QCOMPARE(edited.text(QStringLiteral("kenta.obuchi@kumoyuki-fs.co.jp")), QStringLiteral("bob@acme.co.jp"));
        QCOMPARE(edited.text(QStringLiteral("Haruka Nishizono")), QStringLiteral("Hana Nakamura"));
        QCOMPARE(edited.text(QStringLiteral("Haruka-san")), QStringLiteral("Hana-san"));
        QCOMPARE(edited.text(QStringLiteral("haruka.nishizono@kumoyuki-fs.co.jp")), QStringLiteral("hana@acme.co.jp"));
        QCOMPARE(edited.text(QStringLiteral("Control valves CV-300 series")),
            QStringLiteral("Control valves VALVE-X series"));
        QCOMPARE(edited.text(QStringLiteral("mail from kenta.obuchi.kumoyuki-fs.jp@consultant.com")),
            QStringLiteral("mail from bob.acme.jp@consultant[.]com"));
    }
};

QTEST_GUILESS_MAIN(TestAnonymizer)
#include "tst_anonymizer.moc"
