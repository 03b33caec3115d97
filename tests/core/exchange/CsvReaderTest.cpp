// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/CsvReader.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace stillpoint::core;

namespace {

CsvTable readOk(const QByteArray &bytes)
{
    auto table = CsvReader::read(bytes);
    if (!table)
        FAIL(table.error().message.toStdString());
    return table.value();
}

QString readError(const QByteArray &bytes)
{
    const auto table = CsvReader::read(bytes);
    REQUIRE_FALSE(table.ok());
    return table.error().message;
}

QList<int> lines(const CsvTable &table)
{
    QList<int> numbers;
    for (const CsvRecord &record : table.records)
        numbers << record.line;
    return numbers;
}

} // namespace

TEST_CASE("a byte-order mark is not part of the first column's name", "[exchange][csv]")
{
    const CsvTable table = readOk("\xEF\xBB\xBF"
                                  "Name,Email\r\nZo\xC3\xAB,zoe@example.org\r\n");
    CHECK(table.encoding == TextEncoding::Utf8WithBom);
    CHECK(table.header == QStringList{ QStringLiteral("Name"), QStringLiteral("Email") });
    REQUIRE(table.records.size() == 1);
    CHECK(table.records.at(0).fields.at(0) == QStringLiteral("Zoë"));
    CHECK(table.records.at(0).line == 2);
}

TEST_CASE("text that is not valid UTF-8 is read as Windows-1252", "[exchange][csv]")
{
    // "Zoë,O’Brien" in Windows-1252: ë is 0xEB, the curly apostrophe 0x92.
    const CsvTable table = readOk("Given,Family\nZo\xEB,O\x92"
                                  "Brien\n");
    CHECK(table.encoding == TextEncoding::Latin1);
    CHECK(table.records.at(0).fields
          == QStringList{ QStringLiteral("Zoë"), QStringLiteral("O\u2019Brien") });
}

TEST_CASE("the delimiter is the one the header line uses most outside quotes", "[exchange][csv]")
{
    CHECK(CsvReader::sniffDelimiter("a;b;c\n1,5;2,5;3\n") == ';');
    CHECK(CsvReader::sniffDelimiter("\"x;y;z\",b\n") == ',');
    CHECK(CsvReader::sniffDelimiter("a\tb\tc\n") == '\t');
    CHECK(CsvReader::sniffDelimiter("Name\n") == ',');
    const CsvTable table = readOk("Vorname;Nachname\nJ\xC3\xBCrgen;\"Wei\xC3\x9F; Jr.\"\n");
    CHECK(table.delimiter == ';');
    CHECK(table.records.at(0).fields.at(1) == QStringLiteral("Weiß; Jr."));
}

TEST_CASE("quoted fields keep delimiters, doubled quotes and line breaks, and records know the "
          "line they start on",
          "[exchange][csv]")
{
    const CsvTable table = readOk("a,b\r\n"
                                  "\"one, two\",\"say \"\"hi\"\"\"\r\n"
                                  "\"multi\r\nline\r\nfield\",x\r\n"
                                  "last,row");
    REQUIRE(table.records.size() == 3);
    CHECK(table.records.at(0).fields
          == QStringList{ QStringLiteral("one, two"), QStringLiteral("say \"hi\"") });
    CHECK(table.records.at(1).fields.at(0) == QStringLiteral("multi\nline\nfield"));
    CHECK(lines(table) == QList<int>{ 2, 3, 6 });
    CHECK(table.records.at(2).fields
          == QStringList{ QStringLiteral("last"), QStringLiteral("row") });
}

TEST_CASE("blank lines and rows of empty fields are skipped but still counted", "[exchange][csv]")
{
    const CsvTable table = readOk("\n\nh1,h2\n\n , \nx,y\r\n\r\n\rz,w\n");
    CHECK(table.headerLine == 3);
    CHECK(lines(table) == QList<int>{ 6, 9 });
}

TEST_CASE("old Mac line ends (CR alone) end records", "[exchange][csv]")
{
    const CsvTable table = readOk("a,b\rc,d\re,f");
    CHECK(lines(table) == QList<int>{ 2, 3 });
}

TEST_CASE("a tab delimiter keeps empty first fields", "[exchange][csv]")
{
    const CsvTable table = readOk("a\tb\n\tonly b\n");
    REQUIRE(table.records.size() == 1);
    CHECK(table.records.at(0).fields == QStringList{ QString(), QStringLiteral("only b") });
}

TEST_CASE("control characters inside fields become spaces", "[exchange][csv]")
{
    const CsvTable table = readOk("a\nx\x01y\x7Fz\n");
    CHECK(table.records.at(0).fields.at(0) == QStringLiteral("x y z"));
}

TEST_CASE("malformed files are refused with the line that is wrong", "[exchange][csv]")
{
    CHECK(readError("a,b\n1,2\n3,x\"y\n").startsWith(QStringLiteral("Line 3 has a quote")));
    CHECK(readError("a,b\n\"x\"y,2\n").startsWith(QStringLiteral("Line 2 has a quote")));
    CHECK(readError("a,b\n1,2\n\n3,\"open\nand on\n")
                  .contains(QStringLiteral("starts on line 4 opens a quote")));
    CHECK(readError(QByteArrayLiteral("a,b\n1,\0002\n"))
                  .contains(QStringLiteral("Line 2 contains a NUL byte")));
    CHECK(readError("").contains(QStringLiteral("empty")));
    CHECK(readError("\n \r\n,,\n").contains(QStringLiteral("empty")));
    CHECK(readError(QByteArrayLiteral("\xFF\xFE"
                                      "a\0,\0b\0"))
                  .contains(QStringLiteral("UTF-16")));
}

TEST_CASE("reading a file that is missing, a folder or too large says so", "[exchange][csv]")
{
    QTemporaryDir dir;
    const auto missing = CsvReader::readFile(dir.filePath(QStringLiteral("nope.csv")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::Io);
    CHECK(missing.error().message.contains(QStringLiteral("nope.csv")));
    const auto folder = CsvReader::readFile(dir.path());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().message.contains(QStringLiteral("folder")));
}
