// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ClientImport.h"

#include "core/clients/ClientValidator.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace stillpoint::core {

namespace {

constexpr int ProgressEvery = 250;

// Finds the stored client or earlier row that a record duplicates, by the rules of
// ClientRepository::possibleDuplicates(): same name and date of birth, or a shared email or
// phone number.
class DuplicateIndex
{
public:
    struct Entry
    {
        qint64 clientId = 0;
        int line = 0;
        QString name;
    };
    struct Match
    {
        Entry entry;
        QString what; // "name and date of birth", "email", "phone number"
    };

    void add(const ClientIdentity &identity, int line)
    {
        const Entry entry{ identity.id, line, identity.displayName };
        const QString key = nameBirthKey(identity);
        if (!key.isEmpty())
            m_byNameBirth.insert(key, entry);
        for (const QString &contact : identity.contactKeys)
            m_byContact.insert(contact, entry);
    }

    std::optional<Match> find(const ClientIdentity &identity) const
    {
        const QString key = nameBirthKey(identity);
        if (!key.isEmpty()) {
            const auto found = m_byNameBirth.constFind(key);
            if (found != m_byNameBirth.cend())
                return Match{ found.value(), QStringLiteral("name and date of birth") };
        }
        for (const QString &contact : identity.contactKeys) {
            const auto found = m_byContact.constFind(contact);
            if (found != m_byContact.cend())
                return Match{ found.value(),
                              contact.contains(QLatin1Char('@')) ? QStringLiteral("email")
                                                                 : QStringLiteral("phone number") };
        }
        return std::nullopt;
    }

private:
    static QString nameBirthKey(const ClientIdentity &identity)
    {
        if (!identity.dateOfBirth.isValid() || identity.nameKey.trimmed().isEmpty())
            return {};
        return identity.nameKey + QLatin1Char('|') + identity.dateOfBirth.toString(Qt::ISODate);
    }

    QHash<QString, Entry> m_byNameBirth;
    QHash<QString, Entry> m_byContact;
};

// A cell as the import reads it: trimmed, and without the apostrophe that exports (ours
// included) put before text a spreadsheet would run as a formula.
QString cellValue(const QString &cell)
{
    QString value = cell.trimmed();
    if (value.size() > 1 && value.front() == u'\'' && QStringLiteral("=+-@").contains(value.at(1)))
        value.remove(0, 1);
    return value;
}

// Names and one-line fields: line breaks and runs of spaces become one space.
QString oneLine(const QString &value)
{
    return value.simplified();
}

void assign(Client &client, ImportField field, const QString &value)
{
    switch (field) {
    case ImportField::Ignore:
    case ImportField::FullName:
    case ImportField::DateOfBirth:
        break; // read by the caller
    case ImportField::GivenName:
        client.givenName = oneLine(value);
        break;
    case ImportField::FamilyName:
        client.familyName = oneLine(value);
        break;
    case ImportField::PreferredName:
        client.preferredName = oneLine(value);
        break;
    case ImportField::Pronouns:
        client.pronouns = oneLine(value);
        break;
    case ImportField::MobilePhone:
        client.mobilePhone = oneLine(value);
        break;
    case ImportField::HomePhone:
        client.homePhone = oneLine(value);
        break;
    case ImportField::WorkPhone:
        client.workPhone = oneLine(value);
        break;
    case ImportField::Email:
        client.email = oneLine(value);
        break;
    case ImportField::AddressLine1:
        client.address.line1 = oneLine(value);
        break;
    case ImportField::AddressLine2:
        client.address.line2 = oneLine(value);
        break;
    case ImportField::City:
        client.address.city = oneLine(value);
        break;
    case ImportField::Region:
        client.address.region = oneLine(value);
        break;
    case ImportField::PostalCode:
        client.address.postalCode = oneLine(value);
        break;
    case ImportField::Country:
        client.address.country = oneLine(value);
        break;
    case ImportField::EmergencyName:
        client.emergencyContact.name = oneLine(value);
        break;
    case ImportField::EmergencyRelation:
        client.emergencyContact.relation = oneLine(value);
        break;
    case ImportField::EmergencyPhone:
        client.emergencyContact.phone = oneLine(value);
        break;
    case ImportField::PhysicianName:
        client.physician.name = oneLine(value);
        break;
    case ImportField::PhysicianPractice:
        client.physician.practice = oneLine(value);
        break;
    case ImportField::PhysicianPhone:
        client.physician.phone = oneLine(value);
        break;
    case ImportField::FrontDeskNotes:
        client.frontDeskNotes = value;
        break;
    }
}

// A slashed date whose day and month could be swapped (03/04/1985): with no order chosen it is
// left unread, and the preview asks for the order instead of failing every such row.
bool needsOrder(const QString &value)
{
    return !ClientImportDates::parse(value, DateOrder::Automatic)
            && ClientImportDates::parse(value, DateOrder::DayMonthYear)
            && ClientImportDates::parse(value, DateOrder::MonthDayYear);
}

} // namespace

