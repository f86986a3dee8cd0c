// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: compressed RTF ([MS-OXRTFCP]) and the RTF de-encapsulation that follows it.
#include "lzfu.h"
#include "rtfhtml.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView in(reinterpret_cast<const char*>(data), qsizetype(size));
    const MailTriage::Lzfu::Result r = MailTriage::Lzfu::decompress(in, qint64(4) << 20);
    if (!r.data.isEmpty()) {
        MailTriage::RtfHtml::deencapsulateHtml(r.data, 932, 1 << 20);
        MailTriage::RtfHtml::toPlainText(r.data, 1252, 1 << 20);
    }
    // The input itself as RTF too.
    (void)MailTriage::RtfHtml::origin(in);
    MailTriage::RtfHtml::deencapsulateHtml(in, 1252, 1 << 20);
    MailTriage::RtfHtml::toPlainText(in, 932, 1 << 20);
    return 0;
}
