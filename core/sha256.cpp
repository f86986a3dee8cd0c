// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

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

struct Sha256::Context {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : d(std::make_unique<Context>())
{
    EVP_DigestInit_ex(d->ctx, sha256Md(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(d->ctx, data.data(), size_t(data.size()));
}

QByteArray Sha256::result()
{
    QByteArray out(kDigestBytes, Qt::Uninitialized);
    unsigned int n = 0;
    EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char*>(out.data()), &n);
    EVP_DigestInit_ex(d->ctx, sha256Md(), nullptr);
    return out;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray out(kDigestBytes, Qt::Uninitialized);
    unsigned int n = 0;
    EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()), &n, sha256Md(), nullptr);
    return out;
}

QByteArray Sha256::hashHex(QByteArrayView data)
{
    return hash(data).toHex();
}

} // namespace MailTriage
