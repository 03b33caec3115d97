// SPDX-License-Identifier: GPL-3.0-or-later
// The folder of awkward CSV files in tests/data/csv, each imported (previewed) with the guessed
// mapping and checked against the outcome tests/data/csv/expected.tsv gives it.
#include "core/exchange/ClientImport.h"
#include "core/exchange/CsvReader.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace stillpoint::core;

namespace {

const QDate Today(2026, 11, 24);
constexpr int Rows = 10000; // in the generated file

QString dataDir()
{
    return QStringLiteral(STILLPOINT_TEST_DATA_DIR "/csv");
}

struct Expectation
{
    QString file;
    QString outcome;
    QString encoding;
    QString delimiter;
    int create = 0;
    int duplicates = 0;
    int bad = 0;
    QList<int> badLines;
    QString message;
};

QList<Expectation> expectations()
{
    QFile file(dataDir() + QStringLiteral("/expected.tsv"));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QList<Expectation> all;
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
            continue;
        if (header) {
            header = false;
            continue;
        }
        const QStringList cells = line.split(QLatin1Char('\t'));
        REQUIRE(cells.size() == 9);
        Expectation e;
        e.file = cells.at(0);
        e.outcome = cells.at(1);
        e.encoding = cells.at(2);
        e.delimiter = cells.at(3);
        e.create = cells.at(4).toInt();
        e.duplicates = cells.at(5).toInt();
        e.bad = cells.at(6).toInt();
        if (cells.at(7) != QLatin1String("-")) {
            for (const QString &number : cells.at(7).split(QLatin1Char(',')))
                e.badLines << number.toInt();
        }
        e.message = cells.at(8) == QLatin1String("-") ? QString() : cells.at(8);
        all << e;
    }
    return all;
}

QString encodingKey(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf8");
    case TextEncoding::Utf8WithBom:
        return QStringLiteral("utf8-bom");
    case TextEncoding::Latin1:
        return QStringLiteral("latin1");
    }
    return {};
}

QString delimiterKey(char delimiter)
{
    return delimiter == ';'     ? QStringLiteral("semicolon")
            : delimiter == '\t' ? QStringLiteral("tab")
                                : QStringLiteral("comma");
}

ClientImportPreview previewOf(const QString &name)
{
    const auto table = CsvReader::readFile(dataDir() + QLatin1Char('/') + name);
    REQUIRE(table.ok());
    return ClientImport::preview(table.value(), ClientImportMapping::guess(table->header), {},
                                 Today);
}

QList<Client> created(const QString &name)
{
    const ClientImportPreview preview = previewOf(name);
    REQUIRE(preview.count(ImportRowStatus::Bad) == 0);
    return preview.clientsToCreate();
}

} // namespace

TEST_CASE("every file in the CSV folder gives its expected outcome", "[exchange][csv][files]")
{
    const QList<Expectation> all = expectations();
    REQUIRE(all.size() >= 15);
    for (const Expectation &e : all) {
        INFO(e.file.toStdString());
        const auto table = CsvReader::readFile(dataDir() + QLatin1Char('/') + e.file);
        const QRegularExpression message(e.message);
        if (e.outcome == QLatin1String("error")) {
            REQUIRE_FALSE(table.ok());
            INFO(table.error().message.toStdString());
            CHECK(message.match(table.error().message).hasMatch());
            continue;
        }
        REQUIRE(table.ok());
        CHECK(encodingKey(table->encoding) == e.encoding);
        CHECK(delimiterKey(table->delimiter) == e.delimiter);
        const ClientImportPreview preview = ClientImport::preview(
                table.value(), ClientImportMapping::guess(table->header), {}, Today);
        CHECK(preview.count(ImportRowStatus::New) == e.create);
        CHECK(preview.count(ImportRowStatus::Duplicate) == e.duplicates);
        CHECK(preview.count(ImportRowStatus::Bad) == e.bad);
        QList<int> badLines;
        for (const ClientImportRow &row : preview.rows) {
            if (row.status == ImportRowStatus::Bad) {
                badLines << row.line;
                CHECK_FALSE(row.reason.isEmpty());
            }
        }
        CHECK(badLines == e.badLines);
        if (e.outcome == QLatin1String("problem")) {
            REQUIRE_FALSE(preview.problems.isEmpty());
            CHECK(message.match(preview.problems.constFirst().message).hasMatch());
            CHECK_FALSE(preview.canImport());
        } else {
            CHECK(preview.problems.isEmpty());
            CHECK(preview.canImport() == (e.bad == 0));
        }
    }
}

