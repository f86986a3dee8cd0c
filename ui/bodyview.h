// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QStackedWidget;
class QTableView;

namespace MailTriage {

class LinkListModel;
class SafeTextBrowser;

/// @brief The "Body" tab: the plain-text body, or the HTML body in a browser that loads nothing
/// (no remote images, no files) and opens no link; every link's real target is shown on hover
/// and listed below, with links whose text names another host marked.
class BodyView : public QWidget {
    Q_OBJECT
public:
    /// Bodies are shown up to these sizes (the rest is in the Source tab and the original):
    /// laying out more text would hold up the window.
    static constexpr qsizetype MaxHtmlChars = 512 * 1024;
    static constexpr qsizetype MaxTextChars = 512 * 1024;

    explicit BodyView(QWidget* parent = nullptr);

    void setMessage(const Message& message);
    void clear();
    /// Shows the HTML body (true) or the plain text (false).
    void setHtmlMode(bool html);
    bool htmlMode() const;

    SafeTextBrowser* browser() const { return m_browser; }
    QPlainTextEdit* plainView() const { return m_plain; }
    LinkListModel* linkModel() const { return m_links; }
    QLabel* hoverLabel() const { return m_hover; }

private:
    void updateInfo();

    QRadioButton* m_plainButton = nullptr;
    QRadioButton* m_htmlButton = nullptr;
    QLabel* m_info = nullptr;
    QStackedWidget* m_stack = nullptr;
    QPlainTextEdit* m_plain = nullptr;
    SafeTextBrowser* m_browser = nullptr;
    QLabel* m_hover = nullptr;
    QLabel* m_linksTitle = nullptr;
    QTableView* m_linkView = nullptr;
    QWidget* m_linksBox = nullptr;
    LinkListModel* m_links = nullptr;
    QString m_html;
    bool m_htmlLoaded = false;
};

} // namespace MailTriage
