// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSet>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>

namespace MailTriage {

/// @brief A QTextDocument that never loads anything: no remote images, no style sheets, no local
/// files, no qrc resources. Every request is recorded (each URL once) and answered by the document
/// itself: images with a small grey placeholder (background images with a transparent one),
/// everything else with nothing. The answer must be a real image: for anything else Qt's image
/// handler loads the image by its name on its own (a local path, file: or qrc:, or an automounted
/// network path such as /net/host/...), and QTextDocument's default reads local files.
class SafeTextDocument : public QTextDocument {
    Q_OBJECT
public:
    explicit SafeTextDocument(QObject* parent = nullptr);

    /// Distinct resources refused since the last reset (Qt asks again at every layout and paint).
    int blockedCount() const { return int(m_blocked.size()); }
    const QList<QUrl>& blocked() const { return m_blocked; }
    /// Forgets the refused requests; call it before new content is set.
    void resetBlocked();
    QVariant loadResource(int type, const QUrl& name) override;

    /// What a refused image shows (16 x 16 px unless the HTML gives a size).
    static QImage placeholderImage();

private:
    bool isBackgroundImage(const QUrl& name);

    QList<QUrl> m_blocked;
    QSet<QUrl> m_seen;
    QSet<QUrl> m_backgrounds; ///< background image URLs of the current content
    bool m_backgroundsKnown = false;
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
