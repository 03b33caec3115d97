// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ClientImportMapping.h"

#include "core/clients/SearchText.h"

#include <QHash>

#include <initializer_list>
#include <utility>

namespace stillpoint::core {

namespace {

struct FieldInfo
{
    ImportField field;
    const char *key;
    const char *label;
};

constexpr FieldInfo Fields[] = {
    { ImportField::Ignore, "ignore", "Not imported" },
    { ImportField::GivenName, "given-name", "Given name" },
    { ImportField::FamilyName, "family-name", "Family name" },
    { ImportField::FullName, "full-name", "Full name (split)" },
    { ImportField::PreferredName, "preferred-name", "Preferred name" },
    { ImportField::Pronouns, "pronouns", "Pronouns" },
    { ImportField::DateOfBirth, "date-of-birth", "Date of birth" },
    { ImportField::MobilePhone, "mobile-phone", "Mobile phone" },
    { ImportField::HomePhone, "home-phone", "Home phone" },
    { ImportField::WorkPhone, "work-phone", "Work phone" },
    { ImportField::Email, "email", "Email" },
    { ImportField::AddressLine1, "address-line1", "Address line 1" },
    { ImportField::AddressLine2, "address-line2", "Address line 2" },
    { ImportField::City, "city", "City" },
    { ImportField::Region, "region", "Region or state" },
    { ImportField::PostalCode, "postal-code", "Postal code" },
    { ImportField::Country, "country", "Country" },
    { ImportField::EmergencyName, "emergency-name", "Emergency contact name" },
    { ImportField::EmergencyRelation, "emergency-relation", "Emergency contact relation" },
    { ImportField::EmergencyPhone, "emergency-phone", "Emergency contact phone" },
    { ImportField::PhysicianName, "physician-name", "Physician name" },
    { ImportField::PhysicianPractice, "physician-practice", "Physician practice" },
    { ImportField::PhysicianPhone, "physician-phone", "Physician phone" },
    { ImportField::FrontDeskNotes, "front-desk-notes", "Front-desk notes" },
};

const FieldInfo &info(ImportField field)
{
    for (const FieldInfo &entry : Fields) {
        if (entry.field == field)
            return entry;
    }
    return Fields[0];
}

// A header reduced to lower-case letters and digits without accents: "E-mail Address" ->
// "emailaddress", "Prénom" -> "prenom".
QString normalise(const QString &header)
{
    QString folded = SearchText::fold(header);
    QString kept;
    kept.reserve(folded.size());
    for (const QChar c : std::as_const(folded)) {
        if (c.isLetterOrNumber())
            kept += c;
    }
    return kept;
}

// A phone column that does not say which phone: filled in by guess() from what else is there.
constexpr auto AnyPhone = static_cast<ImportField>(-1);

const QHash<QString, ImportField> &exactNames()
{
    static const QHash<QString, ImportField> names = [] {
        QHash<QString, ImportField> map;
        const auto add = [&map](ImportField field, std::initializer_list<const char *> keys) {
            for (const char *key : keys)
                map.insert(QString::fromLatin1(key), field);
        };
        add(ImportField::GivenName,
            { "firstname", "first", "givenname", "given", "forename", "fname", "firstnames",
              "vorname", "prenom" });
        add(ImportField::FamilyName,
            { "lastname", "last", "familyname", "family", "surname", "lname", "nachname",
              "familienname", "nom", "nomdefamille" });
        add(ImportField::FullName,
            { "name", "fullname", "clientname", "client", "patientname", "patient", "displayname",
              "contactname", "customername", "customer" });
        add(ImportField::PreferredName,
            { "preferredname", "nickname", "knownas", "goesby", "rufname", "surnom" });
        add(ImportField::Pronouns, { "pronouns", "pronoun" });
        add(ImportField::DateOfBirth,
            { "dateofbirth", "dob", "birthdate", "birthday", "born", "birth", "bday",
              "geburtsdatum", "geburtstag", "datedenaissance", "naissance" });
        add(ImportField::MobilePhone,
            { "mobile", "mobilephone", "mobilenumber", "cell", "cellphone", "cellular",
              "cellnumber", "handy", "mobil", "mobiltelefon", "portable", "telephoneportable" });
        add(ImportField::HomePhone,
            { "homephone", "phonehome", "hometelephone", "homenumber", "telefonprivat" });
        add(ImportField::WorkPhone,
            { "workphone", "businessphone", "officephone", "phonework", "worknumber",
              "telefongeschaftlich" });
        add(AnyPhone,
            { "phone", "telephone", "tel", "phonenumber", "telephonenumber", "primaryphone",
              "contactnumber", "telefon", "telefonnummer", "telephonefixe" });
        add(ImportField::Email,
            { "email", "emailaddress", "mail", "emailadresse", "courriel", "primaryemail" });
        add(ImportField::AddressLine1,
            { "address", "street", "streetaddress", "address1", "addressline1", "homestreet",
              "homeaddress", "strasse", "adresse", "rue" });
        add(ImportField::AddressLine2,
            { "address2", "addressline2", "streetaddress2", "homestreet2", "apartment", "unit",
              "suite" });
        add(ImportField::City, { "city", "town", "suburb", "homecity", "ort", "stadt", "ville" });
        add(ImportField::Region,
            { "state", "province", "region", "regionorstate", "county", "stateprovince",
              "homestate", "bundesland" });
        add(ImportField::PostalCode,
            { "zip", "zipcode", "postcode", "postalcode", "homepostalcode", "plz", "postleitzahl",
              "codepostal" });
        add(ImportField::Country,
            { "country", "homecountry", "countryregion", "homecountryregion", "land", "pays" });
        add(ImportField::EmergencyName,
            { "emergencycontact", "emergencyname", "emergencycontactname", "ice",
              "incaseofemergency" });
        add(ImportField::EmergencyRelation,
            { "emergencyrelation", "emergencyrelationship", "emergencycontactrelation",
              "emergencycontactrelationship" });
        add(ImportField::EmergencyPhone,
            { "emergencyphone", "emergencycontactphone", "emergencynumber",
              "emergencycontactnumber", "icephone" });
        add(ImportField::PhysicianName,
            { "physician", "physicianname", "doctor", "doctorname", "gp", "gpname", "familydoctor",
              "primarycarephysician", "referringphysician", "hausarzt" });
        add(ImportField::PhysicianPractice,
            { "physicianpractice", "doctorpractice", "gppractice", "gpsurgery",
              "medicalpractice" });
        add(ImportField::PhysicianPhone, { "physicianphone", "doctorphone", "gpphone" });
        // Only notes that say they are for the front desk: other "notes" columns may hold
        // clinical details, which must not land where the front desk reads them.
        add(ImportField::FrontDeskNotes, { "frontdesknotes", "frontdesknote", "receptionnotes" });
        return map;
    }();
    return names;
}

bool containsAny(const QString &text, std::initializer_list<const char *> parts)
{
    for (const char *part : parts) {
        if (text.contains(QLatin1String(part)))
            return true;
    }
    return false;
}

// Headers no table lists, such as Google's "Phone 1 - Value" or "Home Phone 2".
ImportField recogniseByParts(const QString &name)
{
    if (containsAny(name, { "type", "label", "fax", "pager", "consent", "contactby" }))
        return ImportField::Ignore;
    const bool phone = containsAny(name, { "phone", "tel", "number" });
    if (name.contains(QLatin1String("emergency"))) {
        if (phone)
            return ImportField::EmergencyPhone;
        if (name.contains(QLatin1String("relat")))
            return ImportField::EmergencyRelation;
        return ImportField::EmergencyName;
    }
    if (containsAny(name, { "physician", "doctor" })) {
        if (phone)
            return ImportField::PhysicianPhone;
        if (containsAny(name, { "practice", "clinic" }))
            return ImportField::PhysicianPractice;
        return ImportField::PhysicianName;
    }
    if (containsAny(name, { "birth", "geburt", "naissance" }))
        return ImportField::DateOfBirth;
    if (name.contains(QLatin1String("mail")))
        return ImportField::Email;
    if (containsAny(name, { "mobile", "cell" }))
        return ImportField::MobilePhone;
    if (containsAny(name, { "phone", "tel" })) {
        if (name.contains(QLatin1String("home")))
            return ImportField::HomePhone;
        if (containsAny(name, { "work", "business", "office" }))
            return ImportField::WorkPhone;
        return AnyPhone;
    }
    if (containsAny(name, { "firstname", "givenname" }))
        return ImportField::GivenName;
    if (containsAny(name, { "lastname", "familyname", "surname" }))
        return ImportField::FamilyName;
    if (containsAny(name, { "postalcode", "postcode", "zip" }))
        return ImportField::PostalCode;
    return ImportField::Ignore;
}

ImportField recogniseOrAnyPhone(const QString &header)
{
    const QString name = normalise(header);
    if (name.isEmpty())
        return ImportField::Ignore;
    const auto exact = exactNames().constFind(name);
    if (exact != exactNames().cend())
        return exact.value();
    return recogniseByParts(name);
}

} // namespace

QList<ImportField> ImportFields::all()
{
    QList<ImportField> fields;
    for (const FieldInfo &entry : Fields)
        fields << entry.field;
    return fields;
}

QString ImportFields::key(ImportField field)
{
    return QString::fromLatin1(info(field).key);
}

std::optional<ImportField> ImportFields::fromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (const FieldInfo &entry : Fields) {
        if (wanted == QLatin1String(entry.key))
            return entry.field;
    }
    return std::nullopt;
}

