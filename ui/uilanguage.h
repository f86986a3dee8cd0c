// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace MailTriage {

/// @brief The UI language: follows the system locale unless View > Language chose one
/// (QSettings "ui/language": "", "en" or "ja"). Installs MailTriage's and Qt's translators and
/// makes the language QLocale's default, which the models read to pick English or Japanese texts.
class UiLanguage {
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)
public:
    static QStringList available(); ///< "en", "ja"
    /// The language's own name: "English", "日本語".
    static QString nativeName(const QString& language);
    /// The setting: "" (follow the system), "en" or "ja".
    static QString configured();
    static void setConfigured(const QString& language);
    /// The language that @p configured resolves to on this system.
    static QString resolve(const QString& configured);
    /// Installs the translators of @p language (replacing earlier ones) and sets QLocale's default.
    /// False when its translation could not be loaded (English needs none).
    static bool install(const QString& language);
    /// The language install() last set up.
    static QString current();
};

} // namespace MailTriage
