// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QList>
#include <QString>

/// HTML bodies read as data: plain text, links, images and forms, without any network access,
/// script or style. One linear pass, no recursion, no DOM; malformed markup is read the way a
/// tolerant browser would read it closely enough for triage (unclosed tags, stray '<', missing
/// quotes). Bounded by Limits.
namespace MailTriage::HtmlText {

/// An <a href> (or <area href>): where it goes and what the reader sees.
struct Link {
    QString href; ///< entity-decoded, trimmed attribute value
    QString text; ///< the visible text inside the element (white space collapsed), or the alt
                  ///< text of an image inside it, or the title attribute
    qsizetype position = -1; ///< index of the '<' of the tag in the HTML text
};

/// An <img> (or an element with a background image attribute).
struct Image {
    QString src;
    QString alt;
    int width = -1; ///< from the width attribute or CSS; -1 unknown
    int height = -1;
    bool hidden = false; ///< display:none, visibility:hidden, opacity:0 or a zero size
    qsizetype position = -1;
};

/// A <form> and whether it asks for a password.
struct Form {
    QString action;
    bool hasPassword = false;
    qsizetype position = -1;
};

struct Limits {
    qsizetype maxInputChars = 256 * 1024; ///< the rest of the HTML is not read (truncated = true)
    qsizetype maxTextChars = 256 * 1024;
    int maxLinks = 2000;
    int maxImages = 2000;
    int maxForms = 100;
};

struct Document {
    QString text; ///< readable plain text: blocks on their own lines, white space collapsed
    QList<Link> links;
    QList<Image> images;
    QList<Form> forms;
    bool truncated = false; ///< a limit was reached
};

/// Reads an HTML text.
Document parse(QStringView html, const Limits& limits = {});

/// The readable text of an HTML text (parse(html).text).
QString toPlainText(QStringView html);

/// Decodes character references: named (the HTML 4 set and the common HTML5 ones), decimal
/// and hexadecimal. Invalid numeric references give U+FFFD; unknown names stay as written.
QString decodeEntities(QStringView text);

/// The text a reader sees in the message's first HTML body (Message::htmlBody()), as plain text;
/// empty when the message has no HTML body. For views that must not render HTML.
QString renderedHtmlBody(const Message& m);

} // namespace MailTriage::HtmlText
