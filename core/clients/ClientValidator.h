// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace stillpoint::core {

// Stable keys for the fields of a client record, used in validation errors so that the UI can show
// the message beside the field that caused it.
namespace ClientField {
inline constexpr auto GivenName = "givenName";
inline constexpr auto FamilyName = "familyName";
inline constexpr auto PreferredName = "preferredName";
inline constexpr auto Pronouns = "pronouns";
inline constexpr auto DateOfBirth = "dateOfBirth";
inline constexpr auto MobilePhone = "mobilePhone";
inline constexpr auto HomePhone = "homePhone";
inline constexpr auto WorkPhone = "workPhone";
inline constexpr auto Email = "email";
inline constexpr auto Address = "address";
inline constexpr auto EmergencyName = "emergencyName";
inline constexpr auto EmergencyRelation = "emergencyRelation";
inline constexpr auto EmergencyPhone = "emergencyPhone";
inline constexpr auto PhysicianName = "physicianName";
inline constexpr auto PhysicianPractice = "physicianPractice";
inline constexpr auto PhysicianPhone = "physicianPhone";
inline constexpr auto Alerts = "alerts";
inline constexpr auto FrontDeskNotes = "frontDeskNotes";
} // namespace ClientField

// The rules a client record must meet before it is stored. Each broken rule gives one Error with
// code InvalidInput, `field` set to a ClientField key and a message that names the field.
class ClientValidator
{
public:
    static QList<Error> validate(const Client &client, const QDate &today);

    // Individual rules, shared with the UI for checking a field as it is typed and with imports.
    static bool isValidEmail(const QString &email);
    static bool isValidPhone(const QString &phone);
    // Parses a date typed by a person: ISO (1984-03-07) only, so that 03/07 is never ambiguous.
    static Result<QDate> parseDate(const QString &text, const QString &fieldLabel);
};

} // namespace stillpoint::core
