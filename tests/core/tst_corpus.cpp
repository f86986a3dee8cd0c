// SPDX-License-Identifier: GPL-3.0-or-later
// Every file of ../shared/corpus and ../shared/scenarios is read in this process (so that
// the asan build sees every byte): no crash, no hang, sane output.
#include "messagereader.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTest>

using namespace MailTriage;

class TestCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsEveryFile_data()
    {
        QTest::addColumn<QString>("file");
        QStringList roots { QStringLiteral(MAILTRIAGE_SHARED_DIR "/corpus"),
            QStringLiteral(MAILTRIAGE_SHARED_DIR "/scenarios") };
        QList<ReadError> errors;
        const QStringList files = MessageReader::expandPaths(roots, &errors);
        QVERIFY(errors.isEmpty());
        QVERIFY2(files.size() > 900, "the shared corpus is missing");
        for (const QString& f : files)
            QTest::newRow(qPrintable(f.section(QLatin1Char('/'), -2))) << f;
    }
    void readsEveryFile()
    {
        QFETCH(QString, file);
        QElapsedTimer t;
        t.start();
        const ReadResult r = MessageReader::readFile(file);
        QVERIFY2(t.elapsed() < 10000, "one file must not take 10 s");
        QVERIFY(!r.messages.isEmpty() || !r.errors.isEmpty());
        for (const Message& m : r.messages) {
            QCOMPARE(m.sha256.size(), 64);
            QVERIFY(!m.parts.isEmpty());
            for (const HeaderField& h : m.headers()) {
                if (h.offset >= 0) {
                    QVERIFY(h.offset + h.length <= m.source.size());
                    QVERIFY(m.source.mid(h.offset, h.name.size()) == h.name);
                }
            }
            for (const MimePart& p : m.parts) {
                if (p.bodyOffset >= 0)
                    QVERIFY(p.bodyOffset + p.bodyLength <= m.source.size());
            }
            for (const Attachment& a : m.attachments)
                QVERIFY(a.sha256.size() == 64 || a.byReference);
        }
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
