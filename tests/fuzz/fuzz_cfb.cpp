// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the compound file reader and the .msg reader on arbitrary bytes.
#include "cfbreader.h"
#include "msgreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char*>(data), qsizetype(size));

    // Every stream of the directory, as far as the reader allows.
    MailTriage::CfbReader cfb;
    QString error;
    if (cfb.open(raw, &error)) {
        for (int i = 0; i < cfb.entries().size(); ++i) {
            QByteArray out;
            cfb.readStream(i, &out, &error, qint64(1) << 24);
        }
    }

    MailTriage::ParseLimits limits;
    limits.maxMessageBytes = qint64(8) << 20;
    const MailTriage::Message m = MailTriage::MsgReader::parse(raw, limits, &error);
    (void)m.bodyText();
    return 0;
}
