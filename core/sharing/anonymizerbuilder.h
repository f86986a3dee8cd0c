// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymizerdetail.h"

#include <memory>

namespace MailTriage {

/// What an Anonymizer holds: the map, the replacement engine built from it, the indicators.
struct Anonymizer::Data {
    AnonymizerOptions options;
    PseudonymMap map;
    AnonymizerDetail::Engine engine;
    QHash<QString, QString> orgEn; ///< label -> "Company A" (or the real organisation)
    QHash<QString, QString> orgJa;
    QList<Indicator> indicators;
    QStringList pseudonymDomains; ///< lower-case domains and hosts the pseudonyms are written under
    QList<Party> parties; ///< Anonymizer::parties()
    QList<QList<int>> recipientParties; ///< by message index
};

namespace AnonymizerDetail {

    /// @brief Builds the anonymized view of a case. Its parts, by concern: the identifier
    /// inventory (anonymizerinventory.cpp: parties, people, hosts, IPs, the case's vocabulary),
    /// the pseudonym map (pseudonymmap.cpp: a pseudonym for each identifier), the indicators
    /// (anonymizerindicators.cpp) and the replacement engine (replacementengine.cpp); build()
    /// (anonymizer.cpp) runs them in order.
    class Builder {
    public:
        Builder(const CaseAnalysis& a, const AnonymizerOptions& o, const PseudonymMap& ov);

        std::shared_ptr<Anonymizer::Data> build();

    private:
        const CaseAnalysis m_a; ///< the analysis with the attacker's recipients as parties (shared, cheap)
        AnonymizerOptions m_options;
        const PseudonymMap& m_overrides;
        QList<Scan> m_scans;
        QSet<QString> m_vocabulary; ///< caseVocabulary()
        bool m_vocabularyBuilt = false;
        QList<Pseudonym> m_entries;
        QSet<QString> m_keys; ///< case-folded reals already in m_entries
        Engine m_engine;
        bool m_engineDirty = true;

        QHash<QString, int> m_partyOfOrg; ///< org domain -> party index
        QList<QPair<QString, int>> m_partyOrgs; ///< the same in party order (iteration must be deterministic)
        QHash<QString, QString> m_pseudoOrg; ///< real org -> pseudonym org
        QHash<QString, QString> m_realCompany; ///< label -> company name as written (non-anonymized output)
        QStringList m_thirdPartyLabels;
        QSet<QString> m_realIps;
        QSet<QString> m_usedIps;
        QStringList m_partyIps; ///< in order of discovery
        QStringList m_attackerIpList;
        QSet<QString> m_partyIpSet;
        QSet<QString> m_attackerIpSet;
        QStringList m_hosts; ///< every host seen, in order of discovery
        QSet<QString> m_hostSet;
        QStringList m_bareHelo; ///< HELO names without a dot in the parties' own hops
        QSet<QString> m_attackerHosts;
        QSet<QString> m_partyPhones;
        QStringList m_attackerPhones; ///< as written, in order of discovery
        QSet<QString> m_genuinePayment; ///< case-folded accounts, IBANs, BICs, banks a party named first

        struct Person {
            int party = -1;
            QString label;
            QString name; ///< display name as first seen
            QStringList addresses;
            int index = -1; ///< in the cast
            QString given;
            QString family;
        };
        QList<Person> m_people;
        QHash<QString, int> m_personOfAddress; ///< lower address -> person
        QHash<QString, int> m_personOfName; ///< normName -> person
        QHash<QString, int> m_personOfLocal; ///< lower local part -> person
        int m_nextCast = 0;

        // --- entries ---

        const Pseudonym* override(const QString& real) const { return m_overrides.find(real); }

        QString add(const QString& kind, const QString& real, const QString& pseudonym, const QString& pseudonymJa = {},
            const QString& party = {});

        bool has(const QString& real) const { return m_keys.contains(real.trimmed().toCaseFolded()); }
        const Pseudonym* entryOf(const QString& real) const;

        void rebuildEngine();

        QString replaced(const QString& s);

        // --- parties ---

        QString companyEn(const QString& label) const { return QStringLiteral("Company ") + label; }
        QString companyJa(const QString& label) const { return label + QStringLiteral("社"); }
        QString tokenFormOf(const QString& label) const;

        bool isPartyRole(const Party& p) const { return p.role != QLatin1String("attacker"); }
        bool isFreemailParty(const Party& p) const { return p.name.contains(QLatin1Char('@')); }

        void collectParties();

        int partyOfHost(const QString& host) const { return m_partyOfOrg.value(orgOf(host), -1); }

        QString computeCaseId() const;

        // --- hosts and IPs: who owns them ---

        void noteHost(const QString& hostIn);

        void noteIp(const QString& ipIn, bool attackerSide);

        void noteAttackerHost(const QString& hostIn);

        void collectHostsAndIps();

        bool isMimic(const QString& address) const;

        // --- organisations ---

        void addOrganisations();

        QString labelAfter(const QStringList& used) const;

        void addCompanyNames();

        // --- people ---

        static bool abbreviates(const QString& code, const QString& label);

        static const QSet<QString>& documentTypes();
        static const QSet<QString>& standardsBodies();

        void addReferenceIssuers();

        int personFor(int party, const Mailbox& mb);

        void castPerson(Person& p);

        bool ordinaryInCase(const QString& word, bool writtenLower);

        QStringList withoutOrdinaryWords(const QStringList& words);

        const QSet<QString>& caseVocabulary();

        void registerName(const Person& p, const QString& display);

        QString pseudoLocal(const Person& p) const { return p.given.toLower(); }

        void registerLocal(const Person& p, const QString& address);

        void registerGivenName(const Person& p, const QString& local);

        void addShortForms();
        void addKanaReadings();

        void addPeople();

        int linkedPerson(const Mailbox& mb) const;

        void addAttackerPeople();

        // --- look-alikes, addresses, hosts ---

        QStringList allDomainsSeen() const;

        void addLookalikes();

        void addAddresses();

        void addHosts();

        QString nextIp(bool v6, bool attacker);

        int m_nextIpCandidate[2][2] = { { 1, 1 }, { 1, 1 } }; ///< [v6][attacker]: next candidate number

        void addIps();

        bool fromParty(const CaseMessage& cm) const;

        void addAccounts();

        void addMessageIds();

        void addAttackerPseudonyms();

        void addCustomOverrides();

        // --- indicators ---

        QList<Indicator> collectIndicators();
    };

} // namespace AnonymizerDetail
} // namespace MailTriage
