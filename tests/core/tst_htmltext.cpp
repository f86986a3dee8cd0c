// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"
#include "messageparser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace MailTriage;

class TestHtmlText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plainText_data();
    void plainText();
    void entities_data();
    void entities();
    void links();
    void imageInsideLink();
    void images();
    void forms();
    void malformed_data();
    void malformed();
    void limits();
    void hostileIsLinear();
    void renderedHtmlBody();
};

void TestHtmlText::plainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("blocks") << QStringLiteral("<p>Hello&nbsp;<b>World</b></p><p>next</p>")
                            << QStringLiteral("Hello World\nnext");
    QTest::newRow("white space") << QStringLiteral("  a \r\n\t b  <br>c") << QStringLiteral("a b\nc");
    QTest::newRow("script and style") << QStringLiteral("<style>p{}</style><script>alert('x<p>')</script>shown")
                                      << QStringLiteral("shown");
    QTest::newRow("title skipped") << QStringLiteral("<html><head><title>T</title></head><body>B</body></html>")
                                   << QStringLiteral("B");
    QTest::newRow("comment") << QStringLiteral("a<!-- <p>hidden</p> -->b") << QStringLiteral("ab");
    QTest::newRow("conditional comment") << QStringLiteral("a<!--[if mso]>x<![endif]-->b") << QStringLiteral("ab");
    QTest::newRow("table cells") << QStringLiteral("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")
                                 << QStringLiteral("a b\nc");
    QTest::newRow("pre keeps lines") << QStringLiteral("<pre>a\n  b</pre>") << QStringLiteral("a\n  b");
    QTest::newRow("japanese") << QStringLiteral("<div>振込先の<b>変更</b>について</div>")
                              << QStringLiteral("振込先の変更について");
    QTest::newRow("literal less-than") << QStringLiteral("a < b and 3<4") << QStringLiteral("a < b and 3<4");
    QTest::newRow("doctype") << QStringLiteral("<!DOCTYPE html><?xml version=\"1.0\"?>x") << QStringLiteral("x");
    QTest::newRow("legacy reference in text") << QStringLiteral("AT&ampT &copy2024") << QStringLiteral("AT&T ©2024");
}

void TestHtmlText::plainText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlText::toPlainText(html), text);
}

void TestHtmlText::entities_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("basic") << QStringLiteral("&amp;&lt;&gt;&quot;&apos;") << QStringLiteral("&<>\"'");
    QTest::newRow("numeric") << QStringLiteral("&#65;&#x42;&#X43;") << QStringLiteral("ABC");
    QTest::newRow("latin1") << QStringLiteral("&eacute;&copy;&yen;") << QStringLiteral("é©¥");
    QTest::newRow("cp1252 range") << QStringLiteral("&#150;&#128;") << QStringLiteral("–€");
    QTest::newRow("invalid numbers") << QStringLiteral("&#0;&#xD800;&#99999999;")
                                     << QStringLiteral("\uFFFD\uFFFD\uFFFD");
    QTest::newRow("unknown name kept") << QStringLiteral("&bogus; & x") << QStringLiteral("&bogus; & x");
    QTest::newRow("legacy without semicolon") << QStringLiteral("a&amp b &lt c") << QStringLiteral("a& b < c");
    QTest::newRow("query string kept") << QStringLiteral("?a=1&copy=2") << QStringLiteral("?a=1&copy=2");
    QTest::newRow("zero width") << QStringLiteral("a&zwj;b") << QStringLiteral("a\u200Db");
}

void TestHtmlText::entities()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(HtmlText::decodeEntities(in), out);
}

void TestHtmlText::links()
{
    const HtmlText::Document d = HtmlText::parse(QStringLiteral(
        "<p>Log in at <a href=\"https://evil.example/login?a=1&amp;b=2\" class=x>www.paypal.com</a> now.</p>"
        "<a href='mailto:boss@example.com'>ceo@example.com</a><a href=x>one<a href=y>two</a>"
        "<map><area href=\"https://map.example/\" alt=\"Area\"></map><a name=anchor>no href</a>"));
    QCOMPARE(d.links.size(), 5);
    QCOMPARE(d.links[0].href, QStringLiteral("https://evil.example/login?a=1&b=2"));
    QCOMPARE(d.links[0].text, QStringLiteral("www.paypal.com"));
    QCOMPARE(d.links[1].href, QStringLiteral("mailto:boss@example.com"));
    QCOMPARE(d.links[1].text, QStringLiteral("ceo@example.com"));
    QCOMPARE(d.links[2].text, QStringLiteral("one")); // a new <a> closes the open one
    QCOMPARE(d.links[3].text, QStringLiteral("two"));
    QCOMPARE(d.links[4].href, QStringLiteral("https://map.example/"));
    QCOMPARE(d.links[4].text, QStringLiteral("Area"));
    QVERIFY(d.links[0].position > 0);
    QVERIFY(d.text.startsWith(QStringLiteral("Log in at www.paypal.com now.")));
}

