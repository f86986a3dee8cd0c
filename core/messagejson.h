// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagereader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace MailTriage::MessageJson {

/// The MESSAGE object of the CLI contract (docs/cli.md, CLI.md), plus a few extra fields.
QJsonObject toJson(const Message& m);
QJsonObject toJson(const Finding& f);
QJsonObject toJson(const Mailbox& m);
QJsonArray toJson(const QList<Mailbox>& list);
QJsonObject toJson(const ReadError& e);

} // namespace MailTriage::MessageJson