TEST_CASE("every file in the CSV folder has an expected outcome", "[exchange][csv][files]")
{
    QSet<QString> listed;
    for (const Expectation &e : expectations())
        listed << e.file;
    const QStringList files = QDir(dataDir()).entryList(QDir::Files);
    for (const QString &file : files) {
        if (file == QLatin1String("expected.tsv"))
            continue;
        INFO(file.toStdString());
        CHECK(listed.contains(file));
    }
}

TEST_CASE("accented names survive UTF-8 with a BOM, Latin-1 and semicolons", "[exchange][csv]")
{
    const QList<Client> bom = created(QStringLiteral("bom_crlf.csv"));
    CHECK(bom.at(0).givenName == QStringLiteral("Zoë"));
    CHECK(bom.at(0).dateOfBirth == QDate(1984, 3, 7));
    CHECK(bom.at(2).familyName == QStringLiteral("Ødegaard"));

    const QList<Client> latin1 = created(QStringLiteral("latin1.csv"));
    CHECK(latin1.at(0).familyName == QStringLiteral("Côté"));
    CHECK(latin1.at(0).mobilePhone == QStringLiteral("06 12 34 56 78"));
    CHECK(latin1.at(1).givenName == QStringLiteral("Hélène"));
    CHECK(latin1.at(2).familyName == QStringLiteral("O\u2019Brien"));

    const QList<Client> german = created(QStringLiteral("semicolons.csv"));
    CHECK(german.at(0).familyName == QStringLiteral("Weiß"));
    CHECK(german.at(0).dateOfBirth == QDate(1984, 3, 7));
    CHECK(german.at(1).dateOfBirth == QDate(1991, 12, 24));
    CHECK(german.at(0).email == QStringLiteral("juergen@example.de"));
    CHECK(german.at(0).frontDeskNotes.isEmpty()); // "Notiz" may be clinical: not imported
}

TEST_CASE("quoted line breaks stay inside their field and later rows keep their lines",
          "[exchange][csv]")
{
    const ClientImportPreview preview = previewOf(QStringLiteral("quoted_newlines.csv"));
    REQUIRE(preview.rows.size() == 4);
    CHECK(preview.rows.at(0).client.address.line1 == QStringLiteral("12 Harbour Rd Flat 3"));
    CHECK(preview.rows.at(1).client.givenName == QStringLiteral("Mary \"Molly\""));
    CHECK(preview.rows.at(2).line == 6);
    CHECK(preview.rows.at(2).reason.contains(QStringLiteral("Email \"tom@example\"")));
    CHECK(preview.rows.at(3).client.givenName == QStringLiteral("Lee Roy"));
}

TEST_CASE("common exports are mapped without help", "[exchange][csv]")
{
    const QList<Client> google = created(QStringLiteral("google_contacts.csv"));
    CHECK(google.at(0).givenName == QStringLiteral("Ann"));
    CHECK(google.at(0).preferredName == QStringLiteral("Annie"));
    CHECK(google.at(0).email == QStringLiteral("ann@example.com"));
    CHECK(google.at(0).mobilePhone == QStringLiteral("+61 412 345 678"));
    CHECK(google.at(0).homePhone == QStringLiteral("+61 2 9876 5432"));

    const QList<Client> outlook = created(QStringLiteral("us_dates.csv"));
    CHECK(outlook.at(0).dateOfBirth == QDate(1985, 3, 4)); // month first: 12/25/1970 says so
    CHECK(outlook.at(1).homePhone == QStringLiteral("555-010-4455"));
    CHECK(outlook.at(1).workPhone == QStringLiteral("555-010-9999"));
    CHECK(outlook.at(2).dateOfBirth == QDate(1990, 7, 4));

    const QList<Client> names = created(QStringLiteral("full_name.csv"));
    CHECK(names.at(0).givenName == QStringLiteral("Ann"));
    CHECK(names.at(0).familyName == QStringLiteral("Lee"));
    CHECK(names.at(1).givenName == QStringLiteral("Ann Marie"));
    CHECK(names.at(1).familyName == QStringLiteral("Stone"));
    CHECK(names.at(2).givenName == QStringLiteral("Cher"));
    CHECK(names.at(2).familyName.isEmpty());
}

