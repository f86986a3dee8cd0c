// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateparser.h"
#include "headerblock.h"
#include "receivedparser.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace MailTriage;
using namespace Qt::StringLiterals;

namespace {

QString sharedDir()
{
    return QString::fromUtf8(MAILTRIAGE_SHARED_DIR);
}

// Header fields from literal lines ("Name: value", folding with "\r\n\t"), newest first.
QList<HeaderField> fields(const QStringList& lines)
{
    QByteArray data;
    for (const QString& l : lines)
        data += l.toUtf8() + "\r\n";
    data += "\r\nbody\r\n";
    return HeaderBlock::parse(data).fields;
}

QList<HeaderField> headersOfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (f.size() > (64 << 20))
        return {};
    return HeaderBlock::parse(f.readAll()).fields;
}

QString isoOf(const QDateTime& dt)
{
    return DateParser::toIso(dt);
}

} // namespace

class TestReceivedParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void rawIsKept();
    void hostileInput_data();
    void hostileInput();
    void chainOrderAndDelays();
    void chainTrustScenario();
    void chainTrustOffice365();
    void chainTrustLoopbackAndForgery();
    void chainTrustSkipsQmailMarkers();
    void chainTrustLocalOnly();
    void chainCap();
    void chainEmpty();
    void scenarioFiles();
    void corpusRate();
};