QString ImportFields::label(ImportField field)
{
    return QString::fromLatin1(info(field).label);
}

QList<DateOrder> DateOrders::all()
{
    return { DateOrder::Automatic, DateOrder::YearMonthDay, DateOrder::DayMonthYear,
             DateOrder::MonthDayYear };
}

QString DateOrders::key(DateOrder order)
{
    switch (order) {
    case DateOrder::Automatic:
        return QStringLiteral("auto");
    case DateOrder::YearMonthDay:
        return QStringLiteral("ymd");
    case DateOrder::DayMonthYear:
        return QStringLiteral("dmy");
    case DateOrder::MonthDayYear:
        return QStringLiteral("mdy");
    }
    return {};
}

std::optional<DateOrder> DateOrders::fromKey(const QString &key)
{
    for (const DateOrder order : all()) {
        if (key.trimmed().compare(DateOrders::key(order), Qt::CaseInsensitive) == 0)
            return order;
    }
    return std::nullopt;
}

QString DateOrders::label(DateOrder order)
{
    switch (order) {
    case DateOrder::Automatic:
        return QStringLiteral("decide from the dates");
    case DateOrder::YearMonthDay:
        return QStringLiteral("year-month-day");
    case DateOrder::DayMonthYear:
        return QStringLiteral("day/month/year");
    case DateOrder::MonthDayYear:
        return QStringLiteral("month/day/year");
    }
    return {};
}

