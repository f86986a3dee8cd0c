// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymizer.h"
#include "caseanalysis.h"
#include "lookalike.h"
#include "message.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

// Internals of the anonymizer (core/sharing/anonymizer*.cpp, pseudonymmap.cpp,
// replacementengine.cpp): the text helpers the identifier inventory and the pseudonym map share,
// and the replacement engine every output reads text through. Not an API.
namespace MailTriage::AnonymizerDetail {

constexpr qsizetype kMaxScanChars = 256 * 1024; ///< of each text read while building the map
constexpr int kMaxEntries = 20000;
/// Message-IDs mapped, at most (the first messages of a very large case; docs/report.md).
constexpr int kMaxMessageIds = 5000;
constexpr int kMaxUrlsPerMessage = 20;

const QLatin1String kFormat("mailtriage-pseudonym-map");

// The cast of the pseudonyms: given names in order of appearance, family names to match.
const char16_t* const kGiven[] = { u"Alice", u"Bob", u"Carol", u"Dave", u"Erin", u"Frank", u"Grace", u"Heidi", u"Ivan",
    u"Judy", u"Kevin", u"Linda", u"Mike", u"Nina", u"Oscar", u"Peggy", u"Quinn", u"Rupert", u"Sybil", u"Trent",
    u"Ursula", u"Victor", u"Wendy", u"Xavier", u"Yvonne", u"Zach" };
const char16_t* const kFamily[] = { u"Anderson", u"Brown", u"Clark", u"Davis", u"Evans", u"Foster", u"Green", u"Harris",
    u"Irving", u"Jones", u"King", u"Lewis", u"Miller", u"Nolan", u"Owens", u"Parker", u"Quincy", u"Reed", u"Stone",
    u"Turner", u"Upton", u"Vance", u"Walker", u"Xu", u"Young", u"Zimmer" };
constexpr int kCast = int(sizeof(kGiven) / sizeof(kGiven[0]));

// Words that are not distinctive of anyone: never mapped on their own.
const QSet<QString>& genericWords();

bool isGeneric(const QString& word);

bool isCjk(QChar c);

bool isWordChar(QChar c);

QString lower(const QString& s);

QString normName(QString s);

/// The organisational domain of a host (com.cc-style second levels included), lower-case.
QString orgOf(const QString& host);

QString domainOfAddress(const QString& address);

/// Every organisation but the attacker is a party. Case analysis learns the parties from the
/// mail that shows no deception; in a campaign or a single attacker message the victims appear
/// only as the attacker's recipients (To, Cc, Delivered-To, X-Original-To, the recipient an
/// e-mail service wrote into its bounce address). Those organisations are added as parties for
/// anonymization, after the parties case analysis found (whose indices stay). Free-mail
/// providers, mail services, the attacker's own domains and look-alikes of a party stay out.
CaseAnalysis withRecipientParties(const CaseAnalysis& in);

QString localOfAddress(const QString& address);

QString firstLabel(const QString& domain);
QString afterFirstLabel(const QString& domain);

bool isIpv6(const QString& ip);

QString normIp(QString ip);

// ------------------------------------------------------------------------------------------
// Patterns used to find things in text.

const QRegularExpression& ipv4Re();
const QRegularExpression& ipv6Re();
const QRegularExpression& hostRe();
const QRegularExpression& urlRe();
const QRegularExpression& phase2Re();

bool hasCommonTld(const QString& host);

// ------------------------------------------------------------------------------------------
// The replacement engine.

struct Needle {
    QString key;
    int entry = -1;
    bool boundaryStart = false;
    bool boundaryEnd = false;
    bool ip = false;
};

struct Engine {
    QList<Pseudonym> entries;
    // Every needle in a trie over case-folded UTF-16 units: the literal pass walks it from each
    // position, so its cost is the length of the longest key prefix found there, not the
    // number of keys (a message with thousands of hosts made it quadratic).
    QList<Needle> needles;
    QHash<quint64, int> trieNext; ///< (node << 16) | folded unit -> child node
    QList<int> trieNeedle { -1 }; ///< node -> index into needles, or -1; node 0 is the root
    QHash<QString, QString> tokenForm; ///< party label -> "a-company"
    QHash<QString, int> accounts; ///< digits-only account / IBAN -> entry
    QSet<QString> attackerHosts; ///< lower-case hosts and organisational domains of the attacker side
    QSet<QString> attackerIps;
    QSet<QString> knownHosts; ///< every host seen in the case
    bool anonymize = true;