void TestReceivedParser::formats_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("parsed");
    QTest::addColumn<QString>("fromHost");
    QTest::addColumn<QString>("fromRdns");
    QTest::addColumn<QString>("fromIp");
    QTest::addColumn<QString>("byHost");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("forAddress");
    QTest::addColumn<QString>("date"); // ISO 8601, empty = invalid

    // Postfix
    QTest::newRow("postfix")
        << u"from mail.example.com (mail.example.com [192.0.2.10])\tby mx.example.org (Postfix) with ESMTPS id 4B2C3D1234\tfor <alice@example.org>; Wed, 31 Jul 2019 11:38:56 +0800"_s
        << true << u"mail.example.com"_s << u"mail.example.com"_s << u"192.0.2.10"_s << u"mx.example.org"_s
        << u"ESMTPS"_s << true << u"4B2C3D1234"_s << u"alice@example.org"_s << u"2019-07-31T11:38:56+08:00"_s;
    QTest::newRow("postfix using TLS comment, unknown rdns")
        << u"from helo.example.net (unknown [203.0.113.5]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256) (No client certificate requested) by mx.example.org (Postfix) with ESMTP id 45abc for <bob@example.org>; Thu, 1 Aug 2019 10:00:00 +0900 (JST)"_s
        << true << u"helo.example.net"_s << u"unknown"_s << u"203.0.113.5"_s << u"mx.example.org"_s << u"ESMTP"_s
        << true << u"45abc"_s << u"bob@example.org"_s << u"2019-08-01T10:00:00+09:00"_s;
    QTest::newRow("postfix local pickup")
        << u"by mail.zzz.org (Postfix, from userid 889) id 1A2B3C; Sat, 29 Jun 2002 02:36:44 +0900 (JST)"_s << true
        << QString() << QString() << QString() << u"mail.zzz.org"_s << QString() << false << u"1A2B3C"_s << QString()
        << u"2002-06-29T02:36:44+09:00"_s;
    QTest::newRow("postfix ipv6")
        << u"from mail-ej1-x62f.google.com (mail-ej1-x62f.google.com [IPv6:2a00:1450:4864:20::62f]) by mx.example.org (Postfix) with ESMTPS id ABC for <x@example.org>; Mon, 5 Aug 2019 08:00:00 +0000 (UTC)"_s
        << true << u"mail-ej1-x62f.google.com"_s << u"mail-ej1-x62f.google.com"_s << u"2a00:1450:4864:20::62f"_s
        << u"mx.example.org"_s << u"ESMTPS"_s << true << u"ABC"_s << u"x@example.org"_s
        << u"2019-08-05T08:00:00+00:00"_s;
    QTest::newRow("postfix authenticated")
        << u"from [192.168.1.20] (p1234-ipngn.example.ne.jp [198.51.100.44]) (Authenticated sender: taro@example.co.jp) by smtp.example.co.jp (Postfix) with ESMTPSA id 9F8E7D for <hanako@example.com>; Tue, 6 Aug 2019 09:10:11 +0900 (JST)"_s
        << true << u"[192.168.1.20]"_s << u"p1234-ipngn.example.ne.jp"_s << u"198.51.100.44"_s
        << u"smtp.example.co.jp"_s << u"ESMTPSA"_s << true << u"9F8E7D"_s << u"hanako@example.com"_s
        << u"2019-08-06T09:10:11+09:00"_s;

    // Exim
    QTest::newRow("exim")
        << u"from mail-wm1-f51.google.com ([209.85.128.51]:43234) by mx.example.org with esmtps (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 (Exim 4.92) (envelope-from <x@gmail.com>) id 1hqL2T-0004Ci-Ht for y@example.org; Thu, 25 Jul 2019 10:00:00 +0100"_s
        << true << u"mail-wm1-f51.google.com"_s << QString() << u"209.85.128.51"_s << u"mx.example.org"_s << u"ESMTPS"_s
        << true << u"1hqL2T-0004Ci-Ht"_s << u"y@example.org"_s << u"2019-07-25T10:00:00+01:00"_s;
    QTest::newRow("exim ip literal and helo")
        << u"from [204.245.199.98] (helo=zinfandel.lacita.com) by host.example.com with esmtp (Exim 3.36 #1) id 17Oh4W-0006Aa-00 for <a@example.com>; Mon, 01 Jul 2002 10:00:00 -0700"_s
        << true << u"zinfandel.lacita.com"_s << QString() << u"204.245.199.98"_s << u"host.example.com"_s << u"ESMTP"_s
        << false << u"17Oh4W-0006Aa-00"_s << u"a@example.com"_s << u"2002-07-01T10:00:00-07:00"_s;
    QTest::newRow("exim rdns and different helo")
        << u"from host.example.net ([198.51.100.7]:5876 helo=differs.example) by mx.example.org with esmtpa (Exim 4.96) (envelope-from <a@b.example>) id 1abc-000 for c@d.example; Tue, 02 Jan 2024 03:04:05 +0000"_s
        << true << u"differs.example"_s << u"host.example.net"_s << u"198.51.100.7"_s << u"mx.example.org"_s
        << u"ESMTPA"_s << false << u"1abc-000"_s << u"c@d.example"_s << u"2024-01-02T03:04:05+00:00"_s;
    QTest::newRow("exim utf8smtps")
        << u"from relay.example.net ([203.0.113.8]) by mx.example.org with UTF8SMTPS id 1q; Tue, 02 Jan 2024 03:04:05 +0000"_s
        << true << u"relay.example.net"_s << QString() << u"203.0.113.8"_s << u"mx.example.org"_s << u"UTF8SMTPS"_s
        << true << u"1q"_s << QString() << u"2024-01-02T03:04:05+00:00"_s;

    // Sendmail
    QTest::newRow("sendmail")
        << u"from imo11.mx.aol.com (imo11.mx.aol.com [198.81.17.33]) by sina.hpc.uh.edu (8.7.3/8.7.3) with ESMTP id KAA22560 for <PC800@hpc.uh.edu>; Thu, 30 Apr 1998 10:29:47 -0500 (CDT)"_s
        << true << u"imo11.mx.aol.com"_s << u"imo11.mx.aol.com"_s << u"198.81.17.33"_s << u"sina.hpc.uh.edu"_s
        << u"ESMTP"_s << false << u"KAA22560"_s << u"PC800@hpc.uh.edu"_s << u"1998-04-30T10:29:47-05:00"_s;
    QTest::newRow("sendmail ident, may be forged, tls")
        << u"from helo.example (user@host.example.net [192.0.2.77] (may be forged)) by mail.example.com (8.15.2/8.15.2) with ESMTPS id x6V3ctAb012345 (version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT) for <x@example.com>; Wed, 31 Jul 2019 04:38:55 +0100"_s
        << true << u"helo.example"_s << u"host.example.net"_s << u"192.0.2.77"_s << u"mail.example.com"_s << u"ESMTPS"_s
        << true << u"x6V3ctAb012345"_s << u"x@example.com"_s << u"2019-07-31T04:38:55+01:00"_s;
    QTest::newRow("sendmail local user")
        << u"(from koenig@localhost) by franz.ww.TU-Berlin.DE (8.7.3/8.7.3) id XAA01761 for k@anna.in-berlin.de; Sun, 22 Dec 1996 23:25:10 +0100 (CET)"_s
        << true << QString() << QString() << QString() << u"franz.ww.TU-Berlin.DE"_s << QString() << false
        << u"XAA01761"_s << u"k@anna.in-berlin.de"_s << u"1996-12-22T23:25:10+01:00"_s;

    // Microsoft
    QTest::newRow("office365 inbound")
        << u"from mail-oo1-f71.google.com (209.85.161.71) by OSA0EPF000000CC.mail.protection.outlook.com (10.167.240.58) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9700.17 via Frontend Transport; Fri, 13 Mar 2026 09:26:05 +0000"_s
        << true << u"mail-oo1-f71.google.com"_s << QString() << u"209.85.161.71"_s
        << u"OSA0EPF000000CC.mail.protection.outlook.com"_s << u"SMTP"_s << true << u"15.20.9700.17"_s << QString()
        << u"2026-03-13T09:26:05+00:00"_s;
    QTest::newRow("office365 ipv6 tls1_2")
        << u"from BL1PR13CA0277.namprd13.prod.outlook.com (2603:10b6:208:2bc::12) by SA1PR20MB5551.namprd20.prod.outlook.com (2603:10b6:806:2b6::12) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8534.42; Tue, 25 Mar 2025 10:00:00 +0000"_s
        << true << u"BL1PR13CA0277.namprd13.prod.outlook.com"_s << QString() << u"2603:10b6:208:2bc::12"_s
        << u"SA1PR20MB5551.namprd20.prod.outlook.com"_s << u"SMTP"_s << true << u"15.20.8534.42"_s << QString()
        << u"2025-03-25T10:00:00+00:00"_s;
    QTest::newRow("office365 https loopback")
        << u"from SJ0PR19MB6655.namprd19.prod.outlook.com (::1) by MN0PR19MB6312.namprd19.prod.outlook.com with HTTPS; Mon, 7 Aug 2023 05:11:54 +0000"_s
        << true << u"SJ0PR19MB6655.namprd19.prod.outlook.com"_s << QString() << u"::1"_s
        << u"MN0PR19MB6312.namprd19.prod.outlook.com"_s << u"HTTPS"_s << true << QString() << QString()
        << u"2023-08-07T05:11:54+00:00"_s;
    QTest::newRow("office365 without tls")
        << u"from mlrpmb.veronicapal12.com (159.223.195.30) by AM3PEPF00009B9F.mail.protection.outlook.com (10.167.16.24) with Microsoft SMTP Server id 15.20.7784.11 via Frontend Transport; Sun, 28 Jul 2024 10:29:12 +0000"_s
        << true << u"mlrpmb.veronicapal12.com"_s << QString() << u"159.223.195.30"_s
        << u"AM3PEPF00009B9F.mail.protection.outlook.com"_s << u"SMTP"_s << false << u"15.20.7784.11"_s << QString()
        << u"2024-07-28T10:29:12+00:00"_s;
    QTest::newRow("exchange smtpsvc")
        << u"from mail03.quanta.corp ([192.168.66.6]) by qcife1.quanta.corp    with Microsoft SMTPSVC(5.0.2195.5329); Mon, 10 Feb 2003 09:48:33 +0800"_s
        << true << u"mail03.quanta.corp"_s << QString() << u"192.168.66.6"_s << u"qcife1.quanta.corp"_s << u"SMTP"_s
        << false << QString() << QString() << u"2003-02-10T09:48:33+08:00"_s;
    QTest::newRow("exchange mapi, zone index")
        << u"from EXCH01.corp.example.com ([fe80::1234:5678%12]) by EXCH02.corp.example.com ([fe80::abcd%12]) with mapi id 14.03.0319.002; Wed, 31 Jul 2019 12:00:00 +0900"_s
        << true << u"EXCH01.corp.example.com"_s << QString() << u"fe80::1234:5678%12"_s << u"EXCH02.corp.example.com"_s
        << u"MAPI"_s << false << u"14.03.0319.002"_s << QString() << u"2019-07-31T12:00:00+09:00"_s;

    // Google
    QTest::newRow("gmail esmtps")
        << u"from srs1.zonevs.eu (srs1.zonevs.eu. [217.146.68.191])        by mx.google.com with ESMTPS id l202si1012799lfg.293.2016.10.13.04.39.49        for <andris.reinman@gmail.com>        (version=TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128/128);        Thu, 13 Oct 2016 04:39:49 -0700 (PDT)"_s
        << true << u"srs1.zonevs.eu"_s << u"srs1.zonevs.eu"_s << u"217.146.68.191"_s << u"mx.google.com"_s
        << u"ESMTPS"_s << true << u"l202si1012799lfg.293.2016.10.13.04.39.49"_s << u"andris.reinman@gmail.com"_s
        << u"2016-10-13T04:39:49-07:00"_s;
    QTest::newRow("gmail smtps transport security")
        << u"from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS id a640c23a62f3a-a7a3c0b7c1csor1234567866b.3.2024.07.22.01.02.03 for <x@gmail.com> (Google Transport Security); Mon, 22 Jul 2024 01:02:03 -0700 (PDT)"_s
        << true << u"mail-sor-f41.google.com"_s << u"mail-sor-f41.google.com"_s << u"209.85.220.41"_s
        << u"mx.google.com"_s << u"SMTPS"_s << true
        << u"a640c23a62f3a-a7a3c0b7c1csor1234567866b.3.2024.07.22.01.02.03"_s << u"x@gmail.com"_s
        << u"2024-07-22T01:02:03-07:00"_s;
    QTest::newRow("gmail internal by ipv6")
        << u"by 2002:a05:6a10:8a07:b0:4b1:2d5e:1b23 with SMTP id ab7csp123456pxb;        Wed, 31 Jul 2019 04:38:56 -0700 (PDT)"_s
        << true << QString() << QString() << QString() << u"2002:a05:6a10:8a07:b0:4b1:2d5e:1b23"_s << u"SMTP"_s << false
        << u"ab7csp123456pxb"_s << QString() << u"2019-07-31T04:38:56-07:00"_s;
    QTest::newRow("gmail api")
        << u"from 77463558223 named unknown by gmailapi.google.com with HTTPREST; Sun, 1 Feb 2026 20:09:02 -0800"_s
        << true << u"77463558223"_s << QString() << QString() << u"gmailapi.google.com"_s << u"HTTPREST"_s << false
        << QString() << QString() << u"2026-02-01T20:09:02-08:00"_s;

    // qmail
    QTest::newRow("qmail invoked by uid")
        << u"(qmail 1234 invoked by uid 0); 29 Aug 2024 22:15:20 +0900"_s << true << QString() << QString() << QString()
        << QString() << QString() << false << QString() << QString() << u"2024-08-29T22:15:20+09:00"_s;
    QTest::newRow("qmail invoked from network")
        << u"(qmail 857 invoked from network); 4 Apr 2002 21:41:11 -0000"_s << true << QString() << QString()
        << QString() << QString() << QString() << false << QString() << QString() << u"2002-04-04T21:41:11+00:00"_s;
    QTest::newRow("qmail helo")
        << u"from unknown (HELO lune.stained-g) (202.214.129.125)  by stained-g.net with SMTP; 16 Dec 2002 23:08:43 +0900"_s
        << true << u"lune.stained-g"_s << u"unknown"_s << u"202.214.129.125"_s << u"stained-g.net"_s << u"SMTP"_s
        << false << QString() << QString() << u"2002-12-16T23:08:43+09:00"_s;
    QTest::newRow("qmail rdns and helo")
        << u"from gateway.pc5.atmailcloud.com (HELO mqr.i-0d1cf58e632f8102c) ([13.54.26.16])  by rpt-glb-asav2.external.tpg.com.au with ESMTP; 23 Jan 2024 13:50:01 +1100"_s
        << true << u"mqr.i-0d1cf58e632f8102c"_s << u"gateway.pc5.atmailcloud.com"_s << u"13.54.26.16"_s
        << u"rpt-glb-asav2.external.tpg.com.au"_s << u"ESMTP"_s << false << QString() << QString()
        << u"2024-01-23T13:50:01+11:00"_s;
    QTest::newRow("qmail authenticated")
        << u"from unknown (HELO win-dsrtao9c691.domain) (administrativo2@technecare.com)  by br110.dialhost.com.br with ESMTPSA (ECDHE-RSA-AES256-GCM-SHA384 encrypted, authenticated); 13 May 2025 20:14:10 -0300"_s
        << true << u"win-dsrtao9c691.domain"_s << u"unknown"_s << QString() << u"br110.dialhost.com.br"_s
        << u"ESMTPSA"_s << true << QString() << QString() << u"2025-05-13T20:14:10-03:00"_s;

    // Others
    QTest::newRow("really")
        << u"from [10.0.0.1] (really [124.183.219.10])          by oaamta05sl.mx.bigpond.com with ESMTP          id <20071118085627.TQWF6995.oaamta05sl.mx.bigpond.com@[10.0.0.1]>;          Sun, 18 Nov 2007 08:56:27 +0000"_s
        << true << u"[10.0.0.1]"_s << QString() << u"124.183.219.10"_s << u"oaamta05sl.mx.bigpond.com"_s << u"ESMTP"_s
        << false << u"<20071118085627.TQWF6995.oaamta05sl.mx.bigpond.com@[10.0.0.1]>"_s << QString()
        << u"2007-11-18T08:56:27+00:00"_s;
    QTest::newRow("webmail via http")
        << u"from [41.222.192.69] by web82107.mail.mud.yahoo.com via HTTP; Thu, 03 Dec 2009 10:50:22 PST"_s << true
        << u"[41.222.192.69]"_s << QString() << u"41.222.192.69"_s << u"web82107.mail.mud.yahoo.com"_s << u"HTTP"_s
        << false << QString() << QString() << u"2009-12-03T10:50:22-08:00"_s;
    QTest::newRow("sendgrid without semicolon")
        << u"from NDgyMjQ3NTk (unknown) by geopod-ismtpd-canary-0 (SG) with HTTP id AZvyQ0z-SgSTYMvzNIVuIA Sat, 11 Oct 2025 18:31:16.079 +0000 (UTC)"_s
        << true << u"NDgyMjQ3NTk"_s << QString() << QString() << u"geopod-ismtpd-canary-0"_s << u"HTTP"_s << false
        << u"AZvyQ0z-SgSTYMvzNIVuIA"_s << QString() << u"2025-10-11T18:31:16+00:00"_s;
    QTest::newRow("sendgrid iso date")
        << u"by recvd-7ccb486446-6pbpb with SMTP id recvd-7ccb486446-6pbpb-1-68EAA274-11 2025-10-11 18:31:16.14136038 +0000 UTC m=+11151980.058224020"_s
        << true << QString() << QString() << QString() << u"recvd-7ccb486446-6pbpb"_s << u"SMTP"_s << false
        << u"recvd-7ccb486446-6pbpb-1-68EAA274-11"_s << QString() << u"2025-10-11T18:31:16+00:00"_s;
    QTest::newRow("mailchimp ip only, envelope-from after date")
        << u"from (127.0.0.1) by mail90.suw15.mcsv.net id hgs0ok2ddl42 for <d@example.com>; Wed, 29 Aug 2018 20:26:47 +0000 (envelope-from <bounce-mc.us14_1@mail90.suw15.mcsv.net>)"_s
        << true << QString() << QString() << u"127.0.0.1"_s << u"mail90.suw15.mcsv.net"_s << QString() << false
        << u"hgs0ok2ddl42"_s << u"d@example.com"_s << u"2018-08-29T20:26:47+00:00"_s;
    QTest::newRow("zonemta bare bracket ip")
        << u"from host29.guest.zone.eu [217.146.66.6] by srs1.zonevs.eu (ZoneMTA Forwarder) with ESMTP id 157bdd754f70005750.002 for <a@gmail.com>; Thu, 13 Oct 2016 11:39:48 +0000"_s
        << true << u"host29.guest.zone.eu"_s << QString() << u"217.146.66.6"_s << u"srs1.zonevs.eu"_s << u"ESMTP"_s
        << false << u"157bdd754f70005750.002"_s << u"a@gmail.com"_s << u"2016-10-13T11:39:48+00:00"_s;
    QTest::newRow("list manager, semicolon in comment")
        << u"with LISTAR (v0.129a; list rlug); Sat, 08 Feb 2003 01:53:02 +0200 (EET)"_s << true << QString()
        << QString() << QString() << QString() << u"LISTAR"_s << false << QString() << QString()
        << u"2003-02-08T01:53:02+02:00"_s;
    QTest::newRow("semicolon in comment after date")
        << u"from a.example (a.example [192.0.2.1]) by b.example with SMTP id 1; Tue, 1 Jan 2019 10:00:00 +0000 (note; more)"_s
        << true << u"a.example"_s << u"a.example"_s << u"192.0.2.1"_s << u"b.example"_s << u"SMTP"_s << false << u"1"_s
        << QString() << u"2019-01-01T10:00:00+00:00"_s;
    QTest::newRow("tls host name is not tls")
        << u"from tls.example.com (tls.example.com [192.0.2.9]) by mx.example.org with ESMTP id 1; Wed, 31 Jul 2019 04:38:53 +0100"_s
        << true << u"tls.example.com"_s << u"tls.example.com"_s << u"192.0.2.9"_s << u"mx.example.org"_s << u"ESMTP"_s
        << false << u"1"_s << QString() << u"2019-07-31T04:38:53+01:00"_s;
    QTest::newRow("tls-ish rdns is not tls")
        << u"from gw (smtp-tls1.example.net [192.0.2.9]) by mx.example.org with ESMTP; Wed, 31 Jul 2019 04:38:53 +0100"_s
        << true << u"gw"_s << u"smtp-tls1.example.net"_s << u"192.0.2.9"_s << u"mx.example.org"_s << u"ESMTP"_s << false
        << QString() << QString() << u"2019-07-31T04:38:53+01:00"_s;
    QTest::newRow("upper and lower keywords")
        << u"FROM a.example (a.example [192.0.2.1]) BY b.example WITH esmtp ID x FOR <u@b.example>; Wed, 31 Jul 2019 04:38:53 +0100"_s
        << true << u"a.example"_s << u"a.example"_s << u"192.0.2.1"_s << u"b.example"_s << u"ESMTP"_s << false << u"x"_s
        << u"u@b.example"_s << u"2019-07-31T04:38:53+01:00"_s;

    QTest::newRow("cisco ironport")
        << u"from unknown (HELO vps.server.com) ([185.243.112.105])  by esa2.hc2528-13.iphmx.com with ESMTP/TLS/ECDHE-RSA-AES128-GCM-SHA256; 03 Feb 2021 07:09:42 -0500"_s
        << true << u"vps.server.com"_s << u"unknown"_s << u"185.243.112.105"_s << u"esa2.hc2528-13.iphmx.com"_s
        << u"ESMTP"_s << true << QString() << QString() << u"2021-02-03T07:09:42-05:00"_s;
    QTest::newRow("mailenable") << u"from ([127.0.0.1]) with MailEnable ESMTP; Tue, 1 Oct 2013 00:42:18 +0200"_s << true
                                << QString() << QString() << u"127.0.0.1"_s << QString() << u"ESMTP"_s << false
                                << QString() << QString() << u"2013-10-01T00:42:18+02:00"_s;
    QTest::newRow("account and HELO in one comment, no by host")
        << u"from [130.210.145.27] (account captivatedm41@tin.it HELO kzr.nczlmxxd.com) by (Postfix) with ESMTPA id 24hEA8pehXqat.247 for e.salvation.comprehei@virusnet.it; Tue, 24 May 2016 13:09:41 +0100"_s
        << true << u"kzr.nczlmxxd.com"_s << QString() << u"130.210.145.27"_s << QString() << u"ESMTPA"_s << false
        << u"24hEA8pehXqat.247"_s << u"e.salvation.comprehei@virusnet.it"_s << u"2016-05-24T13:09:41+01:00"_s;

    // The scenario's attacker hop (case-2019q3-1, M08).
    QTest::newRow("scenario attacker hop")
        << u"from WIN-7Q2LK1M0D3E (WIN-7Q2LK1M0D3E [198.51.100.211])\tby srv211.hostmoor-vps.net with ESMTPSA id cFPk1q8NYmF2JM\tfor <farah.iskandar@pelangiteguh-eng.com.my>; Wed, 31 Jul 2019 04:38:53 +0100"_s
        << true << u"WIN-7Q2LK1M0D3E"_s << QString() << u"198.51.100.211"_s << u"srv211.hostmoor-vps.net"_s
        << u"ESMTPSA"_s << true << u"cFPk1q8NYmF2JM"_s << u"farah.iskandar@pelangiteguh-eng.com.my"_s
        << u"2019-07-31T04:38:53+01:00"_s;

    // Broken
    QTest::newRow("broken: truncated, no date")
        << u"from zproxy.gmail.com (zproxy.gmail.com [64.233.162.199])"_s << true << u"zproxy.gmail.com"_s
        << u"zproxy.gmail.com"_s << u"64.233.162.199"_s << QString() << QString() << false << QString() << QString()
        << QString();
    QTest::newRow("broken: no structure")
        << u"garbage text without structure"_s << false << QString() << QString() << QString() << QString() << QString()
        << false << QString() << QString() << QString();
    QTest::newRow("broken: empty") << QString() << false << QString() << QString() << QString() << QString()
                                   << QString() << false << QString() << QString() << QString();
    QTest::newRow("broken: only a date") << u"; Wed, 31 Jul 2019 04:38:53 +0100"_s << false << QString() << QString()
                                         << QString() << QString() << QString() << false << QString() << QString()
                                         << u"2019-07-31T04:38:53+01:00"_s;
    QTest::newRow("broken: bad date") << u"from a.example by b.example with SMTP; yesterday"_s << true << u"a.example"_s
                                      << QString() << QString() << u"b.example"_s << u"SMTP"_s << false << QString()
                                      << QString() << QString();
    QTest::newRow("broken: unclosed comment")
        << u"from x.example (unclosed [192.0.2.3] by y.example with SMTP; Wed, 31 Jul 2019 04:38:53 +0100"_s << true
        << u"x.example"_s << QString() << u"192.0.2.3"_s << QString() << QString() << false << QString() << QString()
        << u"2019-07-31T04:38:53+01:00"_s;
    QTest::newRow("broken: keywords only") << u"from by with id for ;"_s << false << QString() << QString() << QString()
                                           << QString() << QString() << false << QString() << QString() << QString();
    QTest::newRow("broken: stray parenthesis")
        << u"from a.example) (b [192.0.2.4]) by c.example with ESMTP; Wed, 31 Jul 2019 04:38:53 +0100"_s << true
        << u"a.example"_s << QString() << u"192.0.2.4"_s << u"c.example"_s << u"ESMTP"_s << false << QString()
        << QString() << u"2019-07-31T04:38:53+01:00"_s;
}

