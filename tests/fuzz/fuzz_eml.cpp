// SPDX-License-Identifier: GPL-3.0-or-later
// The whole .eml path: header block, MIME tree, decoding, and the guarded mimetic reading.
#include "messagereader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    MailTriage::ParseLimits limits;
    limits.maxMessageBytes = 1 << 20;
    const MailTriage::ReadResult r = MailTriage::MessageReader::readBytes(bytes, QStringLiteral("fuzz.eml"), limits);
    for (const MailTriage::Message& m : r.messages)
        (void)m.bodyText();
    return 0;
}
