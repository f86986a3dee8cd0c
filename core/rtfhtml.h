// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace MailTriage::RtfHtml {

/// What an RTF body says it was made from ([MS-OXRTFEX] 2.2.3.1).
enum class Origin {
    Rtf, ///< a real RTF document
    Html, ///< \fromhtml1: HTML encapsulated in RTF
    Text, ///< \fromtext: plain text encapsulated in RTF
};

/// Looks for \fromhtml1 / \fromtext in the RTF header (before the first text).
Origin origin(QByteArrayView rtf);

/// De-encapsulates the HTML of a \fromhtml1 document ([MS-OXRTFEX] 2.1.3.2): the contents of
/// \*\htmltag groups plus the text outside them that is not inside \htmlrtf ... \htmlrtf0.
/// \'hh escapes are read in the code page of the current font (\fcharset) or of \ansicpg, else
/// @p defaultCodepage. Bounded: at most @p maxChars characters of output, groups nested deeper
/// than 1000 levels are skipped. Never recurses.
QString deencapsulateHtml(QByteArrayView rtf, int defaultCodepage = 1252, qsizetype maxChars = 32 << 20);

/// The text a reader sees in an RTF document: destinations (font table, pictures, field
/// instructions, \* groups) skipped, \par as a line break, \u and \'hh decoded.
QString toPlainText(QByteArrayView rtf, int defaultCodepage = 1252, qsizetype maxChars = 32 << 20);

/// The charset label (for Charset::toUnicode) of a Windows code page number: 932 ->
/// "windows-31j", 1252 -> "windows-1252", 65001 -> "utf-8", 50220 -> "iso-2022-jp", ...
/// Unknown code pages give an empty label.
QByteArray codepageLabel(int codepage);

} // namespace MailTriage::RtfHtml
