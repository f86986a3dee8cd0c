// SPDX-License-Identifier: GPL-3.0-or-later
// Received lines, whole chains, and Authentication-Results.
#include "authresults.h"
#include "headerblock.h"
#include "receivedparser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)MailTriage::ReceivedParser::parse(QString::fromUtf8(bytes));
    (void)MailTriage::AuthResults::parse(QString::fromUtf8(bytes));
    const MailTriage::HeaderBlock hb = MailTriage::HeaderBlock::parse(bytes);
    const QList<MailTriage::ReceivedHop> hops = MailTriage::ReceivedParser::parseChain(hb.fields);
    (void)MailTriage::AuthResults::summarize(hb.fields, hops);
    (void)MailTriage::AuthResults::dkimSignatures(hb.fields);
    return 0;
}
