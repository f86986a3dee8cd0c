// SPDX-License-Identifier: GPL-3.0-or-later
#include "lzfu.h"
#include "rtfhtml.h"

#include <QElapsedTimer>
#include <QTest>
#include <QtEndian>

using namespace MailTriage;

namespace {

QByteArray bytes(std::initializer_list<int> list)
{
    QByteArray out;
    for (const int b : list)
        out.append(char(b));
    return out;
}

// [MS-OXRTFCP] 3.1.1: "{\rtf1\ansi\ansicpg1252\pard hello world}\r\n", compressed.
QByteArray specExample1()
{
    return bytes({ 0x2d, 0x00, 0x00, 0x00, 0x2b, 0x00, 0x00, 0x00, 0x4c, 0x5a, 0x46, 0x75, 0xf1, 0xc5, 0xc7, 0xa7, 0x03,
        0x00, 0x0a, 0x00, 0x72, 0x63, 0x70, 0x67, 0x31, 0x32, 0x35, 0x42, 0x32, 0x0a, 0xf3, 0x20, 0x68, 0x65, 0x6c,
        0x09, 0x00, 0x20, 0x62, 0x77, 0x05, 0xb0, 0x6c, 0x64, 0x7d, 0x0a, 0x80, 0x0f, 0xa0 });
}

// [MS-OXRTFCP] 3.1.2: "{\rtf1 WXYZWXYZWXYZWXYZWXYZ}": a reference that overlaps its own output.
QByteArray specExample2()
{
    return bytes({ 0x1a, 0x00, 0x00, 0x00, 0x1c, 0x00, 0x00, 0x00, 0x4c, 0x5a, 0x46, 0x75, 0xe2, 0xd4, 0x4b, 0x51, 0x41,
        0x00, 0x04, 0x20, 0x57, 0x58, 0x59, 0x5a, 0x0d, 0x6e, 0x7d, 0x01, 0x0e, 0xb0 });
}

} // namespace

