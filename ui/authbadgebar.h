// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace MailTriage {

/// @brief The receiving side's authentication verdicts as pass/fail badges: SPF, DKIM (one badge
/// per signature result), DMARC and ARC, with the authserv-id they came from.
class AuthBadgeBar : public QWidget {
    Q_OBJECT
public:
    explicit AuthBadgeBar(QWidget* parent = nullptr);

    void setAuth(const AuthSummary& auth, bool hasTransportHeaders);
    void clear();
    /// The badges' texts, for tests: "SPF fail", "DKIM none", ...
    QStringList badgeTexts() const;

    enum class Verdict { Pass, Fail, Neutral };
    static Verdict verdictOf(const QString& result);

protected:
    void changeEvent(QEvent* event) override;

private:
    void addBadge(const QString& method, const QString& result, const QString& detail);
    void rebuild();

    QHBoxLayout* m_layout = nullptr;
    QLabel* m_source = nullptr;
    QList<QLabel*> m_badges;
    AuthSummary m_auth;
    bool m_transport = false;
    bool m_set = false;
};

} // namespace MailTriage
