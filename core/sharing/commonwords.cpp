// SPDX-License-Identifier: GPL-3.0-or-later
#include "commonwords.h"

#include <QFile>
#include <QSet>
#include <algorithm>

namespace MailTriage::CommonWords {

namespace {

    struct Dictionary {
        QSet<QString> lower; ///< words listed in lower case
        QSet<QString> proper; ///< words listed with a capital (names, places), as listed
        QStringList files;
    };

    const Dictionary& dictionary()
    {
        static const Dictionary d = [] {
            Dictionary out;
            QStringList paths;
            const QString configured = qEnvironmentVariable("MAILTRIAGE_WORDLISTS");
            if (!configured.isEmpty())
                paths = configured.split(QLatin1Char(':'), Qt::SkipEmptyParts);
            else
                paths = { QStringLiteral("/usr/share/dict/american-english"),
                    QStringLiteral("/usr/share/dict/british-english") };
            for (const QString& path : std::as_const(paths)) {
                QFile f(path);
                // A word list is about 1 MB; anything far larger is not one.
                if (!f.open(QIODevice::ReadOnly) || f.size() > (32 << 20))
                    continue;
                int words = 0;
                while (!f.atEnd()) {
                    const QString w = QString::fromUtf8(f.readLine(256)).trimmed();
                    if (w.isEmpty() || w.size() > 64 || w.endsWith(QLatin1String("'s")))
                        continue;
                    if (w.front().isUpper())
                        out.proper.insert(w);
                    else
                        out.lower.insert(w);
                    ++words;
                }
                if (words > 0)
                    out.files << path;
            }
            return out;
        }();
        return d;
    }

} // namespace

bool isCommon(QStringView word)
{
    if (word.isEmpty())
        return false;
    const Dictionary& d = dictionary();
    const QString lower = word.toString().toLower();
    if (!d.lower.contains(lower))
        return false;
    const QString capitalised = lower.front().toUpper() + lower.mid(1);
    return !d.proper.contains(capitalised);
}

bool isWord(QStringView word)
{
    return !word.isEmpty() && dictionary().lower.contains(word.toString().toLower());
}

bool isListed(QStringView word)
{
    if (word.isEmpty())
        return false;
    const Dictionary& d = dictionary();
    const QString lower = word.toString().toLower();
    return d.lower.contains(lower) || d.proper.contains(lower.front().toUpper() + lower.mid(1))
        || d.proper.contains(word.toString());
}

QStringList files()
{
    return dictionary().files;
}

int wordCount()
{
    const Dictionary& d = dictionary();
    return int(d.lower.size() + d.proper.size());
}

} // namespace MailTriage::CommonWords
