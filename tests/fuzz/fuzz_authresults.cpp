// SPDX-License-Identifier: GPL-3.0-or-later
// Authentication-Results (RFC 8601), ARC-Authentication-Results, Received-SPF and DKIM-Signature
// values, alone and as a header block summarized against its Received chain.
#include "authresults.h"
#include "headerblock.h"
#include "receivedparser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString value = QString::fromUtf8(bytes);
    (void)MailTriage::AuthResults::parse(value);
    // The same bytes as the value of each authentication header, behind a receiving hop.
    QByteArray block = "Received: from a.example (a.example [192.0.2.1]) by mx.example.jp with ESMTPS id 1;"
                       " Mon, 1 Jul 2019 10:00:00 +0900\r\n";
    for (const char* name :
        { "Authentication-Results: ", "ARC-Authentication-Results: ", "Received-SPF: ", "DKIM-Signature: " })
        block += name + bytes + "\r\n";
    block += "\r\n";
    const MailTriage::HeaderBlock hb = MailTriage::HeaderBlock::parse(block);
    const QList<MailTriage::ReceivedHop> hops = MailTriage::ReceivedParser::parseChain(hb.fields);
    (void)MailTriage::AuthResults::summarize(hb.fields, hops);
    (void)MailTriage::AuthResults::dkimSignatures(hb.fields);
    return 0;
}
