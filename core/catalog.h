// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

/// The one translation catalog: every text MailTriage writes for people (the window, finding
/// explanations, reports, exports) has an English source text, marked for Qt Linguist with
/// QT_TRANSLATE_NOOP / tr(), and its translations in resources/translations/mailtriage_<lang>.ts.
/// A third language is one more .ts file.
namespace MailTriage {

/// @brief One piece of a text that is rendered when it is shown: a catalog entry with its
/// arguments, a plain value (an address, a number), or a list of pieces joined the language's way.
struct Phrase {
    enum class Kind : quint8 { Catalog, Value, List };
    Kind kind = Kind::Value;
    QString source; ///< Catalog: the English source text (the catalog key), with %1..%n
    QString value; ///< Value: the text itself
    std::vector<Phrase> args; ///< Catalog: %1..%n; List: the items

    /// What stored phrases (case files, worker pipes) may claim: real texts nest two or three
    /// deep with a handful of arguments; hostile data is refused beyond these.
    static constexpr int MaxDepth = 6;
    static constexpr int MaxArgs = 64;

    bool operator==(const Phrase& o) const = default;
};

/// @brief A text in no particular language: phrases that the catalog renders in the language
/// asked for. Findings carry one (context "Finding"); arguments may themselves be texts.
class Text {
public:
    Text() = default;
    /// A catalog entry in context "Finding": pass QT_TRANSLATE_NOOP("Finding", "...").
    explicit Text(const char* source);
    /// A plain value, printed as is in every language.
    static Text value(const QString& v);
    /// Items joined by the language's list separator ("; " in English, "、" in Japanese).
    static Text list(const QList<Text>& items);

    /// Fills the next placeholder of the last catalog phrase (%1, then %2, ...).
    Text arg(const QString& a) const;
    Text arg(const Text& a) const;
    /// Several placeholders at once, like QString::arg(a1, a2, ...): each a QString, a Text or a number.
    template <typename A1, typename A2, typename... Rest>
    Text arg(const A1& a1, const A2& a2, const Rest&... rest) const
    {
        return arg(a1).arg(a2, rest...);
    }
    Text arg(qint64 n) const;
    Text arg(int n) const { return arg(qint64(n)); }
    Text arg(const char*) const = delete; // a literal argument is a catalog text or a QStringLiteral value
    Text arg(double d, int fieldWidth, char format, int precision) const;

    Text& operator+=(const Text& other);
    friend Text operator+(Text a, const Text& b) { return a += b; }
    bool operator==(const Text& o) const = default;

    bool isEmpty() const { return m_phrases.isEmpty(); }
    const QList<Phrase>& phrases() const { return m_phrases; }
    static Text fromPhrases(QList<Phrase> phrases);

    /// The phrases as compact JSON (a case file's findings table), and back; fromJson() gives an
    /// empty text for anything malformed or nested deeper than any real text.
    QByteArray toJson() const;
    static Text fromJson(const QByteArray& json);

    /// The text in @p language ("en", "ja", ...), from the catalog; English for an unknown
    /// language or a missing translation.
    QString render(QStringView language) const;

private:
    QList<Phrase> m_phrases;
};

/// Each text of @p texts rendered in @p language.
QStringList render(const QList<Text>& texts, QStringView language);

namespace Catalog {

    /// The translation of @p source (UTF-8, as marked in the code) in @p context for @p language;
    /// @p source itself for English or when the catalog has no translation.
    QString lookup(const char* context, const char* source, QStringView language);
    QString lookup(const char* context, const QString& source, QStringView language);

    /// @p items joined the way @p language lists things inside a sentence ("a; b" / "a、b").
    QString joinList(const QStringList& items, QStringView language);

    /// Languages the catalog holds besides English (the compiled .qm files), e.g. {"ja"}.
    QStringList languages();

    /// %1..%99 of @p pattern replaced by @p args in one pass (an argument's own "%2" stays as it is).
    QString fill(const QString& pattern, const QStringList& args);

} // namespace Catalog
} // namespace MailTriage
