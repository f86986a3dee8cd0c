// SPDX-License-Identifier: GPL-3.0-or-later
// The import pipeline: scenarios and the whole shared corpus through the worker processes,
// originals back byte for byte, duplicates, bad files recorded with their reason, re-import,
// cancel, progress.
#include "casestore.h"
#include "importer.h"
#include "mbox.h"
#include "messagereader.h"
#include "messagesource.h"
#include "serialization.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace MailTriage;

namespace {
const QString kShared = QStringLiteral(MAILTRIAGE_SHARED_DIR);
const QString kScenarios = kShared + QStringLiteral("/scenarios");
const QString kCorpus = kShared + QStringLiteral("/corpus");

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

std::unique_ptr<CaseStore> newCase(const QTemporaryDir& dir, const QString& name = QStringLiteral("t.mtcase"))
{
    StoreError e;
    auto s = CaseStore::create(dir.filePath(name), QStringLiteral("test"), &e);
    if (!s)
        qWarning("%s", qPrintable(e.message));
    return s;
}

// The originals a file holds as the importer must store them: the whole file, or each mbox message.
QList<QByteArray> expectedOriginals(const QString& path)
{
    const QByteArray bytes = readAll(path);
    if (MessageReader::detectFormat(QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 4096)), path)
        != MessageReader::Format::Mbox)
        return { bytes };
    QList<QByteArray> out;
    for (const Mbox::Range& r : Mbox::split(bytes, ParseLimits().maxMboxMessages))
        out << bytes.mid(r.offset, r.length);
    return out;
}

bool execSql(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    const bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// What case analysis and the views read of a message, as text: equal texts, equal readings.
QString digest(const Message& m)
{
    QStringList out { QString::fromLatin1(m.sha256), m.format, m.messageId, m.subject, m.from.address, m.from.name,
        m.date.toString(Qt::ISODateWithMs), m.inReplyTo, m.references.join(u' '), m.returnPath,
        QString::number(m.parts.size()), QString::number(m.received.size()), QString::number(m.source.size()),
        m.bodyText(), m.htmlBody(), m.auth.dmarc, m.defects.join(u'|') };
    for (const Mailbox& b : m.to + m.cc + m.replyTo)
        out << b.address;
    for (const Attachment& a : m.attachments)
        out << a.filename + QLatin1Char(' ') + QString::fromLatin1(a.sha256);
    for (const MimePart& p : m.parts)
        out << QString::fromLatin1(p.contentType) + QLatin1Char(' ') + p.extractedText.left(200);
    for (const Finding& f : m.findings)
        out << f.signal + QLatin1Char(' ') + QString::number(int(f.severity)) + QLatin1Char(' ')
                + QString::number(f.offset) + QLatin1Char(' ') + f.text.render(u"en");
    return out.join(QLatin1Char('\n'));
}

void verifyComplete(CaseStore& s)
{
    const IntegrityReport r = s.integrityCheck(true);
    QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
    for (const StoredMessage& m : s.messages().list())
        QCOMPARE(s.findings().forMessage(m.id, FindingRepository::Scope::Message).size(), m.findingCount);
}
} // namespace

class TestImporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scenariosThroughWorkers()
    {
        QTemporaryDir dir;
        auto s = newCase(dir);
        QVERIFY(s);
        QList<ReadError> errs;
        const QStringList files = MessageReader::expandPaths({ kScenarios }, &errs);
        Importer importer(*s);
        QList<ImportProgress> seen;
        importer.setProgressCallback([&](const ImportProgress& p) { seen << p; }, 0);
        const ImportSummary sum = importer.run({ kScenarios });
        QVERIFY2(sum.fatalError.isEmpty(), qPrintable(sum.fatalError));
        QVERIFY(!sum.storeError.isError());
        QCOMPARE(sum.filesTotal, files.size());
        QCOMPARE(sum.imported + sum.duplicates, qint64(files.size()));
        QCOMPARE(sum.imported, s->messages().count());
        QVERIFY(sum.errors.isEmpty());
        QVERIFY(!seen.isEmpty());
        QVERIFY(seen.last().finished);
        QCOMPARE(seen.last().filesDone, files.size());
        for (qsizetype i = 1; i < seen.size(); ++i) {
            QVERIFY(seen[i].filesDone >= seen[i - 1].filesDone);
            QVERIFY(seen[i].imported >= seen[i - 1].imported);
        }
        // The message analysis ran before storing: the fake mail carries its findings.
        const auto fake = s->messages().findBySha256(sha256Hex(readAll(
            kScenarios + QStringLiteral("/case-2019q3-1/mailbox-B/M08_inbox_2019-07-31_FAKE-revised-docs.eml"))));
        QVERIFY(fake);
        QVERIFY(fake->findingCount > 0);
        QStringList signals;
        for (const Finding& f : s->findings().forMessage(fake->id))
            signals << f.signal;
        QVERIFY2(signals.contains(QStringLiteral("spf_fail")), qPrintable(signals.join(QLatin1Char(','))));
        verifyComplete(*s);
        const QList<AuditEntry> log = s->audit().entries();
        QCOMPARE(log.at(log.size() - 2).action, QStringLiteral("import_started"));
        QCOMPARE(log.last().action, QStringLiteral("import"));

        // Again: nothing new, everything a duplicate (skipped before parsing).
        const ImportSummary again = Importer(*s).run({ kScenarios });
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates, qint64(files.size()));
        QCOMPARE(s->messages().count(), sum.imported);
        verifyComplete(*s);
    }

    void inProcessStoresTheSame()
    {
        QTemporaryDir dir;
        auto a = newCase(dir, QStringLiteral("a.mtcase"));
        auto b = newCase(dir, QStringLiteral("b.mtcase"));
        ImportOptions inProcess;
        inProcess.inProcess = true;
        const ImportSummary sa = Importer(*a).run({ kScenarios });
        const ImportSummary sb = Importer(*b, inProcess).run({ kScenarios });
        QCOMPARE(sa.imported, sb.imported);
        QCOMPARE(a->evidence().allSha256(), b->evidence().allSha256());
        QCOMPARE(
            a->findings().count(FindingRepository::Scope::All), b->findings().count(FindingRepository::Scope::All));
    }

    void badInputsAreRecorded()
    {
        QTemporaryDir dir;
        auto s = newCase(dir);
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(in + QStringLiteral("/sub")));
        const QByteArray good = readAll(kScenarios + QStringLiteral("/controls/03_japanese_iso2022jp.eml"));
        QVERIFY(writeFile(in + QStringLiteral("/good.eml"), good));
        QVERIFY(writeFile(in + QStringLiteral("/sub/copy-of-good.eml"), good)); // the same bytes twice
        QVERIFY(writeFile(in + QStringLiteral("/empty.eml"), {}));
        QVERIFY(writeFile(in + QStringLiteral("/huge.eml"), QByteArray(good.size() + 1000, 'x')));
        ImportOptions o;
        o.limits.maxFileBytes = good.size() + 100; // smaller than huge.eml
        Importer importer(*s, o);
        const ImportSummary sum = importer.run({ in, dir.filePath(QStringLiteral("missing.eml")) });
        QCOMPARE(sum.imported, 1);
        QCOMPARE(sum.duplicates, 1);
        QCOMPARE(sum.errors.size(), 3);
        QStringList files;
        for (const ReadError& e : sum.errors) {
            files << QFileInfo(e.file).fileName();
            QVERIFY(!e.reason.isEmpty());
        }
        files.sort();
        QCOMPARE(files,
            (QStringList { QStringLiteral("empty.eml"), QStringLiteral("huge.eml"), QStringLiteral("missing.eml") }));
        const QList<ImportErrorRecord> recorded = s->importErrors();
        QCOMPARE(recorded.size(), 3);
        for (const ImportErrorRecord& r : recorded)
            QVERIFY(!r.reason.isEmpty());
        verifyComplete(*s);
    }

    void mboxMessagesAreOriginalsOfTheirOwn()
    {
        QTemporaryDir dir;
        auto s = newCase(dir);
        QList<ReadError> errs;
        QString mbox;
        for (const QString& f : MessageReader::expandPaths({ kCorpus }, &errs)) {
            if (f.endsWith(QLatin1String(".mbox")) && expectedOriginals(f).size() > 3) {
                mbox = f;
                break;
            }
        }
        if (mbox.isEmpty())
            QSKIP("no mbox with several messages in the corpus");
        const QList<QByteArray> originals = expectedOriginals(mbox);
        QSet<QByteArray> unique;
        for (const QByteArray& o : originals)
            unique.insert(sha256Hex(o));
        // The mbox twice (second copy under another name): every message is a duplicate the 2nd time.
        const QString copy = dir.filePath(QStringLiteral("copy.mbox"));
        QVERIFY(QFile::copy(mbox, copy));
        const ImportSummary sum = Importer(*s).run({ mbox, copy });
        QVERIFY(sum.errors.isEmpty());
        QCOMPARE(sum.imported, qint64(unique.size()));
        QCOMPARE(sum.imported + sum.duplicates, qint64(originals.size()) * 2);
        for (const QByteArray& o : originals) {
            const QByteArray sha = sha256Hex(o);
            QCOMPARE(s->evidence().original(sha), std::optional<QByteArray>(o));
            const auto m = s->messages().findBySha256(sha);
            QVERIFY(m);
            QCOMPARE(m->format, QStringLiteral("mbox"));
        }
        verifyComplete(*s);
    }

    void cancelKeepsWhatWasStored()
    {
        QTemporaryDir dir;
        auto s = newCase(dir);
        std::atomic<bool> cancel { false };
        ImportOptions o;
        o.batchMessages = 20;
        Importer importer(*s, o);
        importer.setProgressCallback(
            [&](const ImportProgress& p) {
                if (p.imported > 0)
                    cancel = true;
            },
            0);
        const ImportSummary sum = importer.run({ kCorpus }, &cancel);
        QVERIFY(sum.cancelled);
        QList<ReadError> errs;
        const qsizetype total = MessageReader::expandPaths({ kCorpus }, &errs).size();
        QVERIFY2(sum.imported < total, qPrintable(QString::number(sum.imported)));
        QCOMPARE(s->messages().count(), sum.imported);
        verifyComplete(*s);
        // Importing again completes it.
        const ImportSummary rest = Importer(*s).run({ kCorpus });
        QVERIFY(!rest.cancelled);
        QCOMPARE(rest.duplicates >= sum.imported, true);
        verifyComplete(*s);
    }

    // Opening a case rebuilds each message from the reading cache written at import; the result
    // is the same as parsing and analysing the original again, which happens for entries of
    // another revision or damaged ones (each on its own).
    void readingCacheGivesWhatParsingAgainGives()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.mtcase"));
        {
            StoreError e;
            auto s = CaseStore::create(path, QStringLiteral("cache"), &e);
            QVERIFY2(s, qPrintable(e.message));
            const ImportSummary sum = Importer(*s).run({ kScenarios, kCorpus });
            QVERIFY(!sum.storeError.isError());
            QVERIFY(sum.imported > 900);
        }
        auto load = [&](int* fromCache) {
            StoreError e;
            auto s = CaseStore::open(path, CaseStore::OpenMode::ReadOnly, &e);
            if (!s)
                qFatal("%s", qPrintable(e.message));
            const MessageSource::Batch r = MessageSource::readAll(*s);
            *fromCache = r.fromCache;
            QList<QPair<QByteArray, QString>> out; // in the loader's order
            for (const Message& m : r.messages)
                out.append({ m.sha256, digest(m) });
            return out;
        };
        int fromCache = -1;
        const QList<QPair<QByteArray, QString>> cachedList = load(&fromCache);
        QCOMPARE(qsizetype(fromCache), cachedList.size());
        QVERIFY(cachedList.size() > 900);
        QHash<QByteArray, QString> cached;
        for (const auto& [sha, text] : cachedList)
            cached.insert(sha, text);

        // Half of the entries gone: cached and parsed messages together, in the same order.
        QVERIFY(execSql(path, "DELETE FROM message_readings WHERE message_id % 2 = 0"));
        const QList<QPair<QByteArray, QString>> mixed = load(&fromCache);
        QVERIFY(fromCache > 0 && fromCache < cachedList.size());
        QVERIFY2(mixed == cachedList, "cached and parsed messages mixed differ from all cached");

        // Another revision's cache is not used: everything is parsed and analysed again.
        QVERIFY(execSql(path, "UPDATE message_readings SET revision = 'an older MailTriage'"));
        const QList<QPair<QByteArray, QString>> parsedList = load(&fromCache);
        QCOMPARE(fromCache, 0);
        QVERIFY2(parsedList == cachedList, "parsing again gives another order or other messages");
        QHash<QByteArray, QString> parsed;
        for (const auto& [sha, text] : parsedList)
            parsed.insert(sha, text);
        QCOMPARE(parsed.size(), cached.size());
        int same = 0;
        for (auto it = parsed.begin(); it != parsed.end(); ++it) {
            QVERIFY2(cached.contains(it.key()), it.key().constData());
            if (cached.value(it.key()) != it.value()) {
                qWarning("cached:\n%s\nparsed:\n%s", qPrintable(cached.value(it.key()).left(3000)),
                    qPrintable(it.value().left(3000)));
                QFAIL("a cached reading differs from parsing the original again");
            }
            ++same;
        }
        qInfo("%d messages: the reading cache equals parsing again", same);

        // Damaged entries of the current revision (cut in half): those messages are read again.
        QVERIFY(execSql(path, "DELETE FROM message_readings"));
        const ReadResult one = MessageReader::readFile(
            kScenarios + QStringLiteral("/case-2019q3-1/mailbox-B/M08_inbox_2019-07-31_FAKE-revised-docs.eml"));
        QCOMPARE(one.messages.size(), 1);
        const QByteArray good = serializeReading(one.messages.first());
        Message back;
        QVERIFY(deserializeReading(good, one.messages.first().raw, &back));
        QCOMPARE(digest(back), digest(one.messages.first()));
        QVERIFY(!deserializeReading(good.left(good.size() / 2), one.messages.first().raw, &back));
        const QByteArray insert = "INSERT INTO message_readings(message_id, revision, data) SELECT id, '"
            + readingRevision() + "', x'" + good.left(good.size() / 2).toHex() + "' FROM messages LIMIT 3";
        QVERIFY(execSql(path, insert.constData()));
        const QList<QPair<QByteArray, QString>> damaged = load(&fromCache);
        QCOMPARE(fromCache, 0);
        QVERIFY(damaged == parsedList);
    }

    // Every message of the shared corpus: imported once, its original comes back byte for byte.
    void corpusRoundTrip()
    {
        QTemporaryDir dir;
        auto s = newCase(dir);
        const ImportSummary sum = Importer(*s).run({ kCorpus });
        QVERIFY2(sum.fatalError.isEmpty(), qPrintable(sum.fatalError));
        QVERIFY(!sum.storeError.isError());
        QSet<QString> failed;
        for (const ReadError& e : sum.errors) {
            failed.insert(e.file);
            qInfo("not imported: %s: %s", qPrintable(e.file), qPrintable(e.reason));
        }
        QList<ReadError> errs;
        const QStringList files = MessageReader::expandPaths({ kCorpus }, &errs);
        QSet<QByteArray> expected;
        int checked = 0;
        for (const QString& f : files) {
            if (failed.contains(f))
                continue;
            for (const QByteArray& original : expectedOriginals(f)) {
                const QByteArray sha = sha256Hex(original);
                expected.insert(sha);
                const std::optional<QByteArray> back = s->evidence().original(sha);
                QVERIFY2(back, qPrintable(f));
                QCOMPARE(sha256Hex(*back), sha);
                QVERIFY(*back == original);
                ++checked;
            }
        }
        qInfo("%d corpus messages round-tripped, %lld stored, %lld errors", checked, sum.imported,
            qint64(sum.errors.size()));
        QVERIFY(checked > 900);
        QCOMPARE(s->evidence().count(), qint64(expected.size()));
        QCOMPARE(sum.imported, qint64(expected.size()));
        verifyComplete(*s);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
