// SPDX-License-Identifier: GPL-3.0-or-later
#include "authbadgebar.h"

#include "uicolors.h"
#include "uitext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace MailTriage {

AuthBadgeBar::AuthBadgeBar(QWidget* parent)
    : QWidget(parent)
{
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_source = new QLabel(this);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addStretch(1);
    m_layout->addWidget(m_source);
}

AuthBadgeBar::Verdict AuthBadgeBar::verdictOf(const QString& result)
{
    const QString r = result.toLower();
    if (r == QLatin1String("pass"))
        return Verdict::Pass;
    if (r == QLatin1String("fail") || r == QLatin1String("softfail") || r == QLatin1String("permerror")
        || r == QLatin1String("temperror") || r == QLatin1String("policy"))
        return Verdict::Fail;
    return Verdict::Neutral;
}

void AuthBadgeBar::clear()
{
    m_set = false;
    m_auth = {};
    rebuild();
}

void AuthBadgeBar::setAuth(const AuthSummary& auth, bool hasTransportHeaders)
{
    m_auth = auth;
    m_transport = hasTransportHeaders;
    m_set = true;
    rebuild();
}

QStringList AuthBadgeBar::badgeTexts() const
{
    QStringList out;
    for (const QLabel* l : m_badges)
        out << l->text();
    return out;
}

void AuthBadgeBar::addBadge(const QString& method, const QString& result, const QString& detail)
{
    const QString shown = result.isEmpty() ? tr("none") : result.toLower();
    auto* label = new QLabel(QStringLiteral("%1 %2").arg(method, shown), this);
    QColor fg, bg;
    switch (result.isEmpty() ? Verdict::Neutral : verdictOf(result)) {
    case Verdict::Pass:
        fg = UiColors::pass();
        bg = UiColors::passBackground();
        break;
    case Verdict::Fail:
        fg = UiColors::fail();
        bg = UiColors::failBackground();
        break;
    case Verdict::Neutral:
        fg = UiColors::neutral();
        bg = UiColors::neutralBackground();
        break;
    }
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %1; border-radius: 4px; "
                                        "padding: 1px 8px; font-weight: bold; }")
                             .arg(fg.name(), bg.name()));
    QString tip = result.isEmpty() ? tr("%1: no verdict recorded by the receiving side").arg(method)
                                   : tr("%1: %2 (recorded by the receiving side)").arg(method, result);
    if (!detail.isEmpty())
        tip += QLatin1Char('\n') + detail;
    label->setToolTip(tip);
    m_layout->insertWidget(int(m_badges.size()), label);
    m_badges << label;
}

void AuthBadgeBar::rebuild()
{
    qDeleteAll(m_badges);
    m_badges.clear();
    if (!m_set) {
        m_source->clear();
        return;
    }
    addBadge(QStringLiteral("SPF"), m_auth.spf, {});
    if (m_auth.dkim.isEmpty()) {
        addBadge(QStringLiteral("DKIM"), QString(), {});
    } else {
        for (const AuthMethodResult& r : m_auth.dkim) {
            QString detail;
            if (!r.domain.isEmpty())
                detail = QStringLiteral("d=%1").arg(UiText::visible(r.domain));
            if (!r.selector.isEmpty())
                detail += QStringLiteral(" s=%1").arg(UiText::visible(r.selector));
            addBadge(QStringLiteral("DKIM"), r.result, detail.trimmed());
            if (!r.domain.isEmpty())
                m_badges.last()->setText(
                    QStringLiteral("DKIM %1 (%2)")
                        .arg(r.result.isEmpty() ? tr("none") : r.result.toLower(), UiText::visible(r.domain)));
        }
    }
    addBadge(QStringLiteral("DMARC"), m_auth.dmarc, {});
    if (!m_auth.arc.isEmpty())
        addBadge(QStringLiteral("ARC"), m_auth.arc, {});
    if (!m_auth.authservId.isEmpty())
        m_source->setText(tr("verdicts of %1").arg(UiText::visible(m_auth.authservId)));
    else if (!m_transport)
        m_source->setText(tr("no transport headers (a sent-folder copy)"));
    else
        m_source->setText(tr("no Authentication-Results of the receiving side"));
    m_source->setStyleSheet(QStringLiteral("color: %1;").arg(UiColors::mutedForeground().name()));
}

void AuthBadgeBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace MailTriage
