// SPDX-License-Identifier: GPL-3.0-or-later
#include "parseworkerpool.h"

#include "serialization.h"
#include "workerpipe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QThread>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <unistd.h>
#include <vector>

namespace MailTriage {

namespace {
    std::atomic<qint64> g_workersStarted { 0 };
} // namespace

qint64 ParseWorkerPool::workersStarted()
{
    return g_workersStarted.load();
}

namespace {
    using WorkerPipe::frame;

    class Worker {
    public:
        explicit Worker(const ParseWorkerPool::Options& o)
            : m_options(o)
        {
        }
        ~Worker() { stop(); }

        bool start(QString* error)
        {
            m_process = std::make_unique<QProcess>();
            m_process->setProgram(m_options.workerPath);
            m_process->setArguments(
                { QStringLiteral("--max-file-bytes"), QString::number(m_options.limits.maxFileBytes),
                    QStringLiteral("--max-message-bytes"), QString::number(m_options.limits.maxMessageBytes) });
            m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            WorkerPipe::setLimits(
                *m_process, m_options.memoryLimitBytes, m_options.cpuSeconds, m_options.stackLimitBytes);
            m_process->start(QIODevice::ReadWrite);
            g_workersStarted.fetch_add(1);
            if (!m_process->waitForStarted(10000)) {
                *error = QStringLiteral("the parser process %1 could not be started: %2")
                             .arg(m_options.workerPath, m_process->errorString());
                m_process.reset();
                return false;
            }
            return true;
        }

        void stop()
        {
            if (!m_process)
                return;
            m_process->closeWriteChannel();
            if (!m_process->waitForFinished(2000)) {
                m_process->kill();
                m_process->waitForFinished(2000);
            }
            m_process.reset();
        }

        // One request; returns false with @p error set when the worker failed on it.
        bool parse(const QString& path, const QByteArray& bytes, ReadResult* result, QString* error)
        {
            QByteArray payload = path.toUtf8();
            payload.append('\0');
            payload.append(bytes);
            m_process->write(frame(payload));
            QElapsedTimer timer;
            timer.start();
            QByteArray reply;
            quint64 expected = 0;
            bool haveLength = false;
            while (true) {
                if (m_process->bytesToWrite() > 0)
                    m_process->waitForBytesWritten(50);
                if (m_process->bytesAvailable() == 0) {
                    const int left = int(m_options.timeoutMs - timer.elapsed());
                    if (left <= 0) {
                        *error = QStringLiteral("could not be parsed safely: parsing took longer than %1 s")
                                     .arg(m_options.timeoutMs / 1000.0);
                        kill();
                        return false;
                    }
                    if (m_process->state() != QProcess::Running) {
                        *error = describeExit();
                        m_process.reset();
                        return false;
                    }
                    m_process->waitForReadyRead(qMin(left, 100));
                    if (m_process->state() != QProcess::Running && m_process->bytesAvailable() == 0) {
                        *error = describeExit();
                        m_process.reset();
                        return false;
                    }
                    continue;
                }
                reply += m_process->readAll();
                if (!haveLength && WorkerPipe::frameLength(reply, &expected)) {
                    haveLength = true;
                    if (expected > quint64(4) << 30) {
                        *error = QStringLiteral("could not be parsed safely: the parser process answered nonsense");
                        kill();
                        return false;
                    }
                }
                if (haveLength && quint64(reply.size()) >= expected + 8)
                    break;
            }
            if (!deserializeReadResult(reply.mid(8, qsizetype(expected)), result)) {
                *error = QStringLiteral("could not be parsed safely: the parser process answered nonsense");
                kill();
                return false;
            }
            return true;
        }

        bool alive() const { return m_process && m_process->state() == QProcess::Running; }

    private:
        void kill()
        {
            if (!m_process)
                return;
            m_process->kill();
            m_process->waitForFinished(2000);
            m_process.reset();
        }

        QString describeExit()
        {
            m_process->waitForFinished(1000);
            if (m_process->exitStatus() == QProcess::CrashExit) {
                return QStringLiteral("could not be parsed safely: the parser process crashed (%1)")
                    .arg(m_process->error() == QProcess::Crashed
                            ? QStringLiteral("killed by a signal, e.g. a memory or CPU limit")
                            : m_process->errorString());
            }
            return QStringLiteral("could not be parsed safely: the parser process stopped (exit code %1)")
                .arg(m_process->exitCode());
        }

        ParseWorkerPool::Options m_options;
        std::unique_ptr<QProcess> m_process;
    };