class TestLzfu : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void specExamples()
    {
        const Lzfu::Result r1 = Lzfu::decompress(specExample1());
        QVERIFY(r1.ok);
        QVERIFY(r1.compressed);
        QVERIFY(r1.crcOk);
        QVERIFY(r1.complete);
        QCOMPARE(r1.data, QByteArray("{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n"));

        const Lzfu::Result r2 = Lzfu::decompress(specExample2());
        QVERIFY(r2.ok);
        QVERIFY(r2.crcOk);
        QVERIFY(r2.complete);
        QCOMPARE(r2.data, QByteArray("{\\rtf1 WXYZWXYZWXYZWXYZWXYZ}"));
    }

    void crc()
    {
        // The CRC field of example 1 covers the bytes after the 16-byte header.
        QCOMPARE(Lzfu::crc32(specExample1().mid(16)), 0xA7C7C5F1u);
        QCOMPARE(Lzfu::crc32(specExample2().mid(16)), 0x514BD4E2u);
        QCOMPARE(Lzfu::crc32({}), 0u);
    }

    void uncompressed()
    {
        QByteArray in = bytes({ 0x2e, 0, 0, 0, 0x22, 0, 0, 0 }) + QByteArray("MELA") + QByteArray(4, '\0')
            + QByteArray("{\\rtf1\\ansi\\ansicpg1252\\pard test}");
        const Lzfu::Result r = Lzfu::decompress(in);
        QVERIFY(r.ok);
        QVERIFY(!r.compressed);
        QVERIFY(r.crcOk);
        QCOMPARE(r.data, QByteArray("{\\rtf1\\ansi\\ansicpg1252\\pard test}"));
        // A stored stream with a non-zero CRC field is flagged, still read.
        in[12] = 1;
        const Lzfu::Result bad = Lzfu::decompress(in);
        QVERIFY(bad.ok);
        QVERIFY(!bad.crcOk);
    }

    void malformed()
    {
        QVERIFY(!Lzfu::decompress({}).ok);
        QVERIFY(!Lzfu::decompress(QByteArray(15, 'x')).ok);
        QByteArray unknown = specExample1();
        unknown.replace(8, 4, "ABCD");
        QVERIFY(!Lzfu::decompress(unknown).ok);
        QByteArray tinySize = specExample1();
        qToLittleEndian<quint32>(3, tinySize.data());
        QVERIFY(!Lzfu::decompress(tinySize).ok);

        // A damaged CRC is noticed; the data still comes out.
        QByteArray badCrc = specExample1();
        badCrc[12] = char(badCrc[12] ^ 0x55);
        const Lzfu::Result c = Lzfu::decompress(badCrc);
        QVERIFY(c.ok);
        QVERIFY(!c.crcOk);
        QCOMPARE(c.data.size(), 43);

        // Cut short: partial output, no end marker.
        const Lzfu::Result cut = Lzfu::decompress(specExample1().left(30));
        QVERIFY(cut.ok);
        QVERIFY(!cut.complete);
        QVERIFY(!cut.error.isEmpty());
        QVERIFY(QByteArray("{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n").startsWith(cut.data));
    }

    void hugeDeclaredSizes()
    {
        QElapsedTimer t;
        t.start();
        // RAWSIZE of 2 GiB with a few bytes of input: no huge allocation, output bounded by input.
        QByteArray in = specExample1();
        qToLittleEndian<quint32>(0x7FFFFFFFu, in.data() + 4);
        const Lzfu::Result r = Lzfu::decompress(in);
        QVERIFY(r.ok);
        QCOMPARE(r.data, QByteArray("{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n"));
        // COMPSIZE larger than the data.
        QByteArray in2 = specExample1();
        qToLittleEndian<quint32>(0xFFFFFFF0u, in2.data());
        QVERIFY(Lzfu::decompress(in2).ok);
        // Output limit below RAWSIZE is an error.
        const Lzfu::Result limited = Lzfu::decompress(specExample1(), 10);
        QVERIFY(!limited.ok);
        QVERIFY(limited.data.size() <= 10);
        // A stream of references only (each 17 bytes of output per 2 input bytes) stays bounded.
        QByteArray refs = bytes({ 0, 0, 0, 0, 0, 0, 0x10, 0 }) + QByteArray("LZFu") + QByteArray(4, '\0');
        for (int i = 0; i < 20000; ++i)
            refs += bytes({ 0xFF, 0x00, 0x0F, 0x00, 0x0F, 0x00, 0x0F, 0x00, 0x0F, 0x00, 0x0F, 0x00, 0x0F, 0x00, 0x0F,
                0x00, 0x0F, 0x00, 0x0F });
        qToLittleEndian<quint32>(quint32(refs.size() - 4), refs.data());
        const Lzfu::Result big = Lzfu::decompress(refs, 1 << 20);
        QVERIFY(big.data.size() <= (1 << 20));
        QVERIFY(t.elapsed() < 1000);
    }

    void fromhtmlDeencapsulation()
    {
        // Tags in \*\htmltag groups, text outside them, RTF-only runs inside \htmlrtf.
        const QByteArray rtf = "{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss Arial;}}"
                               "{\\*\\htmltag19 <html>}{\\*\\htmltag50 <body>}{\\*\\htmltag64 <p>}"
                               "\\htmlrtf {\\htmlrtf0 Pay to IBAN \\'e9\\u8364?5\\htmlrtf }\\htmlrtf0 "
                               "{\\*\\htmltag72 </p>}\\htmlrtf\\par\\htmlrtf0 {\\*\\mhtmltag84 <a href=\"cid:x\">}"
                               "{\\*\\htmltag84 <a href=\"http://evil.example/\">}link{\\*\\htmltag92 </a>}"
                               "{\\*\\htmltag58 </body>}{\\*\\htmltag27 </html>}}";
        QCOMPARE(RtfHtml::origin(rtf), RtfHtml::Origin::Html);
        QCOMPARE(RtfHtml::deencapsulateHtml(rtf),
            QStringLiteral(
                "<html><body><p>Pay to IBAN \u00e9\u20ac5</p><a href=\"http://evil.example/\">link</a></body></html>"));
    }

    void plainTextRendering()
    {
        const QByteArray rtf
            = "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}{\\f1\\fcharset128 MS Gothic;}}"
              "{\\*\\generator Riched20;}\\pard Line one\\par\\tab Caf\\'e9 {\\f1 \\'93\\'fa\\'96\\'7b}"
              "\\par{\\field{\\*\\fldinst HYPERLINK \"http://x/\"}{\\fldrslt here}}\\uc2\\u12354\\'82\\'a0.}";
        QCOMPARE(RtfHtml::origin(rtf), RtfHtml::Origin::Rtf);
        QCOMPARE(RtfHtml::toPlainText(rtf), QStringLiteral("Line one\n\tCaf\u00e9 \u65e5\u672c\nhere\u3042."));
        QCOMPARE(RtfHtml::origin("{\\rtf1\\ansi\\fromtext \\deff0 x}"), RtfHtml::Origin::Text);
    }

    void rtfBounded()
    {
        QElapsedTimer t;
        t.start();
        // Deep nesting, unbalanced braces, truncated escapes, a huge \bin: no crash, no hang.
        const QByteArray deep = QByteArray(200000, '{') + "text" + QByteArray(10, '}');
        RtfHtml::toPlainText(deep);
        RtfHtml::deencapsulateHtml(deep);
        QCOMPARE(RtfHtml::toPlainText("{\\rtf1 a}}}}}} b"), QStringLiteral("a b"));
        RtfHtml::toPlainText("{\\rtf1 \\'");
        RtfHtml::toPlainText("{\\rtf1 \\'4");
        RtfHtml::toPlainText("{\\rtf1 \\");
        QCOMPARE(RtfHtml::toPlainText("{\\rtf1 \\bin999999999 abc}"), QString());
        RtfHtml::toPlainText("{\\rtf1 \\u-99999999999999999999 \\uc99999999999 x}");
        QVERIFY(RtfHtml::toPlainText(QByteArray(100000, 'a'), 1252, 1000).size() <= 1000);
        QVERIFY(t.elapsed() < 1000);
    }

    void codepages()
    {
        QCOMPARE(RtfHtml::codepageLabel(932), QByteArray("windows-31j"));
        QCOMPARE(RtfHtml::codepageLabel(1252), QByteArray("windows-1252"));
        QCOMPARE(RtfHtml::codepageLabel(1251), QByteArray("windows-1251"));
        QCOMPARE(RtfHtml::codepageLabel(65001), QByteArray("utf-8"));
        QCOMPARE(RtfHtml::codepageLabel(50220), QByteArray("iso-2022-jp"));
        QCOMPARE(RtfHtml::codepageLabel(51932), QByteArray("euc-jp"));
        QCOMPARE(RtfHtml::codepageLabel(28592), QByteArray("iso-8859-2"));
        QCOMPARE(RtfHtml::codepageLabel(936), QByteArray("gbk"));
        QCOMPARE(RtfHtml::codepageLabel(950), QByteArray("big5"));
        QCOMPARE(RtfHtml::codepageLabel(949), QByteArray("windows-949"));
        QVERIFY(RtfHtml::codepageLabel(0).isEmpty());
        QVERIFY(RtfHtml::codepageLabel(-5).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLzfu)
#include "tst_lzfu.moc"
