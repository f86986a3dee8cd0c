// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectcommand.h"

#include "dateparser.h"
#include "messageanalyzer.h"
#include "messagejson.h"
#include "parseworkerpool.h"

#include <QJsonDocument>
#include <QMap>
#include <QTextStream>
#include <cstdio>

namespace MailTriage::Cli {

namespace {
    QString mailboxText(const Mailbox& m)
    {
        if (m.name.isEmpty())
            return m.address;
        return QStringLiteral("\"%1\" <%2>").arg(m.name, m.address);
    }

    QString listText(const QList<Mailbox>& l)
    {
        QStringList s;
        for (const Mailbox& m : l)
            s << mailboxText(m);
        return s.join(QStringLiteral(", "));
    }

    void printText(QTextStream& out, const Message& m)
    {
        out << "== " << m.file;
        if (m.format == QLatin1String("mbox"))
            out << " #" << m.index;
        out << "  [" << m.format << "] sha256 " << QString::fromLatin1(m.sha256) << "\n";
        out << "  Subject:     " << m.subject << "\n";
        out << "  Date:        " << (m.date.isValid() ? DateParser::toIso(m.date) : m.dateRaw) << "\n";
        out << "  From:        " << listText(m.fromAll) << "\n";
        if (!m.sender.isEmpty())
            out << "  Sender:      " << mailboxText(m.sender) << "\n";
        if (!m.replyTo.isEmpty())
            out << "  Reply-To:    " << listText(m.replyTo) << "\n";
        out << "  To:          " << listText(m.to) << "\n";
        if (!m.cc.isEmpty())
            out << "  Cc:          " << listText(m.cc) << "\n";
        if (!m.returnPath.isEmpty())
            out << "  Return-Path: " << m.returnPath << "\n";
        out << "  Message-ID:  " << m.messageId << "\n";
        if (!m.received.isEmpty()) {
            out << "  Received (oldest first):\n";
            for (const ReceivedHop& h : m.received) {
                out << "    " << (h.trusted ? "T " : "  ") << (h.fromHost.isEmpty() ? QStringLiteral("?") : h.fromHost);
                if (!h.fromIp.isEmpty())
                    out << " [" << h.fromIp << "]";
                out << " -> " << (h.byHost.isEmpty() ? QStringLiteral("?") : h.byHost);
                if (!h.protocol.isEmpty())
                    out << " " << h.protocol;
                if (h.tls)
                    out << " TLS";
                out << "  " << (h.date.isValid() ? DateParser::toIso(h.date) : QStringLiteral("(no date)"));
                if (h.hasDelay)
                    out << "  +" << h.delaySeconds << "s";
                out << "\n";
            }
        }
        QStringList auth;
        auth << QStringLiteral("spf=%1").arg(m.auth.spf.isEmpty() ? QStringLiteral("-") : m.auth.spf);
        QStringList dk;
        for (const AuthMethodResult& d : m.auth.dkim)
            dk << d.result + (d.domain.isEmpty() ? QString() : QStringLiteral("(%1)").arg(d.domain));
        auth << QStringLiteral("dkim=%1").arg(dk.isEmpty() ? QStringLiteral("-") : dk.join(QLatin1Char(',')));
        auth << QStringLiteral("dmarc=%1").arg(m.auth.dmarc.isEmpty() ? QStringLiteral("-") : m.auth.dmarc);
        auth << QStringLiteral("arc=%1").arg(m.auth.arc.isEmpty() ? QStringLiteral("-") : m.auth.arc);
        out << "  Auth:        " << auth.join(QLatin1Char(' ')) << "\n";
        out << "  Parts:       ";
        QStringList parts;
        for (const MimePart& p : m.parts)
            parts << QString(p.depth * 2, QLatin1Char(' ')) + QString::fromLatin1(p.contentType);
        out << parts.join(QStringLiteral(" | ")) << "\n";
        for (const Attachment& a : m.attachments)
            out << "  Attachment:  " << a.filename << " (" << QString::fromLatin1(a.contentType) << ", " << a.size
                << " bytes) sha256 " << QString::fromLatin1(a.sha256) << "\n";
        for (const Finding& f : m.findings)
            out << "  ! " << severityName(f.severity) << " " << f.signal << ": " << f.text.render(u"en") << "\n";
        for (const QString& d : m.defects)
            out << "  defect: " << d << "\n";
    }
} // namespace

int inspectCommand(const QStringList& args)
{
    bool json = false;
    bool inProcess = false;
    QStringList files;
    for (const QString& a : args) {
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--in-process")) {
            inProcess = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            printError(QStringLiteral("unknown option %1 for inspect; see mailtriage-cli --help").arg(a));
            return Usage;
        } else {
            files << a;
        }
    }
    if (files.isEmpty()) {
        printError(QStringLiteral("inspect needs at least one FILE; see mailtriage-cli --help"));
        return Usage;
    }
    return inspect(files, json, inProcess);
}

int inspect(const QStringList& inputs, bool json, bool inProcess)
{
    QList<ReadError> errors;
    const QStringList files = MessageReader::expandPaths(inputs, &errors);
    QMap<int, ReadResult> results;
    if (inProcess) {
        for (int i = 0; i < files.size(); ++i)
            results.insert(i, MessageReader::readFile(files[i]));
    } else {
        ParseWorkerPool pool;
        const bool ok
            = pool.run(files, [&](int index, const QString&, ReadResult&& r) { results.insert(index, std::move(r)); });
        if (!ok) {
            err() << "mailtriage-cli: " << pool.lastError()
                  << " (or run with --in-process to parse inside this process)\n";
            return 1;
        }
    }
    QList<Message> messages;
    for (auto it = results.begin(); it != results.end(); ++it) {
        messages += it.value().messages;
        errors += it.value().errors;
    }
    for (Message& m : messages)
        MessageAnalyzer::analyze(m);
    QTextStream& err = Cli::err();
    for (const ReadError& e : std::as_const(errors))
        err << "mailtriage-cli: " << e.file << ": " << e.reason << "\n";
    if (json) {
        QJsonArray ms;
        for (const Message& m : std::as_const(messages))
            ms.append(MessageJson::toJson(m));
        QJsonArray es;
        for (const ReadError& e : std::as_const(errors))
            es.append(MessageJson::toJson(e));
        const QJsonObject doc { { QStringLiteral("messages"), ms }, { QStringLiteral("errors"), es } };
        writeOut(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else {
        QTextStream& out = Cli::out();
        for (const Message& m : std::as_const(messages))
            printText(out, m);
    }
    return errors.isEmpty() ? 0 : 1;
}

} // namespace MailTriage::Cli
