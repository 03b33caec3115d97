// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/Client.h"

#include <QStringList>

namespace stillpoint::core {

namespace {

QString nameWithPreferred(const QString &given, const QString &preferred, const QString &family)
{
    QString name = given.trimmed();
    const QString pref = preferred.trimmed();
    if (!pref.isEmpty() && pref.compare(name, Qt::CaseInsensitive) != 0)
        name += QStringLiteral(" (") + pref + QLatin1Char(')');
    const QString fam = family.trimmed();
    if (!fam.isEmpty())
        name += QLatin1Char(' ') + fam;
    return name;
}

} // namespace

bool PostalAddress::isEmpty() const
{
    return line1.trimmed().isEmpty() && line2.trimmed().isEmpty() && city.trimmed().isEmpty()
            && region.trimmed().isEmpty() && postalCode.trimmed().isEmpty()
            && country.trimmed().isEmpty();
}

QString PostalAddress::singleLine() const
{
    QStringList parts;
    for (const QString &part : { line1, line2, city, region, postalCode, country }) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

QString Client::displayName() const
{
    return nameWithPreferred(givenName, preferredName, familyName);
}

QString Client::primaryPhone() const
{
    for (const QString &phone : { mobilePhone, homePhone, workPhone }) {
        if (!phone.trimmed().isEmpty())
            return phone.trimmed();
    }
    return {};
}

QString ClientSummary::displayName() const
{
    return nameWithPreferred(givenName, preferredName, familyName);
}

} // namespace stillpoint::core
