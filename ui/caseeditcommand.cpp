// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseeditcommand.h"

#include "casesession.h"
#include "uitext.h"

namespace MailTriage {

namespace {
    QString damageText(Damage d)
    {
        switch (d) {
        case Damage::Yes:
            return CaseEditCommand::tr("yes");
        case Damage::No:
            return CaseEditCommand::tr("no");
        case Damage::Unknown:
            break;
        }
        return CaseEditCommand::tr("unknown");
    }
} // namespace

CaseEditCommand::CaseEditCommand(
    CaseSession* session, const CaseUpdate& forward, const CaseUpdate& backward, const QString& text)
    : QUndoCommand(text)
    , m_session(session)
    , m_forward(forward)
    , m_backward(backward)
{
}

void CaseEditCommand::redo()
{
    if (!m_session->applyUpdate(m_forward))
        setObsolete(true);
}

void CaseEditCommand::undo()
{
    m_session->applyUpdate(m_backward);
}

CaseEditCommand* CaseEditCommand::setBecType(CaseSession* session, int from, int to)
{
    CaseUpdate f;
    f.becType = to;
    CaseUpdate b;
    b.becType = from;
    return new CaseEditCommand(session, f, b, tr("Set BEC type to %1").arg(UiText::becType(to)));
}

CaseEditCommand* CaseEditCommand::setDamage(CaseSession* session, Damage from, Damage to)
{
    CaseUpdate f;
    f.damage = to;
    CaseUpdate b;
    b.damage = from;
    return new CaseEditCommand(session, f, b, tr("Set damage to %1").arg(damageText(to)));
}

CaseEditCommand* CaseEditCommand::setTitle(CaseSession* session, const QString& from, const QString& to)
{
    CaseUpdate f;
    f.title = to;
    CaseUpdate b;
    b.title = from;
    return new CaseEditCommand(session, f, b, tr("Rename case"));
}

CaseEditCommand* CaseEditCommand::addTag(CaseSession* session, const QString& tag)
{
    CaseUpdate f;
    f.addTags = { tag };
    CaseUpdate b;
    b.removeTags = { tag };
    return new CaseEditCommand(session, f, b, tr("Add tag \"%1\"").arg(tag));
}

CaseEditCommand* CaseEditCommand::removeTag(CaseSession* session, const QString& tag)
{
    CaseUpdate f;
    f.removeTags = { tag };
    CaseUpdate b;
    b.addTags = { tag };
    return new CaseEditCommand(session, f, b, tr("Remove tag \"%1\"").arg(tag));
}

ActorVerdictCommand::ActorVerdictCommand(
    CaseSession* session, const QString& messageKey, const QString& label, const QString& from, const QString& to)
    : QUndoCommand(to.isEmpty() ? tr("Use MailTriage's attribution for \"%1\"").arg(label)
                                : tr("Mark \"%1\" as written by the %2")
                                      .arg(label,
                                          to == QLatin1String("attacker")    ? tr("attacker")
                                              : to == QLatin1String("party") ? tr("party")
                                                                             : tr("unknown sender")))
    , m_session(session)
    , m_key(messageKey)
    , m_from(from)
    , m_to(to)
{
}

void ActorVerdictCommand::redo()
{
    if (!m_session->setActorVerdict(m_key, m_to))
        setObsolete(true);
}

void ActorVerdictCommand::undo()
{
    m_session->setActorVerdict(m_key, m_from);
}

} // namespace MailTriage
