// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace MailTriage {

/// @brief How the workbench writes values for people: the UI language's choice between the
/// English and Japanese texts the core carries, dates in the local zone and in UTC, durations,
/// sizes, and hostile text made visible (bidi overrides, zero-width and control characters).
class UiText {
    Q_DECLARE_TR_FUNCTIONS(UiText)
public:
    /// True when the UI speaks Japanese (QLocale's default, set by the program from the
    /// language setting).
    static bool japanese();
    /// The UI language's catalog code ("en", "ja").
    static QString language();
    /// A core text (a finding's explanation, a reason) in the UI language.
    static QString render(const Text& text);

    static QString severity(Severity s);
    /// The one-line title of a signal id in the UI language (the id itself when unknown).
    static QString signalTitle(const QString& signal);
    /// IPA's name of a BEC type in the UI language ("Type 1: invoice fraud ..."); "Not set" for 0.
    static QString becType(int type);
    static QString actor(const QString& actor);
    /// "Type" text of a timeline lane label: "A", "B", "X (attacker)", "? (unknown)".
    static QString lane(const QString& label);

    /// Text from a message, safe to show: bidi embedding/override/isolate characters, zero-width
    /// characters and C0/C1 controls become visible markers such as "[U+202E]".
    static QString visible(const QString& text);
    /// True when visible() would change @p text.
    static bool hasHiddenCharacters(const QString& text);
    static QString mailbox(const Mailbox& m);
    static QString mailboxes(const QList<Mailbox>& list, int max = 3);

    /// "2019-07-31 11:09:03 JST" in the local zone; "—" for an invalid time.
    static QString localDateTime(const QDateTime& dt);
    /// "2019-07-31 02:09:03 UTC".
    static QString utcDateTime(const QDateTime& dt);
    /// As written in the message: "2019-07-31 11:09:03 +09:00".
    static QString originalDateTime(const QDateTime& dt);
    /// "45 s", "7 min", "1 h 31 min", "2 d 3 h"; negative values get a minus sign.
    static QString duration(qint64 seconds);
    static QString size(qint64 bytes);
};

} // namespace MailTriage
