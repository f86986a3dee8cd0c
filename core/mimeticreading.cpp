// SPDX-License-Identifier: GPL-3.0-or-later
#include "mimeticreading.h"

#include <algorithm>
#include <exception>
#include <mimetic/mimetic.h>
#include <vector>

namespace MailTriage::MimeticReading {

namespace {
    qsizetype countCaseInsensitive(QByteArrayView hay, QByteArrayView needle, qsizetype stopAt)
    {
        qsizetype count = 0;
        const QByteArray lower = hay.toByteArray().toLower();
        qsizetype pos = 0;
        while (count < stopAt) {
            pos = lower.indexOf(needle, pos);
            if (pos < 0)
                break;
            ++count;
            pos += needle.size();
        }
        return count;
    }

    QByteArray typeOf(const mimetic::MimeEntity& e)
    {
        const mimetic::ContentType& ct = e.header().contentType();
        const std::string t = ct.type();
        const std::string s = ct.subtype();
        // An unreadable type (no subtype) is text/plain to both readers (RFC 2045 section 5.2).
        if (t.empty() || s.empty())
            return QByteArray("text/plain");
        QByteArray out = QByteArray::fromStdString(t).trimmed().toLower();
        out += '/';
        out += QByteArray::fromStdString(s).trimmed().toLower();
        return out;
    }
} // namespace

QList<QByteArray> ourLeafTypes(const Message& m)
{
    QList<QByteArray> out;
    if (m.parts.isEmpty())
        return out;
    // Iterative pre-order walk; message/rfc822 parts count as leaves.
    QList<int> stack { 0 };
    while (!stack.isEmpty()) {
        const int i = stack.takeLast();
        const MimePart& p = m.parts[i];
        if (p.children.isEmpty() || p.isEmbeddedMessage) {
            out.append(p.contentType);
            continue;
        }
        for (qsizetype k = p.children.size() - 1; k >= 0; --k)
            stack.append(p.children[k]);
    }
    return out;
}

Reading read(const QByteArray& raw, const Message& ours, const ParseLimits& limits)
{
    Reading r;
    if (raw.size() > limits.maxMessageBytes) {
        r.skippedReason = QStringLiteral("message larger than the limit");
        return r;
    }
    for (const MimePart& p : ours.parts) {
        for (const HeaderField& f : p.headers) {
            if (f.length > limits.maxMimeticLineBytes) {
                r.skippedReason
                    = QStringLiteral("a header field is longer than %1 bytes").arg(limits.maxMimeticLineBytes);
                return r;
            }
        }
        if (p.depth >= limits.maxDepth) {
            r.skippedReason = QStringLiteral("MIME nesting reaches the depth limit");
            return r;
        }
    }
    // mimetic recurses once per nesting level: bound the levels it could possibly see.
    if (countCaseInsensitive(raw, "boundary", 4 * limits.maxDepth) >= 4 * limits.maxDepth
        || countCaseInsensitive(raw, "message/", 4 * limits.maxDepth) >= 4 * limits.maxDepth) {
        r.skippedReason = QStringLiteral("too many multipart or message/* declarations for a safe second reading");
        return r;
    }
    // An mbox "From " line on top is skipped by our header reader; give mimetic the same start,
    // or every such message would look ambiguous.
    qsizetype start = 0;
    if (raw.startsWith("From ")) {
        const qsizetype nl = raw.indexOf('\n');
        start = nl < 0 ? raw.size() : nl + 1;
    }
    try {
        mimetic::MimeEntity me;
        me.load(raw.constData() + start, raw.constData() + raw.size(), mimetic::imNone);
        std::vector<const mimetic::MimeEntity*> stack { &me };
        int visited = 0;
        while (!stack.empty() && visited < limits.maxParts * 2) {
            const mimetic::MimeEntity* e = stack.back();
            stack.pop_back();
            ++visited;
            const QByteArray type = typeOf(*e);
            const mimetic::MimeEntityList& kids = e->body().parts();
            if (kids.empty() || type.startsWith("message/")) {
                // A multipart in which no part was found is read as one text part by both.
                r.leafTypes.append(type.startsWith("multipart/") ? QByteArray("text/plain") : type);
                continue;
            }
            for (auto it = kids.rbegin(); it != kids.rend(); ++it)
                stack.push_back(*it);
        }
        r.done = true;
    } catch (const std::exception& ex) {
        r.skippedReason = QStringLiteral("mimetic failed: %1").arg(QString::fromLocal8Bit(ex.what()));
    } catch (...) {
        r.skippedReason = QStringLiteral("mimetic failed");
    }
    return r;
}

Finding compare(const Message& m, const Reading& theirs)
{
    Finding f;
    if (!theirs.done)
        return f;
    const QList<QByteArray> mine = ourLeafTypes(m);
    if (mine == theirs.leafTypes)
        return f;
    // Multipart without any part in both readings is not a disagreement worth a finding.
    auto join = [](const QList<QByteArray>& l) {
        QStringList s;
        for (const QByteArray& b : l.mid(0, 12))
            s << QString::fromLatin1(b);
        if (l.size() > 12)
            s << QStringLiteral("...");
        return s.join(QStringLiteral(", "));
    };
    // What one reader sees and the other does not. Only plain text parts differing (a broken
    // delimiter splitting a text part) is worth a look, not an alarm; anything else could hide
    // an HTML body or an attachment from one of the two.
    QList<QByteArray> onlyOne = mine;
    for (const QByteArray& t : theirs.leafTypes) {
        if (!onlyOne.removeOne(t))
            onlyOne.append(t);
    }
    const bool onlyPlainText
        = std::all_of(onlyOne.cbegin(), onlyOne.cend(), [](const QByteArray& t) { return t == "text/plain"; });
    f.signal = QStringLiteral("mime_structure_ambiguous");
    f.severity = onlyPlainText ? Severity::Low : Severity::Medium;
    f.header = QStringLiteral("Content-Type");
    if (const HeaderField* ct = m.header("Content-Type")) {
        f.offset = ct->offset;
        f.length = ct->length;
    }
    f.evidence = QStringLiteral("%1 part(s): %2 / %3 part(s): %4")
                     .arg(mine.size())
                     .arg(join(mine))
                     .arg(theirs.leafTypes.size())
                     .arg(join(theirs.leafTypes));
    f.text = Text(QT_TRANSLATE_NOOP("Finding",
                      "Two MIME readers see a different set of parts in this message (%1 vs %2). "
                      "Different mail programs may show different content, which attackers use to "
                      "hide a part from filters. Look at the raw source."))
                 .arg(mine.size())
                 .arg(theirs.leafTypes.size());
    return f;
}

} // namespace MailTriage::MimeticReading
