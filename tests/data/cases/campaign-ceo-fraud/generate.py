#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a fictional CEO-fraud series (J-CSIP 2020 report section 3.5 style): one attacker
writes as the CEO of each of five recipient organisations, from one free-mail account with a
Reply-To at a look-alike domain, sent through an e-mail service (a real provider name, as free-mail names are) whose VERP bounce address
encodes the recipient (bounces+NNNN-user=domain@...). One recipient's server answers with a
delivery status notification that quotes the original recipient. Every organisation, person
and domain is invented; IPs are documentation ranges. Run it to rewrite the .eml files."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

RECIPIENTS = [
    # (organisation, domain, CEO name, CEO romaji local part, recipient name, recipient local part)
    ("Hoshizora Kikai Co., Ltd.", "hoshizora-kikai.co.jp", "Kanemori Tadashi", "t.kanemori", "Ubukata Reiko", "r.ubukata"),
    ("Sakuragawa Denshi K.K.", "sakuragawa-denshi.jp", "Imafuji Kenjiro", "k.imafuji", "Tomioka Saki", "s.tomioka"),
    ("Minatomirai Koki Inc.", "minatomirai-koki.co.jp", "Orihara Makoto", "m.orihara", "Kuzumi Haruto", "h.kuzumi"),
    ("Yukishiro Seiko Corporation", "yukishiro-seiko.com", "Tachibana Isao", "i.tachibana", "Noguchi Emiri", "e.noguchi"),
    ("Akebono Logitech Ltd.", "akebono-logitech.co.jp", "Hayasaka Ryoichi", "r.hayasaka", "Kijima Nanami", "n.kijima"),
]

ESP_HOST = "o1.ptr4471.sendgrid.net"  # a real e-mail service name (infrastructure, not a party)
ATTACKER = "ceo.office.desk@gmx.com"  # the attacker's free-mail account


def message(i, org, domain, ceo, ceo_local, rcpt, rcpt_local):
    day = 10 + i
    date = f"Mon, {day:02d} Feb 2020 0{1 + i}:1{i}:05 +0000"
    verp = f"bounces+4471{i}-{rcpt_local}={domain}@em4471.sendgrid.net"
    lookalike = domain.replace("-", "") if "-" in domain else "x" + domain
    return f"""Return-Path: <{verp}>
Delivered-To: {rcpt_local}@{domain}
Received: from mx1.{domain} (mx1.{domain} [192.0.2.{20 + i}])
	by mbox.{domain} with LMTP id 6Fq{i}; {date}
Received: from {ESP_HOST} ({ESP_HOST} [198.51.100.{60 + i}])
	by mx1.{domain} (Postfix) with ESMTPS id 4B{i}9QZ2; {date}
Authentication-Results: mx1.{domain}; spf=pass smtp.mailfrom=em4471.sendgrid.net; dkim=pass header.d=sendgrid.net; dmarc=fail header.from=gmx.com
From: "{ceo}" <{ATTACKER}>
Reply-To: "{ceo}" <{ceo_local}@{lookalike}>
To: "{rcpt}" <{rcpt_local}@{domain}>
Subject: =?UTF-8?B?{__import__('base64').b64encode(f'至急のお願い / Urgent request ({org})'.encode()).decode()}?=
Date: {date}
Message-ID: <20200{day}0{i}1105.{4471 + i}@em4471.sendgrid.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

{rcpt}さん

今、お時間ありますか。極秘で進めている買収案件があり、本日中に送金をお願いしたいです。
この件は社内の誰にも話さないでください。詳細はこのメールに返信してください。

{ceo}
{org} 代表取締役社長
"""


def dsn(i, org, domain, rcpt_local):
    date = f"Tue, 1{i} Feb 2020 09:00:00 +0000"
    verp = f"bounces+4471{i}-{rcpt_local}={domain}@em4471.sendgrid.net"
    return f"""Return-Path: <>
Received: from mx1.{domain} (mx1.{domain} [192.0.2.{20 + i}])
	by {ESP_HOST} with ESMTP id 77A{i}; {date}
From: Mail Delivery System <MAILER-DAEMON@mx1.{domain}>
To: {verp}
Subject: Undelivered Mail Returned to Sender
Date: {date}
Message-ID: <20200211090000.77A{i}@mx1.{domain}>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"

--dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.{domain}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<{rcpt_local}@{domain}>: mailbox full

--dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.{domain}
Original-Recipient: rfc822;{rcpt_local}@{domain}
Final-Recipient: rfc822;{rcpt_local}@{domain}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--dsn--
"""


def main():
    for i, (org, domain, ceo, ceo_local, rcpt, rcpt_local) in enumerate(RECIPIENTS):
        name = f"C{i + 1:02d}_{domain.split('.')[0]}.eml"
        with open(os.path.join(HERE, name), "w", newline="\r\n", encoding="utf-8") as f:
            f.write(message(i, org, domain, ceo, ceo_local, rcpt, rcpt_local))
    org, domain, ceo, ceo_local, rcpt, rcpt_local = RECIPIENTS[2]
    with open(os.path.join(HERE, "C06_bounce.eml"), "w", newline="\r\n", encoding="utf-8") as f:
        f.write(dsn(2, org, domain, rcpt_local))


if __name__ == "__main__":
    main()