ClientImportMapping::ClientImportMapping(int columnCount)
    : m_fields(std::max(0, columnCount), ImportField::Ignore)
{ }

ImportField ClientImportMapping::recognise(const QString &header)
{
    const ImportField field = recogniseOrAnyPhone(header);
    return field == AnyPhone ? ImportField::MobilePhone : field;
}

ClientImportMapping ClientImportMapping::guess(const QStringList &header)
{
    ClientImportMapping mapping(static_cast<int>(header.size()));
    QList<int> anyPhoneColumns;
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const ImportField field = recogniseOrAnyPhone(header.at(column));
        if (field == AnyPhone)
            anyPhoneColumns << column;
        else if (field != ImportField::Ignore && !mapping.isMapped(field))
            mapping.m_fields[column] = field; // the first column that names a field keeps it
    }
    // "Phone" is the mobile unless another column says it is; then the home, then work phone.
    for (const int column : std::as_const(anyPhoneColumns)) {
        for (const ImportField field :
             { ImportField::MobilePhone, ImportField::HomePhone, ImportField::WorkPhone }) {
            if (!mapping.isMapped(field)) {
                mapping.m_fields[column] = field;
                break;
            }
        }
    }
    // Separate name columns say more than one to be split.
    if (mapping.isMapped(ImportField::GivenName)) {
        const int full = mapping.columnOf(ImportField::FullName);
        if (full >= 0)
            mapping.m_fields[full] = ImportField::Ignore;
    }
    return mapping;
}

