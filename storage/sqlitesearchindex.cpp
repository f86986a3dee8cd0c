// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitesearchindex.h"

#include "sqlitedatabase.h"
#include "sqlitemessagerepository.h"
#include "sqlitestatement.h"

namespace MailTriage {

namespace {
    // The trigram tokenizer indexes sequences of three characters (code points, not UTF-16 units).
    constexpr int kMinIndexedLength = 3;

    qsizetype codePoints(const QString& s)
    {
        qsizetype n = 0;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (!s.at(i).isLowSurrogate())
                ++n;
        }
        return n;
    }

    QString snippetFor(const QString& text, const QStringList& terms)
    {
        for (const QString& t : terms) {
            const qsizetype at = text.indexOf(t, 0, Qt::CaseInsensitive);
            if (at < 0)
                continue;
            const qsizetype from = qMax<qsizetype>(0, at - 40);
            const qsizetype to = qMin<qsizetype>(text.size(), at + t.size() + 60);
            QString s = text.mid(from, to - from).simplified();
            if (from > 0)
                s.prepend(QStringLiteral("..."));
            if (to < text.size())
                s.append(QStringLiteral("..."));
            return s;
        }
        return {};
    }
} // namespace

SqliteSearchIndex::SqliteSearchIndex(SqliteDatabase& db)
    : m_db(db)
{
}

QString SqliteSearchIndex::matchExpression(const QStringList& terms)
{
    QStringList phrases;
    for (QString t : terms)
        phrases << QLatin1Char('"') + t.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return phrases.join(QStringLiteral(" AND "));
}

QString SqliteSearchIndex::likePattern(const QString& term)
{
    QString t = term;
    t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    t.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    t.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + t + QLatin1Char('%');
}

QList<SearchHit> SqliteSearchIndex::search(const QString& query, int limit)
{
    const QStringList terms = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms.isEmpty())
        return {};
    QStringList indexed;
    QStringList shortTerms;
    for (const QString& t : terms)
        (codePoints(t) >= kMinIndexedLength ? indexed : shortTerms).append(t);

    QByteArray sql = QByteArray("SELECT ") + SqliteMessageRepository::columns() + ", m.body_text"
        + SqliteMessageRepository::fromClause() + " WHERE 1";
    int param = 1;
    if (!indexed.isEmpty()) {
        sql += " AND m.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?" + QByteArray::number(param++)
            + ")";
    }
    for (qsizetype i = 0; i < shortTerms.size(); ++i) {
        const QByteArray p = "?" + QByteArray::number(param++);
        sql += " AND (m.subject LIKE " + p + " ESCAPE '\\' OR m.search_names LIKE " + p
            + " ESCAPE '\\' OR m.search_addresses LIKE " + p + " ESCAPE '\\' OR m.body_text LIKE " + p
            + " ESCAPE '\\')";
    }
    sql += " ORDER BY m.date_utc, m.id LIMIT ?" + QByteArray::number(param);

    SqliteStatement q(m_db, sql.constData());
    int bindAt = 1;
    if (!indexed.isEmpty())
        q.bindText(bindAt++, matchExpression(indexed));
    for (const QString& t : std::as_const(shortTerms))
        q.bindText(bindAt++, likePattern(t));
    q.bindInt(bindAt, limit < 0 ? -1 : limit);

    QList<SearchHit> out;
    while (q.next()) {
        SearchHit hit;
        hit.message = SqliteMessageRepository::readRow(q);
        hit.snippet = snippetFor(q.text(19), terms);
        if (hit.snippet.isEmpty())
            hit.snippet = snippetFor(hit.message.subject, terms);
        out.append(hit);
    }
    return out;
}

} // namespace MailTriage
