// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace MailTriage::Charset {

/// The label a decoder is opened with for a label found in mail: lower-cased, quotes stripped,
/// non-standard aliases mapped (x-sjis -> windows-31j, euc_jp -> euc-jp, gb2312 -> gbk, ...).
/// Shift_JIS is mapped to CP932 (windows-31j) as mail clients do: real mail uses its extensions.
QByteArray canonicalName(QByteArrayView label);

/// True when text in this charset can be decoded here.
bool isSupported(QByteArrayView label);

struct DecodeResult {
    QString text;
    bool ok = true; ///< false: unknown charset (fallback used) or invalid bytes were replaced
    QString problem; ///< plain-English note when !ok
};

/// Decodes bytes labelled with a charset. Unknown labels fall back to UTF-8 when the bytes are
/// valid UTF-8, else windows-1252; invalid bytes become U+FFFD. Never fails, never throws.
DecodeResult decode(QByteArrayView bytes, QByteArrayView label);

/// Convenience: decode(...).text
QString toUnicode(QByteArrayView bytes, QByteArrayView label);

/// Converts ISO-2022-JP (with the CP932 extensions real mail carries) to CP932 bytes.
/// Returns false when an escape sequence outside JIS X 0201/0208 is met (e.g. JIS X 0212).
bool iso2022jpToCp932(QByteArrayView in, QByteArray* out);

/// True when the bytes are valid UTF-8.
bool isValidUtf8(QByteArrayView bytes);

} // namespace MailTriage::Charset