    void build(const QList<Pseudonym>& list);

    bool ipBoundaryOk(const QString& in, qsizetype i, qsizetype len, bool v6) const;

    QString output(
        const Pseudonym& p, QStringView matched, QStringView before, QStringView after, ReportLanguage lang) const;

    struct Segment {
        QString text;
        bool replaced = false;
    };

    QList<Segment> literal(const QString& in, ReportLanguage lang) const;

    bool isAttackerHost(const QString& host) const;

    QString phase2(const QString& seg, bool defang) const;

    QString accountReplacement(const QString& t) const;

    QSet<QString> partyPhones; ///< digits of the telephone numbers the parties' own mail shows

    static const QRegularExpression& labelledPhoneRe();
    static const QRegularExpression& internationalPhoneRe();
    static QString digitsOf(QStringView s);

    QString phase0(const QString& in, ReportLanguage lang) const;

    QString apply(const QString& input, ReportLanguage lang, bool defang) const;

    QString literalOnly(const QString& in) const;
};

// ------------------------------------------------------------------------------------------
// What the builder reads from each message.

struct Scan {
    QStringList headerTexts; ///< decoded header values
    QString ownText; ///< body without quotes
    QString body; ///< whole text body
    QString html;
    QStringList attachmentNames;
    QStringList extracted;
};

Scan scanOf(const Message& m);

QStringList allTexts(const Scan& s);

QStringList matchesOf(const QRegularExpression& re, const QString& text, int max = 2000);

// ------------------------------------------------------------------------------------------
// Look-alike pseudonyms: the same trick applied to the pseudonym of the imitated domain.

QString withoutHyphens(QString s);

QString applySwap(QString name, const QString& from, const QString& to);

QString trickPseudonym(
    const Lookalike::Match& m, const QString& candOrg, const QString& refOrg, const QString& pseudoRef);

// ------------------------------------------------------------------------------------------
// Company names written in signatures and documents.

const QRegularExpression& enCompanyRe();

const QRegularExpression& jaCompanyRe();

struct FoundCompany {
    QString full;
    QString core; ///< without the legal form
    bool japanese = false;
    bool inSignature = false;
};

QList<FoundCompany> companiesIn(const QString& text, bool signatureAware);

/// Words of a display name: "Haruka Nishizono" -> {Haruka, Nishizono}; "棚機 茂" -> {棚機, 茂}.
QStringList nameWords(QString name);

/// The shorter forms a bank is written in: "Mikawa Shinkin Bank, Sakae Branch" -> "Mikawa
/// Shinkin Bank", "Mikawa Shinkin"; "Kazamidori Bank, Ltd." -> "Kazamidori Bank", "Kazamidori";
/// "Banco Atlantico do Tejo S.A." -> "Atlantico do Tejo"; "三河信用金庫" -> "三河信金", "三河".
/// A short form must keep a distinctive word: "Bank of America" gives no "America".
QStringList bankShortForms(const QString& name);

/// The katakana a Japanese name written in romaji is read as ("matsuura" -> マツウラ; "sato" ->
/// サト, サトウ, since Hepburn leaves long vowels unwritten), at most @p max forms; empty for a
/// word that is not romaji.
QStringList katakanaReadings(const QString& romaji, int max = 8);

/// The part of a display name that is a name: embedded addresses and " - " tails removed.
QString namePart(const QString& display);

} // namespace MailTriage::AnonymizerDetail
