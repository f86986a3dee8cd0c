// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QObject>
#include <memory>

class QThread;
class QTimer;

namespace MailTriage {

/// @brief Runs the storage importer on a thread of its own, with its own connection to the case,
/// and reports progress to the UI thread at most every 100 ms. The UI thread never waits for
/// it; cancel() stops it after the current batch (what was committed stays in the case).
class ImportController : public QObject {
    Q_OBJECT
public:
    explicit ImportController(QObject* parent = nullptr);
    ~ImportController() override;

    void setOptions(const ImportOptions& options) { m_options = options; }
    /// Starts importing @p paths into the case at @p caseLocation. False when one is running.
    bool start(const QString& caseLocation, const QStringList& paths);
    bool isRunning() const;
    /// True when no parser worker program was found and files are parsed inside the program.
    bool parsesInProcess() const { return m_inProcess; }
    /// Blocks until the running import has ended (tests, shutdown).
    void waitForFinished();

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void started(const QStringList& paths);
    void progressed(const MailTriage::ImportProgress& progress);
    void finished(const MailTriage::ImportSummary& summary);

private:
    struct State;
    void pollProgress();
    void threadFinished();

    ImportOptions m_options;
    std::shared_ptr<State> m_state;
    QThread* m_thread = nullptr;
    QTimer* m_poll = nullptr;
    bool m_inProcess = false;
};

} // namespace MailTriage
