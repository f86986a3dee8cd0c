// SPDX-License-Identifier: GPL-3.0-or-later
#include "importerrorsdialog.h"

#include "uitext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace MailTriage {

ImportErrorsDialog::ImportErrorsDialog(const QList<ReadError>& errors, const QString& summary, QWidget* parent)
    : QDialog(parent)
    , m_errors(errors)
{
    setObjectName(QStringLiteral("importErrorsDialog"));
    setWindowTitle(tr("Files that could not be imported"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(summary, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_table = new QTableWidget(int(errors.size()), 2, this);
    m_table->setHorizontalHeaderLabels({ tr("File"), tr("Reason") });
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    for (int i = 0; i < errors.size(); ++i) {
        auto* file = new QTableWidgetItem(UiText::visible(errors[i].file));
        file->setToolTip(UiText::visible(errors[i].file));
        auto* reason = new QTableWidgetItem(UiText::visible(errors[i].reason));
        reason->setToolTip(UiText::visible(errors[i].reason));
        m_table->setItem(i, 0, file);
        m_table->setItem(i, 1, reason);
    }
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 420));
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy List"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] {
        QStringList lines;
        for (const ReadError& e : std::as_const(m_errors))
            lines << e.file + QLatin1Char('\t') + e.reason;
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 360);
}

} // namespace MailTriage
