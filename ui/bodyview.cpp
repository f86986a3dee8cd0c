// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodyview.h"

#include "htmltext.h"
#include "linklistmodel.h"
#include "safetextbrowser.h"
#include "uicolors.h"
#include "uitext.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace MailTriage {

BodyView::BodyView(QWidget* parent)
    : QWidget(parent)
{
    m_links = new LinkListModel(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    auto* bar = new QHBoxLayout;
    m_plainButton = new QRadioButton(tr("&Plain text"), this);
    m_htmlButton = new QRadioButton(tr("&HTML (nothing loaded)"), this);
    auto* group = new QButtonGroup(this);
    group->addButton(m_plainButton);
    group->addButton(m_htmlButton);
    m_plainButton->setChecked(true);
    bar->addWidget(m_plainButton);
    bar->addWidget(m_htmlButton);
    bar->addSpacing(12);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    bar->addWidget(m_info, 1);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_stack = new QStackedWidget(splitter);
    m_plain = new QPlainTextEdit(m_stack);
    m_plain->setObjectName(QStringLiteral("plainBody"));
    m_plain->setReadOnly(true);
    m_plain->setUndoRedoEnabled(false);
    m_browser = new SafeTextBrowser(m_stack);
    m_browser->setObjectName(QStringLiteral("htmlBody"));
    m_stack->addWidget(m_plain);
    m_stack->addWidget(m_browser);
    splitter->addWidget(m_stack);

    auto* linksBox = new QWidget(splitter);
    m_linksBox = linksBox;
    auto* linksLayout = new QVBoxLayout(linksBox);
    linksLayout->setContentsMargins(0, 0, 0, 0);
    linksLayout->setSpacing(3);
    m_hover = new QLabel(linksBox);
    m_hover->setObjectName(QStringLiteral("linkTarget"));
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hover->setTextFormat(Qt::PlainText);
    linksLayout->addWidget(m_hover);
    m_linksTitle = new QLabel(linksBox);
    QFont bold = m_linksTitle->font();
    bold.setBold(true);
    m_linksTitle->setFont(bold);
    linksLayout->addWidget(m_linksTitle);
    m_linkView = new QTableView(linksBox);
    m_linkView->setObjectName(QStringLiteral("linkList"));
    m_linkView->setModel(m_links);
    m_linkView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linkView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linkView->verticalHeader()->setVisible(false);
    m_linkView->horizontalHeader()->setStretchLastSection(true);
    m_linkView->setWordWrap(false);
    linksLayout->addWidget(m_linkView);
    splitter->addWidget(linksBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_htmlButton, &QRadioButton::toggled, this, [this](bool on) { setHtmlMode(on); });
    connect(m_browser, &QTextBrowser::highlighted, this, [this](const QUrl& url) {
        m_hover->setText(url.isEmpty() ? QString() : tr("Link target: %1").arg(UiText::visible(url.toString())));
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        m_hover->setText(tr("Not opened (MailTriage never follows links): %1").arg(UiText::visible(url.toString())));
    });
    clear();
}

void BodyView::clear()
{
    m_html.clear();
    m_htmlLoaded = false;
    m_plain->clear();
    m_browser->clear();
    m_browser->safeDocument()->resetBlocked();
    m_links->setLinks({});
    m_hover->clear();
    m_htmlButton->setEnabled(false);
    m_plainButton->setChecked(true);
    m_stack->setCurrentWidget(m_plain);
    updateInfo();
}

void BodyView::setMessage(const Message& message)
{
    clear();
    QString text = message.bodyText();
    if (text.size() > MaxTextChars) {
        text.truncate(MaxTextChars);
        text += QStringLiteral("\n\n")
            + tr("[The text is longer; the rest is not shown here. See the Source tab or save the original.]");
    }
    m_plain->setPlainText(text.isEmpty() ? tr("(no text body)") : text);
    m_html = message.htmlBody();
    if (m_html.size() > MaxHtmlChars)
        m_html.truncate(MaxHtmlChars);
    m_htmlButton->setEnabled(!m_html.isEmpty());
    if (!m_html.isEmpty())
        m_links->setLinks(HtmlText::parse(m_html).links);
    m_linkView->resizeColumnToContents(LinkListModel::TextColumn);
    m_linkView->setColumnWidth(
        LinkListModel::TextColumn, std::min(m_linkView->columnWidth(LinkListModel::TextColumn), 320));
    m_linkView->setColumnWidth(LinkListModel::TargetColumn, 420);
    // Without links the pane is only its title.
    const bool links = m_links->rowCount() > 0;
    m_linkView->setVisible(links);
    m_linksBox->setMaximumHeight(links ? QWIDGETSIZE_MAX : m_linksBox->fontMetrics().lineSpacing() * 3);
    updateInfo();
}

bool BodyView::htmlMode() const
{
    return m_stack->currentWidget() == m_browser;
}

void BodyView::setHtmlMode(bool html)
{
    if (html && m_html.isEmpty())
        html = false;
    if (html && !m_htmlLoaded) {
        m_browser->safeDocument()->resetBlocked();
        m_browser->setHtml(m_html);
        (void)m_browser->document()->size(); // lays the document out now, so blocked requests are counted
        m_htmlLoaded = true;
    }
    {
        const QSignalBlocker block(m_htmlButton);
        m_htmlButton->setChecked(html);
        m_plainButton->setChecked(!html);
    }
    m_stack->setCurrentWidget(html ? static_cast<QWidget*>(m_browser) : m_plain);
    updateInfo();
}

void BodyView::updateInfo()
{
    QString info;
    if (m_html.isEmpty()) {
        info = tr("No HTML body.");
    } else {
        info = tr("Remote images, style sheets and files are never loaded; links are never opened.");
        if (m_htmlLoaded && m_browser->safeDocument()->blockedCount() > 0)
            info += QLatin1Char(' ')
                + tr("%n resource request(s) blocked.", nullptr, m_browser->safeDocument()->blockedCount());
    }
    m_info->setText(info);
    m_info->setStyleSheet(QStringLiteral("color: %1;").arg(UiColors::mutedForeground().name()));
    const int mismatches = m_links->mismatchCount();
    QString title = tr("Links (%1)").arg(m_links->rowCount());
    if (mismatches > 0)
        title += QStringLiteral(" — ") + tr("%n whose text names another host", nullptr, mismatches);
    m_linksTitle->setText(title);
}

} // namespace MailTriage
