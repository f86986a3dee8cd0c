// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmenttext.h"

#include <atomic>

namespace MailTriage::AttachmentText {

namespace {
    std::atomic<Extractor> g_pdf { nullptr };
    constexpr qsizetype kMaxPdfBytes = qsizetype(20) << 20;
} // namespace

void setPdfExtractor(Extractor extractor)
{
    g_pdf.store(extractor);
}

bool hasPdfExtractor()
{
    return g_pdf.load() != nullptr;
}

bool isPdf(const QByteArray& contentType, const QString& filename, const QByteArray& head)
{
    return contentType == "application/pdf" || filename.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
        || head.startsWith("%PDF-");
}

QString extract(const QByteArray& data, const QByteArray& contentType, const QString& filename, qsizetype maxChars)
{
    const Extractor pdf = g_pdf.load();
    if (!pdf || data.size() > kMaxPdfBytes || !isPdf(contentType, filename, data.left(8)) || !data.startsWith("%PDF-"))
        return {};
    QString text = pdf(data);
    if (text.size() > maxChars)
        text.truncate(maxChars);
    return text;
}

} // namespace MailTriage::AttachmentText