void TestReceivedParser::formats()
{
    QFETCH(QString, value);
    const ReceivedHop h = ReceivedParser::parse(value);
    QTEST(h.parsed, "parsed");
    QTEST(h.fromHost, "fromHost");
    QTEST(h.fromRdns, "fromRdns");
    QTEST(h.fromIp, "fromIp");
    QTEST(h.byHost, "byHost");
    QTEST(h.protocol, "protocol");
    QTEST(h.tls, "tls");
    QTEST(h.id, "id");
    QTEST(h.forAddress, "forAddress");
    QTEST(isoOf(h.date), "date");
    QCOMPARE(h.raw, value.trimmed());
    QVERIFY(!h.trusted);
    QCOMPARE(h.headerIndex, -1);
}

void TestReceivedParser::rawIsKept()
{
    const QList<HeaderField> h = fields({ u"Received: from a.example (a.example [192.0.2.1])"_s,
        u"\tby b.example with ESMTP id 1"_s, u"\tfor <x@b.example>; Wed, 31 Jul 2019 04:38:53 +0100"_s });
    const QList<ReceivedHop> hops = ReceivedParser::parseChain(h);
    QCOMPARE(hops.size(), 1);
    QCOMPARE(hops[0].raw,
        u"from a.example (a.example [192.0.2.1])\tby b.example with ESMTP id 1\tfor <x@b.example>; Wed, 31 Jul 2019 04:38:53 +0100"_s);
    QCOMPARE(hops[0].headerIndex, 0);
    QVERIFY(hops[0].trusted);
}

