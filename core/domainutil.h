// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace MailTriage::DomainUtil {

/// Host name normalised for comparison: trimmed, lower-cased, without a trailing dot or
/// surrounding brackets. Empty for empty input.
QString normalizeHost(const QString& host);

/// The registrable domain ("organisational domain", public suffix + one label) of @p host per
/// the Public Suffix List (libpsl): "mx.kumoyuki-fs.co.jp" -> "kumoyuki-fs.co.jp". Empty for IP
/// literals, single-label names ("localhost"), public suffixes themselves and unusable input.
/// Thread-safe.
QString registrableDomain(const QString& host);

/// The organisation @p host belongs to, for deciding who added a Received line: its
/// registrable domain, with the few large mail providers that run their servers under several
/// registrable domains folded into one name ("office365.com", "exchangelabs.com" and
/// "hotmail.com" -> "outlook.com"; "gmail.com", "googlemail.com", "1e100.net" -> "google.com";
/// "yahoodns.net" -> "yahoo.com"; "icloud.com", "me.com" -> "apple.com"). Empty when @p host has
/// no registrable domain.
QString organisationKey(const QString& host);

/// True when @p domain is itself a public suffix ("com", "co.jp", "com.my"). Thread-safe.
bool isPublicSuffix(const QString& domain);

/// True when @p a and @p b belong to the same organisation: the same registrable domain, or,
/// when neither has one (IP literals, single-label names), the same normalised name.
bool sameOrganisation(const QString& a, const QString& b);

/// True when @p text is an IPv4 or IPv6 address (brackets, "IPv6:" prefix and an IPv6 zone
/// index "%eth0" tolerated).
bool isIpAddress(const QString& text);

/// True for addresses that are not on the public Internet: RFC 1918 (10/8, 172.16/12,
/// 192.168/16), loopback (127/8, ::1), link-local (169.254/16, fe80::/10), RFC 6598 shared
/// address space (100.64/10), the unspecified address, IPv6 unique-local (fc00::/7) and
/// site-local (fec0::/10), and IPv4-mapped IPv6 forms of these. False for anything that is not
/// an IP address.
bool isPrivateIp(const QString& ip);

} // namespace MailTriage::DomainUtil
