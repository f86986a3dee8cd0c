// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbox.h"

namespace MailTriage::Mbox {

namespace {
    // "From sender date..." : a separator has at least two more words and a digit (the date).
    bool isSeparatorLine(QByteArrayView d, qsizetype pos)
    {
        if (!d.sliced(pos).startsWith("From "))
            return false;
        qsizetype end = d.indexOf('\n', pos);
        if (end < 0)
            end = d.size();
        const QByteArrayView line = d.sliced(pos + 5, qMin<qsizetype>(end - pos - 5, 400));
        int words = 0;
        bool inWord = false;
        bool digit = false;
        for (char c : line) {
            if (c == ' ' || c == '\t' || c == '\r') {
                inWord = false;
            } else {
                if (!inWord)
                    ++words;
                inWord = true;
                if (c >= '0' && c <= '9')
                    digit = true;
            }
        }
        return words >= 2 && digit;
    }
} // namespace

bool looksLikeMbox(QByteArrayView head)
{
    return isSeparatorLine(head, 0);
}

QList<Range> split(QByteArrayView d, int maxMessages, bool* truncated)
{
    QList<Range> out;
    if (truncated)
        *truncated = false;
    QList<qsizetype> seps;
    if (isSeparatorLine(d, 0))
        seps.append(0);
    qsizetype pos = 0;
    while (true) {
        const qsizetype hit = d.indexOf("\nFrom ", pos);
        if (hit < 0)
            break;
        if (isSeparatorLine(d, hit + 1))
            seps.append(hit + 1);
        pos = hit + 1;
    }
    if (seps.isEmpty()) {
        out.append({ 0, d.size() });
        return out;
    }
    for (qsizetype i = 0; i < seps.size(); ++i) {
        if (out.size() >= maxMessages) {
            if (truncated)
                *truncated = true;
            break;
        }
        qsizetype start = d.indexOf('\n', seps[i]);
        start = start < 0 ? d.size() : start + 1;
        qsizetype end = i + 1 < seps.size() ? seps[i + 1] : d.size();
        // The line break before the next separator (and one blank line) belongs to the mbox.
        if (i + 1 < seps.size()) {
            if (end > start && d[end - 1] == '\n')
                --end;
            if (end > start && d[end - 1] == '\r')
                --end;
        }
        if (end > start)
            out.append({ start, end - start });
    }
    return out;
}

} // namespace MailTriage::Mbox
