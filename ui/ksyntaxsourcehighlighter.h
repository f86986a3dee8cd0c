// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourcehighlighter.h"

#include <memory>

namespace MailTriage {

/// @brief SourceHighlighter linking KSyntaxHighlighting (KF6) directly. Built only when CMake
/// finds KF6SyntaxHighlighting (not packaged for Debian 12; Debian 13 has it).
class KSyntaxSourceHighlighter : public SourceHighlighter {
public:
    KSyntaxSourceHighlighter();
    ~KSyntaxSourceHighlighter() override;

    QString name() const override;
    bool isAvailable() const override;
    QList<HighlightRun> highlight(const QString& text, bool dark, QString* error) const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace MailTriage