int ClientImportPreview::count(ImportRowStatus status) const
{
    return static_cast<int>(std::count_if(rows.cbegin(), rows.cend(), [status](const auto &row) {
        return row.status == status;
    }));
}

bool ClientImportPreview::canImport() const
{
    return problems.isEmpty() && count(ImportRowStatus::Bad) == 0;
}

QList<Client> ClientImportPreview::clientsToCreate() const
{
    QList<Client> clients;
    for (const ClientImportRow &row : rows) {
        if (row.status == ImportRowStatus::New)
            clients << row.client;
    }
    return clients;
}

QList<int> ClientImportPreview::linesToCreate() const
{
    QList<int> lines;
    for (const ClientImportRow &row : rows) {
        if (row.status == ImportRowStatus::New)
            lines << row.line;
    }
    return lines;
}

void ClientImport::splitFullName(const QString &fullName, QString &givenName, QString &familyName)
{
    const QString name = fullName.simplified();
    const qsizetype comma = name.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        familyName = name.left(comma).trimmed();
        givenName = name.mid(comma + 1).trimmed();
        return;
    }
    const qsizetype lastSpace = name.lastIndexOf(QLatin1Char(' '));
    if (lastSpace < 0) {
        givenName = name;
        familyName.clear();
        return;
    }
    givenName = name.left(lastSpace);
    familyName = name.mid(lastSpace + 1);
}

Client ClientImport::readClient(const CsvRecord &record, int headerColumns,
                                const ClientImportMapping &mapping, DateOrder order,
                                QList<Error> &errors)
{
    const QStringList &fields = record.fields;
    const auto fieldCount = static_cast<int>(fields.size());
    if (fieldCount < headerColumns) {
        errors << makeError(ErrorCode::InvalidInput,
                            QStringLiteral("The row has %1 fields but the header names %2 "
                                           "columns: a field is missing, or a line break splits "
                                           "the row (a field with a line break needs quotes).")
                                    .arg(fieldCount)
                                    .arg(headerColumns));
    } else if (fieldCount > headerColumns) {
        for (int extra = headerColumns; extra < fieldCount; ++extra) {
            if (!fields.at(extra).trimmed().isEmpty()) {
                errors << makeError(ErrorCode::InvalidInput,
                                    QStringLiteral("The row has %1 fields but the header names "
                                                   "%2 columns: a field with the delimiter in it "
                                                   "needs quotes around it.")
                                            .arg(fieldCount)
                                            .arg(headerColumns));
                break;
            }
        }
    }

    Client client;
    QString fullName;
    QString dateText;
    const int columns = std::min(fieldCount, mapping.columnCount());
    for (int column = 0; column < columns; ++column) {
        const ImportField field = mapping.field(column);
        const QString value = cellValue(fields.at(column));
        if (field == ImportField::FullName)
            fullName = value;
        else if (field == ImportField::DateOfBirth)
            dateText = value;
        else
            assign(client, field, value);
    }
    if (!fullName.isEmpty() && client.givenName.isEmpty() && client.familyName.isEmpty())
        splitFullName(fullName, client.givenName, client.familyName);
    if (!dateText.isEmpty() && !(order == DateOrder::Automatic && needsOrder(dateText))) {
        const auto date = ClientImportDates::parse(dateText, order);
        if (date)
            client.dateOfBirth = date.value();
        else
            errors << date.error();
    }
    return client;
}

