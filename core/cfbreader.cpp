// SPDX-License-Identifier: GPL-3.0-or-later
#include "cfbreader.h"

#include <QtEndian>
#include <algorithm>

namespace MailTriage {

namespace {

    constexpr quint32 kMaxRegSect = 0xFFFFFFFAu;
    constexpr quint32 kEndOfChain = 0xFFFFFFFEu;
    constexpr quint32 kFreeSect = 0xFFFFFFFFu;
    constexpr int kHeaderBytes = 512;
    constexpr int kDirEntryBytes = 128;
    constexpr int kMiniSectorSize = 64;
    constexpr quint64 kMiniStreamCutoff = 4096;
    constexpr int kHeaderDifatEntries = 109;

    quint16 le16(const char* p)
    {
        return qFromLittleEndian<quint16>(p);
    }
    quint32 le32(const char* p)
    {
        return qFromLittleEndian<quint32>(p);
    }
    quint64 le64(const char* p)
    {
        return qFromLittleEndian<quint64>(p);
    }

    bool setError(QString* error, const QString& text)
    {
        if (error)
            *error = text;
        return false;
    }

} // namespace

void CfbReader::warn(const QString& text)
{
    if (m_warnings.size() < 100)
        m_warnings.append(text);
}

bool CfbReader::sectorBytes(quint32 sector, QByteArrayView* out) const
{
    const qint64 offset = (qint64(sector) + 1) * m_sectorSize;
    if (sector >= m_sectorCount || offset >= m_data.size())
        return false;
    *out = QByteArrayView(m_data).sliced(offset, qMin<qint64>(m_sectorSize, m_data.size() - offset));
    return true;
}

bool CfbReader::walkChain(quint32 start, const std::vector<quint32>& fat, quint64 maxLength, bool requireEnd,
    std::vector<quint32>* out, std::vector<quint32>* marks, quint32* generation, QString* error) const
{
    out->clear();
    if (marks->size() != fat.size())
        marks->assign(fat.size(), 0);
    ++*generation;
    if (*generation == 0) { // wrapped: stamps from 4 billion walks ago could match
        std::fill(marks->begin(), marks->end(), 0);
        *generation = 1;
    }
    quint32 s = start;
    while (s != kEndOfChain) {
        if (out->size() >= maxLength) {
            if (requireEnd)
                return setError(error, QStringLiteral("a sector chain is longer than the file allows"));
            return true;
        }
        if (s > kMaxRegSect || s >= fat.size())
            return setError(
                error, QStringLiteral("a sector chain points outside the allocation table (sector %1)").arg(s));
        if ((*marks)[s] == *generation)
            return setError(error, QStringLiteral("a sector chain loops back on itself at sector %1").arg(s));
        (*marks)[s] = *generation;
        out->push_back(s);
        s = fat[s];
    }
    return true;
}

bool CfbReader::readFatChain(quint32 start, quint64 size, QByteArray* out, QString* error) const
{
    out->clear();
    if (size == 0)
        return true;
    if (size > quint64(m_data.size()))
        return setError(error, QStringLiteral("a stream declares %1 bytes, more than the whole file").arg(size));
    const quint64 needed = (size + m_sectorSize - 1) / m_sectorSize;
    std::vector<quint32> chain;
    if (!walkChain(start, m_fat, needed, false, &chain, &m_fatMarks, &m_fatGeneration, error))
        return false;
    if (chain.size() < needed)
        return setError(
            error, QStringLiteral("a stream's sector chain ends before its declared size (%1 bytes)").arg(size));
    out->reserve(qsizetype(size));
    quint64 remaining = size;
    for (const quint32 s : chain) {
        QByteArrayView v;
        if (!sectorBytes(s, &v))
            return setError(error, QStringLiteral("a stream refers to sector %1, past the end of the file").arg(s));
        const quint64 take = qMin<quint64>(remaining, quint64(m_sectorSize));
        const quint64 have = qMin<quint64>(take, quint64(v.size()));
        out->append(v.first(qsizetype(have)));
        if (have < take)
            out->append(qsizetype(take - have), '\0'); // a short last sector of the file
        remaining -= take;
    }
    return true;
}

bool CfbReader::readMiniChain(quint32 start, quint64 size, QByteArray* out, QString* error) const
{
    out->clear();
    if (size == 0)
        return true;
    const quint64 needed = (size + kMiniSectorSize - 1) / kMiniSectorSize;
    std::vector<quint32> chain;
    if (!walkChain(start, m_miniFat, needed, false, &chain, &m_miniMarks, &m_miniGeneration, error))
        return false;
    if (chain.size() < needed)
        return setError(
            error, QStringLiteral("a small stream's chain ends before its declared size (%1 bytes)").arg(size));
    out->reserve(qsizetype(size));
    quint64 remaining = size;
    for (const quint32 s : chain) {
        const qint64 offset = qint64(s) * kMiniSectorSize;
        if (offset >= m_miniStream.size())
            return setError(
                error, QStringLiteral("a small stream refers to mini sector %1, past the mini stream").arg(s));
        const quint64 take = qMin<quint64>(remaining, kMiniSectorSize);
        const quint64 have = qMin<quint64>(take, quint64(m_miniStream.size() - offset));
        out->append(QByteArrayView(m_miniStream).sliced(offset, qsizetype(have)));
        if (have < take)
            out->append(qsizetype(take - have), '\0');
        remaining -= take;
    }
    return true;
}

bool CfbReader::open(const QByteArray& data, QString* error)
{
    *this = CfbReader();
    if (data.size() < kHeaderBytes)
        return setError(
            error, QStringLiteral("the file is too short to be a compound file (%1 bytes)").arg(data.size()));
    static const char magic[8] = { '\xD0', '\xCF', '\x11', '\xE0', '\xA1', '\xB1', '\x1A', '\xE1' };
    if (!QByteArrayView(data).startsWith(QByteArrayView(magic, 8)))
        return setError(error, QStringLiteral("the file does not start with the compound file signature"));
    const char* h = data.constData();
    m_majorVersion = le16(h + 26);
    if (le16(h + 28) != 0xFFFE)
        warn(QStringLiteral("the compound file header has an unexpected byte order mark"));
    const quint16 sectorShift = le16(h + 30);
    if (sectorShift != 9 && sectorShift != 12)
        return setError(
            error, QStringLiteral("unsupported sector size 2^%1 in the compound file header").arg(sectorShift));
    if ((m_majorVersion == 3 && sectorShift != 9) || (m_majorVersion == 4 && sectorShift != 12))
        warn(QStringLiteral("version %1 compound file with %2-byte sectors").arg(m_majorVersion).arg(1 << sectorShift));
    if (m_majorVersion != 3 && m_majorVersion != 4)
        warn(QStringLiteral("unknown compound file version %1").arg(m_majorVersion));
    if (le16(h + 32) != 6)
        return setError(
            error, QStringLiteral("unsupported mini sector size 2^%1 in the compound file header").arg(le16(h + 32)));
    m_sectorSize = 1 << sectorShift;
    if (data.size() < m_sectorSize)
        return setError(error, QStringLiteral("the file is shorter than its header sector"));
    m_sectorCount = quint64(data.size() - m_sectorSize + m_sectorSize - 1) / quint64(m_sectorSize);
    const quint32 numFatSectors = le32(h + 44);
    const quint32 firstDirSector = le32(h + 48);
    if (le32(h + 56) != kMiniStreamCutoff)
        warn(QStringLiteral("the compound file declares a mini stream cutoff of %1 bytes; 4096 is used")
                 .arg(le32(h + 56)));
    const quint32 firstMiniFatSector = le32(h + 60);
    const quint32 numMiniFatSectors = le32(h + 64);
    const quint32 firstDifatSector = le32(h + 68);
    const quint32 numDifatSectors = le32(h + 72);

    if (numFatSectors == 0)
        return setError(error, QStringLiteral("the compound file declares no allocation table sectors"));
    if (numFatSectors > m_sectorCount)
        return setError(error,
            QStringLiteral("the compound file declares %1 allocation table sectors, but the file holds only %2 sectors")
                .arg(numFatSectors)
                .arg(m_sectorCount));
    if (numDifatSectors > m_sectorCount || numMiniFatSectors > m_sectorCount)
        return setError(error, QStringLiteral("the compound file header declares more sectors than the file holds"));

    m_data = data; // shallow copy

    // DIFAT: the first 109 FAT sector numbers are in the header, the rest in a chain of sectors.
    std::vector<quint32> fatSectors;
    fatSectors.reserve(numFatSectors);
    for (int i = 0; i < kHeaderDifatEntries && fatSectors.size() < numFatSectors; ++i) {
        const quint32 v = le32(h + 76 + 4 * i);
        if (v != kFreeSect)
            fatSectors.push_back(v);
    }
    {
        std::vector<bool> seen(m_sectorCount, false);
        quint32 s = firstDifatSector;
        const int perSector = m_sectorSize / 4 - 1;
        while (s != kEndOfChain && s != kFreeSect && fatSectors.size() < numFatSectors) {
            QByteArrayView v;
            if (!sectorBytes(s, &v) || v.size() < m_sectorSize)
                return setError(error,
                    QStringLiteral("a DIFAT sector (%1) lies outside the file; the file is truncated or damaged")
                        .arg(s));
            if (seen[s])
                return setError(error, QStringLiteral("the DIFAT sector chain loops back on itself"));
            seen[s] = true;
            for (int i = 0; i < perSector && fatSectors.size() < numFatSectors; ++i) {
                const quint32 e = le32(v.data() + 4 * i);
                if (e != kFreeSect)
                    fatSectors.push_back(e);
            }
            s = le32(v.data() + 4 * perSector);
        }
    }
    if (fatSectors.size() < numFatSectors)
        warn(QStringLiteral("the header counts %1 allocation table sectors, %2 were found")
                 .arg(numFatSectors)
                 .arg(fatSectors.size()));

    const int perFatSector = m_sectorSize / 4;
    m_fat.reserve(fatSectors.size() * perFatSector);
    for (const quint32 fs : fatSectors) {
        QByteArrayView v;
        if (!sectorBytes(fs, &v) || v.size() < m_sectorSize)
            return setError(error,
                QStringLiteral("allocation table sector %1 lies past the end of the file; the file is truncated")
                    .arg(fs));
        for (int i = 0; i < perFatSector; ++i)
            m_fat.push_back(le32(v.data() + 4 * i));
    }
    // A truncated file: the table still allocates sectors the file no longer holds.
    for (quint64 i = m_sectorCount; i < m_fat.size(); ++i) {
        if (m_fat[i] != kFreeSect)
            return setError(error,
                QStringLiteral("the file is truncated: it holds %1 sectors but its allocation table uses sector %2")
                    .arg(m_sectorCount)
                    .arg(i));
    }

    // Directory.
    std::vector<quint32> chain;
    if (!walkChain(firstDirSector, m_fat, m_sectorCount, true, &chain, &m_fatMarks, &m_fatGeneration, error)) {
        if (error)
            *error = QStringLiteral("the directory cannot be read: ") + *error;
        return false;
    }
    if (chain.empty())
        return setError(error, QStringLiteral("the compound file has no directory"));
    const quint64 entryCount = quint64(chain.size()) * quint64(m_sectorSize / kDirEntryBytes);
    if (entryCount > quint64(maxEntries))
        return setError(error, QStringLiteral("the directory has more than %1 entries").arg(maxEntries));
    m_entries.reserve(qsizetype(entryCount));
    for (const quint32 s : chain) {
        QByteArrayView v;
        if (!sectorBytes(s, &v) || v.size() < m_sectorSize)
            return setError(error, QStringLiteral("a directory sector lies past the end of the file"));
        for (int off = 0; off + kDirEntryBytes <= m_sectorSize; off += kDirEntryBytes) {
            const char* e = v.data() + off;
            Entry entry;
            int nameBytes = le16(e + 64);
            nameBytes = qBound(0, nameBytes, 64);
            const int chars = qMax(0, nameBytes / 2 - 1);
            entry.name.reserve(chars);
            for (int i = 0; i < chars; ++i) {
                const char16_t c = le16(e + 2 * i);
                if (c == 0)
                    break;
                entry.name.append(QChar(c));
            }
            const quint8 type = quint8(e[66]);
            switch (type) {
            case 1:
                entry.type = EntryType::Storage;
                break;
            case 2:
                entry.type = EntryType::Stream;
                break;
            case 5:
                entry.type = EntryType::Root;
                break;
            default:
                entry.type = EntryType::Unused;
                break;
            }
            entry.left = le32(e + 68);
            entry.right = le32(e + 72);
            entry.child = le32(e + 76);
            entry.startSector = le32(e + 116);
            entry.size = le64(e + 120);
            if (m_sectorSize == 512)
                entry.size &= 0xFFFFFFFFull; // version 3: the high half may hold garbage
            m_entries.append(entry);
        }
    }
    if (m_entries.isEmpty() || m_entries[0].type != EntryType::Root)
        return setError(error, QStringLiteral("the compound file's first directory entry is not the root"));

    // MiniFAT and mini stream.
    if (numMiniFatSectors > 0 && firstMiniFatSector != kEndOfChain) {
        if (!walkChain(firstMiniFatSector, m_fat, m_sectorCount, true, &chain, &m_fatMarks, &m_fatGeneration, error)) {
            if (error)
                *error = QStringLiteral("the mini allocation table cannot be read: ") + *error;
            return false;
        }
        m_miniFat.reserve(chain.size() * perFatSector);
        for (const quint32 s : chain) {
            QByteArrayView v;
            if (!sectorBytes(s, &v) || v.size() < m_sectorSize)
                return setError(error, QStringLiteral("a mini allocation table sector lies past the end of the file"));
            for (int i = 0; i < perFatSector; ++i)
                m_miniFat.push_back(le32(v.data() + 4 * i));
        }
    }
    const Entry& root = m_entries[0];
    if (root.size > 0 && root.startSector != kEndOfChain) {
        QString miniError;
        if (!readFatChain(root.startSector, root.size, &m_miniStream, &miniError)) {
            warn(QStringLiteral("the mini stream cannot be read (%1); small streams are unavailable").arg(miniError));
            m_miniStream.clear();
            m_miniFat.clear();
        }
    }

    buildTree();
    // Every byte handed out is bounded: a file whose streams share sectors cannot make the reader
    // produce much more than the file itself (nested messages are read twice: once for the digest).
    m_budget = qint64(data.size()) * 16 + (qint64(16) << 20);
    m_open = true;
    return true;
}

void CfbReader::buildTree()
{
    const qsizetype n = m_entries.size();
    std::vector<bool> visited(size_t(n), false);
    visited[0] = true;
    QList<int> storages { 0 };
    bool cycleReported = false;
    for (qsizetype si = 0; si < storages.size(); ++si) {
        const int storage = storages[si];
        // In-order walk of the storage's red-black sibling tree with an explicit stack.
        QList<int> stack;
        quint32 cur = m_entries[storage].child;
        QList<int> kids;
        for (;;) {
            while (cur != NoStream) {
                if (cur >= quint32(n)) {
                    warn(QStringLiteral("a directory entry refers to entry %1, which does not exist").arg(cur));
                    break;
                }
                if (visited[cur] || m_entries[cur].type == EntryType::Unused
                    || m_entries[cur].type == EntryType::Root) {
                    if (!cycleReported) {
                        warn(QStringLiteral("the directory tree refers to entry %1 more than once or to an unused "
                                            "entry; it was read once")
                                 .arg(cur));
                        cycleReported = true;
                    }
                    break;
                }
                visited[cur] = true;
                stack.append(int(cur));
                cur = m_entries[cur].left;
            }
            if (stack.isEmpty())
                break;
            const int node = stack.takeLast();
            kids.append(node);
            cur = m_entries[node].right;
        }
        for (const int k : std::as_const(kids)) {
            m_entries[k].parent = storage;
            if (m_entries[k].type == EntryType::Storage)
                storages.append(k);
        }
        m_entries[storage].children = kids;
    }
}

int CfbReader::childNamed(int storage, QStringView name) const
{
    if (storage < 0 || storage >= m_entries.size())
        return -1;
    for (const int k : m_entries[storage].children) {
        if (QStringView(m_entries[k].name).compare(name, Qt::CaseInsensitive) == 0)
            return k;
    }
    return -1;
}

bool CfbReader::readStream(int entry, QByteArray* out, QString* error, qint64 maxBytes) const
{
    out->clear();
    if (!m_open || entry < 0 || entry >= m_entries.size())
        return setError(error, QStringLiteral("no such stream"));
    const Entry& e = m_entries[entry];
    if (e.type != EntryType::Stream)
        return setError(error, QStringLiteral("\"%1\" is not a stream").arg(e.name));
    if (e.size > quint64(m_data.size()))
        return setError(
            error, QStringLiteral("stream \"%1\" declares %2 bytes, more than the whole file").arg(e.name).arg(e.size));
    if (e.size > quint64(maxBytes))
        return setError(error,
            QStringLiteral("stream \"%1\" (%2 bytes) is larger than the %3-byte limit")
                .arg(e.name)
                .arg(e.size)
                .arg(maxBytes));
    if (qint64(e.size) > m_budget)
        return setError(
            error, QStringLiteral("the streams read add up to far more than the file's size; reading stopped"));
    m_budget -= qint64(e.size);
    bool ok;
    if (e.size < kMiniStreamCutoff)
        ok = readMiniChain(e.startSector, e.size, out, error);
    else
        ok = readFatChain(e.startSector, e.size, out, error);
    if (!ok) {
        out->clear();
        if (error)
            *error = QStringLiteral("stream \"%1\": ").arg(e.name) + *error;
    }
    return ok;
}

} // namespace MailTriage