TEST_CASE("bad rows say what is wrong with them", "[exchange][csv]")
{
    const ClientImportPreview dates = previewOf(QStringLiteral("bad_dates.csv"));
    const auto reason = [&dates](int line) {
        for (const ClientImportRow &row : dates.rows) {
            if (row.line == line)
                return row.reason;
        }
        return QString();
    };
    CHECK(dates.dateOrder == DateOrder::DayMonthYear);
    CHECK(reason(2).contains(QStringLiteral("\"31/02/1980\" is not a day of the calendar")));
    CHECK(reason(4).contains(QStringLiteral("\"next tuesday\" is not a date")));
    CHECK(reason(5).contains(QStringLiteral("two-digit year")));
    CHECK(reason(6).contains(QStringLiteral("not in the past")));
    CHECK(reason(8).contains(QStringLiteral("Given name is required")));
    CHECK(reason(9).contains(QStringLiteral("more than 130 years ago")));

    const ClientImportPreview columns = previewOf(QStringLiteral("missing_columns.csv"));
    CHECK(columns.rows.at(1).reason.contains(QStringLiteral("2 fields but the header names 4")));
    CHECK(columns.rows.at(2).reason.contains(QStringLiteral("5 fields but the header names 4")));
}

TEST_CASE("rows that repeat an earlier row of the file are duplicates of that line",
          "[exchange][csv]")
{
    const ClientImportPreview preview = previewOf(QStringLiteral("duplicates.csv"));
    QStringList reasons;
    for (const ClientImportRow &row : preview.rows) {
        if (row.status == ImportRowStatus::Duplicate) {
            CHECK(row.duplicateOfLine == 2);
            reasons << row.reason;
        }
    }
    CHECK(reasons
          == QStringList{ QStringLiteral("Same name and date of birth as line 2."),
                          QStringLiteral("Same phone number as line 2."),
                          QStringLiteral("Same email as line 2."),
                          QStringLiteral("Same name and date of birth as line 2.") });
}

TEST_CASE("cells neutralised for spreadsheets are read without the apostrophe", "[exchange][csv]")
{
    const QList<Client> clients = created(QStringLiteral("formulas.csv"));
    CHECK(clients.at(0).givenName == QStringLiteral("=Ann"));
    CHECK(clients.at(0).mobilePhone == QStringLiteral("+61 412 345 678"));
    CHECK(clients.at(1).familyName == QStringLiteral("=HYPERLINK(\"http://x\")"));
}

TEST_CASE("a generated file of 10,000 rows is read and previewed in one go",
          "[exchange][csv][files]")
{
    QByteArray bytes = "First Name;Last Name;Mobile;E-mail;Date of birth\r\n";
    for (int i = 0; i < Rows; ++i) {
        const QDate birth = QDate(1950, 1, 1).addDays(i * 2);
        bytes += QStringLiteral("Client%1;\"Family; %2\";+61 4%3;client%1@example.org;%4\r\n")
                         .arg(i)
                         .arg(i % 97)
                         .arg(10000000 + i, 8, 10, QLatin1Char('0'))
                         .arg(birth.toString(QStringLiteral("dd/MM/yyyy")))
                         .toUtf8();
    }
    QElapsedTimer timer;
    timer.start();
    const auto table = CsvReader::read(bytes);
    REQUIRE(table.ok());
    REQUIRE(table->records.size() == Rows);
    CHECK(table->records.constLast().line == Rows + 1);
    int progressCalls = 0;
    const ClientImportPreview preview =
            ClientImport::preview(table.value(), ClientImportMapping::guess(table->header), {},
                                  Today, [&progressCalls](int, int total) {
                                      ++progressCalls;
                                      CHECK(total == Rows);
                                  });
    CHECK(preview.count(ImportRowStatus::New) == Rows);
    CHECK(preview.dateOrder == DateOrder::DayMonthYear);
    CHECK(progressCalls > 10);
    WARN("read and previewed 10,000 rows in " << timer.elapsed() << " ms");
}
