// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// Reference lists used by the message analysis, compiled in from resources/referencedata/ and
/// the npm package free-email-domains (docs/findings.md names every source). Lookups take a host
/// name and also try its parent domains ("d.vodafone.ne.jp" finds "vodafone.ne.jp"). All
/// functions are thread-safe and do no I/O.
namespace MailTriage::ReferenceData {

/// True when @p host (or a parent domain) is a free-mail / consumer mail provider: the npm list
/// free-email-domains plus the project's list of Japanese carrier and provider domains.
bool isFreemail(const QString& host);

/// True when @p host (or a parent domain) is on the curated well-known brand list.
bool isBrand(const QString& host);

/// The curated brand domains (registrable domains), sorted.
const QStringList& brandDomains();

/// True when @p host (or a parent domain) belongs to an e-mail service provider / list host
/// whose domain legitimately appears in bounce addresses, DKIM d=, Message-IDs and tracking links.
bool isEsp(const QString& host);

/// True when the last label of @p host is a TLD with a high abuse share.
bool isRiskyTld(const QString& host);

/// True when @p host (or a parent domain) is a URL shortener.
bool isUrlShortener(const QString& host);

/// True when @p host (or a parent domain) is a free web-hosting / form / storage service.
bool isFreeHosting(const QString& host);

/// A brand or authority name that phishing writes into display names, and the organisation
/// names (first label of the registrable domain) under which that brand really sends mail.
struct BrandName {
    QString name; ///< as written in the list ("Microsoft", "三井住友カード")
    QStringList labels; ///< "microsoft", "office365", ...
    bool caseSensitive = false; ///< short ASCII acronyms (DHL, UPS) must match in capitals
};

/// The brand-name list (resources/referencedata/brand-names.txt), in file order.
const QList<BrandName>& brandNames();

/// Other forms of the English given name @p given (resources/referencedata/given-name-short-forms.txt,
/// any case): for a full name its short forms ("Robert": Rob, Bob, Bobby, Robbie, Bert), for a
/// short form the full names it stands for ("Bob": Robert; "Liz": Elizabeth). Capitalised, in file
/// order, without @p given; empty for a name the list does not have.
QStringList givenNameVariants(QStringView given);

/// Number of entries of each list (for tests and documentation).
struct Counts {
    int freemailNpm = 0;
    int freemailJapan = 0;
    int brands = 0;
    int esps = 0;
    int riskyTlds = 0;
    int shorteners = 0;
    int freeHosts = 0;
    int brandNames = 0;
};
Counts counts();

} // namespace MailTriage::ReferenceData
