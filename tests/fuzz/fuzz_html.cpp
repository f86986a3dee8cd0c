// SPDX-License-Identifier: GPL-3.0-or-later
// HTML bodies read as data: text, links, images, forms, entities. The input is tried as UTF-8
// and as Latin-1 (every byte a character, so lone surrogates and odd code points come through).
#include "htmltext.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const QString& html : { QString::fromUtf8(bytes), QString::fromLatin1(bytes) }) {
        const MailTriage::HtmlText::Document doc = MailTriage::HtmlText::parse(html);
        for (const MailTriage::HtmlText::Link& l : doc.links)
            (void)MailTriage::HtmlText::decodeEntities(l.href);
        MailTriage::HtmlText::Limits small;
        small.maxInputChars = 512;
        small.maxTextChars = 64;
        small.maxLinks = 2;
        small.maxImages = 2;
        small.maxForms = 1;
        (void)MailTriage::HtmlText::parse(html, small);
    }
    // UTF-16 code units straight from the bytes: unpaired surrogates included.
    const QStringView utf16(reinterpret_cast<const char16_t*>(data), qsizetype(size / 2));
    (void)MailTriage::HtmlText::parse(utf16);
    return 0;
}
