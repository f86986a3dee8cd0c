// SPDX-License-Identifier: GPL-3.0-or-later
// Every fuzz target's entry point (tests/fuzz/*.cpp, compiled here under another name) replayed
// in the ordinary build and in the ASan/UBSan pass over
//  - tests/data/fuzz/common/: hand-made hostile inputs (make_inputs.py), given to every target;
//  - tests/data/fuzz/TARGET/: inputs a fuzzer found crashing or hanging that target (regressions).
// An input passes when the entry point returns (a crash fails the test, ASan reports memory
// errors) within a generous bound that only a hang exceeds.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <cstdint>

#define MAILTRIAGE_FUZZ_ENTRY(name) extern "C" int mailtriage_fuzz_##name(const uint8_t* data, size_t size);
MAILTRIAGE_FUZZ_ENTRY(eml)
MAILTRIAGE_FUZZ_ENTRY(headers)
MAILTRIAGE_FUZZ_ENTRY(rfc2231)
MAILTRIAGE_FUZZ_ENTRY(addresses)
MAILTRIAGE_FUZZ_ENTRY(dates)
MAILTRIAGE_FUZZ_ENTRY(received)
MAILTRIAGE_FUZZ_ENTRY(authresults)
MAILTRIAGE_FUZZ_ENTRY(mbox)
MAILTRIAGE_FUZZ_ENTRY(cfb)
MAILTRIAGE_FUZZ_ENTRY(lzfu)
MAILTRIAGE_FUZZ_ENTRY(html)
MAILTRIAGE_FUZZ_ENTRY(anonymizer)
MAILTRIAGE_FUZZ_ENTRY(stored)

namespace {
using Entry = int (*)(const uint8_t*, size_t);
struct Target {
    const char* name;
    Entry entry;
};
const Target kTargets[] = { { "eml", mailtriage_fuzz_eml }, { "headers", mailtriage_fuzz_headers },
    { "rfc2231", mailtriage_fuzz_rfc2231 }, { "addresses", mailtriage_fuzz_addresses },
    { "dates", mailtriage_fuzz_dates }, { "received", mailtriage_fuzz_received },
    { "authresults", mailtriage_fuzz_authresults }, { "mbox", mailtriage_fuzz_mbox }, { "cfb", mailtriage_fuzz_cfb },
    { "lzfu", mailtriage_fuzz_lzfu }, { "html", mailtriage_fuzz_html }, { "anonymizer", mailtriage_fuzz_anonymizer },
    { "stored", mailtriage_fuzz_stored } };

// Far above any input's time in a Debug or sanitizer build; only a hang gets there.
constexpr qint64 kHangMs = 60000;

QStringList filesIn(const QString& dir)
{
    QStringList out;
    for (const QFileInfo& fi : QDir(dir).entryInfoList(QDir::Files, QDir::Name))
        if (!fi.fileName().endsWith(QLatin1String(".py")) && !fi.fileName().endsWith(QLatin1String(".md")))
            out << fi.filePath();
    return out;
}
} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("file");
        const QString root = QStringLiteral(MAILTRIAGE_TESTDATA_DIR "/fuzz");
        const QStringList common = filesIn(root + QStringLiteral("/common"));
        QVERIFY2(common.size() >= 10, "the hand-made inputs are missing");
        for (int t = 0; t < int(std::size(kTargets)); ++t) {
            const QString name = QString::fromLatin1(kTargets[t].name);
            for (const QString& f : common + filesIn(root + QLatin1Char('/') + name))
                QTest::newRow(qPrintable(name + QLatin1Char(':') + QFileInfo(f).fileName())) << t << f;
        }
    }

    void replay()
    {
        QFETCH(int, target);
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QElapsedTimer t;
        t.start();
        QCOMPARE(kTargets[target].entry(reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size())), 0);
        QVERIFY2(t.elapsed() < kHangMs, qPrintable(QStringLiteral("took %1 ms").arg(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
