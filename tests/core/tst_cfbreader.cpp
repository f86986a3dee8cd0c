// SPDX-License-Identifier: GPL-3.0-or-later
#include "cfbreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QtEndian>

using namespace MailTriage;

namespace {

const QString kShared = QStringLiteral(MAILTRIAGE_SHARED_DIR) + QStringLiteral("/corpus/");
const QString kData = QStringLiteral(MAILTRIAGE_TESTDATA_DIR) + QStringLiteral("/msg/");

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// @brief Byte-level access to a compound file for building damaged copies.
struct Doc {
    QByteArray d;
    int ss = 512;

    explicit Doc(const QByteArray& data)
        : d(data)
    {
        ss = 1 << qFromLittleEndian<quint16>(d.constData() + 30);
    }
    quint32 u32(qint64 off) const { return qFromLittleEndian<quint32>(d.constData() + off); }
    void set32(qint64 off, quint32 v) { qToLittleEndian<quint32>(v, d.data() + off); }
    void set64(qint64 off, quint64 v) { qToLittleEndian<quint64>(v, d.data() + off); }
    qint64 sectorOffset(quint32 s) const { return (qint64(s) + 1) * ss; }
    qint64 fatOffset(quint32 s) const
    {
        const quint32 per = quint32(ss / 4);
        return sectorOffset(u32(76 + 4 * (s / per))) + 4 * (s % per);
    }
    quint32 fat(quint32 s) const { return u32(fatOffset(s)); }
    void setFat(quint32 s, quint32 v) { set32(fatOffset(s), v); }
    qint64 entryOffset(int idx) const
    {
        const int per = ss / 128;
        quint32 s = u32(48);
        for (int k = idx / per; k > 0; --k)
            s = fat(s);
        return sectorOffset(s) + qint64(idx % per) * 128;
    }
    quint32 entryStart(int idx) const { return u32(entryOffset(idx) + 116); }
};

int streamIndex(const CfbReader& r, int storage, const QString& name)
{
    return r.childNamed(storage, name);
}

} // namespace

class TestCfbReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void version4Sectors()
    {
        const QByteArray raw = readFile(kData + QStringLiteral("v4_sectors.msg"));
        QVERIFY(!raw.isEmpty());
        CfbReader r;
        QString error;
        QVERIFY2(r.open(raw, &error), qPrintable(error));
        QCOMPARE(r.majorVersion(), 4);
        QCOMPARE(r.sectorSize(), 4096);
        QVERIFY(r.warnings().isEmpty());
        QCOMPARE(r.entries()[0].type, CfbReader::EntryType::Root);

        // A small stream (mini stream).
        const int subject = streamIndex(r, 0, QStringLiteral("__substg1.0_0037001f")); // case-insensitive
        QVERIFY(subject > 0);
        QByteArray data;
        QVERIFY2(r.readStream(subject, &data, &error, 1 << 20), qPrintable(error));
        QCOMPARE(data.size(), qsizetype(30));
        QCOMPARE(QString::fromUtf16(reinterpret_cast<const char16_t*>(data.constData()), 14),
            QStringLiteral("Version 4 file"));

        // A large stream (regular sectors) inside a storage.
        const int att = r.childNamed(0, QStringLiteral("__attach_version1.0_#00000000"));
        QVERIFY(att > 0);
        QCOMPARE(r.entries()[att].type, CfbReader::EntryType::Storage);
        QCOMPARE(r.entries()[att].parent, 0);
        const int bin = r.childNamed(att, QStringLiteral("__substg1.0_37010102"));
        QVERIFY(bin > 0);
        QVERIFY2(r.readStream(bin, &data, &error, 1 << 20), qPrintable(error));
        QCOMPARE(data.size(), qsizetype(10000));
        for (int i = 0; i < data.size(); ++i) {
            if (quint8(data[i]) != (i * 7) % 251)
                QFAIL("payload differs");
        }
        // Per-call size limit.
        QVERIFY(!r.readStream(bin, &data, &error, 100));
        QVERIFY(data.isEmpty());
        // A storage is not a stream.
        QVERIFY(!r.readStream(att, &data, &error, 1 << 20));
    }

    void version3CorpusFile()
    {
        const QByteArray raw = readFile(kShared + QStringLiteral("kenjiuno-msgreader/Outer_mail.msg"));
        QVERIFY(!raw.isEmpty());
        CfbReader r;
        QString error;
        QVERIFY2(r.open(raw, &error), qPrintable(error));
        QCOMPARE(r.majorVersion(), 3);
        QCOMPARE(r.sectorSize(), 512);
        int streams = 0;
        int storages = 0;
        for (int i = 1; i < r.entries().size(); ++i) {
            const CfbReader::Entry& e = r.entries()[i];
            if (e.type == CfbReader::EntryType::Unused)
                continue;
            QVERIFY2(e.parent >= 0, qPrintable(e.name)); // every entry is reachable once
            QVERIFY(r.entries()[e.parent].children.contains(i));
            if (e.type == CfbReader::EntryType::Stream) {
                QByteArray d;
                QVERIFY2(r.readStream(i, &d, &error, 1 << 24), qPrintable(error));
                QCOMPARE(quint64(d.size()), e.size);
                ++streams;
            } else {
                ++storages;
            }
        }
        QVERIFY(streams > 50);
        QVERIFY(storages > 5);
        // Children come in directory order: recipient/attachment storages sort by number.
        QStringList names;
        for (const int k : r.entries()[0].children)
            names << r.entries()[k].name;
        QVERIFY(names.indexOf(QStringLiteral("__attach_version1.0_#00000000"))
            < names.indexOf(QStringLiteral("__attach_version1.0_#00000001")));
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        QTest::newRow("zeros") << QByteArray(4096, '\0');
        QTest::newRow("text") << QByteArray(2048, 'A');
        QByteArray header = readFile(kData + QStringLiteral("v4_sectors.msg")).left(512);
        QTest::newRow("header only") << header;
    }
    void garbage()
    {
        QFETCH(QByteArray, data);
        CfbReader r;
        QString error;
        QVERIFY(!r.open(data, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!r.isOpen());
    }

    void badHeaderFields()
    {
        const QByteArray raw = readFile(kData + QStringLiteral("v4_sectors.msg"));
        CfbReader r;
        QString error;
        {
            Doc d(raw);
            d.d[30] = 7; // sector shift 2^7
            QVERIFY(!r.open(d.d, &error));
        }
        {
            Doc d(raw);
            d.d[32] = 9; // mini sector shift
            QVERIFY(!r.open(d.d, &error));
        }
        {
            Doc d(raw);
            d.set32(44, 0xFFFFFFFFu); // FAT sector count
            QVERIFY(!r.open(d.d, &error));
            QVERIFY(error.contains(QStringLiteral("allocation table")));
        }
        {
            Doc d(raw);
            d.set32(44, 0); // no FAT at all
            QVERIFY(!r.open(d.d, &error));
        }
        {
            Doc d(raw);
            d.set32(76, 5000); // the FAT sector lies past the end
            QVERIFY(!r.open(d.d, &error));
        }
    }

    void truncated()
    {
        const QByteArray raw = readFile(kShared + QStringLiteral("kenjiuno-msgreader/Outer_mail.msg"));
        QVERIFY(raw.size() > 100000);
        QElapsedTimer t;
        t.start();
        // Cut anywhere before the last sector: the allocation table still uses sectors the file
        // no longer holds, or the structures themselves are gone.
        for (qsizetype len = 0; len < raw.size() - 512; len += 997) {
            CfbReader r;
            QString error;
            QVERIFY2(!r.open(raw.left(len), &error), qPrintable(QString::number(len)));
            QVERIFY(!error.isEmpty());
        }
        QVERIFY(t.elapsed() < 5000);
    }

    void cyclicDirectoryChain()
    {
        Doc d(readFile(kShared + QStringLiteral("kenjiuno-msgreader/Outer_mail.msg")));
        const quint32 dirStart = d.u32(48);
        d.setFat(dirStart, dirStart);
        QElapsedTimer t;
        t.start();
        CfbReader r;
        QString error;
        QVERIFY(!r.open(d.d, &error));
        QVERIFY2(error.contains(QStringLiteral("loops")), qPrintable(error));
        QVERIFY(t.elapsed() < 1000);
    }

    void cyclicAndOutOfRangeStreamChains()
    {
        const QByteArray raw = readFile(kData + QStringLiteral("v4_sectors.msg"));
        CfbReader clean;
        QString error;
        QVERIFY(clean.open(raw, &error));
        const int att = clean.childNamed(0, QStringLiteral("__attach_version1.0_#00000000"));
        const int bin = clean.childNamed(att, QStringLiteral("__substg1.0_37010102"));
        const int subject = clean.childNamed(0, QStringLiteral("__substg1.0_0037001F"));
        QVERIFY(bin > 0 && subject > 0);

        for (const quint32 next : { 0xFFFFFFFEu /*self, set below*/, 0x7FFFFFFFu, 0xFFFFFFFDu, 0xFFFFFFFFu }) {
            Doc d(raw);
            const quint32 start = d.entryStart(bin);
            d.setFat(start, next == 0xFFFFFFFEu ? start : next);
            CfbReader r;
            QVERIFY(r.open(d.d, &error));
            QByteArray out;
            QElapsedTimer t;
            t.start();
            QVERIFY(!r.readStream(bin, &out, &error));
            QVERIFY(out.isEmpty());
            QVERIFY(t.elapsed() < 1000);
        }
        // A mini FAT loop (in a stream of more than one mini sector).
        {
            const int props = clean.childNamed(0, QStringLiteral("__properties_version1.0"));
            QVERIFY(clean.entries()[props].size > 64 && clean.entries()[props].size < 4096);
            Doc d(raw);
            const quint32 miniStart = d.entryStart(props);
            const quint32 miniFat = d.u32(60);
            d.set32(d.sectorOffset(miniFat) + 4 * miniStart, miniStart);
            CfbReader r;
            QVERIFY(r.open(d.d, &error));
            QByteArray out;
            QVERIFY(!r.readStream(props, &out, &error));
            QVERIFY2(error.contains(QStringLiteral("loops")), qPrintable(error));
            QVERIFY(r.readStream(subject, &out, &error));
        }
    }

    void hugeDeclaredSizes()
    {
        const QByteArray raw = readFile(kData + QStringLiteral("v4_sectors.msg"));
        CfbReader clean;
        QString error;
        QVERIFY(clean.open(raw, &error));
        const int subject = clean.childNamed(0, QStringLiteral("__substg1.0_0037001F"));
        for (const quint64 size : { 0xFFFFFFFFFFFFFFFFull, 0x7FFFFFFFull, quint64(raw.size()) + 1 }) {
            Doc d(raw);
            d.set64(d.entryOffset(subject) + 120, size);
            CfbReader r;
            QVERIFY(r.open(d.d, &error));
            QByteArray out;
            QElapsedTimer t;
            t.start();
            QVERIFY(!r.readStream(subject, &out, &error, qint64(1) << 40));
            QVERIFY(t.elapsed() < 1000);
        }
        // The root entry (mini stream) declaring a huge size: small streams become unreadable.
        Doc d(raw);
        d.set64(d.entryOffset(0) + 120, 0xFFFFFFFFFFull);
        CfbReader r;
        QVERIFY(r.open(d.d, &error));
        QVERIFY(!r.warnings().isEmpty());
        QByteArray out;
        QVERIFY(!r.readStream(subject, &out, &error));
    }

    void directoryTreeCycles()
    {
        const QByteArray raw = readFile(kShared + QStringLiteral("kenjiuno-msgreader/msgInMsg.msg"));
        CfbReader clean;
        QString error;
        QVERIFY(clean.open(raw, &error));
        const int first = int(clean.entries()[0].child);
        QVERIFY(first > 0);
        // Left child pointing to itself, right child pointing to the root, a child pointer
        // pointing to an ancestor storage, and links to entries that do not exist.
        const QList<QPair<int, quint32>> edits
            = { { 68, quint32(first) }, { 72, 0u }, { 68, 0xFFFFFFF0u }, { 72, quint32(clean.entries().size() + 10) } };
        for (const auto& e : edits) {
            Doc d(raw);
            d.set32(d.entryOffset(first) + e.first, e.second);
            CfbReader r;
            QElapsedTimer t;
            t.start();
            QVERIFY(r.open(d.d, &error));
            QVERIFY(t.elapsed() < 1000);
            QVERIFY(!r.warnings().isEmpty());
        }
        // Every storage pointing its child at the first storage: each entry is still read once.
        Doc d(raw);
        for (int i = 1; i < clean.entries().size(); ++i) {
            if (clean.entries()[i].type == CfbReader::EntryType::Storage)
                d.set32(d.entryOffset(i) + 76, quint32(first));
        }
        CfbReader r;
        QVERIFY(r.open(d.d, &error));
        int listed = 0;
        for (const CfbReader::Entry& e : r.entries())
            listed += int(e.children.size());
        QVERIFY(listed < r.entries().size());
    }

    void difatLoop()
    {
        Doc d(readFile(kShared + QStringLiteral("kenjiuno-msgreader/Many_entities.msg")));
        QVERIFY(d.d.size() > 1000000);
        d.set32(44, 2000); // more FAT sectors than the header holds: the DIFAT chain is needed
        d.set32(68, 3); // DIFAT chain starts at sector 3 ...
        d.set32(72, 1);
        d.set32(d.sectorOffset(3) + d.ss - 4, 3); // ... and points back to itself
        QElapsedTimer t;
        t.start();
        CfbReader r;
        QString error;
        QVERIFY(!r.open(d.d, &error));
        QVERIFY(t.elapsed() < 1000);
    }

    void readBudget()
    {
        const QByteArray raw = readFile(kData + QStringLiteral("v4_sectors.msg"));
        CfbReader r;
        QString error;
        QVERIFY(r.open(raw, &error));
        QVERIFY(r.remainingBudget() >= raw.size());
        const int att = r.childNamed(0, QStringLiteral("__attach_version1.0_#00000000"));
        const int bin = r.childNamed(att, QStringLiteral("__substg1.0_37010102"));
        r.setReadBudget(25000);
        QByteArray out;
        QVERIFY(r.readStream(bin, &out, &error));
        QVERIFY(r.readStream(bin, &out, &error));
        QVERIFY(!r.readStream(bin, &out, &error));
        QVERIFY(error.contains(QStringLiteral("far more")));
    }
};

QTEST_GUILESS_MAIN(TestCfbReader)
#include "tst_cfbreader.moc"
