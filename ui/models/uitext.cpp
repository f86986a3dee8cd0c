// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitext.h"

#include "caseanalysis.h"
#include "findingtexts.h"

#include <QLocale>
#include <QTimeZone>

namespace MailTriage {

namespace {
    bool isHiddenChar(char32_t c)
    {
        if (c == U'\t')
            return false;
        if (c < 0x20 || (c >= 0x7F && c < 0xA0))
            return true;
        switch (c) {
        case 0x00AD: // soft hyphen
        case 0x061C: // Arabic letter mark
        case 0x180E:
        case 0x200B: // zero width space
        case 0x200C:
        case 0x200D:
        case 0x200E: // LRM
        case 0x200F: // RLM
        case 0x2028:
        case 0x2029:
        case 0x202A: // LRE
        case 0x202B: // RLE
        case 0x202C: // PDF
        case 0x202D: // LRO
        case 0x202E: // RLO
        case 0x2060:
        case 0x2066: // LRI
        case 0x2067: // RLI
        case 0x2068: // FSI
        case 0x2069: // PDI
        case 0xFEFF:
            return true;
        default:
            return false;
        }
    }
} // namespace

bool UiText::japanese()
{
    return QLocale().language() == QLocale::Japanese;
}

QString UiText::language()
{
    // UiLanguage::install() sets the default locale to the UI language.
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

QString UiText::render(const Text& text)
{
    return text.render(language());
}

QString UiText::severity(Severity s)
{
    switch (s) {
    case Severity::Info:
        return tr("Info");
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    }
    return tr("Info");
}

QString UiText::signalTitle(const QString& signal)
{
    if (const FindingTexts::SignalText* t = FindingTexts::find(signal))
        return t->titleIn(language());
    return signal;
}

QString UiText::becType(int type)
{
    if (type < 1 || type > 5)
        return tr("Not set");
    // IPA's names as the core writes them ("Type 1: ...", "タイプ1: ...").
    return becTypeName(type, language());
}

QString UiText::actor(const QString& actor)
{
    if (actor == QLatin1String("attacker"))
        return tr("attacker");
    if (actor == QLatin1String("party"))
        return tr("party");
    if (actor == QLatin1String("unknown"))
        return tr("unknown");
    return actor;
}

QString UiText::lane(const QString& label)
{
    if (label == QLatin1String("X"))
        return tr("X (attacker)");
    if (label == QLatin1String("?"))
        return tr("? (unknown)");
    return label;
}

bool UiText::hasHiddenCharacters(const QString& text)
{
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (isHiddenChar(c))
            return true;
    }
    return false;
}

QString UiText::visible(const QString& text)
{
    if (!hasHiddenCharacters(text))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (c == U'\r' || c == U'\n') {
            out += QLatin1Char(' ');
        } else if (isHiddenChar(c)) {
            out += QStringLiteral("[U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'))
                + QLatin1Char(']');
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

QString UiText::mailbox(const Mailbox& m)
{
    if (m.name.isEmpty())
        return visible(m.address);
    if (m.address.isEmpty())
        return visible(m.name);
    return visible(QStringLiteral("%1 <%2>").arg(m.name, m.address));
}

QString UiText::mailboxes(const QList<Mailbox>& list, int max)
{
    QStringList parts;
    for (int i = 0; i < list.size() && i < max; ++i)
        parts << mailbox(list[i]);
    QString s = parts.join(QStringLiteral(", "));
    if (list.size() > max)
        s += tr(" (+%n more)", nullptr, int(list.size() - max));
    return s;
}

QString UiText::localDateTime(const QDateTime& dt)
{
    if (!dt.isValid())
        return QStringLiteral("—");
    const QDateTime local = dt.toLocalTime();
    QString zone = local.timeZoneAbbreviation();
    if (zone.isEmpty() || zone.startsWith(QLatin1String("UTC")) || zone.startsWith(QLatin1String("GMT")))
        zone = local.timeZone().displayName(local, QTimeZone::OffsetName);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + zone;
}

QString UiText::utcDateTime(const QDateTime& dt)
{
    if (!dt.isValid())
        return QStringLiteral("—");
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString UiText::originalDateTime(const QDateTime& dt)
{
    if (!dt.isValid())
        return QStringLiteral("—");
    const int off = dt.offsetFromUtc();
    const QString sign = off < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int a = qAbs(off);
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + sign
        + QStringLiteral("%1:%2").arg(a / 3600, 2, 10, QLatin1Char('0')).arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString UiText::duration(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("−") : QString();
    qint64 s = qAbs(seconds);
    if (s < 60)
        return sign + tr("%1 s").arg(s);
    const qint64 minutes = s / 60;
    if (minutes < 60)
        return sign + tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return sign + (minutes % 60 ? tr("%1 h %2 min").arg(hours).arg(minutes % 60) : tr("%1 h").arg(hours));
    const qint64 days = hours / 24;
    return sign + (hours % 24 ? tr("%1 d %2 h").arg(days).arg(hours % 24) : tr("%1 d").arg(days));
}

QString UiText::size(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return tr("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

} // namespace MailTriage
