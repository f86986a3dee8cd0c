// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

namespace MailTriage {

/// @brief SHA-256 through OpenSSL's libcrypto (its assembly is about six times faster here than
/// QCryptographicHash, and every imported message, part and attachment is hashed).
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    /// The 32-byte digest; the object is then reset for new data.
    QByteArray result();

    static QByteArray hash(QByteArrayView data); ///< 32 bytes
    static QByteArray hashHex(QByteArrayView data); ///< 64 lower-case hex digits

private:
    struct Context;
    std::unique_ptr<Context> d;
};

} // namespace MailTriage