void TestReceivedParser::hostileInput_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("open parens") << QString(1 << 20, u'(');
    QTest::newRow("close parens") << QString(1 << 20, u')');
    QTest::newRow("nested") << QString(100000, u'(') + QString(100000, u')');
    QTest::newRow("semicolons") << QString(1 << 20, u';');
    QTest::newRow("brackets") << QString(1 << 20, u'[');
    QTest::newRow("backslashes") << u"from ("_s + QString(100001, u'\\');
    QString words;
    for (int i = 0; i < 100000; ++i)
        words += u"from by with id for via "_s;
    QTest::newRow("keywords") << words;
    QString days;
    for (int i = 0; i < 100000; ++i)
        days += u"Mon 2019-01-01 "_s;
    QTest::newRow("day names") << days;
    QString ips;
    for (int i = 0; i < 50000; ++i)
        ips += u"([1.2.3.4] helo=x HELO y) "_s;
    QTest::newRow("comments") << u"from a "_s + ips + u"; Wed, 31 Jul 2019 04:38:53 +0100"_s;
    QTest::newRow("nul and controls") << u"from \u0000\u0001 (\u0000 [::1]) by \u0007; \u0000"_s;
    QTest::newRow("long date tail") << u"by x; "_s + QString(1 << 20, u'1');
}

