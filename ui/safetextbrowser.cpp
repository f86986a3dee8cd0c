// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetextbrowser.h"

#include <QByteArray>

namespace MailTriage {

SafeTextDocument::SafeTextDocument(QObject* parent)
    : QTextDocument(parent)
{
}

QVariant SafeTextDocument::loadResource(int type, const QUrl& name)
{
    Q_UNUSED(type);
    m_blocked.append(name);
    // A valid but empty answer: QTextDocument would otherwise go on to read local files itself.
    return QVariant(QByteArray());
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
