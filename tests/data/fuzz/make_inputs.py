#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the hand-made hostile inputs that tst_fuzzregressions gives to every fuzz target's entry
# point (common/). Inputs the fuzzers find crashing go next to them, into TARGET/ (for example
# eml/crash-...). Run from this folder; the files are committed, this script says how they came.
import os

os.makedirs("common", exist_ok=True)

def write(name, data):
    with open(os.path.join("common", name), "wb") as f:
        f.write(data)

crlf = b"\r\n"
# MIME nested 200 deep (the depth limit is 64; mimetic's recursion is not reached: guarded).
deep = b"Subject: deep\r\nMIME-Version: 1.0\r\n"
for i in range(200):
    deep += b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
deep += b"Content-Type: text/plain\r\n\r\ninner\r\n"
write("mime-deep-200.eml", deep)
# One header line of 200 KiB (mimetic is quadratic on long lines: it must be skipped).
write("header-line-200k.eml", b"Subject: " + b"A" * (200 * 1024) + crlf + crlf + b"body" + crlf)
# Encoded words back to back, broken and unbroken, in every charset spelling.
ew = b"Subject: " + b" ".join(b"=?%s?%s?%s?=" % (cs, enc, txt)
    for cs in (b"utf-8", b"iso-2022-jp", b"shift_jis", b"x-unknown", b"utf-8*ja")
    for enc in (b"B", b"Q", b"X")
    for txt in (b"GyRCJDMkcyRLJEEkTxsoQg", b"=E3=81=82", b"====", b"")) + crlf
write("encoded-words.eml", ew * 50 + b"From: =?utf-8?B?" + b"/" * 5000 + b"?= <a@b>" + crlf + crlf + b"x")
# RFC 2231 continuations out of order, repeated, huge indexes, mixed encodings.
params = b"Content-Type: application/octet-stream"
for i in (0, 5, 99999999, 2, 2, 1, 4294967296):
    params += b"; name*%d*=utf-8''%%E3%%81%%82%%ZZ" % i
params += b"; filename*=iso-2022-jp'ja'%1B%24B%24%22%1B%28B" * 100
write("rfc2231-storm.eml", b"MIME-Version: 1.0\r\n" + params + crlf + crlf + b"x" + crlf)
# Address lists: comments nested 5000 deep, groups in groups, unbalanced quotes and brackets.
write("addresses-nested.eml", b"From: " + b"(" * 5000 + b"a@b" + b")" * 4999 + crlf
      + b"To: g1: g2: <a@b>, \"unterminated <c@d>;;, <<<<>>>>, @@@, " + b"x@y, " * 3000 + crlf
      + b"Reply-To: \"" + b"\\" * 10001 + crlf + crlf + b"body")
# Dates: every field out of range, numbers of 40 digits, obsolete zones.
write("dates.eml", b"".join(b"Date: %s\r\n" % d for d in (
    b"Mon, 32 Foo 99999999999999999999999999999999 25:61:61 +9999",
    b"Tue, 1 Jan 1 00:00:00 GMT+25", b"31 Feb 2019 24:00:60 -0000 (JST) (((", b", , , :::::",
    b"Fri, 13 Dec 1901 20:45:52 +0000", b"Sun, 07 Feb 2106 06:28:16 +0000",
    b"1 Jan 2019 10:00:00 " + b"Z" * 1000)) + crlf + b"x")
# Received lines: parentheses and brackets nested and unbalanced, 2000 hops.
recv = b"".join(b"Received: from h%d (h%d [192.0.2.%d]) by mx%d ((((([[[[ with ESMTPS id %d for <a@b>; Mon, 1 Jul 2019 10:%02d:00 +0900\r\n"
                % (i, i, i % 256, i, i, i % 60) for i in range(2000))
write("received-2000.eml", recv + b"Received: " + b"(" * 20000 + crlf + crlf + b"x")
# Authentication-Results: every method, no authserv-id, quotes and comments everywhere.
write("authresults.eml", (b"Authentication-Results: ; spf=pass (\"(\\\") smtp.mailfrom=\"a@b\" dkim=fail header.d=(x)y.example "
      b"dmarc=pass header.from=; arc=none; " + b"dkim=pass header.i=@" + b"a." * 500 + b"example;" * 20 + crlf) * 20
      + b"ARC-Authentication-Results: i=999999999999; mx; spf=" + crlf
      + b"Received-SPF: pass (" + b"x" * 70000 + crlf
      + b"DKIM-Signature: v=1; " + b"; ".join(b"%c=%s" % (c, b"=" * 100) for c in b"abcdhlqst") + crlf + crlf + b"x")
# HTML: 20,000 unclosed tags, entities of every kind, attributes without quotes, stray '<'.
html = (b"<div><a href=http://a.example/" + b"&#x1F600;&amp;&#0;&#99999999;&bogus;" * 10 + b">") * 600
html += b"<" * 5000 + b"<img src=\"" + b"x" * 70000 + b"<style>" + b"{" * 10000 + b"<script>" + b"<!--" * 1000
write("html-unclosed.eml", b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html)
# mbox: 3000 "From " lines, escaped and not, empty messages between them.
write("mbox-many.mbox", b"".join(b"From a@b Mon Jul  1 10:00:00 2019\n>From x\n\n" if i % 2 else b"From \n" for i in range(3000)))
# Base64 and quoted-printable broken in every way.
write("encodings.eml", b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=p\r\n\r\n"
      + b"--p\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b"QUJD=RE=\r\n*&^%\r\n" * 2000
      + b"--p\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + b"=\r\n=Z=1=" * 2000
      + b"\r\n--p\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\nbegin 644 a\r\n" + b"M" * 5000 + b"\r\n--p--")
# A CFB header with a FAT that loops, and LZFu with a length far past its data.
cfb = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + b"\0" * 480)
cfb[0x2c:0x30] = (1).to_bytes(4, "little")   # one FAT sector
cfb[0x30:0x34] = (0).to_bytes(4, "little")   # directory starts at sector 0
cfb[0x4c:0x50] = (0).to_bytes(4, "little")   # FAT in sector 0: a cycle
cfb += (0).to_bytes(4, "little") * 128        # sector 0 points to itself
write("cfb-fat-cycle.msg", bytes(cfb))
write("lzfu-overlong.bin", (0x7fffffff).to_bytes(4, "little") + (16).to_bytes(4, "little") + b"LZFu" + b"\0" * 4 + b"\xff" * 64)
