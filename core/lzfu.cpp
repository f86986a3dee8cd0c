// SPDX-License-Identifier: GPL-3.0-or-later
#include "lzfu.h"

#include <QtEndian>
#include <array>

namespace MailTriage::Lzfu {

namespace {

    constexpr quint32 kCompressed = 0x75465A4Cu; // "LZFu"
    constexpr quint32 kUncompressed = 0x414C454Du; // "MELA"
    constexpr int kDictSize = 4096;

    // The dictionary every LZFu stream starts from ([MS-OXRTFCP] 2.1.2.1): 207 bytes of RTF.
    constexpr char kPrefix[]
        = "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern "
          "\\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0"
          "\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";
    constexpr int kPrefixSize = int(sizeof(kPrefix)) - 1;
    static_assert(kPrefixSize == 207, "the LZFu dictionary prefix is 207 bytes");

    const std::array<quint32, 256>& crcTable()
    {
        static const std::array<quint32, 256> table = [] {
            std::array<quint32, 256> t {};
            for (quint32 i = 0; i < 256; ++i) {
                quint32 c = i;
                for (int k = 0; k < 8; ++k)
                    c = (c & 1) ? (0xEDB88320u ^ (c >> 1)) : (c >> 1);
                t[i] = c;
            }
            return t;
        }();
        return table;
    }

} // namespace

quint32 crc32(QByteArrayView data)
{
    const auto& t = crcTable();
    quint32 crc = 0;
    for (const char ch : data)
        crc = t[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc;
}

Result decompress(QByteArrayView in, qint64 maxOutput)
{
    Result r;
    if (in.size() < 16) {
        r.error = QStringLiteral("the compressed RTF is shorter than its 16-byte header");
        return r;
    }
    const quint32 compSize = qFromLittleEndian<quint32>(in.data());
    const quint32 rawSize = qFromLittleEndian<quint32>(in.data() + 4);
    const quint32 type = qFromLittleEndian<quint32>(in.data() + 8);
    const quint32 crc = qFromLittleEndian<quint32>(in.data() + 12);
    const qint64 limit = qMin<qint64>(maxOutput, qint64(rawSize));

    if (type == kUncompressed) {
        r.compressed = false;
        r.crcOk = crc == 0;
        const QByteArrayView body = in.sliced(16);
        r.data = body.first(qMin<qint64>(body.size(), limit)).toByteArray();
        r.complete = r.data.size() == qint64(rawSize);
        r.ok = qint64(rawSize) <= maxOutput;
        if (!r.ok)
            r.error = QStringLiteral("the RTF is larger than the %1-byte limit").arg(maxOutput);
        else if (!r.complete)
            r.error = QStringLiteral("the stored RTF is shorter than its declared size");
        return r;
    }
    if (type != kCompressed) {
        r.error = QStringLiteral("unknown compressed RTF type 0x%1").arg(type, 8, 16, QLatin1Char('0'));
        return r;
    }
    r.compressed = true;
    if (compSize < 12) {
        r.error = QStringLiteral("the compressed RTF header declares an impossible size");
        return r;
    }
    QByteArrayView contents = in.sliced(16);
    bool shortInput = false;
    if (qint64(compSize) - 12 < contents.size())
        contents = contents.first(qint64(compSize) - 12);
    else if (qint64(compSize) - 12 > contents.size())
        shortInput = true;
    r.crcOk = crc32(contents) == crc;

    std::array<char, kDictSize> dict {};
    std::copy(kPrefix, kPrefix + kPrefixSize, dict.begin());
    int writePos = kPrefixSize;
    // Each 17-byte run (one control byte, eight references) yields at most 8 * 17 bytes.
    r.data.reserve(qsizetype(qMin<qint64>(limit, contents.size() * 8 + 16)));
    const qsizetype n = contents.size();
    qsizetype pos = 0;
    bool done = false;
    while (pos < n && !done) {
        const quint8 control = quint8(contents[pos++]);
        for (int bit = 0; bit < 8; ++bit) {
            if (pos >= n) {
                done = true;
                break;
            }
            if (control & (1u << bit)) {
                if (pos + 1 >= n) {
                    pos = n;
                    done = true;
                    break;
                }
                const quint16 word = quint16((quint8(contents[pos]) << 8) | quint8(contents[pos + 1]));
                pos += 2;
                const int offset = word >> 4;
                const int length = (word & 0xF) + 2;
                if (offset == writePos) { // the end marker
                    r.complete = true;
                    done = true;
                    break;
                }
                for (int i = 0; i < length; ++i) {
                    if (r.data.size() >= limit) {
                        done = true;
                        break;
                    }
                    const char c = dict[(offset + i) & (kDictSize - 1)];
                    r.data.append(c);
                    dict[writePos] = c;
                    writePos = (writePos + 1) & (kDictSize - 1);
                }
            } else {
                if (r.data.size() >= limit) {
                    done = true;
                    break;
                }
                const char c = contents[pos++];
                r.data.append(c);
                dict[writePos] = c;
                writePos = (writePos + 1) & (kDictSize - 1);
            }
            if (done)
                break;
        }
    }
    if (r.data.size() >= qint64(rawSize))
        r.complete = true;
    if (qint64(rawSize) > maxOutput && r.data.size() >= maxOutput) {
        r.error = QStringLiteral("the RTF is larger than the %1-byte limit").arg(maxOutput);
        return r;
    }
    r.ok = true;
    if (!r.complete)
        r.error = shortInput ? QStringLiteral("the compressed RTF is cut short")
                             : QStringLiteral("the compressed RTF ends without its end marker");
    return r;
}

} // namespace MailTriage::Lzfu
