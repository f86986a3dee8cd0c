// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace MailTriage {

/// @brief One header field as it stands in the message: name, folded raw value and its byte range.
struct HeaderField {
    QByteArray name; ///< as written (case kept)
    QByteArray rawValue; ///< bytes after the colon, folding kept, without the final line break
    qint64 offset = -1; ///< first byte of the field (its name) in Message::source; -1 when synthesised
    qint64 length = 0; ///< bytes up to, not including, the final line break
    QString value; ///< unfolded, RFC 2047 decoded, trimmed: what a person reads

    bool is(QByteArrayView n) const { return name.compare(n, Qt::CaseInsensitive) == 0; }
};

/// @brief An RFC 5322 mailbox: display name (decoded) and address (local@domain as written).
struct Mailbox {
    QString name;
    QString address;
    QString group; ///< the group the mailbox was listed in, if any

    bool isEmpty() const { return name.isEmpty() && address.isEmpty(); }
    QString domain() const; ///< lower-cased part after the last '@', empty if none
    QString localPart() const;
    bool operator==(const Mailbox&) const = default;
};

/// @brief A MIME part of the message's tree; parts[0] is the message itself.
struct MimePart {
    int parent = -1;
    QList<int> children;
    int depth = 0;
    QList<HeaderField> headers; ///< this part's own header fields (for parts[0]: the message headers)
    QByteArray contentType; ///< lower-cased type/subtype, defaulted as RFC 2045 says
    QByteArray charset; ///< lower-cased label as written (empty when none)
    QByteArray boundary;
    QByteArray transferEncoding; ///< lower-cased, "7bit" by default
    QByteArray disposition; ///< lower-cased "inline"/"attachment" or empty
    QString filename; ///< from Content-Disposition filename (RFC 2231/2047) or Content-Type name
    QByteArray contentId;
    qint64 headerOffset = -1; ///< in Message::source; -1 when the part lives inside decoded data
    qint64 bodyOffset = -1;
    qint64 bodyLength = 0; ///< encoded body bytes
    qint64 decodedSize = 0;
    QByteArray sha256; ///< hex SHA-256 of the decoded body (every leaf)
    QString text; ///< decoded text for text/* leaves that are not attachments
    QString extractedText; ///< text read out of an attachment (PDF invoices), when an extractor is installed
    bool isAttachment = false;
    bool isEmbeddedMessage = false; ///< message/rfc822 whose child is parsed
    QStringList defects; ///< what was wrong with this part, in plain English
};

/// @brief One Received hop, oldest first in Message::received.
struct ReceivedHop {
    QString fromHost; ///< the name the sender gave (HELO/EHLO) or the first word after "from"
    QString fromRdns; ///< reverse DNS as written by the receiving host
    QString fromIp; ///< IPv4 or IPv6 as written, without brackets or "IPv6:"
    QString byHost;
    QString protocol; ///< upper-cased: SMTP, ESMTP, ESMTPS, ESMTPSA, LMTP, HTTP, ...
    bool tls = false;
    QString id;
    QString forAddress;
    QDateTime date; ///< invalid when the date could not be read
    qint64 delaySeconds = 0; ///< since the previous (older) hop; 0 for the first
    bool hasDelay = false;
    bool trusted = false; ///< added by the receiving organisation
    bool parsed = false; ///< false: the line matched none of the known forms
    QString raw; ///< the unfolded line
    int headerIndex = -1; ///< index in parts[0].headers
};

/// @brief One method result of an Authentication-Results header (RFC 8601).
struct AuthMethodResult {
    QString method; ///< spf, dkim, dmarc, arc, ...
    QString result; ///< pass, fail, ...
    QString domain; ///< header.d / header.from / smtp.mailfrom domain as relevant
    QString selector; ///< header.s for DKIM
    QString reason;
};

/// @brief The authentication verdicts taken from the receiving side's headers.
struct AuthSummary {
    QString spf; ///< empty = null (no verdict recorded)
    QString dmarc;
    QString arc;
    QList<AuthMethodResult> dkim;
    QString authservId; ///< of the header the verdicts came from
    int headerIndex = -1; ///< the Authentication-Results header used
    QList<AuthMethodResult> all; ///< every method result of the trusted headers
};

/// @brief A DKIM-Signature header's tags (not verified; the receiving MX's verdict counts).
struct DkimSignature {
    QString domain; ///< d=
    QString selector; ///< s=
    QString algorithm;
    QStringList signedHeaders;
    int headerIndex = -1;
};

enum class Severity { Info, Low, Medium, High };

/// @brief A finding: a stable signal id from the vocabulary, where it comes from, and why it matters.
struct Finding {
    QString signal; ///< e.g. "from_replyto_mismatch"
    Severity severity = Severity::Info;
    QString header; ///< header name (or "body", "attachment", "mime")
    qint64 offset = -1; ///< byte range in Message::source, -1 when not applicable
    qint64 length = 0;
    Text text; ///< the explanation, rendered from the catalog in the language it is shown in
    QString evidence; ///< short quoted value
    QString relatedMessageId; ///< case findings: the earlier message compared with
};

QString severityName(Severity s);
Severity severityFromName(QStringView name);

/// @brief A file attached to the message (leaf part with a filename or a non-text type).
struct Attachment {
    QString filename;
    QByteArray contentType;
    qint64 size = 0;
    QByteArray sha256; ///< hex
    int partIndex = -1;
    bool byReference = false; ///< .msg attachments that only point elsewhere
};

/// @brief A message as MailTriage sees it: the evidence bytes and everything read from them.
struct Message {
    // Evidence
    QByteArray raw; ///< the original bytes, never modified
    QByteArray sha256; ///< hex SHA-256 of raw
    QString format; ///< "eml", "msg" or "mbox"
    QString file; ///< where it was read from
    int index = 0; ///< position inside an mbox (0 otherwise)
    /// The RFC 5322 text all offsets refer to. For .eml/.mbox messages it is raw itself (shared,
    /// not copied); for .msg files it is the transport headers (or synthesised headers).
    QByteArray source;
    QString messageClass; ///< .msg only: IPM.Note, IPM.Appointment, ...

    // Structure
    QList<MimePart> parts; ///< parts[0] is the message; its headers are the message headers
    QStringList defects; ///< message-level problems found while reading

    // Read from the headers
    QString messageId;
    QString inReplyTo;
    QStringList references;
    QDateTime date; ///< invalid when missing or unreadable
    QString dateRaw;
    QString subject;
    Mailbox from; ///< first mailbox of the first From field
    QList<Mailbox> fromAll; ///< every mailbox of every From field (two From lines are evidence)
    Mailbox sender;
    QList<Mailbox> replyTo;
    QList<Mailbox> to;
    QList<Mailbox> cc;
    QList<Mailbox> bcc;
    QString returnPath;
    QList<ReceivedHop> received; ///< oldest first
    AuthSummary auth;
    QList<DkimSignature> dkimSignatures;
    QList<Attachment> attachments;
    QList<Finding> findings;

    const QList<HeaderField>& headers() const;
    /// First header field of that name, or nullptr.
    const HeaderField* header(QByteArrayView name) const;
    int headerIndex(QByteArrayView name) const;
    QList<const HeaderField*> headersNamed(QByteArrayView name) const;
    /// The plain-text body a person reads: the first text/plain leaf, else the first HTML leaf
    /// rendered as text (HtmlText::toPlainText).
    QString bodyText() const;
    /// The first text/html leaf's text, empty when none.
    QString htmlBody() const;
};

} // namespace MailTriage
