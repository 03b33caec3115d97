// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/DocumentPrinter.h"

#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QTemporaryDir>

using namespace stillpoint;

namespace {

ui::PrintableDocument letter(int paragraphs)
{
    QString html = QStringLiteral("<h1>Test document</h1>");
    for (int i = 0; i < paragraphs; ++i)
        html += QStringLiteral("<p>Paragraph %1: the quick brown fox jumps over the lazy dog, "
                               "again and again, until the line wraps.</p>")
                        .arg(i + 1);
    return { QStringLiteral("Test"), html, QStringLiteral("Ann Lee · Test"),
             QStringLiteral("test.pdf") };
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("a document saved as PDF is a complete PDF file", "[ui][common][pdf]")
{
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("letter.pdf"));
    const ui::DocumentPrinter printer;
    REQUIRE(printer.savePdf(letter(5), path).ok());
    const QByteArray bytes = contents(path);
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.contains("%%EOF"));
    CHECK(bytes.size() > 2000);
}

TEST_CASE("saving a PDF replaces an existing file only when complete", "[ui][common][pdf]")
{
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("letter.pdf"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
    const ui::DocumentPrinter printer;
    REQUIRE(printer.savePdf(letter(3), path).ok());
    CHECK(contents(path).startsWith("%PDF-"));
    CHECK(QDir(folder.path()).entryList(QDir::Files)
          == QStringList({ QStringLiteral("letter.pdf") }));
}

TEST_CASE("saving a PDF into a missing folder fails with a message and writes nothing",
          "[ui][common][pdf]")
{
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("missing/letter.pdf"));
    const ui::DocumentPrinter printer;
    const core::Status saved = printer.savePdf(letter(3), path);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == core::ErrorCode::Io);
    CHECK(saved.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("a long document flows over several A4 pages", "[ui][common][pdf]")
{
    const QTemporaryDir folder;
    QPdfWriter writer(folder.filePath(QStringLiteral("long.pdf")));
    writer.setPageSize(QPageSize(QPageSize::A4));
    CHECK(ui::DocumentPrinter::render(letter(3), writer) == 1);
    QPdfWriter longWriter(folder.filePath(QStringLiteral("longer.pdf")));
    longWriter.setPageSize(QPageSize(QPageSize::A4));
    CHECK(ui::DocumentPrinter::render(letter(200), longWriter) > 3);
}
