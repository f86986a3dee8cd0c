// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage-corpus-report: reads every file of the shared corpus in this process, runs the
// message analysis and prints, per signal, how many messages of each MANIFEST group raised it,
// plus the two headline numbers (phishing with a medium/high finding, ham with one).
//
//   mailtriage-corpus-report [--corpus DIR] [--markdown] [--list-ham] [--list-phishing-missed]
//
// Groups: phishing, spam and malformed are MANIFEST tags; ham is SpamAssassin's nice/ and
// welcomelists/ (and nice.mbox), mikel-mail and jpmobile (legitimate mail by their sources).
#include "findingtexts.h"
#include "messageanalyzer.h"
#include "messagereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTextStream>
#include <cstdio>

using namespace MailTriage;

namespace {

struct Entry {
    QString path; // relative to the corpus
    QStringList groups;
};

bool isHam(const QString& path)
{
    return path.startsWith(QLatin1String("spamassassin/nice/")) || path == QLatin1String("spamassassin/nice.mbox")
        || path.startsWith(QLatin1String("spamassassin/welcomelists/")) || path.startsWith(QLatin1String("mikel-mail/"))
        || path.startsWith(QLatin1String("jpmobile/"));
}

QList<Entry> readManifest(const QString& corpus, QString* error)
{
    QList<Entry> out;
    QFile f(corpus + QStringLiteral("/MANIFEST.tsv"));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1/MANIFEST.tsv").arg(corpus);
        return out;
    }
    bool header = true;
    while (!f.atEnd()) {
        QString line = QString::fromUtf8(f.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (header) {
            header = false;
            continue;
        }
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() < 4 || cols[0].isEmpty())
            continue;
        Entry e;
        e.path = cols[0];
        const QStringList tags = cols.size() > 4 ? cols[4].split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
        for (const QString& t : tags) {
            if (t == QLatin1String("phishing") || t == QLatin1String("spam") || t == QLatin1String("malformed"))
                e.groups << t;
        }
        if (isHam(e.path))
            e.groups << QStringLiteral("ham");
        e.groups << QStringLiteral("all");
        out << e;
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString corpus = QStringLiteral(MAILTRIAGE_SHARED_DIR "/corpus");
    bool markdown = false;
    bool listHam = false;
    bool listMissed = false;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--corpus") && i + 1 < args.size())
            corpus = args[++i];
        else if (args[i] == QLatin1String("--markdown"))
            markdown = true;
        else if (args[i] == QLatin1String("--list-ham"))
            listHam = true;
        else if (args[i] == QLatin1String("--list-phishing-missed"))
            listMissed = true;
        else {
            QTextStream(stderr) << "usage: mailtriage-corpus-report [--corpus DIR] [--markdown] [--list-ham] "
                                   "[--list-phishing-missed]\n";
            return 2;
        }
    }
    QString error;
    const QList<Entry> entries = readManifest(corpus, &error);
    if (entries.isEmpty()) {
        QTextStream(stderr) << "mailtriage-corpus-report: "
                            << (error.isEmpty() ? QStringLiteral("empty manifest") : error) << "\n";
        return 1;
    }
    const QStringList groups = { QStringLiteral("phishing"), QStringLiteral("spam"), QStringLiteral("ham"),
        QStringLiteral("malformed"), QStringLiteral("all") };
    QMap<QString, int> messages; // group -> messages
    QMap<QString, int> withMedium; // group -> messages with a medium/high finding
    QMap<QString, int> withMediumAnalyzer; // the same, counting MessageAnalyzer's findings only
    QMap<QString, QMap<QString, int>> any; // signal -> group -> messages raising it
    QMap<QString, QMap<QString, int>> medium; // signal -> group -> messages raising it at medium/high
    QStringList hamNotes;
    QStringList missed;
    int files = 0;
    int readErrors = 0;
    QElapsedTimer timer;
    timer.start();
    qint64 analysisNs = 0;
    for (const Entry& e : entries) {
        const QString path = corpus + QLatin1Char('/') + e.path;
        ReadResult r = MessageReader::readFile(path);
        ++files;
        readErrors += int(r.errors.size());
        for (Message& m : r.messages) {
            QElapsedTimer t;
            t.start();
            MessageAnalyzer::analyze(m);
            analysisNs += t.nsecsElapsed();
            QSet<QString> sigAny;
            QSet<QString> sigMed;
            bool analyzerMedium = false;
            for (const Finding& f : std::as_const(m.findings)) {
                sigAny.insert(f.signal);
                if (f.severity >= Severity::Medium) {
                    sigMed.insert(f.signal);
                    // mime_structure_ambiguous is the parser's (MessageParser/MimeticReading) finding.
                    analyzerMedium = analyzerMedium || f.signal != QLatin1String("mime_structure_ambiguous");
                }
            }
            for (const QString& g : e.groups) {
                messages[g] += 1;
                if (!sigMed.isEmpty())
                    withMedium[g] += 1;
                if (analyzerMedium)
                    withMediumAnalyzer[g] += 1;
                for (const QString& s : std::as_const(sigAny))
                    any[s][g] += 1;
                for (const QString& s : std::as_const(sigMed))
                    medium[s][g] += 1;
            }
            if (listHam && e.groups.contains(QStringLiteral("ham")) && !sigMed.isEmpty()) {
                QStringList what;
                for (const Finding& f : std::as_const(m.findings)) {
                    if (f.severity >= Severity::Medium)
                        what << QStringLiteral("%1(%2): %3").arg(f.signal, severityName(f.severity), f.evidence);
                }
                hamNotes << QStringLiteral("%1#%2  %3").arg(e.path).arg(m.index).arg(what.join(QStringLiteral(" | ")));
            }
            if (listMissed && e.groups.contains(QStringLiteral("phishing")) && sigMed.isEmpty()) {
                QStringList what;
                for (const Finding& f : std::as_const(m.findings))
                    what << QStringLiteral("%1(%2)").arg(f.signal, severityName(f.severity));
                missed << QStringLiteral("%1  %2").arg(e.path, what.join(QLatin1Char(' ')));
            }
        }
    }

