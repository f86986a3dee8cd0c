// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentsview.h"

#include "attachmentlistmodel.h"
#include "messageparser.h"
#include "uitext.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace MailTriage {

AttachmentsView::AttachmentsView(QWidget* parent)
    : QWidget(parent)
{
    m_model = new AttachmentListModel(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("attachmentList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_view, 1);

    auto* bar = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save as..."), this);
    m_save->setToolTip(tr("Write a copy of the attachment to a file. MailTriage never opens attachments."));
    bar->addWidget(m_save);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto* saveAction = new QAction(tr("Save as..."), m_view);
    auto* copyHash = new QAction(tr("Copy SHA-256"), m_view);
    m_view->addAction(saveAction);
    m_view->addAction(copyHash);
    connect(m_save, &QPushButton::clicked, this, &AttachmentsView::saveSelected);
    connect(saveAction, &QAction::triggered, this, &AttachmentsView::saveSelected);
    connect(copyHash, &QAction::triggered, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (const Attachment* a = m_model->attachmentAt(i.row()))
            QGuiApplication::clipboard()->setText(QString::fromLatin1(a->sha256));
    });
    connect(m_view, &QAbstractItemView::activated, this, [this] { saveSelected(); });
    clear();
}

void AttachmentsView::clear()
{
    m_message = Message();
    m_model->setAttachments({});
    m_title->setText(tr("No attachments."));
    m_save->setEnabled(false);
}

void AttachmentsView::setMessage(const Message& message)
{
    m_message = message;
    m_model->setAttachments(message.attachments);
    m_title->setText(message.attachments.isEmpty()
            ? tr("No attachments.")
            : tr("%n attachment(s). They are never opened here; save a copy to examine it in a sandbox.", nullptr,
                int(message.attachments.size())));
    m_save->setEnabled(!message.attachments.isEmpty());
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(
        AttachmentListModel::NameColumn, std::min(m_view->columnWidth(AttachmentListModel::NameColumn), 360));
    if (!message.attachments.isEmpty())
        m_view->selectRow(0);
}

QString AttachmentsView::safeFileName(const QString& name)
{
    QString out;
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':')
            || c.category() == QChar::Other_Format || c.category() == QChar::Other_Control)
            out += QLatin1Char('_');
        else
            out += c;
    }
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    if (out.isEmpty())
        out = QStringLiteral("attachment.bin");
    return out.left(200);
}

QByteArray AttachmentsView::attachmentData(int row, QString* error) const
{
    const Attachment* a = m_model->attachmentAt(row);
    if (!a) {
        *error = tr("No attachment selected.");
        return {};
    }
    if (a->byReference) {
        *error = tr("This attachment is only a reference to a file elsewhere; the message does not contain it.");
        return {};
    }
    if (a->partIndex < 0 || a->partIndex >= m_message.parts.size() || m_message.parts[a->partIndex].bodyOffset < 0) {
        *error = tr("The attachment's bytes are not available in this view (Outlook .msg attachments are not "
                    "extracted yet).");
        return {};
    }
    return MessageParser::decodedBody(m_message, a->partIndex);
}

void AttachmentsView::saveSelected()
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const Attachment* a = m_model->attachmentAt(row);
    if (!a)
        return;
    QString error;
    const QByteArray data = attachmentData(row, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save attachment"), error);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save attachment as"), QDir::home().filePath(safeFileName(a->filename)));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Save attachment"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
}

} // namespace MailTriage
