// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTranslator>
#include <memory>

namespace MailTriage {

namespace {

    constexpr char FindingContext[] = "Finding";

    // One translator per language, loaded on first use and kept for the process: the catalog is
    // read from many threads (the export runs beside the window), QTranslator::translate only reads.
    QTranslator* translatorFor(QStringView language)
    {
        static QMutex mutex;
        static QHash<QString, std::shared_ptr<QTranslator>> loaded;
        const QMutexLocker lock(&mutex);
        const QString key = language.toString();
        auto it = loaded.constFind(key);
        if (it == loaded.constEnd()) {
            auto t = std::make_shared<QTranslator>();
            if (!t->load(QStringLiteral(":/i18n/mailtriage_%1.qm").arg(key)))
                t.reset();
            it = loaded.insert(key, t);
        }
        return it->get();
    }

    bool isEnglish(QStringView language)
    {
        return language.isEmpty() || language.startsWith(u"en");
    }

    QString renderPhrase(const Phrase& p, QStringView language, int depth);

    // A text as one phrase: itself when it is one, else its phrases in order ("%1%2...").
    Phrase asOnePhrase(const QList<Phrase>& phrases)
    {
        if (phrases.size() == 1)
            return phrases.first();
        Phrase joined;
        joined.kind = Phrase::Kind::Catalog;
        for (qsizetype i = 0; i < phrases.size(); ++i) {
            joined.args.push_back(phrases[i]);
            joined.source += QStringLiteral("%%1").arg(i + 1);
        }
        return joined;
    }

    void renderArgs(const Phrase& p, QStringView language, int depth, QStringList* out)
    {
        for (const Phrase& a : p.args)
            out->append(renderPhrase(a, language, depth + 1));
    }

    QString renderPhrase(const Phrase& p, QStringView language, int depth)
    {
        if (depth > Phrase::MaxDepth)
            return {};
        switch (p.kind) {
        case Phrase::Kind::Value:
            return p.value;
        case Phrase::Kind::List: {
            QStringList items;
            renderArgs(p, language, depth, &items);
            return Catalog::joinList(items, language);
        }
        case Phrase::Kind::Catalog: {
            QStringList args;
            renderArgs(p, language, depth, &args);
            return Catalog::fill(Catalog::lookup(FindingContext, p.source, language), args);
        }
        }
        return {};
    }

} // namespace

Text::Text(const char* source)
{
    Phrase p;
    p.kind = Phrase::Kind::Catalog;
    p.source = QString::fromUtf8(source);
    m_phrases.append(std::move(p));
}

Text Text::value(const QString& v)
{
    Text t;
    Phrase p;
    p.value = v;
    t.m_phrases.append(std::move(p));
    return t;
}

Text Text::list(const QList<Text>& items)
{
    Phrase p;
    p.kind = Phrase::Kind::List;
    for (const Text& item : items)
        p.args.push_back(asOnePhrase(item.m_phrases));
    Text t;
    t.m_phrases.append(std::move(p));
    return t;
}

Text Text::fromPhrases(QList<Phrase> phrases)
{
    Text t;
    t.m_phrases = std::move(phrases);
    return t;
}

Text Text::arg(const Text& a) const
{
    Text t = *this;
    for (auto it = t.m_phrases.rbegin(); it != t.m_phrases.rend(); ++it) {
        if (it->kind != Phrase::Kind::Catalog)
            continue;
        it->args.push_back(asOnePhrase(a.m_phrases));
        return t;
    }
    return t;
}

Text Text::arg(const QString& a) const
{
    return arg(value(a));
}

Text Text::arg(qint64 n) const
{
    return arg(QString::number(n));
}

Text Text::arg(double d, int fieldWidth, char format, int precision) const
{
    return arg(QStringLiteral("%1").arg(d, fieldWidth, format, precision));
}

Text& Text::operator+=(const Text& other)
{
    m_phrases += other.m_phrases;
    return *this;
}

namespace {
    QJsonValue phraseToJson(const Phrase& p)
    {
        QJsonObject o;
        switch (p.kind) {
        case Phrase::Kind::Value:
            o.insert(QStringLiteral("v"), p.value);
            return o;
        case Phrase::Kind::List:
            o.insert(QStringLiteral("l"), true);
            break;
        case Phrase::Kind::Catalog:
            o.insert(QStringLiteral("s"), p.source);
            break;
        }
        QJsonArray args;
        for (const Phrase& a : p.args)
            args.append(phraseToJson(a));
        if (!args.isEmpty())
            o.insert(QStringLiteral("a"), args);
        return o;
    }

