// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseanalysisprocess.h"

#include "caseanalyzer.h"
#include "serialization.h"
#include "workerpipe.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QtEndian>
#include <algorithm>
#include <unistd.h>

namespace MailTriage {

namespace {
    std::atomic<qint64> g_started { 0 };

    constexpr quint32 kHelperMagic = 0x4D544348; // "MTCH"
    // A trimmed message serialized is a few KB; deserializeReading() unpacks at most 128 MiB, so a
    // larger frame could not be read anyway (the program then analyses the case itself).
    constexpr quint64 kMaxMessageFrame = (quint64(128) << 20) + 12;
    // The input the pipe may hold before add() waits for the helper.
    constexpr qint64 kMaxPending = qint64(4) << 20;

    QByteArray header(qsizetype messages, const ActorOverrides& overrides)
    {
        QByteArray out;
        QDataStream s(&out, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_4);
        s << kHelperMagic << caseAnalysisRevision() << readingRevision() << qint64(messages) << overrides;
        return out;
    }
} // namespace

CaseAnalysisProcess::CaseAnalysisProcess(QString workerPath)
    : m_workerPath(std::move(workerPath))
{
}

CaseAnalysisProcess::~CaseAnalysisProcess()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

bool CaseAnalysisProcess::available(const QString& workerPath)
{
    return !workerPath.isEmpty() && QFileInfo(workerPath).isExecutable();
}

qint64 CaseAnalysisProcess::started()
{
    return g_started.load();
}

bool CaseAnalysisProcess::start(
    qsizetype messages, const ActorOverrides& overrides, QString* error, const std::atomic<bool>* cancel)
{
    m_cancel = cancel;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_workerPath);
    m_process->setArguments({ QStringLiteral("--case-analysis") });
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Measured: ~19 KB per trimmed message and its analysis at 100,000 messages; the limit leaves
    // room for three times that, and for the allocator's 64 MiB heap steps.
    const qint64 memory = (qint64(2) << 30) + qint64(messages) * 64 * 1024;
    const int cpu = int(qMin<qint64>(120 + messages / 50, 24 * 3600));
    WorkerPipe::setLimits(*m_process, memory, cpu, qint64(64) << 20);
    m_process->start(QIODevice::ReadWrite);
    g_started.fetch_add(1);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("the analysis process %1 could not be started: %2")
                     .arg(m_workerPath, m_process->errorString());
        m_process.reset();
        return false;
    }
    return write(header(messages, overrides), error);
}

bool CaseAnalysisProcess::add(qint64 storedId, int order, const Message& message, QString* error)
{
    QByteArray payload(12, Qt::Uninitialized);
    qToLittleEndian<qint64>(storedId, payload.data());
    qToLittleEndian<qint32>(order, payload.data() + 8);
    payload += serializeReading(message);
    return write(payload, error);
}

bool CaseAnalysisProcess::write(const QByteArray& payload, QString* error)
{
    if (!m_process || m_process->state() != QProcess::Running) {
        *error = m_process ? failure() : QStringLiteral("the analysis process is not running");
        return false;
    }
    m_process->write(WorkerPipe::frame(payload));
    while (m_process->bytesToWrite() > kMaxPending) {
        if (m_cancel && m_cancel->load()) {
            *error = QStringLiteral("cancelled");
            return false;
        }
        if (!m_process->waitForBytesWritten(200) && m_process->state() != QProcess::Running) {
            *error = failure();
            return false;
        }
    }
    return true;
}

