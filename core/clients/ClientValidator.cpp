// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientValidator.h"

#include "core/clients/SearchText.h"

#include <QRegularExpression>

namespace stillpoint::core {

namespace {

constexpr qsizetype MaxShortText = 200;
constexpr qsizetype MaxLongText = 4000;
constexpr int OldestAgeYears = 130;

void checkLength(QList<Error> &errors, const QString &value, qsizetype max, const char *field,
                 const QString &label)
{
    if (value.size() > max)
        errors << makeError(ErrorCode::InvalidInput,
                            QStringLiteral("%1 is too long (%2 characters; at most %3).")
                                    .arg(label)
                                    .arg(value.size())
                                    .arg(max),
                            QString::fromLatin1(field));
}

void checkPhone(QList<Error> &errors, const QString &value, const char *field, const QString &label)
{
    if (!value.trimmed().isEmpty() && !ClientValidator::isValidPhone(value))
        errors << makeError(ErrorCode::InvalidInput,
                            QStringLiteral("%1 \"%2\" is not a phone number. Use digits, spaces, "
                                           "+, - and brackets, with 6 to 15 digits.")
                                    .arg(label, value.trimmed()),
                            QString::fromLatin1(field));
}

} // namespace

bool ClientValidator::isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(
            QStringLiteral(R"(^[^@\s,;<>"]+@[^@\s,;<>"]+\.[^@\s,;<>".]{2,}$)"));
    const QString trimmed = email.trimmed();
    return pattern.match(trimmed).hasMatch() && !trimmed.contains(QLatin1String(".."));
}

bool ClientValidator::isValidPhone(const QString &phone)
{
    static const QRegularExpression allowed(QStringLiteral(R"(^\+?[0-9 ()\-./]+$)"));
    const QString trimmed = phone.trimmed();
    if (!allowed.match(trimmed).hasMatch())
        return false;
    const auto digitCount = SearchText::digits(trimmed).size();
    return digitCount >= 6 && digitCount <= 15;
}

Result<QDate> ClientValidator::parseDate(const QString &text, const QString &fieldLabel)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDate();
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    const auto match = iso.match(trimmed);
    if (!match.hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 \"%2\" is not a date. Type it as year-month-day, for "
                                        "example 1984-03-07.")
                                 .arg(fieldLabel, trimmed));
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    if (!date.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 \"%2\" is not a day of the calendar. Check the month "
                                        "and day.")
                                 .arg(fieldLabel, trimmed));
    return date;
}

QList<Error> ClientValidator::validate(const Client &client, const QDate &today)
{
    using namespace ClientField;
    QList<Error> errors;

    if (client.givenName.trimmed().isEmpty())
        errors << makeError(ErrorCode::InvalidInput,
                            QStringLiteral("Given name is required: type the client's first name."),
                            QString::fromLatin1(GivenName));

    if (client.dateOfBirth.isValid()) {
        if (client.dateOfBirth >= today)
            errors << makeError(ErrorCode::InvalidInput,
                                QStringLiteral("Date of birth %1 is not in the past. Check the "
                                               "year.")
                                        .arg(client.dateOfBirth.toString(Qt::ISODate)),
                                QString::fromLatin1(DateOfBirth));
        else if (client.dateOfBirth < today.addYears(-OldestAgeYears))
            errors << makeError(ErrorCode::InvalidInput,
                                QStringLiteral("Date of birth %1 is more than %2 years ago. Check "
                                               "the year.")
                                        .arg(client.dateOfBirth.toString(Qt::ISODate))
                                        .arg(OldestAgeYears),
                                QString::fromLatin1(DateOfBirth));
    }

    if (!client.email.trimmed().isEmpty() && !isValidEmail(client.email))
        errors << makeError(ErrorCode::InvalidInput,
                            QStringLiteral("Email \"%1\" is not an email address. It should look "
                                           "like name@example.org.")
                                    .arg(client.email.trimmed()),
                            QString::fromLatin1(Email));

    checkPhone(errors, client.mobilePhone, MobilePhone, QStringLiteral("Mobile phone"));
    checkPhone(errors, client.homePhone, HomePhone, QStringLiteral("Home phone"));
    checkPhone(errors, client.workPhone, WorkPhone, QStringLiteral("Work phone"));
    checkPhone(errors, client.emergencyContact.phone, EmergencyPhone,
               QStringLiteral("Emergency contact phone"));
    checkPhone(errors, client.physician.phone, PhysicianPhone, QStringLiteral("Physician phone"));

    if (!client.emergencyContact.phone.trimmed().isEmpty()
        && client.emergencyContact.name.trimmed().isEmpty())
        errors << makeError(ErrorCode::InvalidInput,
                            QStringLiteral("Emergency contact name is missing: whom should we call "
                                           "on that number?"),
                            QString::fromLatin1(EmergencyName));

    checkLength(errors, client.givenName, MaxShortText, GivenName, QStringLiteral("Given name"));
    checkLength(errors, client.familyName, MaxShortText, FamilyName, QStringLiteral("Family name"));
    checkLength(errors, client.preferredName, MaxShortText, PreferredName,
                QStringLiteral("Preferred name"));
    checkLength(errors, client.pronouns, MaxShortText, Pronouns, QStringLiteral("Pronouns"));
    checkLength(errors, client.email, MaxShortText, Email, QStringLiteral("Email"));
    checkLength(errors, client.address.singleLine(), MaxLongText, Address,
                QStringLiteral("Address"));
    checkLength(errors, client.emergencyContact.name, MaxShortText, EmergencyName,
                QStringLiteral("Emergency contact name"));
    checkLength(errors, client.emergencyContact.relation, MaxShortText, EmergencyRelation,
                QStringLiteral("Emergency contact relation"));
    checkLength(errors, client.physician.name, MaxShortText, PhysicianName,
                QStringLiteral("Physician name"));
    checkLength(errors, client.physician.practice, MaxShortText, PhysicianPractice,
                QStringLiteral("Physician practice"));
    checkLength(errors, client.frontDeskNotes, MaxLongText, FrontDeskNotes,
                QStringLiteral("Front-desk notes"));

    for (qsizetype i = 0; i < client.alerts.size(); ++i) {
        const QString text = client.alerts.at(i).text.trimmed();
        if (text.isEmpty())
            errors << makeError(
                    ErrorCode::InvalidInput,
                    QStringLiteral("Alert %1 is empty: type its text or remove it.").arg(i + 1),
                    QString::fromLatin1(Alerts));
        else
            checkLength(errors, text, MaxLongText, Alerts, QStringLiteral("Alert %1").arg(i + 1));
    }
    return errors;
}

} // namespace stillpoint::core
