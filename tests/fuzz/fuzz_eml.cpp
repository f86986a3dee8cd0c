// SPDX-License-Identifier: GPL-3.0-or-later
// The whole .eml path: header block, MIME tree, decoding, the guarded mimetic reading, and the
// message analysis (header chain, authentication, look-alikes, links, attachments).
#include "messageanalyzer.h"
#include "messagereader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    MailTriage::ParseLimits limits;
    limits.maxMessageBytes = 1 << 20;
    MailTriage::ReadResult r = MailTriage::MessageReader::readBytes(bytes, QStringLiteral("fuzz.eml"), limits);
    for (MailTriage::Message& m : r.messages) {
        (void)m.bodyText();
        MailTriage::MessageAnalyzer::analyze(m);
    }
    return 0;
}
