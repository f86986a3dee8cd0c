// SPDX-License-Identifier: GPL-3.0-or-later
// mbox splitting and the charset decoders (ISO-2022-JP transcoder included).
#include "charset.h"
#include "mbox.h"
#include "transferencoding.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto ranges = MailTriage::Mbox::split(bytes, 10000);
    for (const auto& r : ranges) {
        if (r.offset < 0 || r.offset + r.length > bytes.size())
            __builtin_trap();
    }
    (void)MailTriage::Charset::toUnicode(bytes, "iso-2022-jp");
    (void)MailTriage::Charset::toUnicode(bytes, "shift_jis");
    (void)MailTriage::TransferEncoding::decodeQuotedPrintable(bytes);
    (void)MailTriage::TransferEncoding::findUuencoded(bytes);
    return 0;
}
