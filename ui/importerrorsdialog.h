// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagereader.h"

#include <QDialog>

class QTableWidget;

namespace MailTriage {

/// @brief The files an import could not read, each with its reason.
class ImportErrorsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportErrorsDialog(const QList<ReadError>& errors, const QString& summary, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
    QList<ReadError> m_errors;
};

} // namespace MailTriage
