// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"

#include <QFlags>
#include <QString>

/// Look-alike detection between two domains: does a candidate domain imitate a reference
/// domain, and by which trick? Pure, bounded (names longer than MaxNameLength are compared for
/// equality only), thread-safe. Uses ICU (uspoof TR39 skeletons, UTS #46 IDNA) and the Public
/// Suffix List (DomainUtil). Nothing is looked up on the network.
namespace MailTriage::Lookalike {

/// The tricks that make a candidate look like a reference (several may combine).
enum class Trick : unsigned {
    None = 0,
    Confusable = 1u << 0, ///< Unicode characters that look like the reference's (TR39 skeletons equal)
    Punycode = 1u << 1, ///< the candidate is an internationalised name written as xn--
    CharSwap = 1u << 2, ///< rn/m, vv/w, cl/d, 1/l, 0/o
    Hyphen = 1u << 3, ///< a hyphen inserted, removed or moved
    SuffixMoved = 1u << 4, ///< labels rearranged: b-companys.com.cc -> b-companys-cc.com
    TldSwap = 1u << 5, ///< the same name under another public suffix (.co.jp -> .com)
    EditDistance = 1u << 6, ///< a Damerau-Levenshtein distance of 1 or 2 on the name
    RelatedName = 1u << 7, ///< the same leading company word under another suffix (only when allowed)
};
Q_DECLARE_FLAGS(Tricks, Trick)
Q_DECLARE_OPERATORS_FOR_FLAGS(Tricks)

constexpr int MaxNameLength = 64;

struct Options {
    bool tldSwap = true; ///< off for brands: they legitimately run many country domains
    bool editDistance = true;
    bool relatedName = false; ///< "hinagiku-hd.com" for "hinagiku-bs.co.jp": only for claimed identities
};

struct Match {
    Tricks tricks;
    int distance = -1; ///< edit distance of the names when EditDistance matched
    /// +1: the candidate carries the trick (it is the imitation); -1: the reference does (the
    /// reference is more likely the imitation); 0: cannot tell (hyphen moves, TLD swaps, edits).
    int direction = 0;
    QString candidate; ///< the candidate's organisational domain, Unicode form
    QString reference; ///< the reference's organisational domain, Unicode form
    QString swaps; ///< for CharSwap: the swaps seen, e.g. "rn→m"

    bool matched() const { return tricks != Tricks(); }
};

/// A host name prepared for many comparisons (its organisational domain split, normalised and
/// tokenised once). Cheap to copy.
struct Domain {
    QString host; ///< normalised host name as given
    QString org; ///< organisational domain (ASCII / punycode as written)
    QString orgKey; ///< DomainUtil::organisationKey of org
    QString name; ///< first label of org, Unicode
    QString suffix; ///< the rest of org
    QString unicodeOrg; ///< org with xn-- labels decoded
    bool valid = false;
};

/// Prepares @p host for compare(); an invalid Domain when it has no registrable domain.
Domain prepare(const QString& host);

/// Compares two prepared domains (see the QString overload).
Match compare(const Domain& candidate, const Domain& reference, const Options& options = {});

/// Compares the organisational domains of two host names. No match when they are the same
/// organisation, when either has no registrable domain, or when none of the tricks applies.
Match compare(const QString& candidateHost, const QString& referenceHost, const Options& options = {});

/// Short plain-language descriptions of the tricks of @p m ("'rn' written for 'm'; ...").
Text describe(const Match& m);

/// The organisational domain used for the comparison: the registrable domain, extended by one
/// label when it is an unofficial second level such as "com.cc" ("b-companys.com.cc").
QString organisationalDomain(const QString& host);

/// Optimal-string-alignment (restricted Damerau-Levenshtein) distance; -1 when either string is
/// longer than @p maxLength.
int damerauLevenshtein(QStringView a, QStringView b, int maxLength = MaxNameLength);

/// The Unicode TR39 confusable skeleton of @p text (ICU uspoof); empty when ICU fails.
QString skeleton(const QString& text);

/// A host name with its xn-- labels decoded (UTS #46 ToUnicode); the input, lower-cased, when it
/// holds no punycode or cannot be decoded.
QString toUnicodeHost(const QString& host);

/// True when the host name contains a character outside ASCII or an xn-- label.
bool isInternationalized(const QString& host);

} // namespace MailTriage::Lookalike
