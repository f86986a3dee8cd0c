# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate the MailTriage demo case (fictional thread-hijack BEC, IPA type 1).

Writes mailbox-A/*.eml, mailbox-B/*.eml, expected.json and README.md next to this
script, then re-parses every file and prints a verification table.

    python3 generate_demo.py           # (re)generate and verify
    python3 generate_demo.py --check   # only verify the files on disk

Output is deterministic (seeded RNG, fixed dates), so regenerating gives identical bytes.
All names, companies, domains, bank accounts and IPs are invented; IPs come from the
documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32.
"""

import base64
import hashlib
import html
import json
import quopri
import random
import re
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(20240304)

JST = timezone(timedelta(hours=9))
CET = timezone(timedelta(hours=1))
UTC = timezone.utc

CASE_ID = "demo-2024-tsukikage-brandtwerk"
CASE_TITLE = ("Demo: thread hijack of a Japanese manufacturer (A, billing) / German buyer "
              "(B, paying) invoice thread; bank account moved to Portugal")

# --------------------------------------------------------------------------- parties
A_DOM = "tsukikage-seimitsu.co.jp"          # Tsukikage Precision Industries Co., Ltd.
A_FAKE = "tsukikage-seirnitsu.co.jp"        # look-alike: 'm' -> 'rn'
B_DOM = "brandtwerk-antriebe.de"            # Brandtwerk Antriebstechnik GmbH
VPS = "srv-58.nimbusrack-vps.net"


class P:
    def __init__(self, key, name, addr, jname=None):
        self.key, self.name, self.addr, self.jname = key, name, addr, jname


EMI = P("Emi", "Emi Katagiri", "katagiri.emi@" + A_DOM, "片桐 恵美")
TAKUYA = P("Takuya", "Takuya Morinaga", "morinaga.takuya@" + A_DOM, "森永 拓也")
NAOKO = P("Naoko", "Naoko Ishizuka", "ishizuka.naoko@" + A_DOM, "石塚 直子")
LENA = P("Lena", "Lena Hoffmeister", "l.hoffmeister@" + B_DOM)
MATTHIAS = P("Matthias", "Matthias Krüger", "m.krueger@" + B_DOM)
SABINE = P("Sabine", "Sabine Oltmann", "s.oltmann@" + B_DOM)

# attacker identities
TAKUYA_FM = P("Takuya", "Takuya Morinaga", "morinaga.takuya.tsukikage-seimitsu.jp@mail.com")
NAOKO_FM = P("Naoko", "Naoko Ishizuka", "ishizuka.naoko.tsukikage-seimitsu.jp@mail.com")
EMI_LA = P("Emi", "Emi Katagiri", "katagiri.emi@" + A_FAKE)
TAKUYA_LA = P("Takuya", "Takuya Morinaga", "morinaga.takuya@" + A_FAKE)
NAOKO_LA = P("Naoko", "Naoko Ishizuka", "ishizuka.naoko@" + A_FAKE)
EMI_REPLYTO = "katagiri.emi.tsukikage-seimitsu.jp@gmx.com"
DNT_ADDR = "tsk.remittance.desk@outlook.com"

# --------------------------------------------------------------------------- accounts
GENUINE_BANK = {
    "bank": "Kazamidori Bank, Ltd., Nagoya Ekimae Branch (branch code 215)",
    "account": "3907715",
    "type": "foreign currency ordinary account (EUR)",
    "swift": "KZMDJPJT",
    "beneficiary": "Tsukikage Precision Industries Co., Ltd.",
}


def _pt_iban(bank, branch, account):
    nib18 = bank + branch + account
    nib_check = 98 - (int(nib18) * 100) % 97
    bban = nib18 + "%02d" % nib_check
    num = bban + "2529" + "00"  # P=25 T=29
    check = 98 - int(num) % 97
    iban = "PT%02d%s" % (check, bban)
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


FAKE_IBAN = _pt_iban("0299", "0417", "00731552091")
FAKE_BANK = {
    "bank": "Banco Atlantico do Tejo S.A., Lisboa, Portugal",
    "iban": FAKE_IBAN,
    "swift": "BATJPTPL",
    "beneficiary": "Tsukikage Precision Europe Lda.",
}

# --------------------------------------------------------------------------- helpers


def rnd_alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def rnd_hex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def rnd_uuid():
    h = rnd_hex(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], RNG.choice("89ab"), h[17:20], h[20:32])


def outlook_msgid(domain):
    return "<%s01da%s$%s$%s$@%s>" % (rnd_hex(4), rnd_hex(4), rnd_hex(8), rnd_hex(8), domain)


def tb_msgid(domain):
    return "<%s@%s>" % (rnd_uuid(), domain)


def outlook_boundary():
    return "----=_NextPart_000_%s_01DA%s.%s" % (rnd_hex(4).upper(), rnd_hex(4).upper(),
                                               rnd_hex(8).upper())


def tb_boundary():
    return "------------" + rnd_alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def ew_iso2022jp(text, first_limit=66, limit=75):
    """RFC 2047 B encoded-words in ISO-2022-JP; each word is self-contained (ends in ASCII
    state) and as long as fits (first word leaves room for the field name)."""
    words, i = [], 0
    while i < len(text):
        lim = first_limit if not words else limit
        best = None
        for n in range(1, len(text) - i + 1):
            raw = text[i:i + n].encode("iso-2022-jp")
            word = "=?ISO-2022-JP?B?" + base64.b64encode(raw).decode() + "?="
            if len(word) > lim and best is not None:
                break
            best = (n, word)
        words.append(best[1])
        i += best[0]
    return words


def ew_utf8_q(text):
    out = []
    for ch in text:
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "-.!*+/"):
            out.append(ch)
        else:
            out.extend("=%02X" % b for b in ch.encode("utf-8"))
    return "=?UTF-8?Q?" + "".join(out) + "?="


def fmt_name(p, japanese=False):
    name = p.jname if (japanese and p.jname) else p.name
    if name.isascii():
        return "%s <%s>" % (name, p.addr)
    if any(ord(c) > 0x2000 for c in name):
        return "%s <%s>" % (" ".join(ew_iso2022jp(name)), p.addr)
    return "%s <%s>" % (ew_utf8_q(name), p.addr)


def addr_header(field, people, japanese=False):
    items = [fmt_name(p, japanese) for p in people]
    line = field + ": " + items[0]
    for it in items[1:]:
        line += ",\r\n " + it
    return line


def fold_plain(field, value, width=76):
    """Fold an ASCII unstructured header at spaces."""
    words = value.split(" ")
    lines, cur = [], field + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur != field + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\r\n".join(lines)


def subject_header(subject):
    if subject.isascii():
        return fold_plain("Subject", subject)
    return "Subject: " + "\r\n ".join(ew_iso2022jp(subject))


def refs_header(refs):
    return "References: " + "\r\n ".join(refs)


def qp(text, charset):
    data = text.replace("\r\n", "\n").encode(charset)
    enc = quopri.encodestring(data, quotetabs=False)
    return enc.decode("ascii").replace("\n", "\r\n")


def to_crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def text_to_html_body(text):
    """Plain text with '>' quote prefixes -> HTML with nested blockquotes."""
    out, depth = [], 0
    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)+)", line)
        d = m.group(1).count(">") if m else 0
        content = line[m.end():] if m else line
        while depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        esc = html.escape(content, quote=False).replace("  ", "&nbsp; ")
        out.append((esc if content else "&nbsp;") + "<br>")
    while depth > 0:
        out.append("</blockquote>")
        depth -= 1
    return "\n".join(out)


def html_doc(text, charset, style):
    if style == "outlook":
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1" style="font-family:Calibri,sans-serif;'
                'font-size:11pt">\n' % charset)
        tail = "\n</div>\n</body>\n</html>\n"
    elif style == "outlook-ja":
        head = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '</head>\n<body lang="JA">\n<div style="font-family:\'Yu Gothic\',sans-serif;'
                'font-size:10.5pt">\n' % charset)
        tail = "\n</div>\n</body>\n</html>\n"
    elif style == "tb":
        head = ('<!DOCTYPE html>\n<html>\n  <head>\n'
                '    <meta http-equiv="content-type" content="text/html; charset=%s">\n'
                '  </head>\n  <body>\n<div class="moz-text-html">\n' % charset)
        tail = "\n</div>\n  </body>\n</html>\n"
    else:  # webmail
        head = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s" />'
                '</head><body style="font-size:10pt;font-family:Verdana,Geneva,sans-serif">\n'
                % charset)
        tail = "\n</body></html>\n"
    return head + text_to_html_body(text) + tail


def relaxed_body_hash(body):
    lines = body.split("\r\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    canon = [re.sub(r"[ \t]+", " ", ln).rstrip(" \t") for ln in lines]
    while canon and canon[-1] == "":
        canon.pop()
    data = ("\r\n".join(canon) + "\r\n") if canon else ""
    return base64.b64encode(hashlib.sha256(data.encode("ascii")).digest()).decode()


# --------------------------------------------------------------------------- PDF


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title, lines, producer, creation):
    content = ["BT", "/F2 14 Tf", "50 790 Td", "16 TL", "(%s) Tj" % pdf_escape(title),
               "/F1 10 Tf", "14 TL", "T*"]
    for ln in lines:
        content.append("T* (%s) Tj" % pdf_escape(ln))
    content.append("ET")
    stream = "\n".join(content).encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
        b"/F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (%s) /CreationDate (%s) >>"
         % (pdf_escape(title), pdf_escape(producer), creation)).encode("ascii"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return bytes(out)


INVOICE_HEAD = [
    "Seller: Tsukikage Precision Industries Co., Ltd.",
    "        2-14-7 Minato-Kita, Minato-ku, Nagoya 455-0000, Japan",
    "Buyer:  Brandtwerk Antriebstechnik GmbH",
    "        Industriestrasse 41, 73730 Esslingen am Neckar, Germany",
    "",
    "Invoice No.: TSK-INV-24-0412      Invoice date: 11 March 2024",
    "Your order: BWA-PO-24-0356        Our quotation: TSK-Q-24-0187",
    "Terms: FOB Nagoya, T/T 30 days net   Due date: 10 April 2024",
    "",
    "1  Precision ball screw BSP-2510 C3, L=800 mm   120 pcs x EUR 312.00 = EUR 37,440.00",
    "2  Linear guide block LGR-20 (preload Z1)       240 pcs x EUR  45.50 = EUR 10,920.00",
    "",
    "TOTAL AMOUNT DUE: EUR 48,360.00",
    "",
    "PAYMENT BY BANK TRANSFER TO:",
]
GENUINE_PDF = make_pdf(
    "INVOICE TSK-INV-24-0412",
    INVOICE_HEAD + [
        "Bank: Kazamidori Bank, Ltd., Nagoya Ekimae Branch (branch code 215)",
        "Account No.: 3907715 (foreign currency ordinary account, EUR)",
        "SWIFT: KZMDJPJT",
        "Beneficiary: Tsukikage Precision Industries Co., Ltd.",
        "",
        "Accounting Section - Naoko Ishizuka",
    ],
    "Microsoft: Print To PDF", "D:20240311094512+09'00'")
FORGED_PDF = make_pdf(
    "INVOICE TSK-INV-24-0412 (REVISED)",
    INVOICE_HEAD + [
        "Bank: Banco Atlantico do Tejo S.A., Lisboa, Portugal",
        "IBAN: " + FAKE_IBAN,
        "SWIFT/BIC: BATJPTPL",
        "Beneficiary: Tsukikage Precision Europe Lda.",
        "",
        "Please pay not later than 22 March 2024.",
    ],
    "LibreOffice 7.6", "D:20240320081944Z")


def b64_lines(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


# --------------------------------------------------------------------------- signatures

SIG_EMI = """--
Emi Katagiri (Ms.)
Overseas Sales Section, Sales Division
Tsukikage Precision Industries Co., Ltd.
2-14-7 Minato-Kita, Minato-ku, Nagoya 455-0000, Japan
Tel: +81-52-555-0188  Fax: +81-52-555-0189"""

SIG_EMI_FAKE = SIG_EMI.replace("Fax: +81-52-555-0189",
                               "Fax: +81-52-555-0189\nEU settlement desk: +351 21 555 0148")

SIG_LENA = """Kind regards
Lena Hoffmeister
Strategic Purchasing
Brandtwerk Antriebstechnik GmbH
Industriestrasse 41, 73730 Esslingen am Neckar, Germany
Phone +49 711 555 3140"""

GENUINE_BLOCK = """  Bank:        Kazamidori Bank, Ltd., Nagoya Ekimae Branch
               (branch code 215)
  Account No.: 3907715 (foreign currency ordinary account, EUR)
  SWIFT:       KZMDJPJT
  Beneficiary: Tsukikage Precision Industries Co., Ltd."""

FAKE_BLOCK = """  Bank:        Banco Atlantico do Tejo S.A., Lisboa, Portugal
  IBAN:        %s
  SWIFT/BIC:   BATJPTPL
  Beneficiary: Tsukikage Precision Europe Lda.""" % FAKE_IBAN

# --------------------------------------------------------------------------- messages
# Each logical message: key, author, to, cc, subject, date, style, text, quote, copies.
# style: outlook (A, English), tb (B, Thunderbird), ja-plain / ja-outlook (A, Japanese),
#        spoof (attacker via VPS, imitating Outlook), webmail (attacker look-alike domain).

M = {}
ORDER = []


def msg(key, **kw):
    kw["key"] = key
    M[key] = kw
    ORDER.append(key)


msg("D01", author=EMI, to=[LENA], cc=[MATTHIAS, TAKUYA], style="outlook",
    date=datetime(2024, 3, 4, 10, 12, 37, tzinfo=JST), slug="quotation",
    subject="Quotation TSK-Q-24-0187 - Ball screws BSP-2510 and guide blocks LGR-20",
    text="""Dear Lena-san,

Thank you for your enquiry of 28 February. We are pleased to quote as
follows:

Quotation No.: TSK-Q-24-0187 (valid until 31 March 2024)

1. Precision ball screw BSP-2510, accuracy class C3, L=800 mm
   120 pcs x EUR 312.00 = EUR 37,440.00
2. Linear guide block LGR-20, preload Z1
   240 pcs x EUR 45.50 = EUR 10,920.00

Total: EUR 48,360.00
Delivery: FOB Nagoya, shipment about 2 weeks after receipt of order
Payment: T/T 30 days net from invoice date. Our bank details will be
shown on the invoice.

Please do not hesitate to contact me if you have any questions.

Best regards,

""" + SIG_EMI)

msg("D02", author=LENA, to=[EMI], cc=[MATTHIAS, TAKUYA], style="tb",
    date=datetime(2024, 3, 7, 9, 41, 8, tzinfo=CET), slug="purchase-order",
    subject="Re: Quotation TSK-Q-24-0187 - Ball screws BSP-2510 and guide blocks LGR-20",
    quote=("D01", 1),
    text="""Dear Emi-san,

Thank you for your quotation. We are glad to place our order:

Purchase order: BWA-PO-24-0356 (based on your quotation TSK-Q-24-0187)
  120 pcs  BSP-2510 C3, L=800 mm      EUR 312.00   EUR 37,440.00
  240 pcs  LGR-20 block, preload Z1   EUR  45.50   EUR 10,920.00
  Total                                            EUR 48,360.00
Terms: FOB Nagoya, T/T 30 days net
Delivery address: Brandtwerk Antriebstechnik GmbH, Wareneingang Tor 3,
Industriestrasse 41, 73730 Esslingen am Neckar

Please send the invoice to me with our accounts payable colleague
Sabine Oltmann (s.oltmann@brandtwerk-antriebe.de) in copy.

Matthias Krüger (Head of Purchasing) is in copy as well.

""" + SIG_LENA)

msg("D03", author=NAOKO, to=[EMI], cc=[TAKUYA], style="ja-plain",
    date=datetime(2024, 3, 11, 10, 5, 19, tzinfo=JST), slug="ja-invoice-issued",
    subject="【請求書発行】ブラントヴェルク社 PO BWA-PO-24-0356",
    text="""片桐さん

お疲れさまです。経理課の石塚です。

ブラントヴェルク社向けの請求書を発行しました。
　請求書番号：TSK-INV-24-0412
　金額：EUR 48,360.00
　支払期日：2024年4月10日

振込先は従来どおり、下記のユーロ建て口座です。
　風見鶏銀行　名古屋駅前支店（店番215）
　外貨普通預金（ユーロ）　口座番号 3907715
　SWIFT：KZMDJPJT
　口座名義：Tsukikage Precision Industries Co., Ltd.

PDFは共有フォルダ（経理＞請求書＞2024-03）に保存してあります。
先方への送付をお願いします。
なお、振込先口座の変更予定はありませんので、念のため申し添えます。

--
石塚 直子
株式会社月影精密工業　管理部 経理課
内線 2214""")

msg("D04", author=EMI, to=[LENA], cc=[SABINE, MATTHIAS, TAKUYA, NAOKO], style="outlook",
    date=datetime(2024, 3, 11, 14, 30, 52, tzinfo=JST), slug="invoice",
    subject="Invoice TSK-INV-24-0412 for PO BWA-PO-24-0356",
    in_reply_to="D02", refs=["D01", "D02"], quote=("D02", 1),
    attachment=("TSK-INV-24-0412.pdf", GENUINE_PDF),
    text="""Dear Lena-san, dear Sabine-san,

Thank you very much for your order BWA-PO-24-0356.
Please find attached our invoice TSK-INV-24-0412 (EUR 48,360.00, due
10 April 2024).

Please remit the amount to our account:

""" + GENUINE_BLOCK + """

We will inform you of the shipping details as soon as the booking is
confirmed.

Best regards,

""" + SIG_EMI)

msg("D05", author=LENA, to=[EMI], cc=[SABINE, MATTHIAS, TAKUYA, NAOKO], style="tb",
    date=datetime(2024, 3, 13, 11, 2, 44, tzinfo=CET), slug="invoice-received",
    subject="Re: Invoice TSK-INV-24-0412 for PO BWA-PO-24-0356",
    in_reply_to="D04", refs=["D01", "D02", "D04"], quote=("D04", 1),
    text="""Dear Emi-san,

Thank you, invoice TSK-INV-24-0412 is received and booked. Sabine has
scheduled the payment of EUR 48,360.00 to your account at Kazamidori
Bank in our payment run of 29 March 2024.

""" + SIG_LENA)

msg("D06", author=EMI, to=[LENA], cc=[SABINE, MATTHIAS, TAKUYA, NAOKO], style="outlook",
    date=datetime(2024, 3, 18, 16, 20, 3, tzinfo=JST), slug="shipping-notice",
    subject="Shipping notice - PO BWA-PO-24-0356 / Invoice TSK-INV-24-0412",
    in_reply_to="D05", refs=["D01", "D02", "D04", "D05"], quote=("D05", 1),
    text="""Dear Lena-san,

Thank you for the confirmation. Your order has been shipped as follows:

  Vessel / voyage: MV Kestrel Horizon 024W
  B/L No.:         NGOHAM2403187
  ETD Nagoya:      19 March 2024
  ETA Hamburg:     24 April 2024
  Packing:         6 cases, 1,184 kg gross

The original B/L and the packing list will be sent by courier tomorrow.

Best regards,

""" + SIG_EMI)

msg("D07", author=EMI, to=[LENA], cc=[TAKUYA_FM, NAOKO_FM],
    style="spoof", date=datetime(2024, 3, 19, 5, 34, 12, tzinfo=UTC),
    slug="FAKE-spoofed-hold-payment",
    subject="RE: Shipping notice - PO BWA-PO-24-0356 / Invoice TSK-INV-24-0412",
    in_reply_to="D06", refs=["D01", "D04", "D06"], quote=("D06", 1),
    text="""Dear Lena-san,

Further to my mail below, please note that our company is currently
updating the receiving bank for EUR payments because of our annual
audit.

Kindly hold the remittance for invoice TSK-INV-24-0412 until you
receive our updated bank information, which our accounts department
will send you shortly. Please also let me know the name and e-mail of
the person handling this payment on your side.

Best regards,

""" + SIG_EMI)

msg("D08", author=EMI_LA, to=[LENA], cc=[TAKUYA_LA, NAOKO_LA], style="webmail",
    date=datetime(2024, 3, 20, 8, 47, 31, tzinfo=UTC), slug="FAKE-lookalike-bank-change",
    subject="RE: Shipping notice - PO BWA-PO-24-0356 / Invoice TSK-INV-24-0412",
    reply_to=EMI_REPLYTO, dnt=DNT_ADDR,
    in_reply_to="D07", refs=["D01", "D04", "D06", "D07"], quote=("D07", 1),
    attachment=("TSK-INV-24-0412_revised.pdf", FORGED_PDF),
    text="""Dear Lena-san,

Following my message of yesterday, please find attached our revised
invoice TSK-INV-24-0412 with our updated bank details.

Due to our annual audit our account with Kazamidori Bank cannot receive
EUR payments at the moment, so all EUR remittances are now handled by
our European settlement account:

""" + FAKE_BLOCK + """

Please update your records and transfer the amount of EUR 48,360.00 to
the new account not later than 22 March 2024, as our auditors must
close the old account by the end of this week. Kindly disregard the
bank details on the previous invoice.

Please confirm receipt of this mail and send us the payment slip
(MT103) after the transfer.

Best regards,

""" + SIG_EMI_FAKE)

msg("D09", author=LENA, to=[EMI], cc=[MATTHIAS, SABINE], style="tb",
    date=datetime(2024, 3, 21, 9, 15, 26, tzinfo=CET), slug="reply-to-fake-bank-change",
    subject="Re: Shipping notice - PO BWA-PO-24-0356 / Invoice TSK-INV-24-0412",
    in_reply_to="D08", refs=["D01", "D04", "D06", "D07", "D08"], quote=("D08", 2),
    text="""Dear Emi-san,

Thank you for your message and the revised invoice. Before we can
change the bank details in our vendor master data, our accounts payable
team needs a bank confirmation letter on your company letterhead,
signed by an authorised person. Could you please send it to Sabine (in
copy)? As soon as we have it, we will move the payment of EUR 48,360.00
for invoice TSK-INV-24-0412 from our 29 March run to the new account
as you requested.

I am sending this to your usual address; our mail program proposed a
gmx.com address, I suppose that is your travel account.

""" + SIG_LENA)

msg("D10", author=EMI, to=[LENA], cc=[MATTHIAS, SABINE, TAKUYA, NAOKO], style="outlook",
    date=datetime(2024, 3, 21, 17, 58, 40, tzinfo=JST), slug="A-confirms-fraud",
    subject="[Important] Fraudulent e-mails - RE: Shipping notice - PO BWA-PO-24-0356 / "
            "Invoice TSK-INV-24-0412",
    in_reply_to="D09", refs=["D01", "D04", "D06", "D09"], quote=("D09", 1),
    text="""Dear Lena-san, Matthias-san, Sabine-san,

Thank you very much for writing to my usual address.

We did NOT send the e-mails of 19 and 20 March, and our bank account
has NOT changed. The mail of 20 March came from a look-alike domain
"tsukikage-seirnitsu.co.jp" ("rn" instead of "m"), and the gmx.com
address is not ours. The mail of 19 March carried my address but was
sent from an outside server, and the "Cc" addresses in it were not
my colleagues' addresses.

Please do not pay to the account in Portugal and do not send any
documents to those addresses. Please pay invoice TSK-INV-24-0412 only
to the account on our original invoice:

""" + GENUINE_BLOCK + """

Our manager Takuya Morinaga will call Matthias-san today to confirm
these details by phone. We have reported the case to our IT security
team; it would help us if your IT team could also block the domain
and the addresses above.

We apologise for the trouble.

Best regards,

""" + SIG_EMI)

msg("D11", author=EMI, to=[TAKUYA], cc=[NAOKO], style="ja-outlook",
    date=datetime(2024, 3, 21, 18, 20, 15, tzinfo=JST), slug="ja-fraud-report",
    subject="【至急】ブラントヴェルク社宛の当社なりすましメールについて",
    text="""森永課長
（CC：石塚さん）

片桐です。
ブラントヴェルク社のホフマイスター様から、当社を装ったメールについて
問い合わせがありました。いずれも私は送信していません。

・3月19日：私のアドレスを詐称したメール（当社サーバ以外から送信）。
　CCの森永課長・石塚さんのアドレスがフリーメールに置き換わっていました。
・3月20日：類似ドメイン tsukikage-seirnitsu.co.jp（mがrnに置換）から、
　ポルトガルの銀行口座への振込先変更を依頼する偽の請求書。

先方には本日、振込先の変更はない旨を返信済みです。支払いはまだ
実行されていません。課長から先方のクリューガー様へ、お電話での確認を
お願いできますでしょうか。

攻撃者が取引の経緯を把握しているため、私のメールアカウントへの
不正アクセスの可能性があります。情報システム課への報告と、
パスワード変更・転送設定の確認を進めます。

片桐""")

msg("D12", author=LENA, to=[EMI], cc=[MATTHIAS, SABINE, TAKUYA, NAOKO], style="tb",
    date=datetime(2024, 3, 28, 14, 5, 51, tzinfo=CET), slug="B-paid-genuine-account",
    subject="Re: [Important] Fraudulent e-mails - RE: Shipping notice - "
            "PO BWA-PO-24-0356 / Invoice TSK-INV-24-0412",
    in_reply_to="D10", refs=["D01", "D04", "D06", "D09", "D10"], quote=("D10", 1),
    text="""Dear Emi-san,

Thank you for the warning and for Takuya-san's call. Matthias confirmed
your bank details by phone, and today we paid EUR 48,360.00 for invoice
TSK-INV-24-0412 to your account 3907715 at Kazamidori Bank (value date
2 April 2024). No payment was made to the account in Portugal.

Our IT team has blocked the domain tsukikage-seirnitsu.co.jp and the
free-mail addresses used in the fake mails.

""" + SIG_LENA)

# --------------------------------------------------------------------------- copies
# (mailbox, folder, key); delivered copies carry transport headers.

COPIES = [
    ("A", "sent", "D01"), ("B", "inbox", "D01"),
    ("B", "sent", "D02"), ("A", "inbox", "D02"),
    ("A", "inbox", "D03"),
    ("A", "sent", "D04"), ("B", "inbox", "D04"),
    ("B", "sent", "D05"), ("A", "inbox", "D05"),
    ("A", "sent", "D06"), ("B", "inbox", "D06"),
    ("B", "inbox", "D07"),
    ("B", "inbox", "D08"),
    ("B", "sent", "D09"), ("A", "inbox", "D09"),
    ("A", "sent", "D10"), ("B", "inbox", "D10"),
    ("A", "sent", "D11"),
    ("B", "sent", "D12"), ("A", "inbox", "D12"),
]

ACTOR = {"D07": "attacker", "D08": "attacker"}
for k in M:
    ACTOR.setdefault(k, "A" if M[k]["author"].addr.endswith("@" + A_DOM) else "B")

SIGNALS = {
    "D07": ["spf_fail", "dkim_missing_or_fail", "dmarc_fail", "message_id_domain_mismatch",
            "cc_altered_to_freemail", "sender_infrastructure_changed", "thread_interjection",
            "payment_change_request"],
    "D08": ["lookalike_domain", "from_replyto_mismatch", "freemail_lookalike_of_known_party",
            "notification_headers_to_foreign_address", "cc_altered", "thread_interjection",
            "payment_change_request", "bank_account_changed", "remittance_date_changed"],
    ("D09", "A"): ["reply_quotes_unsent_message", "payment_change_request"],
    ("D09", "B"): ["payment_change_request"],
}

NOTES = {
    "D01": "baseline: quotation, EUR 48,360.00, T/T 30 days",
    "D02": "purchase order BWA-PO-24-0356",
    "D03": "Japanese (ISO-2022-JP) internal mail: invoice issued, genuine account 3907715",
    "D04": "genuine invoice (PDF) with the genuine account: Kazamidori Bank 3907715, SWIFT "
           "KZMDJPJT (baseline)",
    "D05": "B schedules payment for 29 March 2024 (baseline remittance date)",
    "D06": "shipping notice; last legitimate A message before the interjection",
    "D07": "From = Emi's real address, sent from VPS 198.51.100.158 (client 198.51.100.23); "
           "To Lena only; Cc Takuya/Naoko rewritten to mail.com look-alikes; asks to hold the "
           "remittance",
    "D08": "look-alike domain tsukikage-seirnitsu.co.jp ('rn' for 'm'); Reply-To gmx.com "
           "look-alike; Disposition-Notification-To outlook.com; forged invoice: account moved to "
           "Banco Atlantico do Tejo (PT) " + FAKE_IBAN + "; pay by 22 March instead of 29 March",
    "D09": "B replies to the fake (In-Reply-To = D08) but to Emi's real address; quotes the "
           "fake bank details; A never sent D07/D08",
    "D10": "A confirms the fraud; genuine account unchanged",
    "D11": "Japanese (ISO-2022-JP) internal report to the manager",
    "D12": "B paid the genuine account; no loss",
}

WHO = {
    "D01": "A Emi -> B Lena (Cc B Matthias; A Takuya)",
    "D02": "B Lena -> A Emi (Cc B Matthias; A Takuya)",
    "D03": "A Naoko -> A Emi (Cc A Takuya), internal",
    "D04": "A Emi -> B Lena (Cc B Sabine, Matthias; A Takuya, Naoko)",
    "D05": "B Lena -> A Emi (Cc all)",
    "D06": "A Emi -> B Lena (Cc all)",
    "D07": "attacker (From = A Emi's real address) -> B Lena only; Cc = mail.com look-alikes of "
           "Takuya/Naoko",
    "D08": "attacker (katagiri.emi@tsukikage-seirnitsu.co.jp, Reply-To gmx.com) -> B Lena; Cc = "
           "look-alike-domain Takuya/Naoko",
    "D09": "B Lena -> A Emi (real address; Cc B Matthias, Sabine)",
    "D10": "A Emi -> B Lena (Cc all, real addresses)",
    "D11": "A Emi -> A Takuya (Cc A Naoko), internal",
    "D12": "B Lena -> A Emi (Cc all)",
}

# --------------------------------------------------------------------------- ids & text

for k in ORDER:
    m = M[k]
    st = m["style"]
    if st in ("outlook", "ja-outlook", "ja-plain"):
        m["msgid"] = outlook_msgid(A_DOM)
    elif st == "tb":
        m["msgid"] = tb_msgid(B_DOM)
    elif st == "spoof":
        m["msgid"] = outlook_msgid(VPS)
    elif st == "webmail":
        m["msgid"] = "<%s@%s>" % (rnd_hex(32), A_FAKE)


def attribution(m, quoted):
    q = M[quoted]
    st = m["style"]
    if st in ("outlook", "spoof"):
        tz = m["date"].tzinfo
        d = q["date"].astimezone(tz)
        hour = d.hour % 12 or 12
        s = "On %s, %s %d, %d %d:%02d %s, %s <%s> wrote:" % (
            d.strftime("%A"), d.strftime("%B"), d.day, d.year, hour, d.minute,
            "AM" if d.hour < 12 else "PM", q["author"].name, q["author"].addr)
    elif st == "tb":
        d = q["date"].astimezone(m["date"].tzinfo)
        s = "On %s, %s wrote:" % (d.strftime("%d.%m.%Y %H:%M"), q["author"].name)
    else:  # webmail
        d = q["date"].astimezone(m["date"].tzinfo)
        s = "On %s, %s wrote:" % (d.strftime("%Y-%m-%d %H:%M"), q["author"].name)
    return "\n".join(textwrap.wrap(s, 76, break_on_hyphens=False, break_long_words=False))


def full_text(k, depth=None):
    """Own text plus quoted history; depth limits how many messages are quoted."""
    m = M[k]
    text = m["text"]
    qd = m.get("quote")
    if not qd:
        return text
    qk, qdepth = qd
    if depth is not None:
        qdepth = min(qdepth, depth)
    if qdepth <= 0:
        return text
    quoted = full_text(qk, qdepth - 1)
    qlines = [(">" + ln if ln.startswith(">") else ("> " + ln if ln else ">"))
              for ln in quoted.split("\n")]
    return text + "\n\n" + attribution(m, qk) + "\n" + "\n".join(qlines)


# --------------------------------------------------------------------------- MIME bodies


def build_body(k):
    """Return (content-type header lines, body string with CRLF)."""
    m = M[k]
    st = m["style"]
    text = full_text(k)
    if st == "ja-plain":
        raw = text.encode("iso-2022-jp").decode("ascii")
        return (["Content-Type: text/plain;\r\n\tcharset=\"iso-2022-jp\"",
                 "Content-Transfer-Encoding: 7bit"], to_crlf(raw) + "\r\n")
    if st in ("outlook", "spoof"):
        b_alt, b_mix = outlook_boundary(), outlook_boundary()
        cs = "us-ascii" if text.isascii() else "iso-8859-1"
        tparts = [("text/plain; charset=\"%s\"" % cs, "quoted-printable", qp(text, cs)),
                  ("text/html; charset=\"%s\"" % cs, "quoted-printable",
                   qp(html_doc(text, cs, "outlook"), cs))]
        pdf_hdr = "Content-Type: application/pdf;\r\n\tname=\"%s\""
        disp = "Content-Disposition: attachment;\r\n\tfilename=\"%s\""
    elif st == "ja-outlook":
        b_alt, b_mix = outlook_boundary(), outlook_boundary()
        tparts = [("text/plain; charset=\"iso-2022-jp\"", "7bit",
                   to_crlf(text.encode("iso-2022-jp").decode("ascii")) + "\r\n"),
                  ("text/html; charset=\"iso-2022-jp\"", "7bit",
                   to_crlf(html_doc(text, "iso-2022-jp", "outlook-ja")
                           .encode("iso-2022-jp").decode("ascii")))]
        pdf_hdr = disp = None
    elif st == "tb":
        b_alt, b_mix = tb_boundary(), tb_boundary()
        cs = "UTF-8" if not text.isascii() else "us-ascii"
        cte = "quoted-printable" if cs == "UTF-8" else "7bit"
        tbody = qp(text, "utf-8") if cte == "quoted-printable" else to_crlf(text) + "\r\n"
        hdoc = html_doc(text, cs, "tb")
        tparts = [("text/plain; charset=%s" % cs, cte, tbody),
                  ("text/html; charset=%s" % cs, "quoted-printable", qp(hdoc, "utf-8"))]
        pdf_hdr = disp = None
    else:  # webmail
        b_alt = "=_" + rnd_hex(32)
        b_mix = "=_" + rnd_hex(32)
        tparts = [("text/plain; charset=US-ASCII", "7bit", to_crlf(text) + "\r\n"),
                  ("text/html; charset=UTF-8", "quoted-printable",
                   qp(html_doc(text, "UTF-8", "webmail"), "utf-8"))]
        pdf_hdr = "Content-Type: application/pdf;\r\n name=%s"
        disp = "Content-Disposition: attachment;\r\n filename=%s;\r\n size=%d"

    def part(ctype, cte, body):
        if not body.endswith("\r\n"):
            body += "\r\n"
        return "Content-Type: %s\r\nContent-Transfer-Encoding: %s\r\n\r\n%s" % (ctype, cte, body)

    alt = "".join("--%s\r\n%s\r\n" % (b_alt, part(*p)) for p in tparts)
    alt += "--%s--\r\n" % b_alt
    alt_ct = "Content-Type: multipart/alternative;\r\n\tboundary=\"%s\"" % b_alt
    preamble = "This is a multi-part message in MIME format.\r\n" if st == "tb" else ""
    att = m.get("attachment")
    if not att:
        return [alt_ct], preamble + alt
    fname, data = att
    if st == "webmail":
        ah = (pdf_hdr % fname) + "\r\n" + (disp % (fname, len(data)))
    else:
        ah = (pdf_hdr % fname) + "\r\n" + (disp % fname)
    body = ("%s--%s\r\n%s\r\n\r\n%s\r\n--%s\r\n%s\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            "%s\r\n\r\n--%s--\r\n" % (preamble, b_mix, alt_ct, alt, b_mix, ah, b64_lines(data),
                                         b_mix))
    return ["Content-Type: multipart/mixed;\r\n\tboundary=\"%s\"" % b_mix], body


# --------------------------------------------------------------------------- transport

A_MX, A_MBOX, A_SUB, A_OUT = ("mx1." + A_DOM, "192.0.2.20"), ("mbox." + A_DOM, "192.0.2.21"), \
    ("mail." + A_DOM, "192.0.2.25"), ("smtp-out." + A_DOM, "192.0.2.26")
B_MX, B_IMAP, B_SUB, B_OUT = ("mx." + B_DOM, "203.0.113.30"), ("imap." + B_DOM, "203.0.113.31"), \
    ("mail." + B_DOM, "203.0.113.25"), ("mout." + B_DOM, "2001:db8:b7a::25")
PC = {"Emi": ("TSK-PC0231", "192.0.2.131"), "Naoko": ("TSK-PC0117", "192.0.2.117"),
      "Lena": ("BWA-NB-114", "203.0.113.114")}
ATK_CLIENT = "198.51.100.23"
ATK_VPS = (VPS, "198.51.100.158")
ATK_MAIL = ("mail." + A_FAKE, "198.51.100.77")


def ip_lit(ip):
    return "[IPv6:%s]" % ip if ":" in ip else "[%s]" % ip


def rcv(frm_helo, frm_rdns, ip, by, proto, rcpt, when, tz, extra_by=""):
    return ("Received: from %s (%s %s)\r\n\tby %s%s with %s id %s\r\n\tfor <%s>; %s"
            % (frm_helo, frm_rdns, ip_lit(ip), by, extra_by, proto, rnd_alnum(14), rcpt,
               format_datetime(when.astimezone(tz))))


def dkim_sig(domain, selector, hdr_names, body, t):
    b = base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(256))).decode()
    bfold = "\r\n\t ".join([b[:70]] + [b[i:i + 70] for i in range(70, len(b), 70)])
    return ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\r\n\ts=%s; t=%d;\r\n"
            "\th=%s;\r\n\tbh=%s;\r\n\tb=%s" % (domain, selector, t, ":".join(hdr_names),
                                               relaxed_body_hash(body), bfold)), b[:8]


def auth_results(mx, mailfrom, ip, spf, dkim_d, dkim_b, dmarc, from_dom, policy_str):
    if spf == "pass":
        spf_s = ("spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                 % (mx, mailfrom, ip, mailfrom))
    else:
        spf_s = ("spf=fail (%s: domain of %s does not designate %s as permitted sender) "
                 "smtp.mailfrom=%s" % (mx, mailfrom, ip, mailfrom))
    dk = ("dkim=pass header.d=%s header.b=%s" % (dkim_d, dkim_b)) if dkim_d else \
        "dkim=none (message not signed)"
    return ("Authentication-Results: %s;\r\n\t%s;\r\n\t%s;\r\n\tdmarc=%s (%s) header.from=%s"
            % (mx, spf_s, dk, dmarc, policy_str, from_dom))


def transport(k, mailbox, body, hdr_names):
    m = M[k]
    st = m["style"]
    d = m["date"]
    t = int(d.timestamp())
    rc = EMI.addr if mailbox == "A" else LENA.addr
    a = m["author"]
    sec = lambda s: d + timedelta(seconds=s)  # noqa: E731
    hops = []
    dkim = None
    if st in ("outlook", "ja-outlook", "ja-plain") and mailbox == "B":
        pc = PC[a.key]
        hops = [rcv(B_MX[0], B_MX[0], B_MX[1], B_IMAP[0], "LMTP", rc, sec(6), CET),
                rcv(A_OUT[0], A_OUT[0], A_OUT[1], B_MX[0], "ESMTPS", rc, sec(5), CET,
                    " (Postfix)"),
                rcv(A_SUB[0], A_SUB[0], A_SUB[1], A_OUT[0], "ESMTPS", rc, sec(3), JST),
                rcv(pc[0], pc[0], pc[1], A_SUB[0], "ESMTPSA", rc, sec(2), JST)]
        dkim = dkim_sig(A_DOM, "tsk2024", hdr_names, body, t + 2)
        ar = auth_results(B_MX[0], a.addr, A_OUT[1], "pass", A_DOM, dkim[1], "pass", A_DOM,
                          "p=NONE sp=NONE dis=NONE")
    elif st in ("outlook", "ja-outlook", "ja-plain") and mailbox == "A":  # internal
        pc = PC[a.key]
        hops = [rcv(A_SUB[0], A_SUB[0], A_SUB[1], A_MBOX[0], "LMTP", rc, sec(3), JST),
                rcv(pc[0], pc[0], pc[1], A_SUB[0], "ESMTPSA", rc, sec(2), JST)]
        dkim = dkim_sig(A_DOM, "tsk2024", hdr_names, body, t + 2)
        ar = auth_results(A_MBOX[0], a.addr, A_SUB[1], "pass", A_DOM, dkim[1], "pass", A_DOM,
                          "p=NONE sp=NONE dis=NONE")
    elif st == "tb":  # B -> A
        pc = PC[a.key]
        hops = [rcv(A_MX[0], A_MX[0], A_MX[1], A_MBOX[0], "LMTP", rc, sec(7), JST),
                rcv(B_OUT[0], B_OUT[0], B_OUT[1], A_MX[0], "ESMTPS", rc, sec(6), JST),
                rcv(B_SUB[0], B_SUB[0], B_SUB[1], B_OUT[0], "ESMTPS", rc, sec(3), CET,
                    " (Postfix)"),
                rcv(pc[0], pc[0], pc[1], B_SUB[0], "ESMTPSA", rc, sec(2), CET, " (Postfix)")]
        dkim = dkim_sig(B_DOM, "bw2024", hdr_names, body, t + 2)
        ar = auth_results(A_MX[0], a.addr, B_OUT[1], "pass", B_DOM, dkim[1], "pass", B_DOM,
                          "p=QUARANTINE sp=QUARANTINE dis=NONE")
    elif st == "spoof":
        hops = [rcv(B_MX[0], B_MX[0], B_MX[1], B_IMAP[0], "LMTP", rc, sec(5), CET),
                rcv(ATK_VPS[0], ATK_VPS[0], ATK_VPS[1], B_MX[0], "ESMTPS", rc, sec(4), CET,
                    " (Postfix)"),
                rcv("DESKTOP-3HQ8V2K", "unknown", ATK_CLIENT, ATK_VPS[0], "ESMTPSA", rc, sec(2),
                    UTC, " (Postfix)")]
        ar = auth_results(B_MX[0], EMI.addr, ATK_VPS[1], "fail", None, None, "fail", A_DOM,
                          "p=NONE sp=NONE dis=NONE")
    elif st == "webmail":
        hops = [rcv(B_MX[0], B_MX[0], B_MX[1], B_IMAP[0], "LMTP", rc, sec(6), CET),
                rcv(ATK_MAIL[0], ATK_MAIL[0], ATK_MAIL[1], B_MX[0], "ESMTPS", rc, sec(5), CET,
                    " (Postfix)"),
                ("Received: from [%s]\r\n\tby %s with HTTP (Roundcube Webmail);\r\n\t%s"
                 % (ATK_CLIENT, ATK_MAIL[0], format_datetime(sec(1))))]
        dkim = dkim_sig(A_FAKE, "default", hdr_names, body, t + 1)
        ar = auth_results(B_MX[0], a.addr, ATK_MAIL[1], "pass", A_FAKE, dkim[1], "pass", A_FAKE,
                          "p=NONE sp=NONE dis=NONE")
    rp = "Return-Path: <%s>" % a.addr
    out = [rp, "Delivered-To: " + rc] + hops + [ar]
    if dkim:
        out.append(dkim[0])
    return out


# --------------------------------------------------------------------------- assemble


def build_message(k, mailbox, folder):
    m = M[k]
    st = m["style"]
    jp = st.startswith("ja")
    ctype_lines, body = M[k]["_body"]
    hdr = [addr_header("From", [m["author"]], jp), addr_header("To", m["to"], jp)]
    if m.get("cc"):
        hdr.append(addr_header("Cc", m["cc"], jp))
    names = ["From", "To"] + (["Cc"] if m.get("cc") else [])
    if m.get("reply_to"):
        hdr.append("Reply-To: " + m["reply_to"])
        names.append("Reply-To")
    hdr.append(subject_header(m["subject"]))
    hdr.append("Date: " + format_datetime(m["date"]))
    hdr.append("Message-ID: " + m["msgid"])
    names += ["Subject", "Date", "Message-ID"]
    if m.get("in_reply_to"):
        hdr.append("In-Reply-To: " + M[m["in_reply_to"]]["msgid"])
        hdr.append(refs_header([M[r]["msgid"] for r in m["refs"]]))
        names += ["In-Reply-To", "References"]
    if m.get("dnt"):
        hdr.append("Disposition-Notification-To: " + m["dnt"])
    hdr.append("MIME-Version: 1.0")
    names += ["MIME-Version", "Content-Type"]
    hdr += ctype_lines
    if st in ("outlook", "spoof", "ja-outlook", "ja-plain"):
        hdr.append("X-Mailer: Microsoft Outlook 16.0")
        hdr.append("Content-Language: " + ("ja" if jp else "en-us"))
    elif st == "tb":
        hdr.append("User-Agent: Mozilla Thunderbird")
        hdr.append("Content-Language: en-US")
    elif st == "webmail":
        hdr.append("User-Agent: Roundcube Webmail/1.6.6")
        hdr.append("X-Sender: " + m["author"].addr)
    if folder != "sent":
        hdr = transport(k, mailbox, body, names) + hdr
    return "\r\n".join(hdr) + "\r\n\r\n" + body


def file_name(k, mailbox, folder):
    m = M[k]
    local = m["date"]
    return "mailbox-%s/%s_%s_%s_%s.eml" % (mailbox, k, folder, local.strftime("%Y-%m-%d"),
                                           m["slug"])


def signals_for(k, mailbox):
    return SIGNALS.get((k, mailbox)) or SIGNALS.get(k) or ["none"]


def generate():
    for k in ORDER:
        M[k]["_body"] = build_body(k)
    for sub in ("mailbox-A", "mailbox-B"):
        d = HERE / sub
        d.mkdir(exist_ok=True)
        for old in d.glob("*.eml"):
            old.unlink()
    entries = []
    for mailbox, folder, k in COPIES:
        raw = build_message(k, mailbox, folder)
        fn = file_name(k, mailbox, folder)
        (HERE / fn).write_bytes(raw.encode("ascii"))
        entries.append({
            "file": fn, "message_id": M[k]["msgid"], "date": M[k]["date"].isoformat(),
            "actor": ACTOR[k], "signals": signals_for(k, mailbox), "folder": folder,
            "verdict": "bec" if ACTOR[k] == "attacker" else "legit", "who": WHO[k],
            "note": NOTES[k]})
    expected = {"case": CASE_ID, "title": CASE_TITLE, "bec_type": 1, "messages": entries,
                "timeline_order": [M[k]["msgid"] for k in
                                   sorted(ORDER, key=lambda x: M[x]["date"])]}
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n",
                                        encoding="utf-8")
    (HERE / "README.md").write_text(readme(entries), encoding="utf-8")


# --------------------------------------------------------------------------- README

STORY = """\
1. A = Tsukikage Precision Industries Co., Ltd. (Nagoya, Japan; `tsukikage-seimitsu.co.jp`), billing side:
   Emi Katagiri (export sales), Takuya Morinaga (manager), Naoko Ishizuka (accounting).
2. B = Brandtwerk Antriebstechnik GmbH (Esslingen, Germany; `brandtwerk-antriebe.de`), paying side:
   Lena Hoffmeister (purchasing), Matthias Krüger (head of purchasing), Sabine Oltmann (accounts payable).
3. 4-18 Mar 2024: quotation, PO, invoice TSK-INV-24-0412 (EUR 48,360.00) with the genuine account
   Kazamidori Bank 3907715 / SWIFT KZMDJPJT, payment scheduled for 29 Mar, shipping notice.
4. 19 Mar (D07): the attacker replies in the thread with From = Emi's real address, sent from VPS
   198.51.100.158 (SPF fail, no DKIM, DMARC fail, p=none so delivered) to Lena only, with Cc
   Takuya/Naoko rewritten to `...tsukikage-seimitsu.jp@mail.com`, asking to hold the remittance.
5. 20 Mar (D08): from the look-alike domain `tsukikage-seirnitsu.co.jp` ("rn" for "m"; SPF/DKIM/DMARC
   pass for that domain), Reply-To a gmx.com look-alike, Disposition-Notification-To an outlook.com address,
   a forged "revised" invoice moves the account to Banco Atlantico do Tejo (Portugal) and asks for payment by 22 Mar.
6. 21 Mar (D09): Lena replies to the fake (In-Reply-To = D08) but to Emi's real address, quoting the fake bank details.
7. Emi sees a reply to mails she never sent and confirms the fraud the same day (D10), restating the genuine account;
   she reports internally in Japanese (D11), suspecting her mailbox was read by the attacker.
8. 28 Mar (D12): B pays the genuine account after a phone call-back. No money lost. IPA type 1 (thread hijack).
9. Mailbox A = Emi's mailbox, mailbox B = Lena's mailbox; D07 and D08 exist only in mailbox B.
10. Same message in both mailboxes = same Message-ID; `*_sent_*` files are sent-folder copies without transport headers.
"""

STORY_JA = """\
日本の精密部品メーカー（A社・請求側、月影精密工業）とドイツの購買企業（B社・支払側）との
見積・注文・請求・出荷連絡のスレッドに攻撃者が割り込む、ビジネスメール詐欺（IPA分類タイプ1）の
架空事例です。3月19日、攻撃者はA社担当者の実アドレスを送信元に詐称し（VPSから送信、SPF/DMARC失敗、
DKIM署名なし）、CCのA社社員をフリーメールの類似アドレスに置き換えて送金保留を依頼しました。
翌20日には類似ドメイン（tsukikage-seirnitsu.co.jp、mをrnに置換）から、返信先をフリーメールに
向けた偽の請求書でポルトガルの銀行口座への振込先変更と期日前倒しを要求しました。B社がA社の本来の
アドレスへ確認の返信をしたことでA社が詐欺に気付き、B社は正規口座に支払って被害はありませんでした。
D03とD11はISO-2022-JPの日本語メール（社内連絡）です。
"""


def readme(entries):
    rows = []
    for e in entries:
        rows.append("| `%s` | %s | %s | %s | %s |" % (
            e["file"], e["actor"], e["folder"], e["verdict"],
            ", ".join("`%s`" % s for s in e["signals"]) if e["signals"] != ["none"] else "none"))
    dfs = []
    for k in ORDER:
        dfs.append("| %s | %s | %s | %s |" % (k, M[k]["date"].isoformat(), WHO[k], NOTES[k]))
    return """# MailTriage demo case: hijacked invoice thread (fictional)

This directory is the bundled demo case: %d `.eml` files in two mailboxes, written for MailTriage
(not taken from the shared test scenarios). `expected.json` holds the same facts machine-readably
(`case`, `bec_type`, `messages[]` with `file`, `message_id`, `date`, `actor`, `signals`, `folder`,
`verdict`, `who`, `note`; `timeline_order`). Signal ids are those of the finding vocabulary
(FINDINGS). `generate_demo.py` regenerates every file byte-for-byte and verifies it
(`python3 generate_demo.py`, or `--check` to verify only).

## Story

%s
### 概要（日本語）

%s
## Messages

| # | Date | Who | What |
|---|---|---|---|
%s

## Files and expected findings

Signals a good tool should show for each file (`none` = no BEC signal). Case-scope signals
(`cc_altered*`, `bank_account_changed`, `remittance_date_changed`, `thread_interjection`,
`reply_quotes_unsent_message`, `sender_infrastructure_changed`) need the whole case loaded.
`reply_quotes_unsent_message` is expected on the mailbox-A copy of D09 (A's sent folder has no
D07/D08). D09 is a legitimate message from B whose quote carries the attacker's account and
request: `payment_change_request` may show there at low severity, but `bank_account_changed` is
not expected, because quoted text is not the sender's own instruction (the account change is
flagged on D08, the message that made it).

| File | Actor | Folder | Verdict | Expected signals |
|---|---|---|---|---|
%s

Analyst hints: D07's Message-ID and first hop are on `%s`, and D08's Roundcube hop comes from the
same client address %s as D07's submission; D08's signature adds a Portuguese phone number; the
forged PDF was produced by different software than the genuine one.

## Note

Fictional: all names, companies, domains, e-mail addresses, bank names, account numbers/IBANs,
SWIFT codes, phone numbers and IPs are invented; IPs are from the documentation ranges
(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32). Free-mail provider domains
(mail.com, gmx.com, outlook.com) are real provider names with invented local parts.
DKIM-Signature `bh=` values are the real relaxed body hashes; `b=` values are random, so tools
must take SPF/DKIM/DMARC verdicts from the receiving MX's `Authentication-Results`.
All files use CRLF line endings, are 7-bit and smaller than 60 KB, and parse with Python's
`email` package (policy.default) without defects.
""" % (len(entries), STORY, STORY_JA, "\n".join(dfs), "\n".join(rows), VPS, ATK_CLIENT)


# --------------------------------------------------------------------------- verify


def verify():
    exp = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    ok = True
    ids = {}
    for e in exp["messages"]:
        path = HERE / e["file"]
        raw = path.read_bytes()
        problems = []
        if len(raw) >= 60 * 1024:
            problems.append("size %d" % len(raw))
        if any(b > 127 for b in raw):
            problems.append("8-bit byte")
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            problems.append("bare LF/CR")
        msg_ = BytesParser(policy=policy.default).parsebytes(raw)
        defects = []
        for part in msg_.walk():
            defects += [type(d).__name__ for d in part.defects]
            for name, val in part.items():
                defects += ["%s:%s" % (name, type(d).__name__) for d in getattr(val, "defects", [])]
            if not part.is_multipart():
                part.get_content()  # must decode
        if msg_["Message-ID"] != e["message_id"]:
            problems.append("message-id")
        if parsedate_to_datetime(msg_["Date"]).isoformat() != e["date"]:
            problems.append("date")
        if "DKIM-Signature" in msg_:
            sig = str(msg_["DKIM-Signature"])
            bh = re.search(r"bh=([^;]+);", sig.replace(" ", "")).group(1)
            body = raw.split(b"\r\n\r\n", 1)[1].decode("ascii")
            if bh != relaxed_body_hash(body):
                problems.append("bh")
        if e["folder"] == "sent" and ("Received" in msg_ or "Return-Path" in msg_):
            problems.append("transport headers in sent copy")
        ids.setdefault(e["message_id"], []).append(e["file"])
        ok &= not problems and not defects
        print("%-62s %s" % (e["file"], "OK" if not problems and not defects else "FAIL"))
        print("    From:    %s" % msg_["From"])
        print("    To:      %s" % msg_["To"])
        print("    Subject: %s" % msg_["Subject"])
        print("    Date:    %s   size=%d  defects=%s %s" % (msg_["Date"], len(raw), defects or "[]",
                                                           problems or ""))
    for mid in exp["timeline_order"]:
        if mid not in ids:
            ok = False
            print("timeline id without file:", mid)
    if len(set(exp["timeline_order"])) != len(exp["timeline_order"]):
        ok = False
        print("duplicate in timeline_order")
    # every In-Reply-To in the case resolves to a known Message-ID
    for e in exp["messages"]:
        m_ = BytesParser(policy=policy.default).parsebytes((HERE / e["file"]).read_bytes())
        irt = m_.get("In-Reply-To")
        if irt and str(irt) not in ids:
            ok = False
            print("dangling In-Reply-To in", e["file"])
    print("ALL OK" if ok else "FAILURES")
    return ok


if __name__ == "__main__":
    if "--check" not in sys.argv:
        generate()
    sys.exit(0 if verify() else 1)
