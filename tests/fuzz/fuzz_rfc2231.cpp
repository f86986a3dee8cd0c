// SPDX-License-Identifier: GPL-3.0-or-later
// Structured header values with RFC 2231 parameters.
#include "headerparameters.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const MailTriage::HeaderParameters p = MailTriage::HeaderParameters::parse(bytes, "shift_jis");
    (void)p.param("filename");
    return 0;
}
