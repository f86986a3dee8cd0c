// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseanalysis.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace MailTriage {

/// The language a report or a pseudonym is written in.
enum class ReportLanguage { English, Japanese };

/// @brief One replacement of a pseudonym map: a real string and what is written instead.
struct Pseudonym {
    /// What the real string is: "organisation", "company-name", "company-word", "domain",
    /// "domain-label", "lookalike-domain", "host", "person", "name-word", "local-part",
    /// "address", "ip", "account", "bank", "attacker-domain", "attacker-address", "attacker-ip",
    /// "custom" (added by the analyst).
    QString kind;
    QString real; ///< matched case-insensitively, literally
    QString pseudonym; ///< English (and language-neutral) form
    QString pseudonymJa; ///< Japanese form when it differs ("A社"); empty: the same as pseudonym
    QString party; ///< the party label it belongs to ("A", "B", "X" for the attacker), if any

    bool operator==(const Pseudonym&) const = default;
};

/// @brief The per-case pseudonym map: a plain value the analyst can save, edit and give back.
/// JSON format (docs/report.md): {"format": "mailtriage-pseudonym-map", "version": 1,
/// "case_id": "MT-…", "entries": [{"kind", "real", "pseudonym", "pseudonym_ja", "party"}]}.
struct PseudonymMap {
    QString caseId; ///< the anonymized case id printed on reports ("MT-3F2A9C1B")
    QList<Pseudonym> entries; ///< in the order they were made (the order the file lists them)

    bool isEmpty() const { return entries.isEmpty() && caseId.isEmpty(); }
    /// The entry whose real string equals @p real (case-insensitive), or nullptr.
    const Pseudonym* find(const QString& real) const;

    QByteArray toJson() const; ///< UTF-8, indented, entries in map order (byte-stable)
    static std::optional<PseudonymMap> fromJson(const QByteArray& json, QString* error = nullptr);
    bool save(const QString& path, QString* error = nullptr) const;
    static std::optional<PseudonymMap> load(const QString& path, QString* error = nullptr);

    bool operator==(const PseudonymMap&) const = default;
};

/// @brief How much the anonymizer replaces.
struct AnonymizerOptions {
    /// Replace people, organisations, party domains, internal hosts, party IPs and bank
    /// accounts of the parties. Off: the real names stay (internal use); indicators are still defanged.
    bool anonymize = true;
    /// Also replace the attacker's own indicators (domains, addresses, IPs) by pseudonyms
    /// (attacker-1.example, 203.0.113.x) instead of keeping them defanged.
    bool anonymizeAttacker = false;
    /// Write kept indicators defanged (hxxp://, example[.]com, user[@]example[.]com, 198.51.100[.]1).
    bool defang = true;
};

/// @brief An attacker indicator of the case: what to block or search for, with where it was seen.
struct Indicator {
    QString type; ///< "email-addr", "domain-name", "ipv4-addr", "ipv6-addr", "url", "file", "hostname", "bank-account"
    QString value; ///< the real value (never printed by the exports)
    QString shown; ///< as the reports write it: pseudonymized where needed, then defanged
    QString plain; ///< pseudonymized where needed, not defanged (machine formats on request)
    QString
        role; ///< what it was in the mail ("sender address", "origin IP", ...): a catalog source (context "Indicator")

    /// The role in @p language ("en", "ja", ...).
    QString roleIn(QStringView language) const;
    /// For detection (a STIX indicator, a MISP to_ids attribute, a block list): the attacker's own
    /// value as it really is. A pseudonym matches nothing real (or someone else); context is not
    /// the attacker's to block.
    bool isDetectable() const { return !context && plain.compare(value, Qt::CaseInsensitive) == 0; }
    /// Bank accounts: an IBAN starts with its country code; a domestic account number is digits.
    bool isIban() const
    {
        return type == QLatin1String("bank-account") && !value.isEmpty() && value.front().isLetter();
    }
    QString fileName; ///< files: the (anonymized) attachment name; bank accounts: the bank
    QString fileNameAsWritten; ///< the same as the mail writes it (for the analyst, never exported)
    QString sha256; ///< files: hex SHA-256
    qint64 size = 0; ///< files: decoded size in bytes
    /// Seen in the attacker's mail but not the attacker's to block: a free-mail provider, a party's
    /// genuine document the attacker re-sent. Machine formats give it as context, never as an
    /// indicator of malicious activity.
    bool context = false;
    QStringList messageIds; ///< the attacker messages it came from (real Message-IDs; anonymize to print)
    QList<int> messages; ///< the same messages as indices in CaseAnalysis::messages (also those without an id)
    QDateTime firstSeen;
    QDateTime lastSeen;
};