void TestReceivedParser::hostileInput()
{
    QFETCH(QString, value);
    QElapsedTimer t;
    t.start();
    const ReceivedHop h = ReceivedParser::parse(value);
    QVERIFY2(t.elapsed() < 5000, qPrintable(QStringLiteral("took %1 ms").arg(t.elapsed())));
    QCOMPARE(h.raw.size(), value.trimmed().size());
    QVERIFY(h.byHost.size() <= value.size());
}

void TestReceivedParser::chainOrderAndDelays()
{
    const QList<HeaderField> h = fields({
        u"Received: from b.example.org (b.example.org [10.0.0.2]) by c.example.org with ESMTP; Wed, 31 Jul 2019 10:00:30 +0000"_s,
        u"Subject: x"_s,
        u"Received: from a.example.org (a.example.org [10.0.0.1]) by b.example.org with ESMTP; Wed, 31 Jul 2019 11:00:10 +0100"_s,
        u"Received: from client (client [10.0.0.9]) by a.example.org with ESMTP; Wed, 31 Jul 2019 10:00:40 +0000"_s,
        u"Received: garbage"_s,
    });
    const QList<ReceivedHop> hops = ReceivedParser::parseChain(h);
    QCOMPARE(hops.size(), 4);
    // Oldest first.
    QCOMPARE(hops[0].raw, u"garbage"_s);
    QCOMPARE(hops[0].headerIndex, 4);
    QVERIFY(!hops[0].parsed);
    QCOMPARE(hops[1].byHost, u"a.example.org"_s);
    QCOMPARE(hops[1].headerIndex, 3);
    QCOMPARE(hops[2].byHost, u"b.example.org"_s);
    QCOMPARE(hops[2].headerIndex, 2);
    QCOMPARE(hops[3].byHost, u"c.example.org"_s);
    QCOMPARE(hops[3].headerIndex, 0);
    // Delays: none for the first and after an undated hop; negative when the clock goes back.
    QVERIFY(!hops[0].hasDelay);
    QCOMPARE(hops[0].delaySeconds, 0);
    QVERIFY(!hops[1].hasDelay);
    QVERIFY(hops[2].hasDelay);
    QCOMPARE(hops[2].delaySeconds, -30); // 11:00:10 +0100 = 10:00:10 UTC
    QVERIFY(hops[3].hasDelay);
    QCOMPARE(hops[3].delaySeconds, 20);
    // All internal (private IPs): all trusted down to the unparsable line, which ends the walk.
    for (const ReceivedHop& hop : hops)
        QVERIFY(hop.trusted);
}

