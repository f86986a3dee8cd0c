// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace MailTriage {

/// @brief The bounds every reader keeps on hostile input. Exceeding one is a defect or a per-file
/// error, never a silent truncation (docs/limits.md lists them).
struct ParseLimits {
    qint64 maxFileBytes = qint64(100) << 20; ///< larger files are refused with an error
    qint64 maxMessageBytes = qint64(64) << 20; ///< larger messages are refused with an error
    qint64 maxHeaderBytes = qint64(4) << 20; ///< per header section; the rest is read as body
    int maxHeaderFields = 10000; ///< per header section
    qint64 maxMimeticLineBytes = 64 * 1024; ///< longer header lines skip the mimetic reading
    int maxDepth = 64; ///< MIME nesting; deeper parts are kept as opaque leaves
    int maxParts = 10000; ///< parts per message
    int maxAttachments = 2000;
    int maxMboxMessages = 1000000;
    int maxMsgDepth = 8; ///< .msg files embedded in .msg files
};

} // namespace MailTriage
