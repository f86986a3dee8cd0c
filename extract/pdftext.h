// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace MailTriage::PdfText {

/// The text of a PDF (all pages, at most 200 pages), empty when it cannot be read. Never
/// renders, never follows links or fetches anything, ignores JavaScript and forms.
QString extract(const QByteArray& pdf);

/// Installs extract() as core's PDF extractor (AttachmentText::setPdfExtractor).
void install();

} // namespace MailTriage::PdfText
