// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain value types of the case store API. Nothing here knows which database holds a case.

#include "message.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace MailTriage {

/// @brief Why a case store operation failed: a code front ends map to exit codes and dialogs, and
/// one clear line for a person ("... is not a MailTriage case file").
struct StoreError {
    enum class Code {
        None,
        NotFound, ///< no case at that location
        AlreadyExists, ///< create: something is already there
        NotACase, ///< not a database, or a database of another program
        Corrupt, ///< the database is damaged
        TooNew, ///< written by a newer MailTriage (schema version above ours)
        NeedsUpgrade, ///< an older schema, and the case was opened read-only
        ReadOnly, ///< a write was needed and the location is read-only
        DiskFull, ///< the disk (or a file size limit) is full
        Busy, ///< another program holds the case
        Io, ///< other input/output error
        Invalid, ///< bad argument (unknown sha256, value out of range)
        Internal, ///< a bug: SQL error, misuse
    };
    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
};

/// Did the case lead to damage (the analyst's call)?
enum class Damage { Unknown, Yes, No };
QString damageName(Damage d); ///< "unknown", "yes", "no"
std::optional<Damage> damageFromName(QStringView name);

/// @brief A note the analyst added to the case (append-only).
struct CaseNote {
    qint64 id = 0;
    QDateTime createdAt; ///< UTC
    QString author; ///< OS user
    QString text;
};

/// @brief The case's own metadata: what the analyst decided and wrote.
struct CaseInfo {
    QString title;
    QDateTime createdAt; ///< UTC
    std::optional<int> becType; ///< IPA's types 1..5, unset until the analyst tags it
    Damage damage = Damage::Unknown;
    QStringList tags; ///< free tags, sorted
    QList<CaseNote> notes; ///< oldest first
    int schemaVersion = 0;
};

/// @brief Changes to the case metadata; unset fields stay as they are. Applied in one transaction
/// together with their audit log entries.
struct CaseUpdate {
    std::optional<QString> title;
    std::optional<int> becType; ///< 1..5; 0 clears the tag
    std::optional<Damage> damage;
    QStringList addTags;
    QStringList removeTags;
    QString note; ///< appended when not empty
    bool isEmpty() const
    {
        return !title && !becType && !damage && addTags.isEmpty() && removeTags.isEmpty() && note.isEmpty();
    }
};

/// @brief One stored original: the exact bytes of an imported .eml/.msg file or mbox message.
struct EvidenceInfo {
    qint64 id = 0;
    QByteArray sha256; ///< hex, lower case
    qint64 size = 0;
    QString format; ///< eml, msg, mbox
    QString sourcePath; ///< the file it was imported from (the mbox for mbox messages)
    QDateTime importedAt; ///< UTC
};

/// @brief What the store keeps of one imported message. Built from a parsed and analysed Message
/// by fromMessage() (JSON and search text: CPU work meant for a worker thread, not the writer).
struct MessageRecord {
    QByteArray raw; ///< the evidence bytes
    QByteArray sha256; ///< hex SHA-256 of raw, computed by this process
    QString format;
    QString sourcePath;
    int mboxIndex = 0;
    QString messageId;
    QDateTime date; ///< with the offset of the Date header; invalid when unknown
    QString subject;
    Mailbox from;
    QList<Mailbox> to;
    QList<Mailbox> cc;
    QList<Mailbox> replyTo;
    QString returnPath;
    QString inReplyTo;
    QStringList references;
    QString bodyText;
    QString searchAddresses; ///< every address of the envelope headers, space separated
    QString searchNames; ///< every display name, space separated
    QByteArray json; ///< MessageJson::toJson(), compact UTF-8
    QList<Finding> findings; ///< message-scope findings
    QByteArray reading; ///< serializeReading() of the analysed message (the reading cache); may be empty

    /// Takes what the store needs; recomputes the SHA-256 of m.raw (the worker's is not trusted).
    /// @p pdfTextsRead: the message was read where PDF attachments have their text extracted
    /// (the parsing workers); when false, a message with a PDF attachment gets no reading cache
    /// entry, so opening the case reads it again in the workers.
    static MessageRecord fromMessage(const Message& m, bool pdfTextsRead = true);
};

/// @brief A stored message as lists and search results show it (no body, no JSON).
struct StoredMessage {
    qint64 id = 0;
    qint64 evidenceId = 0;
    QByteArray sha256;
    QString format;
    QString sourcePath;
    int mboxIndex = 0;
    QString messageId;
    QDateTime date; ///< with its original offset; invalid when unknown
    QString subject;
    Mailbox from;
    QList<Mailbox> to;
    QList<Mailbox> cc;
    QList<Mailbox> replyTo;
    QString returnPath;
    QString inReplyTo;
    QStringList references;
    int findingCount = 0; ///< message-scope findings stored with it
};

/// @brief One search result: the message and a short excerpt around the first match.
struct SearchHit {
    StoredMessage message;
    QString snippet;
};

/// @brief One line of the append-only audit log.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString who; ///< OS user
    QString action; ///< "case_created", "import", "tag", "export_original", ...
    QString details; ///< JSON object text
};

/// @brief A file that could not be imported, and why.
struct ImportErrorRecord {
    qint64 id = 0;
    QString path;
    QString reason;
    QDateTime at; ///< UTC
};

/// @brief The analyst's verdict on who wrote one message, overriding case analysis.
struct ActorOverride {
    QString messageKey; ///< CaseMessage::key (the Message-ID, or a content hash)
    QString actor; ///< "party", "attacker" or "unknown"
    QDateTime setAt; ///< UTC
    QString who; ///< OS user
};

/// @brief What an integrity check found; ok when problems is empty.
struct IntegrityReport {
    QStringList problems; ///< one line each
    qint64 evidenceCount = 0;
    qint64 messageCount = 0;
    qint64 findingCount = 0;
    qint64 auditEntries = 0;
    bool originalsVerified = false; ///< every original's SHA-256 was recomputed
    bool ok() const { return problems.isEmpty(); }
};

} // namespace MailTriage
