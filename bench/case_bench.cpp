// SPDX-License-Identifier: GPL-3.0-or-later
// Case analysis at scale: a generated case of N messages in N/20 threads between two companies,
// with an attacker interjecting in every 25th thread. Prints the time of CaseAnalyzer::analyze
// for 1k / 10k / 50k messages (message parsing and analysis are timed apart, they are not what
// this measures). Usage: mailtriage-case-bench [N...]
#include "caseanalyzer.h"
#include "messageanalyzer.h"
#include "messageparser.h"

#include <QElapsedTimer>
#include <QTextStream>

using namespace MailTriage;

namespace {
QByteArray makeMessage(int thread, int k, bool attacker)
{
    const bool fromA = k % 2 == 0;
    const QByteArray t = QByteArray::number(thread);
    const QByteArray id = "<t" + t + "m" + QByteArray::number(k)
        + (attacker     ? "@vps.example.net>"
                : fromA ? "@a-company.co.jp>"
                        : "@b-company.com.my>");
    const QByteArray prev = k > 0
        ? "<t" + t + "m" + QByteArray::number(k - 1) + (fromA ? "@b-company.com.my>" : "@a-company.co.jp>")
        : QByteArray();
    const int minute = thread * 20 + k;
    QByteArray date = "Thu, 1 Aug 2019 " + QByteArray::number(10 + (minute / 60) % 12).rightJustified(2, '0') + ":"
        + QByteArray::number(minute % 60).rightJustified(2, '0') + ":00 +0900";
    QByteArray from = attacker ? "Alice Adams <alice.a-company.jp@mail.example.com>"
        : fromA                ? "Alice Adams <alice@a-company.co.jp>"
                               : "Bob Brown <bob@b-company.com.my>";
    QByteArray to = fromA || attacker ? "Bob Brown <bob@b-company.com.my>" : "Alice Adams <alice@a-company.co.jp>";
    QByteArray m = "Received: from mx.sender.example (mx.sender.example [192.0.2."
        + QByteArray::number(attacker ? 99
                : fromA               ? 10
                                      : 20)
        + "]) by mx.receiver.example with ESMTPS; " + date + "\r\n"
        + "Authentication-Results: mx.receiver.example; spf=" + (attacker ? "fail" : "pass")
        + " smtp.mailfrom=x; dmarc=" + (attacker ? "fail" : "pass") + "\r\n" + "From: " + from + "\r\nTo: " + to
        + "\r\nCc: Carol Clark <carol@a-company.co.jp>\r\nSubject: RE: Order " + t + "\r\nDate: " + date
        + "\r\nMessage-ID: " + id + "\r\n";
    if (!prev.isEmpty())
        m += "In-Reply-To: " + prev + "\r\nReferences: " + prev + "\r\n";
    m += "Content-Type: text/plain; charset=us-ascii\r\n\r\nPlease find the documents for order " + t + ".\r\n";
    if (k == 0)
        m += "Bank: Example Bank\r\nAccount No.: 1234567\r\n";
    if (attacker)
        m += "Our bank account has changed, please pay the new account.\r\nBank: Other Bank\r\nAccount No.: "
             "7654321\r\n";
    return m;
}

QList<Message> makeCase(int n)
{
    QList<Message> out;
    out.reserve(n);
    const int perThread = 20;
    for (int i = 0; i < n; ++i) {
        const int thread = i / perThread;
        const int k = i % perThread;
        const bool attacker = thread % 25 == 3 && k == 7;
        Message m = MessageParser::parseEml(makeMessage(thread, k, attacker));
        MessageAnalyzer::analyze(m);
        out.append(std::move(m));
    }
    return out;
}
} // namespace

int main(int argc, char** argv)
{
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QByteArray(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = { 1000, 10000, 50000 };
    QTextStream out(stdout);
    out << "| messages | threads | prepare (parse + message analysis) s | case analysis s | us/message | attacker "
           "messages found |\n";
    out << "|---:|---:|---:|---:|---:|---:|\n";
    for (int n : sizes) {
        QElapsedTimer t;
        t.start();
        const QList<Message> messages = makeCase(n);
        const double prep = t.elapsed() / 1000.0;
        t.restart();
        const CaseAnalysis a = CaseAnalyzer::analyze(messages);
        const qint64 ms = t.elapsed();
        int attackers = 0;
        for (const CaseMessage& cm : a.messages)
            attackers += cm.actor == QLatin1String("attacker");
        out << "| " << n << " | " << (n + 19) / 20 << " | " << QString::number(prep, 'f', 2) << " | "
            << QString::number(ms / 1000.0, 'f', 2) << " | " << QString::number(ms * 1000.0 / n, 'f', 1) << " | "
            << attackers << " |\n";
        out.flush();
    }
    return 0;
}