void TestReceivedParser::chainTrustScenario()
{
    const QString path
        = sharedDir() + u"/scenarios/case-2019q3-1/mailbox-B/M08_inbox_2019-07-31_FAKE-revised-docs.eml"_s;
    MAILTRIAGE_NEED_SHARED(path);
    const QList<HeaderField> h = headersOfFile(path);
    const QList<ReceivedHop> hops = ReceivedParser::parseChain(h);
    QCOMPARE(hops.size(), 3);
    QCOMPARE(hops[0].fromIp, u"198.51.100.211"_s);
    QCOMPARE(hops[0].fromHost, u"WIN-7Q2LK1M0D3E"_s);
    QCOMPARE(hops[0].byHost, u"srv211.hostmoor-vps.net"_s);
    QCOMPARE(hops[0].protocol, u"ESMTPSA"_s);
    QCOMPARE(hops[1].fromIp, u"198.51.100.211"_s);
    QCOMPARE(hops[1].fromRdns, u"srv211.hostmoor-vps.net"_s);
    QCOMPARE(hops[1].byHost, u"mx.pelangiteguh-eng.com.my"_s);
    QCOMPARE(hops[2].fromIp, u"198.51.100.35"_s);
    QCOMPARE(hops[2].byHost, u"imap1.pelangiteguh-eng.com.my"_s);
    QVERIFY(!hops[0].trusted);
    QVERIFY(hops[1].trusted);
    QVERIFY(hops[2].trusted);
    QVERIFY(hops[1].hasDelay);
    QCOMPARE(hops[1].delaySeconds, 2); // 04:38:53 +0100 -> 11:38:55 +0800
    QCOMPARE(hops[2].delaySeconds, 1);
    for (const ReceivedHop& hop : hops) {
        QVERIFY(hop.parsed);
        QVERIFY(hop.date.isValid());
        QVERIFY(hop.tls);
        QVERIFY(h[hop.headerIndex].is("Received"));
    }
}

