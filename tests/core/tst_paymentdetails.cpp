// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentdetails.h"

#include <QTest>

using namespace MailTriage;

class TestPaymentDetails : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void labelledLines()
    {
        const auto d = PaymentDetails::extract(
            QStringLiteral(
                "Please remit the amount to our account:\n\n  Bank:        Kazamidori Bank, Ltd., Nagoya Ekimae "
                "Branch\n"
                "  Account No.: 3907715 (foreign currency ordinary account, EUR)\n  SWIFT:       KZMDJPJT\n"),
            2024);
        QCOMPARE(d.accounts, QStringList { QStringLiteral("3907715") });
        QCOMPARE(d.swifts, QStringList { QStringLiteral("KZMDJPJT") });
        QCOMPARE(d.banks, QStringList { QStringLiteral("Kazamidori Bank") });
    }
    void ibanWithChecksum()
    {
        const auto d = PaymentDetails::extract(
            QStringLiteral("IBAN:        PT50 0299 0417 0073 1552 0919 6\nSWIFT/BIC:   BATJPTPL\n"), 2024);
        QCOMPARE(d.ibans, QStringList { QStringLiteral("PT50029904170073155209196") });
        QCOMPARE(d.swifts, QStringList { QStringLiteral("BATJPTPL") });
        QVERIFY(!PaymentDetails::ibanChecksumValid(QStringLiteral("PT51029904170073155209196")));
    }
    void japanese()
    {
        const auto d = PaymentDetails::extract(
            QStringLiteral("振込先銀行：清澄信用金庫 本店営業部\n口座番号：3108-0046721\nお支払期日：2019年8月30日"),
            2019);
        QCOMPARE(d.accounts, QStringList { QStringLiteral("31080046721") });
        QCOMPARE(d.dueDates, QList<QDate> { QDate(2019, 8, 30) });
    }
    void proseIsNotAnInstruction()
    {
        const auto d = PaymentDetails::extract(
            QStringLiteral("We received a revised invoice showing a bank account at Wanchai Orient Bank. "
                           "This is different from the account in your earlier invoices."),
            2019);
        QVERIFY(d.isEmpty());
    }
    void dueDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("due") << QStringLiteral("invoice TSK-INV-24-0412 (EUR 48,360.00, due\n10 April 2024).")
                             << QDate(2024, 4, 10);
        QTest::newRow("payment run") << QStringLiteral("scheduled the payment of EUR 48,360.00 to your account at "
                                                       "Kazamidori\nBank in our payment run of 29 March 2024.")
                                     << QDate(2024, 3, 29);
        QTest::newRow("not later than") << QStringLiteral(
            "transfer the amount of EUR 48,360.00 to\nthe new account not later than 22 March 2024, as our")
                                        << QDate(2024, 3, 22);
        QTest::newRow("payment date") << QStringLiteral("Payment date: 2019-08-30") << QDate(2019, 8, 30);
        QTest::newRow("month first") << QStringLiteral("please pay by August 2nd") << QDate(2019, 8, 2);
    }
    void dueDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        const auto d = PaymentDetails::extract(text, 2019);
        QVERIFY2(d.dueDates.contains(date), qPrintable(d.dueDateTexts.join(QLatin1Char('|'))));
    }
    void quotedTextIsNotOwnText()
    {
        const QString body = QStringLiteral("Thanks, noted.\n\nOn Wednesday, July 31, 2019 11:15 AM, Farah "
                                            "<f@x.example> wrote:\n> Account No.: 123456\n");
        QCOMPARE(PaymentDetails::ownText(body).trimmed(), QStringLiteral("Thanks, noted."));
        QCOMPARE(PaymentDetails::ownText(QStringLiteral("a\n> quoted\nb")), QStringLiteral("a\nb"));
    }
};

QTEST_GUILESS_MAIN(TestPaymentDetails)
#include "tst_paymentdetails.moc"