    QString sizeText(qint64 bytes)
    {
        return QStringLiteral("%1 MiB").arg(double(bytes) / (1 << 20), 0, 'f', 1);
    }
} // namespace

ParseWorkerPool::ParseWorkerPool()
    : ParseWorkerPool(Options())
{
}

ParseWorkerPool::ParseWorkerPool(Options options)
    : m_options(std::move(options))
{
    if (m_options.workerPath.isEmpty())
        m_options.workerPath = findWorker();
    if (m_options.workers <= 0)
        m_options.workers = qMax(1, QThread::idealThreadCount());
}

QString ParseWorkerPool::findWorker()
{
    const QString env = qEnvironmentVariable("MAILTRIAGE_WORKER");
    if (!env.isEmpty() && QFileInfo(env).isExecutable())
        return env;
    const QString dir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    const QStringList candidates { dir + QStringLiteral("/mailtriage-worker"),
        dir + QStringLiteral("/../libexec/mailtriage/mailtriage-worker"),
        dir + QStringLiteral("/../lib/mailtriage/mailtriage-worker") };
    for (const QString& c : candidates) {
        if (QFileInfo(c).isExecutable())
            return QFileInfo(c).canonicalFilePath();
    }
    return {};
}

bool ParseWorkerPool::run(const QStringList& paths, const ResultCallback& onResult, const std::atomic<bool>* cancel)
{
    const qint64 maxFile = m_options.limits.maxFileBytes;
    return runInputs(
        int(paths.size()),
        [&paths, maxFile](int i, QString* name, QByteArray* bytes, QString* error) {
            const QString& path = paths[i];
            *name = path;
            QFile f(path);
            const QFileInfo info(path);
            if (info.isDir()) {
                *error = QStringLiteral("is a folder");
                return false;
            }
            if (info.size() > maxFile) {
                *error = QStringLiteral("the file is %1, larger than the %2 limit")
                             .arg(sizeText(info.size()), sizeText(maxFile));
                return false;
            }
            if (!f.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("cannot be opened: %1").arg(f.errorString());
                return false;
            }
            *bytes = f.readAll();
            return true;
        },
        onResult, cancel);
}

bool ParseWorkerPool::runInputs(
    int count, const InputProvider& input, const ResultCallback& onResult, const std::atomic<bool>* cancel)
{
    if (m_options.workerPath.isEmpty() || !QFileInfo(m_options.workerPath).isExecutable()) {
        m_lastError = QStringLiteral("the parser process (mailtriage-worker) was not found; set MAILTRIAGE_WORKER");
        return false;
    }
    std::atomic<int> next { 0 };
    std::atomic<bool> fatal { false };
    QMutex callbackMutex;
    QMutex errorMutex;
    QMutex inputMutex;
    const int n = count;
    const int threads = qMin(m_options.workers, qMax(1, n));

    auto loop = [&]() {
        Worker worker(m_options);
        while (!fatal.load()) {
            if (cancel && cancel->load())
                return;
            const int i = next.fetch_add(1);
            if (i >= n)
                return;
            ReadResult result;
            QString name;
            QByteArray bytes;
            QString inputError;
            bool haveInput;
            {
                QMutexLocker lock(&inputMutex); // providers need not be thread-safe
                haveInput = input(i, &name, &bytes, &inputError);
            }
            if (!haveInput) {
                result.errors.append({ name, inputError });
            } else {
                QString error;
                if (!worker.alive() && !worker.start(&error)) {
                    QMutexLocker lock(&errorMutex);
                    m_lastError = error;
                    fatal = true;
                    return;
                }
                if (!worker.parse(name, bytes, &result, &error)) {
                    result = ReadResult();
                    result.errors.append({ name, error });
                } else {
                    // The worker sends back what it read; the evidence bytes are ours.
                    for (Message& m : result.messages) {
                        if (m.format != QLatin1String("mbox")) {
                            const bool sourceIsRaw = m.source == m.raw;
                            m.raw = bytes;
                            if (sourceIsRaw)
                                m.source = bytes;
                        }
                    }
                }
            }
            QMutexLocker lock(&callbackMutex);
            onResult(i, name, std::move(result));
        }
    };

    std::vector<std::thread> pool;
    pool.reserve(size_t(threads));
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(loop);
    for (std::thread& t : pool)
        t.join();
    return !fatal.load();
}

namespace {
    // Test hook: MAILTRIAGE_WORKER_FAULT="crash:NAME" or "hang:NAME" makes the worker crash or
    // hang on files whose name contains NAME, so the tests can prove the pool survives both.
    void injectFault(const QString& name)
    {
        static const QString fault = qEnvironmentVariable("MAILTRIAGE_WORKER_FAULT");
        if (fault.isEmpty())
            return;
        const qsizetype colon = fault.indexOf(QLatin1Char(':'));
        if (colon < 0 || !name.contains(fault.mid(colon + 1)))
            return;
        if (fault.startsWith(QLatin1String("crash:")))
            std::abort();
        if (fault.startsWith(QLatin1String("hang:"))) {
            volatile bool forever = true;
            while (forever) { }
        }
    }
} // namespace

int runParseWorker(int argc, char** argv)
{
    // Requests on stdin, replies on stdout; nothing else is written to stdout.
    ParseLimits limits;
    for (int i = 1; i + 1 < argc; i += 2) {
        const QByteArray key(argv[i]);
        const qint64 value = QByteArray(argv[i + 1]).toLongLong();
        if (value <= 0)
            continue;
        if (key == "--max-file-bytes")
            limits.maxFileBytes = value;
        else if (key == "--max-message-bytes")
            limits.maxMessageBytes = value;
    }
    while (true) {
        QByteArray payload;
        bool eof = false;
        if (!WorkerPipe::readFrame(STDIN_FILENO, quint64(limits.maxFileBytes) + 4096, &payload, &eof))
            return eof ? 0 : 3; // EOF: the program closed the pipe
        const qsizetype nul = payload.indexOf('\0');
        const QString name = QString::fromUtf8(payload.left(qMax<qsizetype>(nul, 0)));
        const QByteArray bytes = nul >= 0 ? payload.mid(nul + 1) : QByteArray();
        payload.clear();
        injectFault(name);
        const ReadResult r = MessageReader::readBytes(bytes, name, limits);
        if (!WorkerPipe::writeAll(STDOUT_FILENO, frame(serializeReadResult(r))))
            return 5;
    }
}

} // namespace MailTriage
