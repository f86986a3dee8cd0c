// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace MailTriage {

/// @brief The import's place in the status bar: a progress bar, files and messages per second,
/// and a Cancel button.
class ImportProgressWidget : public QWidget {
    Q_OBJECT
public:
    explicit ImportProgressWidget(QWidget* parent = nullptr);

    void start(int files);
    void setProgress(const ImportProgress& progress);
    void finish();
    QProgressBar* progressBar() const { return m_bar; }
    QLabel* label() const { return m_label; }

Q_SIGNALS:
    void cancelRequested();

private:
    QProgressBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
    QToolButton* m_cancel = nullptr;
};

} // namespace MailTriage
