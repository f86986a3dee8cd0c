// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "parseworkerpool.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

namespace MailTriage {

struct ImportController::State {
    std::atomic<bool> cancel { false };
    QMutex mutex;
    ImportProgress progress;
    bool progressUpdated = false;
    ImportSummary summary;
};

ImportController::ImportController(QObject* parent)
    : QObject(parent)
{
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ImportController::pollProgress);
}

ImportController::~ImportController()
{
    if (m_thread) {
        m_state->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportController::isRunning() const
{
    return m_thread != nullptr;
}

bool ImportController::start(const QString& caseLocation, const QStringList& paths)
{
    if (m_thread || paths.isEmpty())
        return false;
    ImportOptions options = m_options;
    m_inProcess = options.inProcess;
    if (!options.inProcess && options.workerPath.isEmpty() && ParseWorkerPool::findWorker().isEmpty()) {
        // Without the sandboxed worker the files are still read, inside this program.
        options.inProcess = true;
        m_inProcess = true;
    }
    m_state = std::make_shared<State>();
    const std::shared_ptr<State> state = m_state;
    m_thread = QThread::create([state, caseLocation, paths, options] {
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::open(caseLocation, CaseStore::OpenMode::ReadWrite, &error);
        if (!store) {
            QMutexLocker lock(&state->mutex);
            state->summary.storeError = error;
            state->summary.filesTotal = int(paths.size());
            return;
        }
        Importer importer(*store, options);
        importer.setProgressCallback(
            [state](const ImportProgress& p) {
                QMutexLocker lock(&state->mutex);
                state->progress = p;
                state->progressUpdated = true;
            },
            100);
        ImportSummary summary = importer.run(paths, &state->cancel);
        QMutexLocker lock(&state->mutex);
        state->summary = std::move(summary);
    });
    m_thread->setObjectName(QStringLiteral("MailTriage import"));
    connect(m_thread, &QThread::finished, this, &ImportController::threadFinished);
    m_thread->start();
    m_poll->start();
    Q_EMIT started(paths);
    return true;
}

void ImportController::cancel()
{
    if (m_state)
        m_state->cancel = true;
}

void ImportController::pollProgress()
{
    if (!m_state)
        return;
    ImportProgress p;
    {
        QMutexLocker lock(&m_state->mutex);
        if (!m_state->progressUpdated)
            return;
        p = m_state->progress;
        m_state->progressUpdated = false;
    }
    Q_EMIT progressed(p);
}

void ImportController::threadFinished()
{
    if (!m_thread)
        return;
    m_poll->stop();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    pollProgress();
    ImportSummary summary;
    {
        QMutexLocker lock(&m_state->mutex);
        summary = m_state->summary;
    }
    summary.cancelled = summary.cancelled || m_state->cancel;
    Q_EMIT finished(summary);
}

void ImportController::waitForFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    QCoreApplication::sendPostedEvents(this);
    if (m_thread)
        threadFinished();
}

} // namespace MailTriage
