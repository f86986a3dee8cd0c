// SPDX-License-Identifier: GPL-3.0-or-later
// The guard of the shared test data: a test that needs ../shared skips without it on a developer's
// machine, and fails under MAILTRIAGE_REQUIRE_SHARED=1 (CI), so a CI run can never pass by
// skipping. Proven by running this program's own probe as a child, both ways.

#include "testsupport.h"

#include <QProcess>
#include <QtTest>

using namespace MailTriage;

class TestTestSupport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void missingSharedDataSkipsOrFails_data()
    {
        QTest::addColumn<QString>("required");
        QTest::addColumn<bool>("passes");
        QTest::addColumn<QString>("says");
        QTest::newRow("developer") << QStringLiteral("0") << true << QStringLiteral("SKIP");
        QTest::newRow("ci") << QStringLiteral("1") << false << QStringLiteral("FAIL!");
    }

    void missingSharedDataSkipsOrFails()
    {
        QFETCH(QString, required);
        QFETCH(bool, passes);
        QFETCH(QString, says);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MAILTRIAGE_REQUIRE_SHARED"), required);
        env.insert(QStringLiteral("MAILTRIAGE_TESTSUPPORT_PROBE"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(), { QStringLiteral("probeMissingSharedData") });
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode() == 0, passes);
        QVERIFY2(out.contains(says), qPrintable(out));
    }

    void sharedDataIsThere()
    {
        // The real thing: the shared guides every test reads beside the project.
        MAILTRIAGE_NEED_SHARED(TestSupport::shared(QStringLiteral("scenarios")));
        MAILTRIAGE_NEED_SHARED(TestSupport::shared(QStringLiteral("corpus")));
        QVERIFY(QFileInfo(TestSupport::demoDir()).isDir());
    }

    // Run only as the child of missingSharedDataSkipsOrFails().
    void probeMissingSharedData()
    {
        if (qEnvironmentVariable("MAILTRIAGE_TESTSUPPORT_PROBE") != QLatin1String("1"))
            return;
        MAILTRIAGE_NEED_SHARED(TestSupport::shared(QStringLiteral("no-such-folder-for-the-probe")));
        QFAIL("the guard let a missing path through");
    }
};

QTEST_GUILESS_MAIN(TestTestSupport)
#include "tst_testsupport.moc"