bool CaseAnalysisProcess::finish(QByteArray* storedAnalysis, QString* error, const std::atomic<bool>* cancel)
{
    if (!write(QByteArray(), error)) // the empty frame ends the input
        return false;
    QByteArray reply;
    quint64 expected = 0;
    bool haveLength = false;
    while (true) {
        if (cancel && cancel->load()) {
            m_process->kill();
            m_process->waitForFinished(2000);
            m_process.reset();
            *error = QStringLiteral("cancelled");
            return false;
        }
        if (m_process->bytesToWrite() > 0)
            m_process->waitForBytesWritten(50);
        if (m_process->bytesAvailable() == 0) {
            if (m_process->state() != QProcess::Running) {
                *error = failure();
                return false;
            }
            m_process->waitForReadyRead(100);
            continue;
        }
        reply += m_process->readAll();
        if (!haveLength && WorkerPipe::frameLength(reply, &expected)) {
            haveLength = true;
            if (expected > quint64(4) << 30) {
                *error = QStringLiteral("the analysis process answered nonsense");
                return false;
            }
            reply.reserve(qsizetype(expected + 8));
        }
        if (haveLength && quint64(reply.size()) >= expected + 8)
            break;
    }
    reply.remove(0, 8);
    reply.truncate(qsizetype(expected));
    *storedAnalysis = std::move(reply);
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(10000))
        m_process->kill();
    m_process.reset();
    return true;
}

QString CaseAnalysisProcess::failure()
{
    m_process->waitForFinished(1000);
    QString what;
    if (m_process->exitStatus() == QProcess::CrashExit) {
        what = m_process->error() == QProcess::Crashed
            ? QStringLiteral("the analysis process was stopped (killed by a signal, e.g. its memory or CPU limit)")
            : QStringLiteral("the analysis process failed: %1").arg(m_process->errorString());
    } else {
        what = QStringLiteral("the analysis process stopped (exit code %1)").arg(m_process->exitCode());
    }
    m_process.reset();
    return what;
}

int runCaseAnalysisHelper()
{
    QByteArray payload;
    if (!WorkerPipe::readFrame(STDIN_FILENO, 64 << 20, &payload))
        return 3;
    quint32 magic = 0;
    QByteArray analysisRevision, reading;
    qint64 expected = 0;
    ActorOverrides overrides;
    {
        QDataStream s(payload);
        s.setVersion(QDataStream::Qt_6_4);
        s >> magic >> analysisRevision >> reading >> expected >> overrides;
        // The program and its helper must be the same build: the same readings, the same analysis.
        if (s.status() != QDataStream::Ok || magic != kHelperMagic || analysisRevision != caseAnalysisRevision()
            || reading != readingRevision())
            return 6;
    }
    QList<std::pair<int, Message>> received;
    received.reserve(qsizetype(std::clamp<qint64>(expected, 0, 10000000)));
    QHash<QByteArray, qint64> idOfSha;
    while (true) {
        if (!WorkerPipe::readFrame(STDIN_FILENO, kMaxMessageFrame, &payload))
            return 4;
        if (payload.isEmpty())
            break;
        if (payload.size() < 12)
            return 7;
        const qint64 id = qFromLittleEndian<qint64>(payload.constData());
        const qint32 order = qFromLittleEndian<qint32>(payload.constData() + 8);
        Message m;
        if (!deserializeReading(QByteArray::fromRawData(payload.constData() + 12, payload.size() - 12), {}, &m))
            return 7;
        idOfSha.insert(m.sha256, id);
        received.append({ order, std::move(m) });
    }
    // In the case's stored order, as the program would analyse them itself.
    std::stable_sort(received.begin(), received.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<Message> messages;
    messages.reserve(received.size());
    for (auto& [order, m] : received)
        messages.append(std::move(m));
    received = {};
    payload = QByteArray();
    CaseAnalysis analysis = CaseAnalyzer::analyze(messages, overrides);
    messages = QList<Message>();
    CaseAnalyzer::assignStoredIds(analysis, idOfSha);
    for (CaseMessage& cm : analysis.messages)
        makeLean(cm.message);
    return WorkerPipe::writeAll(STDOUT_FILENO, WorkerPipe::frame(serializeCaseAnalysis(analysis))) ? 0 : 5;
}

} // namespace MailTriage
