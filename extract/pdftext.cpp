// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftext.h"

#include "attachmenttext.h"

#include <memory>
#include <poppler-qt6.h>

namespace MailTriage::PdfText {

QString extract(const QByteArray& pdf)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked())
        return {};
    QString text;
    const int pages = qMin(doc->numPages(), 200);
    for (int i = 0; i < pages; ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        text += page->text(QRectF());
        text += QLatin1Char('\n');
        if (text.size() > 1024 * 1024)
            break;
    }
    return text;
}

namespace {
    // Poppler reports every defect of a hostile PDF on stderr; they are not the user's business
    // (the text simply comes out empty or partial), so they are dropped.
    void ignorePopplerMessage(const QString&, const QVariant&)
    {
    }
} // namespace

void install()
{
    Poppler::setDebugErrorFunction(&ignorePopplerMessage, QVariant());
    AttachmentText::setPdfExtractor(&extract);
}

} // namespace MailTriage::PdfText
