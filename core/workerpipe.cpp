// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerpipe.h"

#include <QProcess>
#include <sys/resource.h>
#include <unistd.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MAILTRIAGE_HAS_ASAN 1
#endif
#endif
#ifndef MAILTRIAGE_HAS_ASAN
#define MAILTRIAGE_HAS_ASAN 0
#endif

namespace MailTriage::WorkerPipe {

namespace {
    bool readExactly(int fd, char* buf, size_t n)
    {
        size_t got = 0;
        while (got < n) {
            const ssize_t r = ::read(fd, buf + got, n - got);
            if (r <= 0)
                return false;
            got += size_t(r);
        }
        return true;
    }
} // namespace

QByteArray frame(const QByteArray& payload)
{
    QByteArray out;
    out.reserve(payload.size() + 8);
    const quint64 n = quint64(payload.size());
    for (int i = 0; i < 8; ++i)
        out.append(static_cast<char>((n >> (8 * i)) & 0xFF));
    out.append(payload);
    return out;
}

bool frameLength(const QByteArray& buffer, quint64* length)
{
    if (buffer.size() < 8)
        return false;
    quint64 n = 0;
    for (int i = 0; i < 8; ++i)
        n |= quint64(uchar(buffer[i])) << (8 * i);
    *length = n;
    return true;
}

bool readFrame(int fd, quint64 maxBytes, QByteArray* payload, bool* eof)
{
    if (eof)
        *eof = false;
    QByteArray len(8, Qt::Uninitialized);
    if (!readExactly(fd, len.data(), 8)) {
        if (eof)
            *eof = true;
        return false;
    }
    quint64 n = 0;
    frameLength(len, &n);
    if (n > maxBytes)
        return false;
    *payload = QByteArray(qsizetype(n), Qt::Uninitialized);
    return readExactly(fd, payload->data(), size_t(n));
}

bool writeAll(int fd, const QByteArray& data)
{
    size_t done = 0;
    const size_t n = size_t(data.size());
    while (done < n) {
        const ssize_t w = ::write(fd, data.constData() + done, n - done);
        if (w <= 0)
            return false;
        done += size_t(w);
    }
    return true;
}

void setLimits(QProcess& process, qint64 addressSpaceBytes, int cpuSeconds, qint64 stackBytes)
{
    const rlim_t as = rlim_t(addressSpaceBytes);
    const rlim_t cpu = rlim_t(cpuSeconds);
    const rlim_t stack = rlim_t(stackBytes);
    process.setChildProcessModifier([as, cpu, stack]() {
        // Runs in the child between fork and exec: async-signal-safe calls only.
        struct rlimit l;
#if !defined(__SANITIZE_ADDRESS__) && !MAILTRIAGE_HAS_ASAN
        l.rlim_cur = l.rlim_max = as;
        setrlimit(RLIMIT_AS, &l);
#else
        (void)as;
#endif
        l.rlim_cur = l.rlim_max = cpu;
        setrlimit(RLIMIT_CPU, &l);
        l.rlim_cur = l.rlim_max = stack;
        setrlimit(RLIMIT_STACK, &l);
        l.rlim_cur = l.rlim_max = 0;
        setrlimit(RLIMIT_CORE, &l);
    });
}

} // namespace MailTriage::WorkerPipe
