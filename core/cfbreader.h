// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace MailTriage {

/// @brief Reads a Compound File Binary file ([MS-CFB]): its directory tree and its streams.
///
/// Bounded on hostile input: every sector chain is checked for cycles and out-of-range sectors,
/// declared sizes larger than the file are errors, the directory tree is walked with explicit
/// stacks (each entry at most once), and the bytes handed out over the reader's life are capped
/// by a budget proportional to the file size. Never throws.
class CfbReader {
public:
    static constexpr quint32 NoStream = 0xFFFFFFFFu;

    enum class EntryType : quint8 { Unused = 0, Storage = 1, Stream = 2, Root = 5 };

    /// @brief One directory entry, with its place in the tree worked out.
    struct Entry {
        QString name;
        EntryType type = EntryType::Unused;
        quint32 left = NoStream;
        quint32 right = NoStream;
        quint32 child = NoStream;
        quint32 startSector = 0;
        quint64 size = 0;
        int parent = -1; ///< storage holding this entry; -1 for the root and unreachable entries
        QList<int> children; ///< for storages: entries inside, in directory (name) order
    };

    /// Reads header, FAT, MiniFAT and directory. Keeps a shallow copy of @p data.
    /// On failure returns false, sets @p error and leaves the reader closed.
    bool open(const QByteArray& data, QString* error);

    bool isOpen() const { return m_open; }
    const QList<Entry>& entries() const { return m_entries; }
    static constexpr int rootIndex() { return 0; }
    int majorVersion() const { return m_majorVersion; }
    int sectorSize() const { return m_sectorSize; }

    /// Child of @p storage called @p name (case-insensitive as [MS-CFB] compares), or -1.
    int childNamed(int storage, QStringView name) const;

    /// Reads a stream's bytes. Fails (with @p error) on a broken chain, a declared size larger
    /// than the file or @p maxBytes, or when the reader's read budget is spent.
    bool readStream(int entry, QByteArray* out, QString* error, qint64 maxBytes = qint64(64) << 20) const;

    /// Problems that did not stop the reading (in plain English).
    const QStringList& warnings() const { return m_warnings; }

    /// Bytes that may still be read from streams before readStream() refuses.
    qint64 remainingBudget() const { return m_budget; }
    /// Sets the read budget (open() sets it from the file size).
    void setReadBudget(qint64 bytes) { m_budget = bytes; }

    /// Directory entries accepted at most (more is an error).
    static constexpr int maxEntries = 1 << 20;

private:
    bool sectorBytes(quint32 sector, QByteArrayView* out) const;
    bool walkChain(quint32 start, const std::vector<quint32>& fat, quint64 maxLength, bool requireEnd,
        std::vector<quint32>* out, std::vector<quint32>* marks, quint32* generation, QString* error) const;
    bool readFatChain(quint32 start, quint64 size, QByteArray* out, QString* error) const;
    bool readMiniChain(quint32 start, quint64 size, QByteArray* out, QString* error) const;
    void buildTree();
    void warn(const QString& text);

    QByteArray m_data;
    bool m_open = false;
    int m_majorVersion = 0;
    int m_sectorSize = 512;
    quint64 m_sectorCount = 0; ///< sectors present in the file (the last one may be short)
    std::vector<quint32> m_fat;
    std::vector<quint32> m_miniFat;
    QByteArray m_miniStream;
    QList<Entry> m_entries;
    QStringList m_warnings;
    mutable qint64 m_budget = 0;
    mutable std::vector<quint32> m_fatMarks; ///< generation stamps for cycle detection
    mutable std::vector<quint32> m_miniMarks;
    mutable quint32 m_fatGeneration = 0;
    mutable quint32 m_miniGeneration = 0;
};

} // namespace MailTriage
