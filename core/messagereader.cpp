// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagereader.h"

#include "mbox.h"
#include "messageparser.h"
#include "mimeticreading.h"
#include "msgreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <atomic>

namespace MailTriage::MessageReader {

namespace {
    Message parseOne(const QByteArray& bytes, const ParseLimits& limits)
    {
        Message m = MessageParser::parseEml(bytes, limits);
        const MimeticReading::Reading second = MimeticReading::read(bytes, m, limits);
        const Finding f = MimeticReading::compare(m, second);
        if (!f.signal.isEmpty())
            m.findings.append(f);
        return m;
    }

    QString sizeText(qint64 bytes)
    {
        return QStringLiteral("%1 MiB").arg(double(bytes) / (1 << 20), 0, 'f', 1);
    }
} // namespace

Format detectFormat(QByteArrayView head, const QString& fileName)
{
    if (MsgReader::looksLikeMsg(head))
        return Format::Msg;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (Mbox::looksLikeMbox(head) && suffix != QLatin1String("eml"))
        return Format::Mbox;
    if (suffix == QLatin1String("mbox") && Mbox::looksLikeMbox(head))
        return Format::Mbox;
    return Format::Eml;
}

namespace {
    std::atomic<qint64> g_reads { 0 };
}

qint64 readsInThisProcess()
{
    return g_reads.load();
}

ReadResult readBytes(const QByteArray& bytes, const QString& fileName, const ParseLimits& limits)
{
    g_reads.fetch_add(1);
    ReadResult r;
    if (bytes.size() > limits.maxFileBytes) {
        r.errors.append({ fileName,
            QStringLiteral("the file is %1, larger than the %2 limit")
                .arg(sizeText(bytes.size()), sizeText(limits.maxFileBytes)) });
        return r;
    }
    if (bytes.isEmpty()) {
        r.errors.append({ fileName, QStringLiteral("the file is empty") });
        return r;
    }
    switch (detectFormat(QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 4096)), fileName)) {
    case Format::Msg: {
        QString error;
        Message m = MsgReader::parse(bytes, limits, &error);
        if (!error.isEmpty()) {
            r.errors.append({ fileName, QStringLiteral("not a readable Outlook .msg file: %1").arg(error) });
            return r;
        }
        m.file = fileName;
        r.messages.append(std::move(m));
        return r;
    }
    case Format::Mbox: {
        bool truncated = false;
        const QList<Mbox::Range> ranges = Mbox::split(bytes, limits.maxMboxMessages, &truncated);
        int index = 0;
        for (const Mbox::Range& range : ranges) {
            if (range.length > limits.maxMessageBytes) {
                r.errors.append({ fileName,
                    QStringLiteral("message %1 of the mbox is %2, larger than the %3 limit")
                        .arg(index + 1)
                        .arg(sizeText(range.length), sizeText(limits.maxMessageBytes)) });
                ++index;
                continue;
            }
            Message m = parseOne(bytes.mid(range.offset, range.length), limits);
            m.format = QStringLiteral("mbox");
            m.file = fileName;
            m.index = index++;
            r.messages.append(std::move(m));
        }
        if (truncated)
            r.errors.append({ fileName,
                QStringLiteral("the mbox holds more than %1 messages; the rest were not read")
                    .arg(limits.maxMboxMessages) });
        return r;
    }
    case Format::Eml:
        break;
    }
    if (bytes.size() > limits.maxMessageBytes) {
        r.errors.append({ fileName,
            QStringLiteral("the message is %1, larger than the %2 limit")
                .arg(sizeText(bytes.size()), sizeText(limits.maxMessageBytes)) });
        return r;
    }
    Message m = parseOne(bytes, limits);
    m.file = fileName;
    r.messages.append(std::move(m));
    return r;
}

ReadResult readFile(const QString& path, const ParseLimits& limits)
{
    ReadResult r;
    QFile f(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        r.errors.append({ path, QStringLiteral("no such file") });
        return r;
    }
    if (info.isDir()) {
        r.errors.append({ path, QStringLiteral("is a folder; give files or use import") });
        return r;
    }
    if (info.size() > limits.maxFileBytes) {
        r.errors.append({ path,
            QStringLiteral("the file is %1, larger than the %2 limit")
                .arg(sizeText(info.size()), sizeText(limits.maxFileBytes)) });
        return r;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        r.errors.append({ path, QStringLiteral("cannot be opened: %1").arg(f.errorString()) });
        return r;
    }
    const QByteArray bytes = f.readAll();
    return readBytes(bytes, path, limits);
}

QStringList expandPaths(const QStringList& paths, QList<ReadError>* errors)
{
    QStringList out;
    for (const QString& p : paths) {
        const QFileInfo info(p);
        if (!info.exists()) {
            if (errors)
                errors->append({ p, QStringLiteral("no such file or folder") });
            continue;
        }
        if (!info.isDir()) {
            out.append(p);
            continue;
        }
        QStringList found;
        QDirIterator it(p, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QFileInfo fi = it.fileInfo();
            if (fi.fileName().startsWith(QLatin1Char('.')))
                continue;
            const QString suffix = fi.suffix().toLower();
            static const QStringList skip { QStringLiteral("md"), QStringLiteral("json"), QStringLiteral("tsv"),
                QStringLiteral("py"), QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("pdf") };
            if (skip.contains(suffix) || fi.fileName().startsWith(QLatin1String("LICENSE"))
                || fi.fileName().startsWith(QLatin1String("NOTICE"))
                || fi.fileName().startsWith(QLatin1String("COPYING")))
                continue;
            found.append(file);
        }
        std::sort(found.begin(), found.end());
        out += found;
    }
    return out;
}

} // namespace MailTriage::MessageReader
