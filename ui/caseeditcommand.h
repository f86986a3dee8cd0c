// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storagetypes.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace MailTriage {

class CaseSession;

/// @brief One analyst edit of the case metadata (title, BEC type, damage, tags) on the undo stack.
/// Redo applies @p forward, undo applies @p backward; both go through the case store, so every
/// step, undo and redo included, lands in the case's audit log. A command whose first redo fails
/// marks itself obsolete and QUndoStack drops it.
class CaseEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(CaseEditCommand)
public:
    CaseEditCommand(CaseSession* session, const CaseUpdate& forward, const CaseUpdate& backward, const QString& text);

    void redo() override;
    void undo() override;

    /// The update that sets the BEC type from @p from to @p to (0 = not set), and its inverse.
    static CaseEditCommand* setBecType(CaseSession* session, int from, int to);
    static CaseEditCommand* setDamage(CaseSession* session, Damage from, Damage to);
    static CaseEditCommand* setTitle(CaseSession* session, const QString& from, const QString& to);
    static CaseEditCommand* addTag(CaseSession* session, const QString& tag);
    static CaseEditCommand* removeTag(CaseSession* session, const QString& tag);

private:
    CaseSession* m_session;
    CaseUpdate m_forward;
    CaseUpdate m_backward;
};

/// @brief The analyst's verdict on who wrote one message (CaseSession::setActorVerdict()) on the
/// undo stack; undo restores the verdict before it (none: MailTriage's attribution). Audit-logged.
class ActorVerdictCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ActorVerdictCommand)
public:
    ActorVerdictCommand(
        CaseSession* session, const QString& messageKey, const QString& label, const QString& from, const QString& to);

    void redo() override;
    void undo() override;

private:
    CaseSession* m_session;
    QString m_key;
    QString m_from;
    QString m_to;
};

} // namespace MailTriage
