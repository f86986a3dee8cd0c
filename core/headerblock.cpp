// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerblock.h"

#include "encodedword.h"

namespace MailTriage {

namespace {
    bool isFieldNameChar(char c)
    {
        const auto u = static_cast<uchar>(c);
        return u >= 33 && u <= 126 && c != ':';
    }

    // Length of the line starting at @p pos without its line break, and where the next starts.
    void lineAt(QByteArrayView d, qsizetype pos, qsizetype* contentEnd, qsizetype* next)
    {
        const qsizetype nl = d.indexOf('\n', pos);
        if (nl < 0) {
            *contentEnd = d.size();
            *next = d.size();
            return;
        }
        *next = nl + 1;
        *contentEnd = (nl > pos && d[nl - 1] == '\r') ? nl - 1 : nl;
    }
} // namespace

QByteArray HeaderBlock::unfold(QByteArrayView folded)
{
    QByteArray out;
    out.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const char c = folded[i];
        if (c == '\r' || c == '\n')
            continue;
        out.append(c);
    }
    return out;
}

HeaderBlock HeaderBlock::parse(QByteArrayView d, qint64 base, int maxFields, qint64 maxBytes)
{
    HeaderBlock hb;
    qsizetype pos = 0;
    const qsizetype n = d.size();
    // An mbox "From " separator line left at the top is not a header field.
    if (d.startsWith("From ")) {
        qsizetype end, next;
        lineAt(d, 0, &end, &next);
        pos = next;
        hb.defects << QStringLiteral("an mbox \"From \" line precedes the headers");
    }
    qsizetype fieldStart = -1;
    qsizetype fieldEnd = -1; // end of content of the field's last line
    qsizetype colon = -1;

    auto finishField = [&]() {
        if (fieldStart < 0)
            return;
        HeaderField f;
        f.name = d.sliced(fieldStart, colon - fieldStart).toByteArray();
        while (!f.name.isEmpty() && (f.name.back() == ' ' || f.name.back() == '\t'))
            f.name.chop(1);
        f.rawValue = d.sliced(colon + 1, fieldEnd - colon - 1).toByteArray();
        f.offset = base + fieldStart;
        f.length = fieldEnd - fieldStart;
        f.value = EncodedWord::decode(unfold(f.rawValue).trimmed());
        hb.fields.append(f);
        fieldStart = -1;
    };

    while (pos < n) {
        qsizetype end, next;
        lineAt(d, pos, &end, &next);
        if (end == pos) { // blank line: the body follows
            finishField();
            hb.hasSeparator = true;
            hb.bodyOffset = base + next;
            return hb;
        }
        if (pos > maxBytes) {
            finishField();
            hb.defects
                << QStringLiteral("the header section is larger than %1 bytes; the rest is read as body").arg(maxBytes);
            hb.bodyOffset = base + pos;
            return hb;
        }
        const char first = d[pos];
        if (first == ' ' || first == '\t') {
            if (fieldStart >= 0) {
                fieldEnd = end;
            } else if (hb.fields.isEmpty() && pos == 0) {
                hb.defects << QStringLiteral("the message starts with a continuation line");
            } else {
                hb.defects << QStringLiteral("a continuation line follows no header field");
            }
            pos = next;
            continue;
        }
        // A new field: name, optional white space (obsolete syntax), colon.
        qsizetype i = pos;
        while (i < end && isFieldNameChar(d[i]))
            ++i;
        qsizetype nameEnd = i;
        while (i < end && (d[i] == ' ' || d[i] == '\t'))
            ++i;
        if (nameEnd == pos || i >= end || d[i] != ':') {
            // Not a header line: the header section ends here without a blank line.
            finishField();
            hb.defects << QStringLiteral("a line that is not a header field ends the header section (no blank line)");
            hb.bodyOffset = base + pos;
            return hb;
        }
        finishField();
        if (hb.fields.size() >= maxFields) {
            hb.defects << QStringLiteral("more than %1 header fields; the rest is read as body").arg(maxFields);
            hb.bodyOffset = base + pos;
            return hb;
        }
        fieldStart = pos;
        colon = i;
        fieldEnd = end;
        pos = next;
    }
    finishField();
    hb.bodyOffset = base + n;
    return hb;
}

} // namespace MailTriage
