// SPDX-License-Identifier: GPL-3.0-or-later
// The anonymizer on the shared BEC scenarios and the demo case.
#include "anonymizer.h"
#include "casefixture.h"

#include <QTest>

using namespace MailTriage;

class TestAnonymizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dump_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("case-2019q3-1") << QStringLiteral("case-2019q3-1");
        QTest::newRow("case-2019q3-2") << QStringLiteral("case-2019q3-2");
        QTest::newRow("demo") << QStringLiteral("demo");
    }
    void dump()
    {
        QFETCH(QString, scenario);
        const CaseAnalysis a = TestFixture::analyzeFolder(scenario);
        const Anonymizer an(a);
        if (qEnvironmentVariableIsSet("DUMP_MAP")) {
            QTextStream(stdout) << an.map().toJson();
            for (const Indicator& i : an.indicators())
                QTextStream(stdout) << i.type << " | " << i.shown << " | " << i.role << " | " << i.fileName << "\n";
            for (const CaseMessage& cm : a.messages) {
                if (cm.actor == QLatin1String("attacker")) {
                    for (const HeaderField& h : cm.message.headers())
                        QTextStream(stdout) << an.text(QString::fromLatin1(h.name) + QStringLiteral(": ") + h.value) << "\n";
                    QTextStream(stdout) << an.text(cm.message.bodyText()) << "\n-----\n";
                    for (const Finding& f : cm.message.findings)
                        QTextStream(stdout) << f.signal << ": " << an.text(f.textEn) << "\n   " << an.text(f.textJa, ReportLanguage::Japanese) << "\n";
                }
            }
        }
        QVERIFY(!an.map().entries.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnonymizer)
#include "tst_anonymizer.moc"
