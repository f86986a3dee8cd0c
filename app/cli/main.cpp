// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage-cli: the scripting front door. Wiring only: the application object, then the
// dispatcher (cli.cpp), whose commands call the application layer (docs/cli.md).
#include "commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char* argv[])
{
    // A PDF report needs fonts, hence a QGuiApplication (offscreen: the CLI never opens a window).
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    const bool needsGui = MailTriage::Cli::needsGui(rawArgs);
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (needsGui)
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailtriage-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILTRIAGE_VERSION));
    return MailTriage::Cli::run(QCoreApplication::arguments().mid(1));
}