void TestReceivedParser::chainTrustOffice365()
{
    // Shape of an Exchange Online delivery: internal hops with public IPv6 addresses of
    // outlook.com, then the inbound hop from the Internet, then the sender's own hops.
    const QList<HeaderField> h = fields({
        u"Received: from SJ0PR19MB6655.namprd19.prod.outlook.com (::1) by MN0PR19MB6312.namprd19.prod.outlook.com with HTTPS; Mon, 7 Aug 2023 05:11:54 +0000"_s,
        u"Received: from SJ0PR03CA0042.namprd03.prod.outlook.com (2603:10b6:a03:33e::17) by SJ0PR19MB6655.namprd19.prod.outlook.com (2603:10b6:a03:429::8) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.6652.26; Mon, 7 Aug 2023 05:11:54 +0000"_s,
        u"Received: from DM6NAM11FT010.eop-nam11.prod.protection.outlook.com (2603:10b6:a03:33e:cafe::4e) by SJ0PR03CA0042.outlook.office365.com (2603:10b6:a03:33e::17) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.6652.26 via Frontend Transport; Mon, 7 Aug 2023 05:11:54 +0000"_s,
        u"Authentication-Results: spf=none (sender IP is 137.184.191.184) smtp.mailfrom=ubuntu-s-1vcpu-512mb-10gb-sfo3-01; dkim=none (message not signed) header.d=none;dmarc=fail action=none header.from=bradesco.com.br;compauth=fail reason=001"_s,
        u"Received: from ubuntu-s-1vcpu-512mb-10gb-sfo3-01 (137.184.191.184) by DM6NAM11FT010.mail.protection.outlook.com (10.13.172.222) with Microsoft SMTP Server id 15.20.6652.20 via Frontend Transport; Mon, 7 Aug 2023 05:11:53 +0000"_s,
        u"Received: by ubuntu-s-1vcpu-512mb-10gb-sfo3-01 (Postfix, from userid 0) id 1402B446AB; Mon,  7 Aug 2023 02:47:20 +0000 (UTC)"_s,
    });
    const QList<ReceivedHop> hops = ReceivedParser::parseChain(h);
    QCOMPARE(hops.size(), 5);
    QVERIFY(!hops[0].trusted); // the sender's local pickup
    QVERIFY(hops[1].trusted); // the inbound hop: from the Internet into outlook.com
    QCOMPARE(hops[1].fromIp, u"137.184.191.184"_s);
    QVERIFY(hops[2].trusted);
    QVERIFY(hops[3].trusted);
    QVERIFY(hops[4].trusted);
}

void TestReceivedParser::chainTrustLoopbackAndForgery()
{
    // A content filter re-injecting over loopback stays inside; the sending side's hops do not.
    {
        const QList<HeaderField> h = fields({
            u"Received: from localhost (localhost [127.0.0.1]) by mx.example.org (Postfix) with ESMTP id A; Wed, 31 Jul 2019 10:00:03 +0000"_s,
            u"Received: from mail.sender.example (mail.sender.example [203.0.113.9]) by mx.example.org (Postfix) with ESMTPS id B; Wed, 31 Jul 2019 10:00:02 +0000"_s,
            u"Received: from client (unknown [198.51.100.5]) by mail.sender.example with ESMTPSA id C; Wed, 31 Jul 2019 10:00:01 +0000"_s,
        });
        const QList<ReceivedHop> hops = ReceivedParser::parseChain(h);
        QCOMPARE(hops.size(), 3);
        QVERIFY(!hops[0].trusted);
        QVERIFY(hops[1].trusted);
        QVERIFY(hops[2].trusted);
    }
    // A forged hop below the real inbound hop that claims the receiver's own MX: the inbound
    // hop's sending side (reverse DNS attacker.example, public IP) is outside, so the walk stops.
    {
        const QList<HeaderField> h = fields({
            u"Received: from mx.victim.example (mx.victim.example [10.1.1.1]) by mbox.victim.example with LMTP id A; Wed, 31 Jul 2019 10:00:03 +0000"_s,
            u"Received: from attacker.example (attacker.example [203.0.113.66]) by mx.victim.example with ESMTP id B; Wed, 31 Jul 2019 10:00:02 +0000"_s,
            u"Received: from internal.victim.example (internal.victim.example [10.0.0.5]) by mx.victim.example with ESMTP id C; Wed, 31 Jul 2019 10:00:01 +0000"_s,
        });
        const QList<ReceivedHop> hops = ReceivedParser::parseChain(h);
        QCOMPARE(hops.size(), 3);
        QVERIFY(!hops[0].trusted);
        QVERIFY(hops[1].trusted);
        QVERIFY(hops[2].trusted);
    }
    // A HELO that claims the receiver's domain does not help when the older hop is foreign.
    {
        const QList<HeaderField> h = fields({
            u"Received: from mx.victim.example (HELO mx.victim.example) (203.0.113.66) by mail.victim.example with SMTP; Wed, 31 Jul 2019 10:00:02 +0000"_s,
            u"Received: from pc (pc [192.168.0.2]) by vps.attacker.example with ESMTP; Wed, 31 Jul 2019 10:00:01 +0000"_s,
        });
        const QList<ReceivedHop> hops = ReceivedParser::parseChain(h);
        QCOMPARE(hops.size(), 2);
        QVERIFY(!hops[0].trusted);
        QVERIFY(hops[1].trusted);
    }
}

void TestReceivedParser::chainTrustSkipsQmailMarkers()
{
    // qmail writes "(qmail N invoked from network)" above each SMTP hop; the host that handed
    // the message over is found below it.
    const QList<HeaderField> h = fields({
        u"Received: (qmail 18554 invoked from network); 25 May 2008 14:38:53 -0000"_s,
        u"Received: from unknown (HELO p3presmtp01-16.prod.phx3.secureserver.net) ([208.109.80.165]) (envelope-sender <o@locus.example>) by smtp20-01.prod.mesa1.secureserver.net (qmail-1.03) with SMTP for <r@locus.example>; 25 May 2008 14:38:53 -0000"_s,
        u"Received: (qmail 9751 invoked from network); 25 May 2008 14:38:53 -0000"_s,
        u"Received: from minotaur.apache.org ([140.211.11.9]) (envelope-sender <o@locus.example>) by p3presmtp01-16.prod.phx3.secureserver.net (qmail-ldap-1.03) with SMTP for <r@locus.example>; 25 May 2008 14:38:53 -0000"_s,
        u"Received: (qmail 46768 invoked by uid 1289); 25 May 2008 14:38:46 -0000"_s,
        u"Received: from hermes.apache.org (HELO mail.apache.org) (140.211.11.2) by minotaur.apache.org with SMTP; 25 May 2008 14:38:46 -0000"_s,
    });
    const QList<ReceivedHop> hops = ReceivedParser::parseChain(h);
    QCOMPARE(hops.size(), 6);
    QVERIFY(!hops[0].trusted);
    QVERIFY(!hops[1].trusted);
    QVERIFY(hops[2].trusted); // minotaur.apache.org -> secureserver.net: the boundary
    QVERIFY(hops[3].trusted);
    QVERIFY(hops[4].trusted);
    QVERIFY(hops[5].trusted);
}