    bool phraseFromJson(const QJsonValue& v, Phrase* p, int depth)
    {
        if (!v.isObject() || depth > Phrase::MaxDepth)
            return false;
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("v"))) {
            p->kind = Phrase::Kind::Value;
            p->value = o.value(QStringLiteral("v")).toString();
            return true;
        }
        p->kind = o.contains(QStringLiteral("l")) ? Phrase::Kind::List : Phrase::Kind::Catalog;
        p->source = o.value(QStringLiteral("s")).toString();
        const QJsonArray args = o.value(QStringLiteral("a")).toArray();
        if (args.size() > Phrase::MaxArgs)
            return false;
        for (const QJsonValue& a : args) {
            Phrase q;
            if (!phraseFromJson(a, &q, depth + 1))
                return false;
            p->args.push_back(std::move(q));
        }
        return true;
    }
} // namespace

QByteArray Text::toJson() const
{
    QJsonArray a;
    for (const Phrase& p : m_phrases)
        a.append(phraseToJson(p));
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

Text Text::fromJson(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray() || doc.array().size() > Phrase::MaxArgs)
        return {};
    QList<Phrase> phrases;
    for (const QJsonValue& v : doc.array()) {
        Phrase p;
        if (!phraseFromJson(v, &p, 0))
            return {};
        phrases.append(std::move(p));
    }
    return fromPhrases(std::move(phrases));
}

QString Text::render(QStringView language) const
{
    QString out;
    for (const Phrase& p : m_phrases)
        out += renderPhrase(p, language, 0);
    return out;
}

QStringList render(const QList<Text>& texts, QStringView language)
{
    QStringList out;
    out.reserve(texts.size());
    for (const Text& t : texts)
        out << t.render(language);
    return out;
}

namespace Catalog {

    QString lookup(const char* context, const char* source, QStringView language)
    {
        if (!isEnglish(language)) {
            if (const QTranslator* t = translatorFor(language)) {
                const QString s = t->translate(context, source);
                if (!s.isEmpty())
                    return s;
            }
        }
        return QString::fromUtf8(source);
    }

    QString lookup(const char* context, const QString& source, QStringView language)
    {
        if (isEnglish(language) || source.isEmpty())
            return source;
        return lookup(context, source.toUtf8().constData(), language);
    }

    QString joinList(const QStringList& items, QStringView language)
    {
        if (items.isEmpty())
            return {};
        //: Two items of a list inside a sentence; longer lists repeat it ("a; b; c").
        const QString pattern = lookup("List", QT_TRANSLATE_NOOP("List", "%1; %2"), language);
        QString out = items.first();
        for (qsizetype i = 1; i < items.size(); ++i)
            out = fill(pattern, { out, items[i] });
        return out;
    }

    QStringList languages()
    {
        QStringList out;
        const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("mailtriage_*.qm") });
        for (const QString& f : files)
            out << f.mid(11, f.size() - 11 - 3);
        return out;
    }

    QString fill(const QString& pattern, const QStringList& args)
    {
        QString out;
        out.reserve(pattern.size() + 16 * args.size());
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QChar c = pattern[i];
            if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern[i + 1].isDigit()) {
                qsizetype j = i + 1;
                int n = 0;
                while (j < pattern.size() && pattern[j].isDigit() && j - i <= 2) {
                    n = n * 10 + pattern[j].digitValue();
                    ++j;
                }
                if (n >= 1 && n <= args.size()) {
                    out += args[n - 1];
                    i = j - 1;
                    continue;
                }
            }
            out += c;
        }
        return out;
    }

} // namespace Catalog
} // namespace MailTriage
