// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace MailTriage::TransferEncoding {

/// Value of one hexadecimal digit, -1 for any other character (QP, RFC 2047 Q, RFC 2231 %XX).
int hexValue(char c);

/// Lenient base64: characters outside the alphabet are skipped, missing padding tolerated.
/// @p invalidChars receives how many non-alphabet, non-whitespace bytes were skipped.
QByteArray decodeBase64(QByteArrayView in, qsizetype* invalidChars = nullptr);

/// Lenient quoted-printable: soft line breaks removed, malformed '=' sequences kept as written.
QByteArray decodeQuotedPrintable(QByteArrayView in);

/// A file found in uuencoded form ("begin 644 name" ... "end").
struct UuFile {
    QString name;
    QByteArray data;
    qsizetype beginOffset = 0; ///< of the "begin" line in the input
    qsizetype endOffset = 0; ///< just past the "end" line
};

/// Decodes a body that is one uuencoded file (Content-Transfer-Encoding: x-uuencode).
QByteArray decodeUuencode(QByteArrayView in);

/// Finds uuencoded files embedded in a text body (at most @p maxFiles).
QList<UuFile> findUuencoded(QByteArrayView text, int maxFiles = 64);

/// Decodes a body by its (lower-cased) Content-Transfer-Encoding; unknown encodings give the
/// bytes unchanged and set @p unknown.
QByteArray decode(QByteArrayView body, QByteArrayView encoding, bool* unknown = nullptr);

} // namespace MailTriage::TransferEncoding