    QTextStream out(stdout);
    QStringList order;
    for (const FindingTexts::SignalText& s : FindingTexts::all()) {
        if (any.contains(s.id))
            order << s.id;
    }
    for (auto it = any.cbegin(); it != any.cend(); ++it) {
        if (!order.contains(it.key()))
            order << it.key();
    }
    auto cell = [&](const QString& sig, const QString& g) {
        return QStringLiteral("%1 (%2)").arg(any.value(sig).value(g)).arg(medium.value(sig).value(g));
    };
    auto pct = [](int a, int b) { return b ? QString::number(100.0 * a / b, 'f', 1) : QStringLiteral("-"); };
    if (markdown) {
        out << "| signal |";
        for (const QString& g : groups)
            out << " " << g << " (" << messages.value(g) << ") |";
        out << "\n|---|";
        for (int i = 0; i < groups.size(); ++i)
            out << "---|";
        out << "\n";
        for (const QString& s : std::as_const(order)) {
            out << "| `" << s << "` |";
            for (const QString& g : groups)
                out << " " << cell(s, g) << " |";
            out << "\n";
        }
        out << "\nCells: messages raising the signal at any severity (in brackets: at medium or high).\n\n";
    } else {
        out << QStringLiteral("%1").arg(QStringLiteral("signal"), -42);
        for (const QString& g : groups)
            out << QStringLiteral("%1").arg(QStringLiteral("%1(%2)").arg(g).arg(messages.value(g)), 16);
        out << "\n";
        for (const QString& s : std::as_const(order)) {
            out << QStringLiteral("%1").arg(s, -42);
            for (const QString& g : groups)
                out << QStringLiteral("%1").arg(cell(s, g), 16);
            out << "\n";
        }
        out << "(cells: any severity (medium or high))\n\n";
    }
    out << "files read: " << files << ", messages: " << messages.value(QStringLiteral("all"))
        << ", read errors: " << readErrors << "\n";
    out << "phishing messages with >= 1 medium/high finding: " << withMedium.value(QStringLiteral("phishing")) << " / "
        << messages.value(QStringLiteral("phishing")) << " = "
        << pct(withMedium.value(QStringLiteral("phishing")), messages.value(QStringLiteral("phishing"))) << " %\n";
    out << "ham messages with any medium/high finding: " << withMedium.value(QStringLiteral("ham")) << " / "
        << messages.value(QStringLiteral("ham")) << " = "
        << pct(withMedium.value(QStringLiteral("ham")), messages.value(QStringLiteral("ham"))) << " %\n";
    out << "  counting MessageAnalyzer findings only (without the parser's mime_structure_ambiguous): phishing "
        << withMediumAnalyzer.value(QStringLiteral("phishing")) << " / " << messages.value(QStringLiteral("phishing"))
        << " = "
        << pct(withMediumAnalyzer.value(QStringLiteral("phishing")), messages.value(QStringLiteral("phishing")))
        << " %, ham " << withMediumAnalyzer.value(QStringLiteral("ham")) << " / "
        << messages.value(QStringLiteral("ham")) << " = "
        << pct(withMediumAnalyzer.value(QStringLiteral("ham")), messages.value(QStringLiteral("ham"))) << " %\n";
    out << "spam messages with >= 1 medium/high finding: " << withMedium.value(QStringLiteral("spam")) << " / "
        << messages.value(QStringLiteral("spam")) << " = "
        << pct(withMedium.value(QStringLiteral("spam")), messages.value(QStringLiteral("spam"))) << " %\n";
    const int all = messages.value(QStringLiteral("all"));
    out << "analysis time: " << QString::number(analysisNs / 1e6, 'f', 1) << " ms for " << all << " messages ("
        << (all ? QString::number(analysisNs / 1e3 / all, 'f', 0) : QStringLiteral("-")) << " us/message); wall "
        << timer.elapsed() << " ms including reading\n";
    if (listHam) {
        out << "\nham messages with medium/high findings:\n";
        for (const QString& s : std::as_const(hamNotes))
            out << "  " << s << "\n";
    }
    if (listMissed) {
        out << "\nphishing messages without a medium/high finding:\n";
        for (const QString& s : std::as_const(missed))
            out << "  " << s << "\n";
    }
    return 0;
}
