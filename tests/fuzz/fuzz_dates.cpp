// SPDX-License-Identifier: GPL-3.0-or-later
// Date parsing.
#include "dateparser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    bool missing = false;
    const QDateTime dt = MailTriage::DateParser::parse(bytes, &missing);
    (void)MailTriage::DateParser::toIso(dt);
    return 0;
}
