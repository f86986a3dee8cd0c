// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace MailTriage {

/// @brief A structured header value such as Content-Type or Content-Disposition: the value
/// before the first ';' and its parameters, with RFC 2231 continuations and charsets resolved.
struct HeaderParameters {
    QByteArray value; ///< lower-cased, trimmed ("text/plain", "attachment")
    struct Param {
        QByteArray name; ///< lower-cased, without the RFC 2231 "*n*" suffix
        QString value; ///< decoded
        QByteArray rawValue; ///< bytes as they were before charset decoding (unquoted, joined)
        QByteArray charset; ///< RFC 2231 charset when given
        QByteArray language;
    };
    QList<Param> params;
    QStringList defects;

    /// First parameter of that (lower-case) name, or a null QString.
    QString param(QByteArrayView name) const;
    QByteArray rawParam(QByteArrayView name) const;
    bool has(QByteArrayView name) const;

    /// Parses an unfolded header value. @p fallbackCharset decodes raw 8-bit parameter values.
    static HeaderParameters parse(QByteArrayView unfolded, QByteArrayView fallbackCharset = {});
};

} // namespace MailTriage
