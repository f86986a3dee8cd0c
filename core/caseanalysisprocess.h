// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseanalysis.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <memory>

class QProcess;

namespace MailTriage {

/// @brief Case analysis made in a helper process (`mailtriage-worker --case-analysis`), so that
/// the program asking for it never holds the case's messages.
///
/// Analysing a case needs every message at once (threads, parties, the timeline): at 100,000
/// messages some 1.5 GB even trimmed to what analysis reads (CaseAnalyzer::trimForAnalysis).
/// The caller streams the trimmed messages to the helper one by one as it reads them from the
/// case and gets back the stored form of the analysis (serializeCaseAnalysis(): lean messages,
/// the copies with their stored ids), which it keeps in the case and reads back like any stored
/// analysis. The helper runs under memory and CPU limits scaled to the case and opens no file;
/// its memory is the system's again when it ends. The analysis is the one CaseAnalyzer::analyze()
/// gives in this process (tst_caseanalyzer compares them byte for byte).
class CaseAnalysisProcess {
public:
    /// @p workerPath: the mailtriage-worker executable (ParseWorkerPool::findWorker()).
    explicit CaseAnalysisProcess(QString workerPath);
    ~CaseAnalysisProcess();
    CaseAnalysisProcess(const CaseAnalysisProcess&) = delete;
    CaseAnalysisProcess& operator=(const CaseAnalysisProcess&) = delete;

    /// Whether @p workerPath is a program that can be started.
    static bool available(const QString& workerPath);
    /// How many helpers this process has started (tests).
    static qint64 started();

    /// Starts the helper for about @p messages messages (its limits follow) with the analyst's
    /// verdicts @p overrides; @p cancel (kept) stops a wait for it.
    bool start(
        qsizetype messages, const ActorOverrides& overrides, QString* error, const std::atomic<bool>* cancel = nullptr);
    /// Sends one message, trimmed (CaseAnalyzer::trimForAnalysis()), with the stored id of its
    /// copy in the case and its place @p order in the case's stored order (the helper analyses the
    /// messages in that order, whatever order they arrive in, as CaseAnalyzer::analyze() here would
    /// be given them). Blocks while the helper is behind, so the pipe holds little.
    bool add(qint64 storedId, int order, const Message& message, QString* error);
    /// Ends the input and waits for the analysis; @p cancel stops the helper.
    bool finish(QByteArray* storedAnalysis, QString* error, const std::atomic<bool>* cancel = nullptr);

private:
    bool write(const QByteArray& payload, QString* error);
    QString failure();

    QString m_workerPath;
    std::unique_ptr<QProcess> m_process;
    const std::atomic<bool>* m_cancel = nullptr;
};

/// Helper side (`mailtriage-worker --case-analysis`): reads the messages on stdin, writes the
/// stored analysis on stdout. Returns the process exit code.
int runCaseAnalysisHelper();

} // namespace MailTriage
