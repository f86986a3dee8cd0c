// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace MailTriage {

/// @brief The bundled demo case (resources/demo: a fictional hijacked invoice thread in two
/// mailboxes), compiled into the program. On first use its files are written to a temporary
/// folder to be imported into a case file under the application data folder.
class DemoCase {
    Q_DECLARE_TR_FUNCTIONS(DemoCase)
public:
    /// Where the demo case file lives: <AppDataLocation>/demo/demo.mtcase.
    static QString caseLocation();
    static QString title();
    /// Number of bundled demo files.
    static int fileCount();

    /// Writes the demo's mailbox folders into @p dir; returns the folders to import.
    static QStringList extractTo(const QString& dir, QString* error);
};

} // namespace MailTriage
