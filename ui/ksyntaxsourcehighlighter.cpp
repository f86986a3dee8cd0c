// SPDX-License-Identifier: GPL-3.0-or-later
#include "ksyntaxsourcehighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QMutex>
#include <QMutexLocker>

namespace MailTriage {

namespace {
    // Collects the formats of each line as HighlightRuns.
    class RunCollector : public KSyntaxHighlighting::AbstractHighlighter {
    public:
        QList<HighlightRun> runs;
        int line = 0;

        void run(const QString& text)
        {
            KSyntaxHighlighting::State state;
            const QList<QStringView> lines = QStringView(text).split(u'\n');
            for (int i = 0; i < lines.size(); ++i) {
                line = i;
                state = highlightLine(lines[i], state);
            }
        }

    protected:
        void applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format) override
        {
            if (length <= 0 || format.isDefaultTextStyle(theme()))
                return;
            HighlightRun r;
            r.line = line;
            r.start = offset;
            r.length = length;
            if (format.hasTextColor(theme()))
                r.foreground = format.textColor(theme());
            if (format.hasBackgroundColor(theme()))
                r.background = format.backgroundColor(theme());
            r.bold = format.isBold(theme());
            r.italic = format.isItalic(theme());
            r.underline = format.isUnderline(theme());
            runs.append(r);
        }
    };
} // namespace

struct KSyntaxSourceHighlighter::Private {
    // The repository is not thread-safe; highlighting runs on worker threads one at a time.
    mutable QMutex mutex;
    KSyntaxHighlighting::Repository repository;
};

KSyntaxSourceHighlighter::KSyntaxSourceHighlighter()
    : d(std::make_unique<Private>())
{
}

KSyntaxSourceHighlighter::~KSyntaxSourceHighlighter() = default;

QString KSyntaxSourceHighlighter::name() const
{
    return QStringLiteral("KSyntaxHighlighting");
}

bool KSyntaxSourceHighlighter::isAvailable() const
{
    QMutexLocker lock(&d->mutex);
    return d->repository.definitionForName(QStringLiteral("Email")).isValid();
}

QList<HighlightRun> KSyntaxSourceHighlighter::highlight(const QString& text, bool dark, QString* error) const
{
    QMutexLocker lock(&d->mutex);
    const KSyntaxHighlighting::Definition def = d->repository.definitionForName(QStringLiteral("Email"));
    if (!def.isValid()) {
        if (error)
            *error = QStringLiteral("KSyntaxHighlighting has no Email definition");
        return {};
    }
    RunCollector collector;
    collector.setDefinition(def);
    collector.setTheme(d->repository.theme(dark ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light")));
    collector.run(text);
    return collector.runs;
}

} // namespace MailTriage
