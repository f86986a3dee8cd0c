#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the synthetic Outlook items the .msg reader tests use (run from anywhere; writes beside
this script). Each file is built here from scratch: a minimal Compound File Binary writer
([MS-CFB], 512- or 4096-byte sectors, mini stream for small streams) and [MS-OXMSG] property
streams. Literal-only LZFu ([MS-OXRTFCP]) is used for compressed RTF bodies.

Files:
  v4_sectors.msg         version 4 compound file (4096-byte sectors), a 10000-byte attachment and
                         one attached by reference
  not_outlook.cfb        a compound file that is not an Outlook item
  on_behalf.msg          CP932 PT_STRING8 properties, Sender != From, Reply-To one-off entries,
                         To/Cc/Bcc, body only as compressed RTF encapsulating HTML
  rtf_only.msg           plain RTF body (not encapsulated), no PR_BODY
  deep_nesting.msg       12 Outlook items each attached to the previous one
  transport.msg          PR_TRANSPORT_MESSAGE_HEADERS; transport.eml is the same message as .eml
"""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def build_cfb(tree, sector_size=512):
    """tree: {name: bytes (stream) or dict (storage)} -> compound file bytes."""
    entries = []

    def add(name, node, typ):
        idx = len(entries)
        entries.append(dict(name=name, type=typ, data=None, kids=[], start=ENDOFCHAIN, size=0))
        if isinstance(node, dict):
            for k in sorted(node, key=lambda n: (len(n), n.upper())):
                entries[idx]['kids'].append(add(k, node[k], 1 if isinstance(node[k], dict) else 2))
        else:
            entries[idx]['data'] = node
        return idx

    add('Root Entry', tree, 5)
    S = sector_size
    mini = bytearray()
    minifat = []
    for e in entries:
        if e['type'] == 2 and len(e['data']) < 4096 and len(e['data']) > 0:
            n = (len(e['data']) + 63) // 64
            start = len(mini) // 64
            e['start'], e['size'] = start, len(e['data'])
            mini += e['data'] + b'\0' * (n * 64 - len(e['data']))
            minifat += [start + i + 1 if i < n - 1 else ENDOFCHAIN for i in range(n)]
    big = [e for e in entries if e['type'] == 2 and len(e['data']) >= 4096]

    def nsec(nbytes):
        return (nbytes + S - 1) // S

    ndir = nsec(len(entries) * 128)
    nminifat = nsec(len(minifat) * 4)
    nmini = nsec(len(mini))
    nbig = sum(nsec(len(e['data'])) for e in big)
    nfat = 1
    while nfat * (S // 4) < nfat + ndir + nminifat + nmini + nbig:
        nfat += 1
    assert nfat <= 109
    fat = [FREESECT] * (nfat * (S // 4))
    for i in range(nfat):
        fat[i] = FATSECT
    pos = [nfat]

    def alloc(n):
        start = pos[0]
        for i in range(n):
            fat[start + i] = start + i + 1 if i < n - 1 else ENDOFCHAIN
        pos[0] += n
        return start if n else ENDOFCHAIN

    dir_start = alloc(ndir)
    minifat_start = alloc(nminifat)
    mini_start = alloc(nmini)
    for e in big:
        e['start'], e['size'] = alloc(nsec(len(e['data']))), len(e['data'])
    entries[0]['start'] = mini_start if nmini else ENDOFCHAIN
    entries[0]['size'] = len(mini)

    for e in entries:
        kids = e['kids']
        e['child'] = kids[0] if kids else NOSTREAM
        e['right'] = NOSTREAM
    for e in entries:
        kids = e['kids']
        for a, b in zip(kids, kids[1:]):
            entries[a]['right'] = b

    dirb = bytearray()
    for e in entries:
        name = e['name'].encode('utf-16le') + b'\0\0'
        assert len(name) <= 64
        d = name + b'\0' * (64 - len(name))
        d += struct.pack('<HBB', len(name), e['type'], 1)
        d += struct.pack('<III', NOSTREAM, e['right'], e['child'])
        d += b'\0' * 16 + b'\0' * 4 + b'\0' * 16
        d += struct.pack('<IQ', e['start'], e['size'])
        assert len(d) == 128
        dirb += d
    dirb += b'\0' * (ndir * S - len(dirb))
    # Unused directory slots: empty entries with NOSTREAM links.
    for off in range(len(entries) * 128, len(dirb), 128):
        dirb[off + 68:off + 80] = struct.pack('<III', NOSTREAM, NOSTREAM, NOSTREAM)

    header = bytearray(b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + b'\0' * 16)
    header += struct.pack('<HHHHH', 0x3E, 3 if S == 512 else 4, 0xFFFE, 9 if S == 512 else 12, 6)
    header += b'\0' * 6
    header += struct.pack('<IIIIIIIII', 0 if S == 512 else ndir, nfat, dir_start, 0, 4096,
                          minifat_start if nminifat else ENDOFCHAIN, nminifat, ENDOFCHAIN, 0)
    difat = list(range(nfat)) + [FREESECT] * (109 - nfat)
    header += struct.pack('<109I', *difat)
    assert len(header) == 512
    header += b'\0' * (S - 512)

    body = bytearray()
    body += struct.pack('<%dI' % len(fat), *fat)
    body += dirb
    mf = minifat + [FREESECT] * (nminifat * S // 4 - len(minifat))
    body += struct.pack('<%dI' % len(mf), *mf)
    body += mini + b'\0' * (nmini * S - len(mini))
    for e in big:
        body += e['data'] + b'\0' * (nsec(len(e['data'])) * S - len(e['data']))
    return bytes(header + body)


# --- [MS-OXMSG] helpers ------------------------------------------------------------------------

PT_I4, PT_BOOL, PT_STRING8, PT_UNICODE, PT_SYSTIME, PT_BINARY, PT_OBJECT = 3, 0xB, 0x1E, 0x1F, 0x40, 0x102, 0xD


def filetime(y, mo, d, h, mi, s):
    import datetime
    dt = datetime.datetime(y, mo, d, h, mi, s, tzinfo=datetime.timezone.utc)
    epoch = datetime.datetime(1601, 1, 1, tzinfo=datetime.timezone.utc)
    return int((dt - epoch).total_seconds()) * 10000000


def storage(props, kind, codepage='utf-16le'):
    """props: list of (id, type, value). kind: 'top', 'embedded', 'sub' (recipient/attachment)."""
    st = {}
    fixed = b''
    for pid, typ, val in props:
        tag = '__substg1.0_%04X%04X' % (pid, typ)
        if typ == PT_UNICODE:
            data = val.encode('utf-16le') + b'\0\0'
            st[tag] = data
            fixed += struct.pack('<HHIIi', typ, pid, 6, len(data), 0)
        elif typ == PT_STRING8:
            data = val.encode(codepage) + b'\0'
            st[tag] = data
            fixed += struct.pack('<HHIIi', typ, pid, 6, len(data), 0)
        elif typ == PT_BINARY:
            st[tag] = val
            fixed += struct.pack('<HHIIi', typ, pid, 6, len(val), 0)
        elif typ == PT_OBJECT:
            st[tag] = val  # a storage (dict)
            fixed += struct.pack('<HHIIi', typ, pid, 6, 0xFFFFFFFF, 0)
        elif typ in (PT_I4, PT_BOOL):
            fixed += struct.pack('<HHIiI', typ, pid, 6, val, 0)
        elif typ == PT_SYSTIME:
            fixed += struct.pack('<HHIQ', typ, pid, 6, val)
    head = {'top': 32, 'embedded': 24, 'sub': 8}[kind]
    st['__properties_version1.0'] = b'\0' * head + fixed
    return st


def message(props, recipients=(), attachments=(), kind='top', codepage='utf-16le'):
    st = storage(props, kind, codepage)
    for i, r in enumerate(recipients):
        st['__recip_version1.0_#%08X' % i] = storage(r, 'sub', codepage)
    for i, a in enumerate(attachments):
        st['__attach_version1.0_#%08X' % i] = storage(a, 'sub', codepage)
    if kind == 'top':
        st['__nameid_version1.0'] = {'__substg1.0_00020102': b'', '__substg1.0_00030102': b'',
                                     '__substg1.0_00040102': b''}
    return st


def crc32_rtf(data):
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        table.append(c)
    crc = 0
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc


def lzfu_literal(raw):
    """Compressed RTF made of literals only, ended by the end-of-stream reference."""
    out = bytearray()
    pos = 207  # write position after the preset dictionary
    i = 0
    while True:
        chunk = raw[i:i + 8]
        if len(chunk) == 8:
            out.append(0)
            out += chunk
            i += 8
            pos = (pos + 8) % 4096
            continue
        out.append(1 << len(chunk))
        out += chunk
        pos = (pos + len(chunk)) % 4096
        out += struct.pack('>H', pos << 4)
        break
    return struct.pack('<IIII', len(out) + 12, len(raw), 0x75465A4C, crc32_rtf(out)) + bytes(out)


def one_off(name, addr):
    return (b'\0\0\0\0' + bytes.fromhex('812b1fa4bea310199d6e00dd010f5402') + struct.pack('<HH', 0, 0x9001)
            + name.encode('utf-16le') + b'\0\0' + 'SMTP'.encode('utf-16le') + b'\0\0'
            + addr.encode('utf-16le') + b'\0\0')


def flat_entry_list(ids):
    body = b''
    for e in ids:
        body += struct.pack('<I', len(e)) + e + b'\0' * ((4 - len(e) % 4) % 4)
    return struct.pack('<II', len(ids), len(body)) + body


def recipient(rtype, name, addr, unicode=True):
    t = PT_UNICODE if unicode else PT_STRING8
    return [(0x0C15, PT_I4, rtype), (0x3001, t, name), (0x3002, t, 'SMTP'), (0x3003, t, addr), (0x39FE, t, addr)]


def write(name, data):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)


# --- the files ---------------------------------------------------------------------------------

def v4_sectors():
    payload = bytes((i * 7) % 251 for i in range(10000))
    msg = message(
        [(0x001A, PT_UNICODE, 'IPM.Note'), (0x0037, PT_UNICODE, 'Version 4 file'),
         (0x1000, PT_UNICODE, 'Big sectors body.'), (0x0042, PT_UNICODE, 'Alice Example'),
         (0x5D02, PT_UNICODE, 'alice@example.com'), (0x0039, PT_SYSTIME, filetime(2024, 1, 2, 3, 4, 5))],
        recipients=[recipient(1, 'Bob', 'bob@example.org')],
        attachments=[[(0x3705, PT_I4, 1), (0x3707, PT_UNICODE, 'payload.bin'),
                      (0x370E, PT_UNICODE, 'application/octet-stream'), (0x3701, PT_BINARY, payload)],
                     [(0x3705, PT_I4, 4), (0x370D, PT_UNICODE, '\\\\fileserver\\share\\invoice.pdf')]])
    write('v4_sectors.msg', build_cfb(msg, 4096))


def on_behalf():
    html = ('<html><head><meta charset="shift_jis"></head><body><p>\u304a\u652f\u6255\u3044\u53e3\u5ea7'
            '\u306e\u5909\u66f4\u306e\u304a\u77e5\u3089\u305b</p></body></html>')
    # \fromhtml1 RTF: tags in \*\htmltag groups, text outside, one \htmlrtf-suppressed run.
    text_sjis = '\u304a\u652f\u6255\u3044\u53e3\u5ea7\u306e\u5909\u66f4\u306e\u304a\u77e5\u3089\u305b'.encode('cp932')
    escaped = ''.join("\\'%02x" % b for b in text_sjis)
    rtf = ('{\\rtf1\\ansi\\ansicpg932\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss\\fcharset128 MS PGothic;}}'
           '{\\*\\htmltag19 <html>}{\\*\\htmltag34 <head>}{\\*\\htmltag161 <meta charset="shift_jis">}'
           '{\\*\\htmltag41 </head>}{\\*\\htmltag50 <body>}{\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 '
           + escaped + '\\htmlrtf }\\htmlrtf0 {\\*\\htmltag72 </p>}\\htmlrtf\\par\\htmlrtf0 '
           '{\\*\\htmltag58 </body>}{\\*\\htmltag27 </html>}}').encode('ascii')
    assert html  # the HTML the RTF encapsulates (for reference)
    msg = message(
        [(0x001A, PT_STRING8, 'IPM.Note'),
         (0x0037, PT_STRING8, '\u3010\u81f3\u6025\u3011\u304a\u652f\u6255\u3044\u53e3\u5ea7\u306e\u5909\u66f4'),
         (0x0042, PT_STRING8, '\u5c71\u7530 \u592a\u90ce'), (0x0064, PT_STRING8, 'SMTP'),
         (0x0065, PT_STRING8, 'ceo@example.co.jp'),
         (0x0C1A, PT_STRING8, 'Mallory'), (0x0C1E, PT_STRING8, 'SMTP'), (0x0C1F, PT_STRING8, 'mallory@examp1e.co.jp'),
         (0x004F, PT_BINARY, flat_entry_list([one_off('\u5c71\u7530 \u592a\u90ce', 'ceo.reply@freemail.example')])),
         (0x0050, PT_STRING8, '\u5c71\u7530 \u592a\u90ce'),
         (0x1035, PT_STRING8, '<bec-1@examp1e.co.jp>'),
         (0x0039, PT_SYSTIME, filetime(2023, 5, 1, 9, 30, 0)),
         (0x3FFD, PT_I4, 932), (0x3FDE, PT_I4, 932),
         (0x1009, PT_BINARY, lzfu_literal(rtf))],
        recipients=[recipient(1, '\u7d4c\u7406\u90e8', 'keiri@example.co.jp', False),
                    recipient(2, 'Carol', 'carol@example.co.jp', False),
                    recipient(3, 'Dave', 'dave@example.co.jp', False)],
        codepage='cp932')
    write('on_behalf.msg', build_cfb(msg))


def rtf_only():
    rtf = (b'{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\colortbl;\\red0\\green0\\blue0;}'
           b'\\pard\\f0\\fs20 Please wire the funds today.\\par Caf\\\'e9 \\u8364?100\\par '
           b'{\\*\\generator Test;}{\\field{\\*\\fldinst HYPERLINK "http://evil.example/"}{\\fldrslt click here}}}')
    msg = message(
        [(0x001A, PT_UNICODE, 'IPM.Note'), (0x0037, PT_UNICODE, 'RTF only'),
         (0x0E06, PT_SYSTIME, filetime(2022, 2, 3, 4, 5, 6)), (0x1009, PT_BINARY, lzfu_literal(rtf))])
    write('rtf_only.msg', build_cfb(msg))


def deep_nesting(levels=12):
    inner = None
    for level in range(levels, 0, -1):
        kind = 'top' if level == 1 else 'embedded'
        atts = []
        if inner is not None:
            atts = [[(0x3705, PT_I4, 5), (0x3001, PT_UNICODE, 'Level %d' % (level + 1)), (0x3701, PT_OBJECT, inner)]]
        inner = message([(0x001A, PT_UNICODE, 'IPM.Note'), (0x0037, PT_UNICODE, 'Level %d' % level),
                         (0x1000, PT_UNICODE, 'Body of level %d' % level)], attachments=atts, kind=kind)
    write('deep_nesting.msg', build_cfb(inner))


TRANSPORT_HEADERS = (
    'Received: from mx.example.net (mx.example.net [192.0.2.10])\r\n'
    '\tby mail.example.co.jp (Postfix) with ESMTPS id 4A1B2C3D\r\n'
    '\tfor <keiri@example.co.jp>; Mon, 1 May 2023 18:30:05 +0900 (JST)\r\n'
    'Authentication-Results: mail.example.co.jp; spf=fail smtp.mailfrom=examp1e.co.jp;\r\n'
    '\tdkim=none; dmarc=fail header.from=example.co.jp\r\n'
    'Received: from [198.51.100.7] (unknown [198.51.100.7])\r\n'
    '\tby mx.example.net (Postfix) with ESMTPSA id 11223344\r\n'
    '\tfor <keiri@example.co.jp>; Mon, 1 May 2023 09:30:02 +0000 (UTC)\r\n'
    'From: =?UTF-8?B?5bGx55SwIOWkqumDjg==?= <ceo@example.co.jp>\r\n'
    'Reply-To: <ceo.reply@freemail.example>\r\n'
    'To: keiri@example.co.jp\r\n'
    'Subject: =?UTF-8?B?5pSv5omV44GE5Y+j5bqn44Gu5aSJ5pu0?=\r\n'
    'Date: Mon, 1 May 2023 18:30:00 +0900\r\n'
    'Message-ID: <transport-1@example.co.jp>\r\n'
    'MIME-Version: 1.0\r\n'
    'Content-Type: text/plain; charset=UTF-8\r\n'
    'Content-Transfer-Encoding: 8bit\r\n')


def transport():
    body = '\u53e3\u5ea7\u3092\u5909\u66f4\u3057\u307e\u3057\u305f\u3002\r\n'
    msg = message(
        [(0x001A, PT_UNICODE, 'IPM.Note'), (0x0037, PT_UNICODE, '\u652f\u6255\u3044\u53e3\u5ea7\u306e\u5909\u66f4'),
         (0x0042, PT_UNICODE, '\u5c71\u7530 \u592a\u90ce'), (0x5D02, PT_UNICODE, 'ceo@example.co.jp'),
         (0x007D, PT_UNICODE, TRANSPORT_HEADERS), (0x1000, PT_UNICODE, body),
         (0x0E06, PT_SYSTIME, filetime(2023, 5, 1, 9, 30, 5))],
        recipients=[recipient(1, 'keiri@example.co.jp', 'keiri@example.co.jp')])
    write('transport.msg', build_cfb(msg))
    write('transport.eml', (TRANSPORT_HEADERS + '\r\n' + body).encode('utf-8'))


def not_outlook():
    write('not_outlook.cfb', build_cfb({'WordDocument': b'x' * 100, 'Data': b'y' * 5000}))


if __name__ == '__main__':
    not_outlook()
    v4_sectors()
    on_behalf()
    rtf_only()
    deep_nesting()
    transport()
