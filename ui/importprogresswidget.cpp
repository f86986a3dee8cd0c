// SPDX-License-Identifier: GPL-3.0-or-later
#include "importprogresswidget.h"

#include "uitext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace MailTriage {

ImportProgressWidget::ImportProgressWidget(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("importRate"));
    layout->addWidget(m_label);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(true);
    layout->addWidget(m_bar);
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the import after the current batch; what was imported stays in the case."));
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling..."));
        Q_EMIT cancelRequested();
    });
    setVisible(false);
}

void ImportProgressWidget::start(int files)
{
    m_bar->setRange(0, std::max(files, 0));
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_label->setText(tr("Importing..."));
    setVisible(true);
}

void ImportProgressWidget::setProgress(const ImportProgress& p)
{
    if (p.filesTotal > 0) {
        m_bar->setRange(0, p.filesTotal);
        m_bar->setValue(p.filesDone);
        m_bar->setFormat(tr("%1 / %2 files").arg(p.filesDone).arg(p.filesTotal));
    } else {
        m_bar->setRange(0, 0);
    }
    if (!m_cancel->isEnabled())
        return;
    QString text = tr("%n message(s)", nullptr, int(p.imported + p.duplicates));
    text += QStringLiteral(" · ") + tr("%1 msg/s").arg(p.messagesPerSecond, 0, 'f', 0);
    text += QStringLiteral(" · ") + tr("%1/s").arg(UiText::size(qint64(p.bytesPerSecond)));
    if (p.errors > 0)
        text += QStringLiteral(" · ") + tr("%n failed", nullptr, int(p.errors));
    m_label->setText(text);
}

void ImportProgressWidget::finish()
{
    setVisible(false);
}

} // namespace MailTriage
