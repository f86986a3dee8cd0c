// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseanalysis.h"
#include "casestore.h"
#include "loadedmessage.h"
#include "messagelistmodel.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace MailTriage {

/// @brief The open case behind the workbench: the case store (used on the UI thread for small
/// reads and the analyst's edits), the message rows, and the case analysis, which is rebuilt on a
/// worker thread with its own read-only connection (originals read back, parsed in parallel,
/// CaseAnalyzer run) so the window never waits for it. Widgets only read from here.
class CaseSession : public QObject {
    Q_OBJECT
public:
    explicit CaseSession(QObject* parent = nullptr);
    ~CaseSession() override;

    bool openCase(const QString& location, QString* error);
    bool createCase(const QString& location, const QString& title, QString* error);
    void closeCase();
    bool isOpen() const { return bool(m_store); }
    bool isReadOnly() const;
    QString location() const;
    CaseStore* store() const { return m_store.get(); }

    const CaseInfo& info() const { return m_info; }
    /// Writes @p update (and its audit entries) to the case; emits infoChanged().
    bool applyUpdate(const CaseUpdate& update, QString* error = nullptr);
    void refreshInfo();

    /// Lists the messages and analyses the case again, in the background.
    void reload();
    bool isLoading() const { return m_loading; }
    /// Blocks until a running load has finished (tests, shutdown).
    void waitForLoad();

    const QList<MessageRow>& rows() const { return m_rows; }
    std::shared_ptr<const CaseAnalysis> analysis() const { return m_analysis; }
    qint64 storedCount() const { return m_storedCount; }
    /// signal id -> number of distinct messages with it, and its highest severity.
    const QHash<QString, int>& signalCounts() const { return m_signalCounts; }
    const QHash<QString, int>& signalSeverities() const { return m_signalSeverities; }

    /// Full-text search through the store; the stored ids of the hits.
    QSet<qint64> search(const QString& query, QString* error = nullptr);

    /// Loads a stored message for the message view: its original is read here and parsed on a
    /// worker thread; messageLoaded() follows.
    void requestMessage(qint64 storedId, int caseIndex);

Q_SIGNALS:
    void caseOpened();
    void caseClosed();
    void infoChanged();
    void rowsChanged();
    void analysisChanged();
    void loadingChanged(bool loading);
    void loadProgress(int done, int total);
    void messageLoaded(const MailTriage::LoadedMessage& message);
    void errorOccurred(const QString& message);

private:
    struct LoadState {
        std::atomic<bool> cancel { false };
        std::atomic<int> done { 0 };
        std::atomic<int> total { 0 };
        QMutex mutex;
        QList<MessageRow> interimRows; ///< the stored messages, listed before the analysis is ready
        bool interimReady = false;
        bool inProcess = false; ///< no parser worker: originals were parsed inside the program
    };
    struct LoadResult {
        quint64 generation = 0;
        qint64 storedCount = 0;
        QList<MessageRow> rows;
        std::shared_ptr<const CaseAnalysis> analysis;
        QHash<QString, int> counts;
        QHash<QString, int> severities;
        QString error;
        bool cancelled = false;
    };
    static LoadResult load(const QString& location, quint64 generation, std::shared_ptr<LoadState> state);
    void finishLoad();
    void pollLoad();
    bool adopt(std::unique_ptr<CaseStore> store, QString* error);

    std::unique_ptr<CaseStore> m_store;
    CaseInfo m_info;
    QList<MessageRow> m_rows;
    std::shared_ptr<const CaseAnalysis> m_analysis;
    QHash<QString, int> m_signalCounts;
    QHash<QString, int> m_signalSeverities;
    qint64 m_storedCount = 0;
    QFutureWatcher<LoadResult>* m_loadWatcher = nullptr;
    std::shared_ptr<LoadState> m_loadState;
    QTimer* m_progressTimer = nullptr;
    quint64 m_generation = 0;
    bool m_loading = false;
    qint64 m_requestedMessage = 0;
};

} // namespace MailTriage
