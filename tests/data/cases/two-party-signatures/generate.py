#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a fictional two-party thread hijack whose genuine mail carries what signatures and
invoices carry in real life: postal addresses (Japanese and Singaporean formats), telephone
numbers, the billing side's bank and account, an invoice number with the company's abbreviation,
names in kanji and romaji. The attacker writes from a look-alike domain, quotes the genuine mail
(signature included) and gives a new account. Every organisation, person, account and domain is
invented; IPs are documentation ranges. Run it to rewrite the .eml files."""
import base64
import os

HERE = os.path.dirname(os.path.abspath(__file__))

A_NAME_JA = "松浦 健太"
A_NAME = "Kenta Matsuura"
A_ADDR = "k.matsuura@kirigaoka-seimitsu.co.jp"
A_ORG = "Kirigaoka Seimitsu Kogyo K.K."
A_ORG_JA = "霧ヶ丘精密工業株式会社"
B_NAME = "Lim Wei Ling"
B_ADDR = "weiling.lim@tanjongmarine.com.sg"
B_ORG = "Tanjong Marine Supplies Pte. Ltd."
LOOKALIKE = "kirigaoka-seimltsu.co.jp"

A_SIGNATURE = f"""--
{A_NAME_JA} / {A_NAME}
{A_ORG_JA} 海外営業部 / {A_ORG}, Overseas Sales
〒460-0008 愛知県名古屋市中区栄3-15-27
TEL 052-961-4410 / FAX 052-961-4411
"""
A_BANK = """お振込先 / Remittance:
Bank name: Mikawa Shinkin Bank, Sakae Branch
Account No.: 0412876
SWIFT: MKSHJPJN
"""
B_SIGNATURE = f"""--
{B_NAME}
Procurement, {B_ORG}
18 Pioneer Road North, #03-12
Singapore 628464
Tel +65 6861 2207
"""


def enc(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def eml(frm, to, date, mid, subject, body, extra="", received=""):
    return f"""{received}From: {frm}
To: {to}
Date: {date}
Message-ID: <{mid}>
Subject: {subject}
{extra}MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

{body}"""


def main():
    a = f"{enc(A_NAME_JA)} <{A_ADDR}>"
    b = f'"{B_NAME}" <{B_ADDR}>'
    m1_body = f"""Dear Ms. Lim,

Please find our invoice KSK-INV-2024-0311 for PO TMS-PO-88412 (hydraulic couplings, 1,200 pcs).
Payment due 29 March 2024.

{A_BANK}
Best regards,
{A_SIGNATURE}"""
    m2_body = f"""Dear Matsuura-san,

Thank you, we will arrange the payment of KSK-INV-2024-0311 by the due date.

Best regards,
{B_SIGNATURE}
> {m1_body.replace(chr(10), chr(10) + '> ')}
"""
    m3_body = f"""Dear Ms. Lim,

Due to our annual audit, our account at Mikawa Shinkin Bank (0412876) cannot receive payments
this month. Please remit the amount of KSK-INV-2024-0311 to our new account instead:

Bank name: Pacific Harbour Bank, Hong Kong
Account No.: 398-207164-882
SWIFT: PHBKHKHH

Please confirm by return.

Best regards,
{A_SIGNATURE}
> {m2_body.replace(chr(10), chr(10) + '> ')}
"""
    received_b = lambda host, ip, date: (
        f"Received: from {host} ([{ip}])\r\n\tby mx.tanjongmarine.com.sg (Postfix) with ESMTPS; {date}\r\n")
    files = {
        "M01_2024-03-04_invoice.eml": eml(a, b, "Mon, 04 Mar 2024 10:12:00 +0900",
            "20240304101200.5521@kirigaoka-seimitsu.co.jp", "Invoice KSK-INV-2024-0311", m1_body,
            received=received_b("mail.kirigaoka-seimitsu.co.jp", "192.0.2.44", "Mon, 04 Mar 2024 01:12:03 +0000")
            + "Authentication-Results: mx.tanjongmarine.com.sg; spf=pass smtp.mailfrom=kirigaoka-seimitsu.co.jp; "
              "dkim=pass header.d=kirigaoka-seimitsu.co.jp; dmarc=pass header.from=kirigaoka-seimitsu.co.jp\r\n"),
        "M02_2024-03-05_ack.eml": eml(b, a, "Tue, 05 Mar 2024 09:40:00 +0800",
            "c1f0a9e2-77b1-4b0e-9d52-0e1f3a6b2c11@tanjongmarine.com.sg", "RE: Invoice KSK-INV-2024-0311", m2_body,
            extra="In-Reply-To: <20240304101200.5521@kirigaoka-seimitsu.co.jp>\r\n"),
        "M03_2024-03-12_FAKE-new-account.eml": eml(f"{enc(A_NAME_JA)} <k.matsuura@{LOOKALIKE}>", b,
            "Tue, 12 Mar 2024 16:05:00 +0900", f"77a1c3e0b2.8812@{LOOKALIKE}", "RE: Invoice KSK-INV-2024-0311",
            m3_body,
            extra="In-Reply-To: <c1f0a9e2-77b1-4b0e-9d52-0e1f3a6b2c11@tanjongmarine.com.sg>\r\n"
                  "Reply-To: <kenta.matsuura.kirigaoka@outlook.com>\r\n",
            received=received_b("vps-31.harbourhost.example", "203.0.113.91", "Tue, 12 Mar 2024 07:05:04 +0000")
            + "Authentication-Results: mx.tanjongmarine.com.sg; spf=pass smtp.mailfrom=" + LOOKALIKE
            + "; dkim=none; dmarc=none header.from=" + LOOKALIKE + "\r\n"),
    }
    for name, text in files.items():
        with open(os.path.join(HERE, name), "w", newline="\r\n", encoding="utf-8") as f:
            f.write(text.replace("\r\n", "\n"))


if __name__ == "__main__":
    main()