ImportField ClientImportMapping::field(int column) const
{
    return column >= 0 && column < columnCount() ? m_fields.at(column) : ImportField::Ignore;
}

void ClientImportMapping::setField(int column, ImportField field)
{
    if (column < 0 || column >= columnCount())
        return;
    if (field != ImportField::Ignore) {
        const int previous = columnOf(field);
        if (previous >= 0)
            m_fields[previous] = ImportField::Ignore;
    }
    m_fields[column] = field;
}

int ClientImportMapping::columnOf(ImportField field) const
{
    return static_cast<int>(m_fields.indexOf(field));
}

Status ClientImportMapping::apply(const QString &assignment, const QStringList &header)
{
    const qsizetype equals = assignment.lastIndexOf(QLatin1Char('='));
    if (equals <= 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not COLUMN=FIELD, for example "
                                        "\"Cell=mobile-phone\".")
                                 .arg(assignment));
    const QString columnText = assignment.left(equals).simplified();
    const QString fieldText = assignment.mid(equals + 1).trimmed();
    const auto field = ImportFields::fromKey(fieldText);
    if (!field) {
        QStringList keys;
        for (const ImportField known : ImportFields::all())
            keys << ImportFields::key(known);
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not a client field. Use one of: %2.")
                                 .arg(fieldText, keys.join(QStringLiteral(", "))));
    }

    QList<int> matches;
    for (int column = 0; column < header.size() && column < columnCount(); ++column) {
        if (header.at(column).simplified().compare(columnText, Qt::CaseInsensitive) == 0)
            matches << column;
    }
    if (matches.size() > 1)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Columns %1 and %2 are both called \"%3\"; give the "
                                        "column's number instead.")
                                 .arg(matches.at(0) + 1)
                                 .arg(matches.at(1) + 1)
                                 .arg(columnText));
    int column = matches.isEmpty() ? -1 : matches.constFirst();
    if (column < 0) {
        bool isNumber = false;
        const int number = columnText.toInt(&isNumber);
        if (isNumber && number >= 1 && number <= columnCount())
            column = number - 1;
    }
    if (column < 0) {
        QStringList quoted;
        for (const QString &name : header)
            quoted << QLatin1Char('"') + name + QLatin1Char('"');
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The file has no column \"%1\". Its columns are: %2 (or "
                                        "give a number from 1 to %3).")
                                 .arg(columnText, quoted.join(QStringLiteral(", ")))
                                 .arg(columnCount()));
    }
    setField(column, *field);
    return {};
}

QList<Error> ClientImportMapping::problems() const
{
    QList<Error> errors;
    if (!isMapped(ImportField::GivenName) && !isMapped(ImportField::FullName))
        errors << makeError(ErrorCode::InvalidInput,
                            QStringLiteral("No column gives the clients' given names: map a "
                                           "column to \"%1\" or \"%2\".")
                                    .arg(ImportFields::label(ImportField::GivenName),
                                         ImportFields::label(ImportField::FullName)),
                            QStringLiteral("givenName"));
    return errors;
}

} // namespace stillpoint::core
