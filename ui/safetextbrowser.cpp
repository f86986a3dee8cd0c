// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetextbrowser.h"

#include <QColor>
#include <QTextFormat>

namespace MailTriage {

SafeTextDocument::SafeTextDocument(QObject* parent)
    : QTextDocument(parent)
{
    connect(this, &QTextDocument::contentsChanged, this, [this] { m_backgroundsKnown = false; });
}

void SafeTextDocument::resetBlocked()
{
    m_blocked.clear();
    m_seen.clear();
    m_backgrounds.clear();
    m_backgroundsKnown = false;
}

QImage SafeTextDocument::placeholderImage()
{
    // A flat light-grey square: the document scales it to the <img>'s width and height, and a
    // flat colour stays clean at any size (lines drawn into a small image became thick blocks).
    static const QImage image = [] {
        QImage i(16, 16, QImage::Format_ARGB32_Premultiplied);
        i.fill(QColor(0xe3, 0xe3, 0xe3));
        return i;
    }();
    return image;
}

bool SafeTextDocument::isBackgroundImage(const QUrl& name)
{
    if (!m_backgroundsKnown) {
        // Once per content: the formats are complete when layout asks for images.
        m_backgrounds.clear();
        const QList<QTextFormat> formats = allFormats();
        for (const QTextFormat& f : formats) {
            if (f.hasProperty(QTextFormat::BackgroundImageUrl))
                m_backgrounds.insert(QUrl(f.property(QTextFormat::BackgroundImageUrl).toString()));
        }
        m_backgroundsKnown = true;
    }
    return m_backgrounds.contains(name);
}

QVariant SafeTextDocument::loadResource(int type, const QUrl& name)
{
    if (!m_seen.contains(name)) {
        m_seen.insert(name);
        m_blocked.append(name);
    }
    // Answered here, never "not found": an image answer that is not an image makes Qt's image
    // handler load the image by its name itself (local files, file:, qrc:, automounted network
    // paths); an invalid answer lets QTextDocument read local files.
    if (type == QTextDocument::ImageResource) {
        static const QImage transparent = [] {
            QImage i(16, 16, QImage::Format_ARGB32_Premultiplied);
            i.fill(Qt::transparent);
            return i;
        }();
        // A background tiled with placeholders would hide the text on it.
        return isBackgroundImage(name) ? transparent : placeholderImage();
    }
    return QVariant(QString());
}

SafeTextBrowser::SafeTextBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    m_document = new SafeTextDocument(this);
    setDocument(m_document);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
    setUndoRedoEnabled(false);
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl& name)
{
    return m_document->loadResource(type, name);
}

void SafeTextBrowser::doSetSource(const QUrl& name, QTextDocument::ResourceType type)
{
    // Never navigate: the message's links stay data.
    Q_UNUSED(name);
    Q_UNUSED(type);
}

} // namespace MailTriage
