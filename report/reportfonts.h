// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

/// The fonts of the PDF reports: Noto Sans CJK JP (package fonts-noto-cjk), loaded explicitly so
/// that the output never depends on fontconfig defaults, and embedded in every PDF.
///
/// Qt 6.4 writes a PDF's ToUnicode map from the font's cmap, taking for each glyph the lowest
/// code point that maps to it. Noto CJK maps the Kangxi radicals (U+2F00…) to the glyphs of the
/// ordinary ideographs, so text copied out of the PDF (and pdftotext) would read ⽇ for 日 and ⾵
/// for 風. The loader therefore takes the Japanese face out of the collection, points those
/// radical code points at no glyph, and registers the result under its own family name.
namespace MailTriage::ReportFonts {

struct Families {
    QString sans; ///< "MailTriage Report Sans" (Noto Sans CJK JP)
    QString mono; ///< "MailTriage Report Mono" (Noto Sans Mono CJK JP)
};

/// A font of the report: @p family at @p pointSize, with OpenType shaping off for scripts that do
/// not need it. Shaping would turn "fi" into a ligature and digits next to Latin letters into
/// proportional forms: glyphs without a code point of their own, which Qt 6.4 then leaves out of
/// the PDF's text (pdftotext and copy-paste would lose them).
QFont reportFont(const QString& family, qreal pointSize, bool bold = false);

/// Loads the fonts once per process (thread-safe; needs a QGuiApplication). Empty families and
/// @p error set when the Noto CJK files cannot be found or read. The files are looked for in
/// $MAILTRIAGE_REPORT_FONT_DIR, then in the usual Debian/Fedora/Arch places.
Families load(QString* error = nullptr);

/// The radical-free cmap patch, exposed for tests: @p sfnt is a TrueType collection or an
/// OpenType file; returns a standalone OpenType font of the face named @p family (name ID 1),
/// renamed to @p newFamily / @p newPostScriptName with @p subfamily ("Regular", "Bold"), or an
/// empty array when the face is not there or the data is malformed.
QByteArray extractFace(const QByteArray& sfnt, const QString& family, const QString& newFamily,
    const QString& subfamily, const QString& newPostScriptName);

} // namespace MailTriage::ReportFonts
