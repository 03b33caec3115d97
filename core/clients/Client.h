// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace stillpoint::core {

// A note that travels with the client record. Front-desk-visible alerts matter for booking
// ("needs a ground-floor room"); the others are for the therapist only.
struct ClientAlert
{
    qint64 id = 0; // 0 until stored
    QString text;
    bool frontDeskVisible = false;

    friend bool operator==(const ClientAlert &, const ClientAlert &) = default;
};

struct PostalAddress
{
    QString line1;
    QString line2;
    QString city;
    QString region;
    QString postalCode;
    QString country;

    bool isEmpty() const;
    QString singleLine() const;
    friend bool operator==(const PostalAddress &, const PostalAddress &) = default;
};

struct EmergencyContact
{
    QString name;
    QString relation;
    QString phone;
    friend bool operator==(const EmergencyContact &, const EmergencyContact &) = default;
};

struct Physician
{
    QString name;
    QString practice;
    QString phone;
    friend bool operator==(const Physician &, const Physician &) = default;
};

// Which channels the client agreed to be contacted on.
struct CommunicationConsent
{
    bool phone = false;
    bool sms = false;
    bool email = false;
    friend bool operator==(const CommunicationConsent &, const CommunicationConsent &) = default;
};

// A client's record: identity, contact details, who to call, their physician and alerts.
// Plain value type. Clients are archived, never deleted; rowVersion guards against overwriting
// someone else's change (an update must carry the version it was read at).
struct Client
{
    qint64 id = 0; // 0 until stored
    QString givenName;
    QString familyName;
    QString preferredName;
    QString pronouns;
    QDate dateOfBirth; // null when unknown
    QString mobilePhone;
    QString homePhone;
    QString workPhone;
    QString email;
    PostalAddress address;
    EmergencyContact emergencyContact;
    Physician physician;
    CommunicationConsent consent;
    QList<ClientAlert> alerts;
    QString frontDeskNotes;
    bool archived = false;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    int rowVersion = 0; // 0 until stored

    // "Zoë Martin", or "Zoë (Zo) Martin" when a preferred name differs from the given one.
    QString displayName() const;
    // The first phone number on file, mobile first.
    QString primaryPhone() const;

    friend bool operator==(const Client &, const Client &) = default;
};

// One row of a client list: enough to show and sort, without the whole record.
struct ClientSummary
{
    qint64 id = 0;
    QString givenName;
    QString familyName;
    QString preferredName;
    QDate dateOfBirth;
    QString phone;
    QString email;
    bool archived = false;
    QDateTime updatedAt;

    QString displayName() const;
};

} // namespace stillpoint::core
