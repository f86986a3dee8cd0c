// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 5322 address lists, paths and Message-ID lists.
#include "addressparser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto r = MailTriage::AddressParser::parseList(bytes);
    for (const MailTriage::Mailbox& m : r.mailboxes)
        (void)m.domain();
    (void)MailTriage::AddressParser::parsePath(bytes);
    (void)MailTriage::AddressParser::parseMessageIds(bytes);
    (void)MailTriage::AddressParser::findAddressesInText(QString::fromUtf8(bytes));
    return 0;
}
