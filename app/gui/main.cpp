// SPDX-License-Identifier: GPL-3.0-or-later
// mailtriage: the workbench window. Wiring only: application, translators, settings, main window.

#include "allocatortuning.h"
#include "mainwindow.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv)
{
    MailTriage::AllocatorTuning::reexecIfUseful(argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MailTriage"));
    QCoreApplication::setApplicationName(QStringLiteral("mailtriage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILTRIAGE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("mailtriage"));

    MailTriage::UiLanguage::install(MailTriage::UiLanguage::resolve(MailTriage::UiLanguage::configured()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Triage workbench for suspicious e-mail and business e-mail compromise cases."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the bundled demo case (imported on first use)."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("main",
            "A case file to open, or .eml/.msg/.mbox files and folders to import "
            "into a new case."),
        QStringLiteral("[files...]"));
    parser.process(app);

    MailTriage::MainWindow window;
    window.restoreLayout();
    window.show();
    if (parser.isSet(demo))
        window.openDemo();
    else
        window.openArguments(parser.positionalArguments());
    return app.exec();
}
