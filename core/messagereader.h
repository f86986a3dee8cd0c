// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"
#include "parselimits.h"

namespace MailTriage {

/// @brief A file (or a message inside one) that could not be read, and why.
struct ReadError {
    QString file;
    QString reason;
};

/// @brief What reading one file gave: its messages (an mbox gives many) and errors.
struct ReadResult {
    QList<Message> messages;
    QList<ReadError> errors;
};

/// @brief Reads .eml, .msg and .mbox files into Messages, in this process. Untrusted files go
/// through ParseWorkerPool instead, which runs this same code in sandboxed worker processes.
namespace MessageReader {

    enum class Format { Eml, Msg, Mbox };

    /// Decides the format from the first bytes, the file name breaking ties.
    Format detectFormat(QByteArrayView head, const QString& fileName);

    /// Reads all messages of one file's bytes (the caller has read the file).
    ReadResult readBytes(const QByteArray& bytes, const QString& fileName, const ParseLimits& limits = {});

    /// How many times readBytes() ran in this process: a parse inside the program (the worker
    /// process counts its own). Tests use it to prove a front door reads stored readings only.
    qint64 readsInThisProcess();

    /// Reads a file from disk (size-checked before reading).
    ReadResult readFile(const QString& path, const ParseLimits& limits = {});

    /// Files to read below the given paths: folders are walked recursively (sorted, no symlinked
    /// folders followed); hidden files and obvious non-mail files are skipped.
    QStringList expandPaths(const QStringList& paths, QList<ReadError>* errors);

} // namespace MessageReader

} // namespace MailTriage
