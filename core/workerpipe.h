// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <cstddef>

class QProcess;

/// @brief What the program and its helper processes (mailtriage-worker) share: the framing of
/// the pipes between them and the resource limits a helper runs under.
namespace MailTriage::WorkerPipe {

/// Wire format, both directions: an 8-byte little-endian length, then the payload.
QByteArray frame(const QByteArray& payload);
/// The helper's side: one frame from @p fd. False at end of input (@p eof set) or on a frame
/// longer than @p maxBytes or cut short.
bool readFrame(int fd, quint64 maxBytes, QByteArray* payload, bool* eof = nullptr);
/// Writes all of @p data to @p fd; false when the pipe is gone.
bool writeAll(int fd, const QByteArray& data);
/// The length a frame starting @p buffer announces, once its 8 bytes are there.
bool frameLength(const QByteArray& buffer, quint64* length);

/// The process started by @p process runs with these limits (RLIMIT_AS, unless under
/// AddressSanitizer, which reserves terabytes of address space; RLIMIT_CPU, RLIMIT_STACK; no core
/// files). Call before QProcess::start().
void setLimits(QProcess& process, qint64 addressSpaceBytes, int cpuSeconds, qint64 stackBytes);

} // namespace MailTriage::WorkerPipe
