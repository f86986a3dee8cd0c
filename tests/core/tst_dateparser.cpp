// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateparser.h"

#include <QTest>

using namespace MailTriage;

class TestDateParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("iso"); // empty: must be invalid
        QTest::newRow("rfc5322") << QByteArray("Wed, 31 Jul 2019 04:38:51 +0100")
                                 << QStringLiteral("2019-07-31T04:38:51+01:00");
        QTest::newRow("no day name") << QByteArray("31 Jul 2019 11:09:03 +0900")
                                     << QStringLiteral("2019-07-31T11:09:03+09:00");
        QTest::newRow("comment zone") << QByteArray("Thu, 1 Aug 2019 10:26:09 +0900 (JST)")
                                      << QStringLiteral("2019-08-01T10:26:09+09:00");
        QTest::newRow("no seconds") << QByteArray("Thu, 1 Aug 2019 10:26 -0500")
                                    << QStringLiteral("2019-08-01T10:26:00-05:00");
        QTest::newRow("two-digit year") << QByteArray("Mon, 2 Sep 02 08:00:12 GMT")
                                        << QStringLiteral("2002-09-02T08:00:12+00:00");
        QTest::newRow("three-digit year")
            << QByteArray("Mon, 2 Sep 102 08:00:12 GMT") << QStringLiteral("2002-09-02T08:00:12+00:00");
        QTest::newRow("named zone") << QByteArray("Fri, 21 Nov 1997 09:55:06 PDT")
                                    << QStringLiteral("1997-11-21T09:55:06-07:00");
        QTest::newRow("colon offset") << QByteArray("Fri, 21 Nov 1997 09:55:06 +09:00")
                                      << QStringLiteral("1997-11-21T09:55:06+09:00");
        QTest::newRow("iso 8601") << QByteArray("2019-07-31T04:38:51+01:00")
                                  << QStringLiteral("2019-07-31T04:38:51+01:00");
        QTest::newRow("asctime") << QByteArray("Thu Aug  1 10:00:00 2019")
                                 << QStringLiteral("2019-08-01T10:00:00+00:00");
        QTest::newRow("month first") << QByteArray("Aug 1 2019 10:00:00 +0200")
                                     << QStringLiteral("2019-08-01T10:00:00+02:00");
        QTest::newRow("dashes") << QByteArray("1-Aug-2019 10:00:00 +0000")
                                << QStringLiteral("2019-08-01T10:00:00+00:00");
        QTest::newRow("dots in time") << QByteArray("Thu, 1 Aug 2019 10.20.30 +0000")
                                      << QStringLiteral("2019-08-01T10:20:30+00:00");
        QTest::newRow("GMT+offset") << QByteArray("Thu, 1 Aug 2019 10:20:30 GMT+0900")
                                    << QStringLiteral("2019-08-01T10:20:30+09:00");
        QTest::newRow("full names") << QByteArray("Thursday, 1 August 2019 10:20:30 +0000")
                                    << QStringLiteral("2019-08-01T10:20:30+00:00");
        QTest::newRow("leap second") << QByteArray("Sat, 31 Dec 2016 23:59:60 +0000")
                                     << QStringLiteral("2016-12-31T23:59:59+00:00");
        QTest::newRow("garbage") << QByteArray("not a date") << QString();
        QTest::newRow("empty") << QByteArray("") << QString();
        QTest::newRow("bad day") << QByteArray("31 Feb 2019 10:00:00 +0000") << QString();
        QTest::newRow("bad hour") << QByteArray("1 Feb 2019 25:00:00 +0000") << QString();
    }
    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, iso);
        const QDateTime dt = DateParser::parse(input);
        if (iso.isEmpty()) {
            QVERIFY2(!dt.isValid(), qPrintable(dt.toString(Qt::ISODate)));
        } else {
            QVERIFY(dt.isValid());
            QCOMPARE(DateParser::toIso(dt), iso);
        }
    }
    void missingZoneIsReported()
    {
        bool missing = false;
        const QDateTime dt = DateParser::parse("Thu, 1 Aug 2019 10:00:00", &missing);
        QVERIFY(dt.isValid());
        QVERIFY(missing);
    }
};

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