/// @brief Per-case, consistent, deterministic anonymization of everything a report prints.
///
/// Built from a CaseAnalysis: organisations become "Company A"/"A社" (the parties' labels), people
/// alice, bob, carol... (full names "Alice Anderson", each word of a name, Japanese names
/// included), party domains a-company.co.jp keeping the real public suffix, look-alike domains
/// the same look-alike trick applied to the pseudonym (a-cornpany.co.jp), free-mail mimics keep
/// the provider (bob.a-company.jp@consultant[.]com), company names found in signatures and the
/// distinctive words of party domain labels "Company A", internal hosts host1.a-company.co.jp,
/// party and internal IPs documentation addresses (192.0.2.0/24, 2001:db8::/32). The attacker's
/// indicators are kept but defanged unless AnonymizerOptions::anonymizeAttacker. The same
/// analysis and map always give the same pseudonyms. Cheap to copy (shared, immutable).
class Anonymizer {
public:
    /// @p overrides: an analyst's (possibly partial) map; its pseudonyms win over generated ones,
    /// derived names follow them (a changed domain pseudonym changes the addresses under it),
    /// and its extra entries are applied too.
    explicit Anonymizer(
        const CaseAnalysis& analysis, const AnonymizerOptions& options = {}, const PseudonymMap& overrides = {});

    /// The complete map in use (generated + overrides): save it to reproduce or edit the report.
    const PseudonymMap& map() const;
    const AnonymizerOptions& options() const;
    /// The id the reports print instead of anything identifying ("MT-" + 8 hex digits).
    QString caseId() const;

    /// Any text (subjects, bodies, file names, header excerpts, Message-IDs, finding texts,
    /// timeline labels): longest-match-first literal replacement of the map, case-insensitive,
    /// then real addresses, URLs, host names and IPs left over are defanged (and unknown IPs
    /// removed when anonymizing). Bounded: at most MaxTextChars characters are processed.
    QString text(const QString& input, ReportLanguage language = ReportLanguage::English) const;
    /// As text(), but indicators are not defanged (for machine formats that want live values).
    QString textUndefanged(const QString& input, ReportLanguage language = ReportLanguage::English) const;

    /// For machine formats (STIX observables, MISP, CSV): every host name written under a
    /// pseudonymous domain gets the RFC 2606 suffix ".example" (alice@a-company.co.jp ->
    /// alice@a-company.co.jp.example, a-cornpany.co.jp -> a-cornpany.co.jp.example), so that no
    /// shared value can match a real organisation that happens to own the pseudonym. Real attacker
    /// values, free-mail providers and names already reserved are unchanged. Idempotent.
    QString reservedNames(const QString& anonymizedText) const;
    /// textUndefanged() then reservedNames(): what the machine formats write.
    QString machineText(const QString& input) const;
    /// The text of @p m a machine format may carry (STIX, MISP): none when anonymizing — quoted
    /// replies, signatures with postal addresses and reference numbers hold what no pseudonym
    /// covers, and the PDF prints excerpts only — else the beginning of the body.
    QString machineBody(const Message& m) const;

    /// The parties as every output names them: case analysis's parties (same indices) followed
    /// by every other organisation the attacker wrote to (a CEO-fraud series to five companies,
    /// a single attacker message), with role "party".
    const QList<Party>& parties() const;
    /// The parties (indices into parties()) that message @p message of the analysis went to:
    /// CaseMessage::recipientParties plus, for the attacker's messages, the organisations it
    /// wrote to that case analysis did not know.
    QList<int> recipientParties(int message) const;

    /// "Company A" / "A社" for a party label, "Attacker" / "攻撃者" for "X", "Unknown" / "不明" for
    /// "?". Without anonymization: the party's real organisation (company name when known).
    QString organisation(const QString& label, ReportLanguage language) const;
    /// "Alice Anderson <alice@a-company.co.jp>" (anonymized, indicators defanged).
    QString mailbox(const Mailbox& mb, ReportLanguage language = ReportLanguage::English) const;

    /// The attacker's indicators in order of first appearance.
    const QList<Indicator>& indicators() const;
    /// True when @p value (an address, domain, host, IP or URL) belongs to the attacker's side.
    bool isAttackerIndicator(const QString& value) const;

    /// example.com -> example[.]com, a@b.com -> a[@]b[.]com, 198.51.100.1 -> 198.51.100[.]1,
    /// http://x.com/p -> hxxp://x[.]com/p, 2001:db8::1 -> 2001[:]db8::1.
    static QString defang(const QString& value);

    static constexpr qsizetype MaxTextChars = 1 << 20;

    struct Data;

private:
    std::shared_ptr<const Data> d;
};

} // namespace MailTriage
