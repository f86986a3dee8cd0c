// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <QCryptographicHash>
#include <openssl/evp.h>

namespace MailTriage {

namespace {
    // Fetched once: an implicit fetch on every call costs more than hashing a short header.
    const EVP_MD* sha256Md()
    {
        static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        return md;
    }
    constexpr int kDigestBytes = 32;
} // namespace

// OpenSSL when it works; QCryptographicHash (slower, never failing) when it does not, so that a
// failed call can never yield an uninitialised "digest" for evidence.
struct Sha256::Context {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    bool ok = false;
    QCryptographicHash fallback { QCryptographicHash::Sha256 };
    ~Context() { EVP_MD_CTX_free(ctx); }
    void init() { ok = ctx && sha256Md() && EVP_DigestInit_ex(ctx, sha256Md(), nullptr) == 1; }
};

Sha256::Sha256()
    : d(std::make_unique<Context>())
{
    d->init();
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    d->fallback.addData(data);
    if (d->ok && !data.isEmpty())
        d->ok = EVP_DigestUpdate(d->ctx, data.data(), size_t(data.size())) == 1;
}

QByteArray Sha256::result()
{
    QByteArray out(kDigestBytes, Qt::Uninitialized);
    unsigned int n = 0;
    const bool ok = d->ok && EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char*>(out.data()), &n) == 1
        && n == kDigestBytes;
    if (!ok)
        out = d->fallback.result();
    d->fallback.reset();
    d->init();
    return out;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray out(kDigestBytes, Qt::Uninitialized);
    unsigned int n = 0;
    if (sha256Md()
        && EVP_Digest(
               data.data(), size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()), &n, sha256Md(), nullptr)
            == 1
        && n == kDigestBytes)
        return out;
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray Sha256::hashHex(QByteArrayView data)
{
    return hash(data).toHex();
}

} // namespace MailTriage
