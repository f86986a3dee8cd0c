// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace MailTriage::EncodedWord {

/// Decodes header text: RFC 2047 encoded-words (B and Q, charset*language), adjacent encoded
/// words joined (the whitespace between them dropped, split multi-byte characters rejoined),
/// malformed words kept as written. Raw 8-bit bytes outside encoded words are read as UTF-8 when
/// valid, else with @p fallbackCharset (e.g. the part's charset), else windows-1252.
/// Input is expected to be unfolded already.
QString decode(QByteArrayView text, QByteArrayView fallbackCharset = {});

/// Decodes one RFC 2047 "Q" payload (underscore is space).
QByteArray decodeQ(QByteArrayView payload);

/// True when the text contains something that looks like an encoded word.
bool containsEncodedWord(QByteArrayView text);

} // namespace MailTriage::EncodedWord
