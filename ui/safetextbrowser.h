// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>
#include <QTextDocument>

namespace MailTriage {

/// @brief A QTextDocument that never loads anything: no remote images, no style sheets, no local
/// files, no qrc resources. Every request is counted and answered with nothing, which also stops
/// QTextDocument's own fallback of reading local files.
class SafeTextDocument : public QTextDocument {
    Q_OBJECT
public:
    explicit SafeTextDocument(QObject* parent = nullptr);

    int blockedCount() const { return int(m_blocked.size()); }
    const QList<QUrl>& blocked() const { return m_blocked; }
    void resetBlocked() { m_blocked.clear(); }
    QVariant loadResource(int type, const QUrl& name) override;

private:
    QList<QUrl> m_blocked;
};

/// @brief A QTextBrowser for hostile HTML: its document is a SafeTextDocument, resource loading
/// is refused, and links are never followed (hovering shows the real target, a click only
/// reports it).
class SafeTextBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget* parent = nullptr);

    SafeTextDocument* safeDocument() const { return m_document; }
    QVariant loadResource(int type, const QUrl& name) override;

protected:
    /// Links are never opened, whatever the caller asks.
    void doSetSource(const QUrl& name, QTextDocument::ResourceType type) override;

private:
    SafeTextDocument* m_document = nullptr;
};

} // namespace MailTriage
