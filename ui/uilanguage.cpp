// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace MailTriage {

namespace {
    constexpr auto kSettingKey = "ui/language";

    struct Installed {
        QString language = QStringLiteral("en");
        std::unique_ptr<QTranslator> app;
        std::unique_ptr<QTranslator> qt;
    };

    Installed& installed()
    {
        static Installed i;
        return i;
    }
} // namespace

QStringList UiLanguage::available()
{
    return { QStringLiteral("en"), QStringLiteral("ja") };
}

QString UiLanguage::nativeName(const QString& language)
{
    if (language == QLatin1String("ja"))
        return QStringLiteral("日本語");
    return QStringLiteral("English");
}

QString UiLanguage::configured()
{
    const QString v = QSettings().value(QLatin1String(kSettingKey)).toString();
    return available().contains(v) ? v : QString();
}

void UiLanguage::setConfigured(const QString& language)
{
    QSettings s;
    if (language.isEmpty())
        s.remove(QLatin1String(kSettingKey));
    else
        s.setValue(QLatin1String(kSettingKey), language);
}

QString UiLanguage::resolve(const QString& configured)
{
    if (available().contains(configured))
        return configured;
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString& l : ui) {
        if (l.startsWith(QLatin1String("ja")))
            return QStringLiteral("ja");
        if (l.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool UiLanguage::install(const QString& language)
{
    Installed& i = installed();
    if (i.app)
        QCoreApplication::removeTranslator(i.app.get());
    if (i.qt)
        QCoreApplication::removeTranslator(i.qt.get());
    i.app.reset();
    i.qt.reset();
    i.language = QStringLiteral("en");
    if (language != QLatin1String("ja")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/mailtriage_ja.qm"))) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return false;
    }
    QCoreApplication::installTranslator(app.get());
    i.app = std::move(app);
    // Qt's own dialogs (file dialogs, buttons), when Debian's qt6-translations-l10n is installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(QLocale::Japanese), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        i.qt = std::move(qt);
    }
    i.language = QStringLiteral("ja");
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    return true;
}

QString UiLanguage::current()
{
    return installed().language;
}

} // namespace MailTriage
