// SPDX-License-Identifier: GPL-3.0-or-later
// The one translation catalog: finding texts are phrases rendered in the language asked for, the
// Japanese catalog is complete and keeps every placeholder, and stored phrases are hostile data.
#include "caseanalyzer.h"
#include "catalog.h"
#include "messageanalyzer.h"
#include "messageparser.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace MailTriage;

namespace {

QString unescape(QString s)
{
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    s.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s;
}

// Problems of a .ts catalog: an entry left untranslated, or a translation whose placeholders
// (%1, %2, %n) are not those of its source (an argument lost or shown twice).
QStringList catalogProblems(const QString& ts)
{
    QStringList problems;
    static const QRegularExpression message(
        QStringLiteral(
            "<message( numerus=\"yes\")?>\\s*<source>(.*?)</source>.*?<translation([^>]*)>(.*?)</translation>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression placeholder(QStringLiteral("%(?:L?\\d+|n)"));
    for (auto it = message.globalMatch(ts); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString source = unescape(m.captured(2));
        if (m.captured(3).contains(QLatin1String("unfinished")) || m.captured(4).trimmed().isEmpty()) {
            problems << QStringLiteral("untranslated: ") + source;
            continue;
        }
        if (!m.captured(1).isEmpty())
            continue; // plural forms: %n is checked by lrelease
        QSet<QString> a, b;
        for (auto p = placeholder.globalMatch(source); p.hasNext();)
            a.insert(p.next().captured());
        for (auto p = placeholder.globalMatch(unescape(m.captured(4))); p.hasNext();)
            b.insert(p.next().captured());
        if (a != b)
            problems << QStringLiteral("placeholders differ: ") + source;
    }
    return problems;
}

bool hasKana(const QString& s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x3040 && c.unicode() <= 0x30ff)
            return true;
    }
    return false;
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void japaneseCatalogIsCompleteAndKeepsPlaceholders()
    {
        // The checker notices both faults on a catalog written to have them.
        const QString broken = QStringLiteral(
            "<context><name>Finding</name>"
            "<message><source>Reply-To (%1) differs from From (%2)</source>"
            "<translation>返信先(%1)が差出人と異なる</translation></message>"
            "<message><source>Risky link: %1.</source><translation type=\"unfinished\"></translation></message>"
            "</context>");
        QCOMPARE(catalogProblems(broken).size(), 2);

        QFile f(QStringLiteral(MAILTRIAGE_SOURCE_DIR "/resources/translations/mailtriage_ja.ts"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(f.readAll());
        QVERIFY(ts.count(QStringLiteral("<message")) > 700);
        const QStringList problems = catalogProblems(ts);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void languagesAndFallback()
    {
        QVERIFY(Catalog::languages().contains(QStringLiteral("ja")));
        const Text t = Text(QT_TRANSLATE_NOOP("Finding", "Risky link: %1.")).arg(QStringLiteral("x"));
        QCOMPARE(t.render(u"en"), QStringLiteral("Risky link: x."));
        QCOMPARE(t.render(u"ja"), QStringLiteral("危険なリンク: x。"));
        // A language without a catalog reads English, not an empty text.
        QCOMPARE(t.render(u"fr"), t.render(u"en"));
    }

    void argumentsAreFilledOnce()
    {
        // An argument's own "%2" (an attacker's subject line) is not filled again.
        QCOMPARE(Catalog::fill(QStringLiteral("%1 and %2, %1"), { QStringLiteral("50%2 off"), QStringLiteral("b") }),
            QStringLiteral("50%2 off and b, 50%2 off"));
        QCOMPARE(Catalog::fill(QStringLiteral("100% %3"), { QStringLiteral("a") }), QStringLiteral("100% %3"));
        const Text t = Text(QT_TRANSLATE_NOOP("Finding", "Risky link: %1.")).arg(QStringLiteral("%1%1"));
        QCOMPARE(t.render(u"en"), QStringLiteral("Risky link: %1%1."));
    }

    void listsAndNestedTexts()
    {
        const Text list = Text::list({ Text(QT_TRANSLATE_NOOP("Finding", "another domain ending")),
            Text(QT_TRANSLATE_NOOP("Finding", "%1 characters different")).arg(2) });
        QCOMPARE(list.render(u"en"), QStringLiteral("another domain ending; 2 characters different"));
        QCOMPARE(list.render(u"ja"), QStringLiteral("ドメイン末尾(トップレベルドメイン)の違い、2文字の違い"));
        const Text outer = Text(QT_TRANSLATE_NOOP("Finding", "Risky link: %1.")).arg(list);
        QCOMPARE(outer.render(u"ja"),
            QStringLiteral("危険なリンク: ドメイン末尾(トップレベルドメイン)の違い、2文字の違い。"));
        // A sentence of several phrases as one argument keeps them together, in order.
        const Text two = Text(QT_TRANSLATE_NOOP("Finding", "another domain ending"))
            + Text(QT_TRANSLATE_NOOP("Finding", " The reply address imitates the sender's."));
        QCOMPARE(Text(QT_TRANSLATE_NOOP("Finding", "Risky link: %1.")).arg(two).render(u"en"),
            QStringLiteral("Risky link: another domain ending The reply address imitates the sender's.."));
    }

    void storedPhrasesAreHostileData()
    {
        const Text t = Text(QT_TRANSLATE_NOOP("Finding", "Risky link: %1."))
                           .arg(Text::list({ Text::value(QStringLiteral("a")), Text::value(QStringLiteral("b")) }));
        QCOMPARE(Text::fromJson(t.toJson()), t);
        QCOMPARE(Text::fromJson(t.toJson()).render(u"ja"), t.render(u"ja"));
        QVERIFY(Text::fromJson("not json").isEmpty());
        QVERIFY(Text::fromJson("{\"s\":\"x\"}").isEmpty());
        // Nesting without end (a crafted case file) is refused, not recursed into.
        QByteArray deep = "[";
        for (int i = 0; i < 200; ++i)
            deep += "{\"s\":\"%1\",\"a\":[";
        deep += "{\"v\":\"x\"}";
        for (int i = 0; i < 200; ++i)
            deep += "]}";
        deep += "]";
        QVERIFY(Text::fromJson(deep).isEmpty());
    }

    // Every finding the analysis makes on the scenario cases reads in Japanese: a phrase missing
    // from the catalog would show its English source in the Japanese window and report.
    void everyScenarioFindingReadsInJapanese()
    {
        const QString dir = TestSupport::shared(QStringLiteral("scenarios"));
        MAILTRIAGE_NEED_SHARED(dir);
        QList<Message> messages;
        QDirIterator it(dir, { QStringLiteral("*.eml") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            Message m = MessageParser::parseEml(f.readAll());
            MessageAnalyzer::analyze(m);
            messages << m;
        }
        QVERIFY(messages.size() >= 10);
        const CaseAnalysis a = CaseAnalyzer::analyze(messages);
        int checked = 0;
        QStringList english;
        for (const CaseMessage& cm : a.messages) {
            for (const Finding& f : cm.message.findings) {
                ++checked;
                const QString ja = f.text.render(u"ja");
                if (!hasKana(ja) || ja == f.text.render(u"en"))
                    english << f.signal + QStringLiteral(": ") + ja;
            }
            for (const Text& r : cm.attackerReasons) {
                if (!hasKana(r.render(u"ja")))
                    english << QStringLiteral("attacker reason: ") + r.render(u"ja");
            }
        }
        for (const Text& r : a.becTypeReasons) {
            if (!hasKana(r.render(u"ja")))
                english << QStringLiteral("BEC reason: ") + r.render(u"ja");
        }
        QVERIFY(checked > 20);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