QList<int> ClientImport::newRowsMatching(const ClientImportPreview &preview,
                                         const QList<ClientIdentity> &stored)
{
    DuplicateIndex index;
    for (const ClientIdentity &identity : stored)
        index.add(identity, 0);
    QList<int> lines;
    for (const ClientImportRow &row : preview.rows) {
        if (row.status == ImportRowStatus::New && index.find(ClientIdentity::of(row.client)))
            lines << row.line;
    }
    return lines;
}

ClientImportPreview ClientImport::preview(const CsvTable &table, const ClientImportMapping &mapping,
                                          const QList<ClientIdentity> &stored, const QDate &today,
                                          const Progress &progress)
{
    ClientImportPreview preview;
    preview.mapping = mapping;
    preview.problems = mapping.problems();
    preview.dateOrder = mapping.dateOrder();

    const int dateColumn = mapping.columnOf(ImportField::DateOfBirth);
    if (preview.dateOrder == DateOrder::Automatic && dateColumn >= 0) {
        QStringList values;
        values.reserve(table.records.size());
        for (const CsvRecord &record : table.records)
            values << cellValue(record.fields.value(dateColumn));
        preview.dates = ClientImportDates::decide(values);
        preview.dateOrder = preview.dates.order;
        if (preview.dates.ambiguous)
            preview.problems << makeError(
                    ErrorCode::InvalidInput,
                    QStringLiteral("Dates of birth such as %1 could be day/month/year or "
                                   "month/day/year, and no date in the file tells which. Choose "
                                   "how this file writes dates.")
                            .arg(preview.dates.example),
                    QStringLiteral("dateOrder"));
    }

    DuplicateIndex storedIndex;
    for (const ClientIdentity &identity : stored)
        storedIndex.add(identity, 0);
    DuplicateIndex fileIndex;

    const auto total = static_cast<int>(table.records.size());
    const auto headerColumns = static_cast<int>(table.header.size());
    preview.rows.reserve(total);
    for (int i = 0; i < total; ++i) {
        if (progress && i % ProgressEvery == 0)
            progress(i, total);
        const CsvRecord &record = table.records.at(i);
        ClientImportRow row;
        row.line = record.line;
        QList<Error> errors;
        row.client = readClient(record, headerColumns, mapping, preview.dateOrder, errors);
        errors << ClientValidator::validate(row.client, today);
        if (!errors.isEmpty()) {
            row.status = ImportRowStatus::Bad;
            QStringList messages;
            for (const Error &error : std::as_const(errors))
                messages << error.message;
            row.reason = messages.join(QLatin1Char(' '));
            row.field = errors.constFirst().field;
            preview.rows << row;
            continue;
        }
        const ClientIdentity identity = ClientIdentity::of(row.client);
        if (const auto match = storedIndex.find(identity)) {
            row.status = ImportRowStatus::Duplicate;
            row.duplicateOfClientId = match->entry.clientId;
            row.reason = QStringLiteral("Looks like client %1, %2: same %3.")
                                 .arg(QString::number(match->entry.clientId), match->entry.name,
                                      match->what);
        } else if (const auto earlier = fileIndex.find(identity)) {
            row.status = ImportRowStatus::Duplicate;
            row.duplicateOfLine = earlier->entry.line;
            row.reason = QStringLiteral("Same %1 as line %2.")
                                 .arg(earlier->what, QString::number(earlier->entry.line));
        } else {
            fileIndex.add(identity, row.line);
        }
        preview.rows << row;
    }
    if (progress)
        progress(total, total);
    return preview;
}

} // namespace stillpoint::core
