// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QFile>
#include <QProcess>

namespace MailTriage::TestSupport {

QString sharedDir()
{
    return QString::fromUtf8(MAILTRIAGE_SHARED_DIR);
}

QString shared(const QString& relative)
{
    return sharedDir() + QLatin1Char('/') + relative;
}

bool sharedRequired()
{
    return qEnvironmentVariable("MAILTRIAGE_REQUIRE_SHARED") == QLatin1String("1");
}

QString demoDir()
{
    return QString::fromUtf8(MAILTRIAGE_SOURCE_DIR) + QStringLiteral("/resources/demo");
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString runTool(const QString& program, const QStringList& args, bool* ok, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(program, args);
    const bool done = p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (ok)
        *ok = done;
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString& pdf)
{
    bool ok = false;
    const QString text = runTool(QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") }, &ok);
    return ok ? text : QString();
}

} // namespace MailTriage::TestSupport
