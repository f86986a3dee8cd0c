// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace MailTriage::AttachmentText {

/// Turns an attachment's bytes into text (e.g. a PDF invoice's). Installed once per process by
/// a front end that links an extractor (the parsing worker links Poppler); core itself has none.
using Extractor = QString (*)(const QByteArray& data);

void setPdfExtractor(Extractor extractor);
bool hasPdfExtractor();

/// Text of an attachment: PDFs through the installed extractor, at most @p maxChars characters;
/// empty when no extractor is installed, the type is not handled or the data is too large.
QString extract(
    const QByteArray& data, const QByteArray& contentType, const QString& filename, qsizetype maxChars = 256 * 1024);

/// True when extract() would try this attachment.
bool isPdf(const QByteArray& contentType, const QString& filename, const QByteArray& head);

} // namespace MailTriage::AttachmentText