void TestHtmlText::imageInsideLink()
{
    const HtmlText::Document d = HtmlText::parse(
        QStringLiteral("<a href=\"https://x.example/\"><img src=\"b.png\" alt=\"www.bank.example\"></a>"
                       "<a href=\"https://y.example/\" title=\"Title text\"></a>"));
    QCOMPARE(d.links.size(), 2);
    QCOMPARE(d.links[0].text, QStringLiteral("www.bank.example"));
    QCOMPARE(d.links[1].text, QStringLiteral("Title text"));
}

void TestHtmlText::images()
{
    const HtmlText::Document d = HtmlText::parse(
        QStringLiteral("<img src=\"https://u1.ct.sendgrid.net/wf/open?upn=abc\" width=\"1\" height=\"1\" border=0>"
                       "<img src=https://cdn.example/logo.png width=600 height=200 alt=Logo>"
                       "<img src=\"https://t.example/p.gif\" style=\"display: none\">"
                       "<img src=\"https://t.example/q.gif\" style=\"max-width:100%;width:1px;height:1px\">"
                       "<img alt=nosrc><td background=\"https://bg.example/b.jpg\">x</td>"));
    QCOMPARE(d.images.size(), 5);
    QCOMPARE(d.images[0].width, 1);
    QCOMPARE(d.images[0].height, 1);
    QVERIFY(!d.images[0].hidden);
    QCOMPARE(d.images[1].width, 600);
    QCOMPARE(d.images[1].alt, QStringLiteral("Logo"));
    QVERIFY(d.images[2].hidden);
    QCOMPARE(d.images[3].width, 1); // max-width does not count as width
    QCOMPARE(d.images[3].height, 1);
    QCOMPARE(d.images[4].src, QStringLiteral("https://bg.example/b.jpg"));
}

void TestHtmlText::forms()
{
    const HtmlText::Document d
        = HtmlText::parse(QStringLiteral("<form action=\"https://collect.example/p.php\" method=post><input "
                                         "name=u><input type=\"PASSWORD\" name=p></form>"
                                         "<form action=/search><input type=text></form><input type=password>"));
    QCOMPARE(d.forms.size(), 3);
    QCOMPARE(d.forms[0].action, QStringLiteral("https://collect.example/p.php"));
    QVERIFY(d.forms[0].hasPassword);
    QVERIFY(!d.forms[1].hasPassword);
    QVERIFY(d.forms[2].hasPassword); // a password field outside any form
}

void TestHtmlText::malformed_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("unclosed quote") << QStringLiteral("<a href='x>text and more");
    QTest::newRow("unclosed comment") << QStringLiteral("a<!-- never closed <a href=x>y</a>");
    QTest::newRow("unclosed script") << QStringLiteral("<script>var a = '<a href=x>';");
    QTest::newRow("lone lt at end") << QStringLiteral("abc<");
    QTest::newRow("lone amp at end") << QStringLiteral("abc&");
    QTest::newRow("attribute soup") << QStringLiteral("<a = = href = \"x\" / / >t</a>");
    QTest::newRow("nested depth") << QStringLiteral("<div>").repeated(100000) + QStringLiteral("deep");
    QTest::newRow("nul and controls") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b<") + QChar(1)
        + QStringLiteral(">c&#") + QChar(2) + QStringLiteral(";"));
}

void TestHtmlText::malformed()
{
    QFETCH(QString, html);
    const HtmlText::Document d = HtmlText::parse(html);
    QVERIFY(d.text.size() <= html.size());
}

void TestHtmlText::limits()
{
    HtmlText::Limits l;
    l.maxInputChars = 100;
    const HtmlText::Document cut = HtmlText::parse(QString(1000, u'x'), l);
    QVERIFY(cut.truncated);
    QCOMPARE(cut.text.size(), 100);

    HtmlText::Limits few;
    few.maxLinks = 3;
    const HtmlText::Document d = HtmlText::parse(QStringLiteral("<a href=x>a</a>").repeated(10), few);
    QCOMPARE(d.links.size(), 3);
    QVERIFY(d.truncated);
}

void TestHtmlText::hostileIsLinear()
{
    QElapsedTimer t;
    t.start();
    // Many unclosed quotes / tags / references: every search resumes where the last stopped.
    HtmlText::parse(QStringLiteral("<a href=\"").repeated(50000));
    HtmlText::parse(QStringLiteral("<!--").repeated(50000));
    HtmlText::parse(QStringLiteral("<script>").repeated(30000));
    HtmlText::parse(QStringLiteral("&#x").repeated(80000));
    HtmlText::parse(QStringLiteral("<img src=a style=\"width:1px;").repeated(20000));
    QVERIFY2(t.elapsed() < 10000, "hostile HTML must be read in linear time");
}

void TestHtmlText::renderedHtmlBody()
{
    const QByteArray raw = "From: a@example.com\r\nTo: b@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
                           "Content-Type: text/html; charset=utf-8\r\n\r\n<p>Hello <b>there</b></p><p>&#x2603;</p>\r\n";
    const Message m = MessageParser::parseEml(raw);
    QCOMPARE(HtmlText::renderedHtmlBody(m), QStringLiteral("Hello there\n\u2603"));
    const Message plain = MessageParser::parseEml("From: a@example.com\r\n\r\nplain\r\n");
    QVERIFY(HtmlText::renderedHtmlBody(plain).isEmpty());
}

QTEST_GUILESS_MAIN(TestHtmlText)
#include "tst_htmltext.moc"
