// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage-import-bench: generates N messages from the shared corpus and scenarios (each with
// its own X-Seq header and Message-ID) into a temporary folder, imports them into a new case the
// way `mailtriage-cli import` does (parsing in worker processes, analysis threads, one writer), and
// in the same run parses the same files with Python's email package for the baseline. Prints a
// Markdown table: messages/s, MB/s, peak RSS, and the ratio. bench/import_bench.sh drives it.
#include "casestore.h"
#include "importer.h"
#include "messageanalyzer.h"
#include "messagereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <sys/resource.h>

using namespace MailTriage;

namespace {
QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

qint64 peakRssKib(int who)
{
    struct rusage u;
    getrusage(who, &u);
    return u.ru_maxrss;
}

QString mib(qint64 kib)
{
    return QString::number(double(kib) / 1024.0, 'f', 0) + QStringLiteral(" MiB");
}

// Writes @p count messages below @p dir; returns their total size in bytes.
qint64 generate(const QString& dir, int count)
{
    QList<ReadError> errors;
    QList<QByteArray> sources;
    const QStringList files = MessageReader::expandPaths(
        { QStringLiteral(MAILTRIAGE_SHARED_DIR "/corpus"), QStringLiteral(MAILTRIAGE_SHARED_DIR "/scenarios") },
        &errors);
    for (const QString& f : files) {
        if (!f.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive))
            continue;
        QFile in(f);
        if (!in.open(QIODevice::ReadOnly) || in.size() == 0 || in.size() > (1 << 20))
            continue;
        const QByteArray b = in.readAll();
        if (!b.startsWith("From "))
            sources << b;
    }
    if (sources.isEmpty())
        return -1;
    static const QRegularExpression messageId(QStringLiteral("(?im)^Message-ID:[ \\t]*<([^>\\r\\n]*)>"));
    qint64 total = 0;
    for (int i = 0; i < count; ++i) {
        const QByteArray& src = sources[i % sources.size()];
        const QByteArray eol = src.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
        QByteArray data = "X-Seq: " + QByteArray::number(i) + eol + src;
        // A distinct Message-ID per copy, as real mailboxes would have.
        const QString head = QString::fromLatin1(data.left(qMin<qsizetype>(data.size(), 64 * 1024)));
        const QRegularExpressionMatch m = messageId.match(head);
        if (m.hasMatch())
            data.insert(m.capturedStart(1), "b" + QByteArray::number(i) + ".");
        const QString sub = QStringLiteral("%1/d%2").arg(dir).arg(i / 1000, 4, 10, QLatin1Char('0'));
        if (i % 1000 == 0)
            QDir().mkpath(sub);
        QFile f(QStringLiteral("%1/m%2.eml").arg(sub).arg(i, 7, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return -1;
        total += data.size();
    }
    return total;
}

qint64 folderBytes(const QString& dir, int* files)
{
    QList<ReadError> errors;
    qint64 total = 0;
    const QStringList list = MessageReader::expandPaths({ dir }, &errors);
    for (const QString& f : list)
        total += QFileInfo(f).size();
    *files = int(list.size());
    return total;
}

struct Row {
    QString what;
    qint64 messages = 0;
    double seconds = 0;
    qint64 bytes = 0;
    QString rss;
};

void printRow(const Row& r)
{
    const double s = qMax(r.seconds, 1e-9);
    out() << "| " << r.what << " | " << r.messages << " | " << QString::number(r.seconds, 'f', 2) << " | "
          << QString::number(double(r.messages) / s, 'f', 0) << " | "
          << QString::number(double(r.bytes) / (1 << 20) / s, 'f', 1) << " | " << r.rss << " |\n";
}
// Where the time goes: each stage alone on one thread, in this process, over the same files.
void printStages(const QString& dir, const QString& casePath)
{
    QList<ReadError> errors;
    const QStringList list = MessageReader::expandPaths({ dir }, &errors);
    QElapsedTimer t;
    t.start();
    QList<Message> messages;
    for (const QString& f : list)
        messages += MessageReader::readFile(f).messages;
    const double parse = double(t.nsecsElapsed()) / 1e9;
    t.restart();
    for (Message& m : messages)
        MessageAnalyzer::analyze(m);
    const double analyse = double(t.nsecsElapsed()) / 1e9;
    t.restart();
    QList<MessageRecord> records;
    for (const Message& m : std::as_const(messages))
        records << MessageRecord::fromMessage(m);
    const double prepare = double(t.nsecsElapsed()) / 1e9;
    messages.clear();
    StoreError e;
    std::unique_ptr<CaseStore> store = CaseStore::create(casePath, QStringLiteral("stages"), &e);
    if (!store)
        return;
    store->setDurability(CaseStore::Durability::Batch);
    t.restart();
    for (qsizetype i = 0; i < records.size(); i += 1000) {
        CaseTransaction tx(*store);
        bool ok = true;
        for (qsizetype j = i; j < qMin(records.size(), i + 1000) && ok; ++j)
            ok = store->messages().add(records[j]) != MessageRepository::AddResult::Failed;
        if (!ok) {
            QTextStream(stderr) << "storing failed: " << store->lastError().message << "\n";
            return; // the transaction rolls back: a failed add may have left a message half written
        }
        tx.commit();
    }
    const double write = double(t.nsecsElapsed()) / 1e9;
    const double n = qMax<double>(records.size(), 1);
    out() << "\n| stage (1 thread, in process) | seconds | messages/s | µs/message |\n|---|---:|---:|---:|\n";
    for (const auto& [name, secs] :
        { std::pair { "parse (MessageReader)", parse }, std::pair { "analyse (MessageAnalyzer)", analyse },
            std::pair { "prepare rows (search text, SHA-256, reading cache entry)", prepare },
            std::pair { "write (SQLite: original, row, findings, FTS5 trigram)", write } })
        out() << "| " << name << " | " << QString::number(secs, 'f', 2) << " | "
              << QString::number(n / qMax(secs, 1e-9), 'f', 0) << " | " << QString::number(secs * 1e6 / n, 'f', 0)
              << " |\n";
    out() << "\nSingle message, parse + analysis: **" << QString::number((parse + analyse) * 1e6 / n, 'f', 0)
          << " µs/message** (1 thread, in process).\n";
    out().flush();
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int count = 10000;
    QString dir;
    QString python = QStringLiteral("python3");
    bool runPython = true;
    bool parseOnly = true;
    bool stages = false;
    QString keepCase;
    ImportOptions options;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--messages"))
            count = args.value(++i).toInt();
        else if (a == QLatin1String("--dir"))
            dir = args.value(++i);
        else if (a == QLatin1String("--generate")) {
            // Only write the messages into a folder (for repeated runs with --dir).
            return generate(args.value(i + 1), count) < 0 ? 1 : 0;
        } else if (a == QLatin1String("--python"))
            python = args.value(++i);
        else if (a == QLatin1String("--no-python"))
            runPython = false;
        else if (a == QLatin1String("--no-parse-only"))
            parseOnly = false;
        else if (a == QLatin1String("--stages"))
            stages = true;
        else if (a == QLatin1String("--in-process"))
            options.inProcess = true;
        else if (a == QLatin1String("--workers"))
            options.parseWorkers = args.value(++i).toInt();
        else if (a == QLatin1String("--keep-case"))
            keepCase = args.value(++i); // the imported case is copied there (for the GUI benchmark)
        else {
            QTextStream(stderr)
                << "usage: mailtriage-import-bench [--messages N] [--generate FOLDER | --dir FOLDER] [--workers N] "
                   "[--in-process] [--python PYTHON] [--no-python] [--no-parse-only] [--stages] [--keep-case FILE]\n";
            return 2;
        }
    }
    QTemporaryDir tmp;
    if (dir.isEmpty()) {
        dir = tmp.filePath(QStringLiteral("mails"));
        QTextStream(stderr) << "generating " << count << " messages in " << dir << "\n";
        if (generate(dir, count) < 0) {
            QTextStream(stderr) << "could not generate the messages (is MAILTRIAGE_SHARED_DIR right?)\n";
            return 1;
        }
    }
    int files = 0;
    const qint64 bytes = folderBytes(dir, &files);

    QList<Row> rows;
    const QString casePath = tmp.filePath(QStringLiteral("bench.mtcase"));
    StoreError error;
    std::unique_ptr<CaseStore> store = CaseStore::create(casePath, QStringLiteral("bench"), &error);
    if (!store) {
        QTextStream(stderr) << error.message << "\n";
        return 1;
    }
    QTextStream(stderr) << "importing " << files << " files (" << bytes / (1 << 20) << " MiB)\n";
    Importer importer(*store, options);
    importer.setProgressCallback(
        [](const ImportProgress& p) {
            QTextStream(stderr) << "  " << p.filesDone << "/" << p.filesTotal << " files, "
                                << qRound(p.messagesPerSecond) << " messages/s\n";
        },
        5000);
    const qint64 rssBefore = peakRssKib(RUSAGE_SELF);
    QElapsedTimer t;
    t.start();
    const ImportSummary s = importer.run({ dir });
    const double importSeconds = double(t.nsecsElapsed()) / 1e9;
    const qint64 rssImport = peakRssKib(RUSAGE_SELF);
    const qint64 rssWorkers = peakRssKib(RUSAGE_CHILDREN);
    if (!s.fatalError.isEmpty() || s.storeError.isError()) {
        QTextStream(stderr) << "import failed: " << s.fatalError << s.storeError.message << "\n";
        return 1;
    }
    const qint64 caseBytes = QFileInfo(casePath).size() + QFileInfo(casePath + QStringLiteral("-wal")).size();
    store.reset();
    if (!keepCase.isEmpty()) {
        QFile::remove(keepCase);
        if (!QFile::copy(casePath, keepCase))
            QTextStream(stderr) << "could not copy the case to " << keepCase << "\n";
    }
    rows << Row { QStringLiteral("MailTriage import: parse (%1) + analyse + store + index")
                      .arg(options.inProcess ? QStringLiteral("in process") : QStringLiteral("worker processes")),
        s.imported + s.duplicates, importSeconds, s.bytesRead,
        QStringLiteral("%1 (workers %2)").arg(mib(rssImport), mib(rssWorkers)) };

    if (parseOnly) {
        // The parser alone on one thread, the same work Python's row does.
        QList<ReadError> errors;
        const QStringList list = MessageReader::expandPaths({ dir }, &errors);
        QElapsedTimer p;
        p.start();
        qint64 n = 0;
        for (const QString& f : list)
            n += MessageReader::readFile(f).messages.size();
        rows << Row { QStringLiteral("MailTriage parse only (1 thread, no analysis, no storage)"), n,
            double(p.nsecsElapsed()) / 1e9, bytes, QStringLiteral("-") };
    }

    {
        // The lower bound of any importer: read every file and find the end of its header block.
        QList<ReadError> errors;
        const QStringList list = MessageReader::expandPaths({ dir }, &errors);
        QElapsedTimer p;
        p.start();
        qint64 n = 0;
        qint64 headerBytes = 0;
        for (const QString& f : list) {
            QFile in(f);
            if (!in.open(QIODevice::ReadOnly))
                continue;
            const QByteArray b = in.readAll();
            qsizetype end = b.indexOf("\r\n\r\n");
            if (end < 0)
                end = b.indexOf("\n\n");
            headerBytes += end < 0 ? b.size() : end;
            ++n;
        }
        rows << Row { QStringLiteral("lower bound: read each file and find the blank line (1 thread)"), n,
            double(p.nsecsElapsed()) / 1e9, bytes, QStringLiteral("-") };
        if (headerBytes < 0)
            return 1; // keeps the scan from being optimised away
    }

    double pythonRate = 0;
    if (runPython) {
        QProcess py;
        py.start(python, { QStringLiteral(MAILTRIAGE_BENCH_DIR "/python_parse_baseline.py"), dir });
        if (!py.waitForFinished(-1) || py.exitCode() != 0) {
            QTextStream(stderr) << "the Python baseline failed: " << QString::fromUtf8(py.readAllStandardError())
                                << "\n";
        } else {
            const QJsonObject j = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
            Row r { QStringLiteral("Python email.message_from_bytes(policy=default), parse only, 1 process"),
                j.value(QLatin1String("messages")).toInteger(), j.value(QLatin1String("seconds")).toDouble(),
                j.value(QLatin1String("bytes")).toInteger(), mib(j.value(QLatin1String("peak_rss_kib")).toInteger()) };
            pythonRate = double(r.messages) / qMax(r.seconds, 1e-9);
            rows << r;
        }
    }

    out() << "\n| run | messages | seconds | messages/s | MB/s | peak RSS |\n|---|---:|---:|---:|---:|---|\n";
    for (const Row& r : rows)
        printRow(r);
    const double importRate = double(s.imported + s.duplicates) / qMax(importSeconds, 1e-9);
    out() << "\n";
    if (pythonRate > 0)
        out() << "Full import vs Python parse-only: **" << QString::number(importRate / pythonRate, 'f', 1)
              << "x** (target >= 10x). Python parse only: " << QString::number(1e6 / pythonRate, 'f', 0)
              << " µs/message.\n";
    out() << "Imported " << s.imported << ", duplicates " << s.duplicates << ", errors " << s.errors.size()
          << "; case file " << caseBytes / (1 << 20) << " MiB for " << bytes / (1 << 20) << " MiB of mail; "
          << QThread::idealThreadCount() << " cores; importer peak RSS grew by " << mib(rssImport - rssBefore)
          << " during the import.\n";
    out().flush();
    if (stages)
        printStages(dir, tmp.filePath(QStringLiteral("stages.mtcase")));
    return 0;
}
