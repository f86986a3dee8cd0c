// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStringView>

/// Ordinary English words, told from names by a maintained word list: Debian's wamerican and
/// wbritish dictionaries (/usr/share/dict/american-english, british-english; the package depends
/// on them). A dictionary lists a proper noun capitalised ("Mark", "Rose", "Tokyo") and an ordinary
/// word in lower case ("mark", "secured", "by"): a word is common when its lower-case form is
/// listed and its capitalised form is not. The anonymizer never takes a common word for a part of
/// a person's name ("Sent by Alice" names Alice, not "by").
namespace MailTriage::CommonWords {

/// True when @p word (any case) is an ordinary word and no name: "by", "Secured", "TEAM"; false
/// for "Mark", "Daniel", "Haruka", and for every word when no dictionary could be read.
bool isCommon(QStringView word);

/// True when the dictionaries list @p word in lower case: an ordinary word, whether or not it is
/// also a name ("bill", "frank", "rob"; not "Liz").
bool isWord(QStringView word);

/// True when the dictionaries list @p word in any form (lower case or capitalised): an ordinary
/// word, a given name or a place ("Tokyo", "China"); false for "Kazamidori".
bool isListed(QStringView word);

/// The dictionaries read (MAILTRIAGE_WORDLISTS, colon-separated, replaces the Debian paths) and
/// how many words they hold; an empty list when none could be read.
QStringList files();
int wordCount();

} // namespace MailTriage::CommonWords
