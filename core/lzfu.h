// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace MailTriage::Lzfu {

/// @brief What decompressing a PR_RTF_COMPRESSED value gave.
struct Result {
    QByteArray data; ///< the RTF bytes (possibly partial when !ok)
    bool ok = false; ///< false: the header is unreadable or the output limit was hit
    bool compressed = false; ///< "LZFu" (true) or "MELA" (stored uncompressed)
    bool crcOk = false; ///< the CRC field matches the compressed contents
    bool complete = false; ///< the end marker was met, or the raw size reached
    QString error; ///< why !ok, or what is wrong with a partial result
};

/// Decompresses compressed RTF ([MS-OXRTFCP]): "LZFu" streams with the 4096-byte dictionary
/// preset with the 207-byte RTF prefix, or "MELA" stored streams. Never produces more than
/// @p maxOutput bytes nor more than the header's RAWSIZE; never reads past @p in.
Result decompress(QByteArrayView in, qint64 maxOutput = qint64(64) << 20);

/// The [MS-OXRTFCP] CRC-32 of @p data (table-driven, initial value 0, no final inversion).
quint32 crc32(QByteArrayView data);

} // namespace MailTriage::Lzfu
