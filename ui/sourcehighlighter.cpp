// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcehighlighter.h"

#include "processsourcehighlighter.h"

#ifdef MAILTRIAGE_HAVE_KF6_SYNTAX
#include "ksyntaxsourcehighlighter.h"
#endif

namespace MailTriage {

SourceHighlighter::~SourceHighlighter() = default;

std::shared_ptr<SourceHighlighter> SourceHighlighter::create()
{
#ifdef MAILTRIAGE_HAVE_KF6_SYNTAX
    auto linked = std::make_shared<KSyntaxSourceHighlighter>();
    if (linked->isAvailable() && qEnvironmentVariableIsEmpty("MAILTRIAGE_FORCE_KATE_PROCESS"))
        return linked;
#endif
    return std::make_shared<ProcessSourceHighlighter>();
}

} // namespace MailTriage
