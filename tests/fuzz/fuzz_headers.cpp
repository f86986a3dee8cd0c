// SPDX-License-Identifier: GPL-3.0-or-later
// Header unfolding and RFC 2047 encoded-word decoding.
#include "encodedword.h"
#include "headerblock.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const MailTriage::HeaderBlock hb = MailTriage::HeaderBlock::parse(bytes);
    for (const MailTriage::HeaderField& f : hb.fields)
        (void)f.value.size();
    (void)MailTriage::EncodedWord::decode(bytes, "iso-2022-jp");
    return 0;
}