void TestReceivedParser::chainTrustLocalOnly()
{
    // No by-host with a registrable domain anywhere: the topmost hop is still trusted.
    const QList<HeaderField> h = fields({
        u"Received: (qmail 857 invoked from network); 4 Apr 2002 21:41:11 -0000"_s,
        u"Received: from unknown (HELO x) (198.51.100.9) by localhost with SMTP; 4 Apr 2002 21:41:10 -0000"_s,
        u"Received: from a (b [198.51.100.1]) by c with SMTP; 4 Apr 2002 21:41:09 -0000"_s,
    });
    const QList<ReceivedHop> hops = ReceivedParser::parseChain(h);
    QCOMPARE(hops.size(), 3);
    QVERIFY(hops[2].trusted); // written by the host itself
    QVERIFY(hops[1].trusted); // public sender, older by-host "c" unknown: boundary
    QVERIFY(!hops[0].trusted);
}

void TestReceivedParser::chainCap()
{
    QStringList lines;
    for (int i = 0; i < 700; ++i)
        lines << QStringLiteral("Received: from h%1.example.org ([10.0.%2.%3]) by h%4.example.org with ESMTP; Wed, 31 "
                                "Jul 2019 10:00:00 +0000")
                     .arg(i + 1)
                     .arg(i / 200)
                     .arg(i % 200)
                     .arg(i);
    QElapsedTimer t;
    t.start();
    const QList<ReceivedHop> hops = ReceivedParser::parseChain(fields(lines));
    QVERIFY(t.elapsed() < 5000);
    QCOMPARE(hops.size(), 500);
    QCOMPARE(hops.last().byHost, u"h0.example.org"_s); // the newest ones are kept
    QCOMPARE(hops.last().headerIndex, 0);
    QCOMPARE(hops.first().headerIndex, 499);
}

void TestReceivedParser::chainEmpty()
{
    QVERIFY(ReceivedParser::parseChain({}).isEmpty());
    QVERIFY(ReceivedParser::parseChain(fields({ u"Subject: x"_s })).isEmpty());
    const QList<ReceivedHop> one = ReceivedParser::parseChain(fields({ u"Received:"_s }));
    QCOMPARE(one.size(), 1);
    QVERIFY(!one[0].parsed);
    QVERIFY(one[0].trusted);
}

void TestReceivedParser::scenarioFiles()
{
    const QString dir = sharedDir() + u"/scenarios"_s;
    MAILTRIAGE_NEED_SHARED(dir);
    int files = 0, lines = 0;
    QDirIterator it(dir, { u"*.eml"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        const QList<HeaderField> h = headersOfFile(path);
        const QList<ReceivedHop> hops = ReceivedParser::parseChain(h);
        for (const ReceivedHop& hop : hops) {
            ++lines;
            QVERIFY2(hop.parsed && hop.date.isValid(), qPrintable(path + u": "_s + hop.raw));
            QVERIFY2(!hop.fromIp.isEmpty() && !hop.byHost.isEmpty(), qPrintable(path + u": "_s + hop.raw));
        }
        if (!hops.isEmpty()) {
            QVERIFY2(hops.last().trusted, qPrintable(path));
            // Scenario chains: receiving MX + mailbox host, so at least two trusted hops
            // whenever the message came from another organisation.
            int trusted = 0;
            for (const ReceivedHop& hop : hops)
                trusted += hop.trusted ? 1 : 0;
            QVERIFY2(trusted >= 1 && trusted <= hops.size(), qPrintable(path));
        }
    }
    QVERIFY(files >= 10);
    qInfo("scenario files: %d, Received lines: %d", files, lines);
}

void TestReceivedParser::corpusRate()
{
    const QString dir = sharedDir() + u"/corpus"_s;
    MAILTRIAGE_NEED_SHARED(dir);
    int total = 0;
    int good = 0;
    int files = 0;
    QStringList bad;
    QElapsedTimer t;
    t.start();
    QDirIterator it(dir, { u"*.eml"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (f.size() > (64 << 20))
            continue;
        ++files;
        const QByteArray data = f.readAll();
        const HeaderBlock hb = HeaderBlock::parse(data);
        for (const HeaderField& field : hb.fields) {
            if (!field.is("Received"))
                continue;
            ++total;
            const QString value = QString::fromUtf8(HeaderBlock::unfold(field.rawValue)).trimmed();
            const ReceivedHop hop = ReceivedParser::parse(value);
            if (hop.parsed && hop.date.isValid())
                ++good;
            else
                bad << QDir(dir).relativeFilePath(path) + u": "_s + value.left(300);
        }
    }
    const double rate = total ? 100.0 * good / total : 0.0;
    qInfo("corpus: %d files, %d Received lines, %d parsed with a valid date (%.2f%%), %lld ms", files, total, good,
        rate, static_cast<long long>(t.elapsed()));
    for (const QString& b : std::as_const(bad))
        qInfo("unparsed: %s", qPrintable(b));
    QVERIFY(total > 500);
    QVERIFY2(rate >= 95.0, qPrintable(QStringLiteral("Received parse rate %1% is under 95%").arg(rate, 0, 'f', 2)));
}

QTEST_GUILESS_MAIN(TestReceivedParser)
#include "tst_receivedparser.moc"
