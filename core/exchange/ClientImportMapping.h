// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stillpoint::core {

// The client field a CSV column can fill. FullName is split into given and family names.
enum class ImportField {
    Ignore,
    GivenName,
    FamilyName,
    FullName,
    PreferredName,
    Pronouns,
    DateOfBirth,
    MobilePhone,
    HomePhone,
    WorkPhone,
    Email,
    AddressLine1,
    AddressLine2,
    City,
    Region,
    PostalCode,
    Country,
    EmergencyName,
    EmergencyRelation,
    EmergencyPhone,
    PhysicianName,
    PhysicianPractice,
    PhysicianPhone,
    FrontDeskNotes,
};

// How the dates of birth of a file are written. Automatic decides from the whole column.
enum class DateOrder {
    Automatic,
    YearMonthDay, // 1984-03-07, 1984/03/07
    DayMonthYear, // 07/03/1984, 7.3.1984
    MonthDayYear, // 03/07/1984
};

namespace ImportFields {
// Every field, Ignore first, in the order a chooser lists them.
QList<ImportField> all();
// Stable key for the command line ("given-name", "ignore").
QString key(ImportField field);
std::optional<ImportField> fromKey(const QString &key);
// What a person reads ("Given name", "Not imported").
QString label(ImportField field);
} // namespace ImportFields

namespace DateOrders {
QList<DateOrder> all();
QString key(DateOrder order); // "auto", "ymd", "dmy", "mdy"
std::optional<DateOrder> fromKey(const QString &key);
QString label(DateOrder order); // "day/month/year"
} // namespace DateOrders

// Which client field each column of a CSV file fills, and how its dates are written. guess()
// recognises the headers of common exports (Google and Outlook contacts, spreadsheets, other
// practice software, in English and a little German and French); the caller may change any
// column. A field fills at most one column: giving it to another column takes it from the first.
class ClientImportMapping
{
public:
    ClientImportMapping() = default;
    explicit ClientImportMapping(int columnCount);

    static ClientImportMapping guess(const QStringList &header);
    // The field a header names on its own, before looking at the other columns; Ignore when none.
    static ImportField recognise(const QString &header);

    int columnCount() const { return static_cast<int>(m_fields.size()); }
    ImportField field(int column) const;
    void setField(int column, ImportField field);
    // The column a field is mapped to, or -1.
    int columnOf(ImportField field) const;
    bool isMapped(ImportField field) const { return columnOf(field) >= 0; }

    DateOrder dateOrder() const { return m_dateOrder; }
    void setDateOrder(DateOrder order) { m_dateOrder = order; }

    // Applies "COLUMN=FIELD" as typed on the command line: COLUMN is a header (case and spaces
    // ignored) or a column number from 1, FIELD an ImportFields key. Errors say what was wrong.
    Status apply(const QString &assignment, const QStringList &header);

    // Why nothing can be imported with this mapping (no column gives the given name), or empty.
    QList<Error> problems() const;

    friend bool operator==(const ClientImportMapping &, const ClientImportMapping &) = default;

private:
    QList<ImportField> m_fields;
    DateOrder m_dateOrder = DateOrder::Automatic;
};

} // namespace stillpoint::core
