// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace stillpoint::core {

// What duplicate checks compare of a client, in the folded forms stored beside the record
// (clients.name_key and clients.search_contact): the name key with the date of birth, and the
// contact keys (folded email, phone digits). Plain value type without storage, so that an import
// can check many records against each other and the stored clients in memory.
struct ClientIdentity
{
    qint64 id = 0; // 0 for a record not stored
    QString displayName;
    QString nameKey;
    QDate dateOfBirth;
    QStringList contactKeys;

    // The identity a record would have once stored. Only the email and phones with at least six
    // digits are contact keys, as ClientRepository::possibleDuplicates() uses them.
    static ClientIdentity of(const Client &client);
    // "zoe martin" for Zoë Martin: the folded given and family names.
    static QString nameKeyOf(const Client &client);
};

} // namespace stillpoint::core
