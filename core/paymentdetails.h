// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace MailTriage::PaymentDetails {

/// @brief Payment instructions written in a message or its invoice: what a fraudster changes.
struct Details {
    QStringList accounts; ///< account numbers, digits only ("5824170938 38" -> "582417093838")
    QStringList ibans; ///< upper-case, no spaces, checksum-valid
    QStringList swifts; ///< BIC, 8 or 11 characters
    QStringList banks; ///< bank names as written
    QList<QDate> dueDates; ///< payment / remittance dates asked for
    QStringList dueDateTexts; ///< the same as written
    bool isEmpty() const { return accounts.isEmpty() && ibans.isEmpty() && swifts.isEmpty() && banks.isEmpty(); }
};

/// Text without quoted replies: lines starting with '>' and everything after an attribution
/// ("On ... wrote:", "-----Original Message-----", "差出人:"/"From:" header blocks of a quote).
QString ownText(const QString& body);

/// Payment instructions from labelled lines ("Account No.: ...", "IBAN: ...", "SWIFT/BIC: ...",
/// "Bank name: ...", 口座番号, 銀行名, 支店名) and payment dates ("payment by 22 March 2024",
/// "お支払期日: 2024年3月29日"). Prose that merely mentions a bank is not an instruction.
/// @p referenceYear resolves dates written without a year. Bounded: the first 256 KiB are read.
Details extract(const QString& text, int referenceYear);

/// True when an IBAN's ISO 7064 mod-97 checksum holds.
bool ibanChecksumValid(const QString& iban);

} // namespace MailTriage::PaymentDetails
