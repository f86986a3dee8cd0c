// SPDX-License-Identifier: GPL-3.0-or-later
#include "democase.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace MailTriage {

namespace {
    const QString kRoot = QStringLiteral(":/mailtriage/demo");
}

QString DemoCase::caseLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo/demo.mtcase"));
}

QString DemoCase::title()
{
    return tr("Demo: hijacked invoice thread (fictional)");
}

int DemoCase::fileCount()
{
    int n = 0;
    QDirIterator it(kRoot, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        n += it.fileName().endsWith(QLatin1String(".eml")) ? 1 : 0;
    }
    return n;
}

QStringList DemoCase::extractTo(const QString& dir, QString* error)
{
    QStringList folders;
    QDirIterator it(kRoot, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String(".eml")))
            continue;
        const QString relative = path.mid(kRoot.size() + 1);
        const QString target = QDir(dir).filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile in(path);
        QFile out(target);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0) {
            if (error)
                *error = tr("Could not write the demo file %1.").arg(target);
            return {};
        }
        const QString folder = QFileInfo(target).absolutePath();
        if (!folders.contains(folder))
            folders << folder;
    }
    folders.sort();
    if (folders.isEmpty() && error)
        *error = tr("This build has no demo files.");
    return folders;
}

} // namespace MailTriage
