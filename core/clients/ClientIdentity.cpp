// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientIdentity.h"

#include "core/clients/SearchText.h"

namespace stillpoint::core {

QString ClientIdentity::nameKeyOf(const Client &client)
{
    return SearchText::fold(client.givenName + QLatin1Char(' ') + client.familyName);
}

ClientIdentity ClientIdentity::of(const Client &client)
{
    ClientIdentity identity;
    identity.id = client.id;
    identity.displayName = client.displayName();
    identity.nameKey = nameKeyOf(client);
    identity.dateOfBirth = client.dateOfBirth;
    if (!client.email.trimmed().isEmpty())
        identity.contactKeys << SearchText::fold(client.email.trimmed());
    for (const QString &phone : { client.mobilePhone, client.homePhone, client.workPhone }) {
        const QString digits = SearchText::digits(phone);
        if (digits.size() >= 6 && !identity.contactKeys.contains(digits))
            identity.contactKeys << digits;
    }
    return identity;
}

} // namespace stillpoint::core
